/** After a 412: the admin's edits shown against the newer version, kept until they choose. */

import type { Rulebook } from '../../../shared/index'
import type { MergeResult } from './draft-merge'
import { DiffView, jsonPatch } from './json-diff'

interface Props {
  theirs: Rulebook
  mine: Rulebook
  merge: MergeResult
  onUseMerged(): void
  onKeepMine(): void
  onResolveMine(key: string): void
}

const show = (v: unknown) => (v === undefined ? '（已删除）' : JSON.stringify(v, null, 2))

export function ConflictView({
  theirs,
  mine,
  merge,
  onUseMerged,
  onKeepMine,
  onResolveMine,
}: Props) {
  return (
    <section class="conflict dialog" data-view="conflict" role="alertdialog">
      <h3>有人先保存或发布了新的草稿</h3>
      <p>
        你的修改都还在，没有丢失。下面是对方的版本（theirs）与你的版本（yours）的差异。能自动合并的{' '}
        {merge.applied.length} 处已合并；冲突 {merge.conflicts.length} 处需要你选择。
      </p>
      {merge.conflicts.map((c) => (
        <div key={c.key} class="conflict-item" data-conflict={c.key}>
          <b>{c.label}</b>
          <div class="three-way">
            <div>
              <div class="muted">对方（theirs）</div>
              <pre data-side="theirs">{show(c.theirs)}</pre>
            </div>
            <div>
              <div class="muted">你的（yours）</div>
              <pre data-side="mine">{show(c.mine)}</pre>
            </div>
          </div>
          <button
            type="button"
            class="small"
            data-action="take-mine"
            onClick={() => onResolveMine(c.key)}
          >
            用我的
          </button>
        </div>
      ))}
      <h3>对方 → 你的</h3>
      <DiffView patch={jsonPatch(theirs, mine, 'theirs', 'yours')} name="conflict" />
      <div class="actions">
        <button type="button" class="primary" data-action="use-merged" onClick={onUseMerged}>
          采用合并结果继续编辑
        </button>
        <button type="button" data-action="keep-mine" onClick={onKeepMine}>
          以我的版本为准
        </button>
      </div>
    </section>
  )
}

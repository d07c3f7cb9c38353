/** Before publishing: the draft's effect on the sample reports and its JSON diff; then a note and publish. */

import { useMemo, useState } from 'preact/hooks'
import type { Rulebook } from '../../../shared/index'
import { DiffView, jsonPatch } from './json-diff'
import { sampleEffect } from './sample-effect'
import { SAMPLES } from './samples'

interface Props {
  published: Rulebook
  draft: Rulebook
  valid: boolean
  busy: boolean
  onPublish(note: string): void
}

export function PublishPanel({ published, draft, valid, busy, onPublish }: Props) {
  const [note, setNote] = useState('')
  const effect = useMemo(
    () => (valid ? sampleEffect(SAMPLES, published, draft) : []),
    [published, draft, valid],
  )
  const patch = useMemo(
    () =>
      jsonPatch(
        { ...published, version: 0 },
        { ...draft, version: 0 },
        `第 ${published.version} 版`,
        '草稿',
      ),
    [published, draft],
  )
  return (
    <section class="publish" data-view="preview">
      <h3>对样例报告的影响</h3>
      {!valid && <p class="issue">草稿有错误，改正后才能预览和发布。</p>}
      {valid && !effect.length && (
        <p class="muted" data-effect="none">
          样例报告上的检查结果不变。
        </p>
      )}
      {effect.map((e) => (
        <div key={e.name} class="effect" data-sample={e.name}>
          <b>{e.name}</b>：新增 {e.added.length} 处，减少 {e.removed.length} 处
          <ul>
            {e.added.map((f, i) => (
              <li key={`a${i}`} class="op-add" data-effect="added" data-rule={f.ruleId}>
                + 第 {f.line} 行 {f.message}
              </li>
            ))}
            {e.removed.map((f, i) => (
              <li key={`r${i}`} class="op-del" data-effect="removed" data-rule={f.ruleId}>
                − 第 {f.line} 行 {f.message}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <h3>规则集差异（JSON）</h3>
      <DiffView patch={patch} name="draft" />
      <div class="row">
        <input
          data-field="note"
          placeholder="发布说明（必填）"
          value={note}
          onInput={(e) => setNote((e.target as HTMLInputElement).value)}
        />
        <button
          type="button"
          class="primary"
          data-action="publish"
          disabled={!valid || busy || !note.trim()}
          onClick={() => onPublish(note.trim())}
        >
          发布
        </button>
      </div>
    </section>
  )
}

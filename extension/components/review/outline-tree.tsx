/** The outline drawn as a tree, ghosts where numbers are missing and marks on repeats. */

import type { OutlineItem, OutlineMark } from './outline-model'
import { outlineProblems } from './outline-model'

const MARKS: Record<OutlineMark, string> = {
  duplicate: '序号重复',
  backward: '序号倒退',
  start: '未从“一”起',
  continued: '未重新编号',
}

function Item({ item, onPick }: { item: OutlineItem; onPick: (line: number) => void }) {
  const ghost = item.kind === 'missing'
  return (
    <li data-outline={ghost ? 'missing' : 'heading'} data-level={item.level} data-mark={item.mark}>
      {ghost ? (
        <span class="ghost">
          {item.marker}
          {item.label}
        </span>
      ) : (
        <button type="button" class="link" onClick={() => onPick(item.line!)}>
          <b>{item.marker}</b>
          {item.label}
          {item.mark && <span class={`mark mark-${item.mark}`}>{MARKS[item.mark]}</span>}
        </button>
      )}
      {item.children.length > 0 && (
        <ul>
          {item.children.map((c, i) => (
            <Item key={i} item={c} onPick={onPick} />
          ))}
        </ul>
      )}
    </li>
  )
}

export function OutlineTree({
  items,
  onPick,
}: {
  items: OutlineItem[]
  onPick: (line: number) => void
}) {
  if (!items.length) return <p class="muted">没有识别到带序号的标题。</p>
  const p = outlineProblems(items)
  return (
    <div data-view="outline">
      <p class="muted">
        {p.missing || p.marked
          ? `缺失序号 ${p.missing} 处，序号异常 ${p.marked} 处`
          : '序号连续，没有发现缺失或重复'}
      </p>
      <ul class="outline">
        {items.map((item, i) => (
          <Item key={i} item={item} onPick={onPick} />
        ))}
      </ul>
    </div>
  )
}

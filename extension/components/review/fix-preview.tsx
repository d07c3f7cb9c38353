/** One combined diff of all certain fixes, shown before anything changes. */

import type { FixPlan } from './fix-plan'

interface Props {
  plan: FixPlan
  onConfirm(): void
  onCancel(): void
}

export function FixPreview({ plan, onConfirm, onCancel }: Props) {
  return (
    <div class="dialog" role="dialog" aria-label="修改预览" data-view="fix-preview">
      <h3>将应用 {plan.fixes.length} 处确定的修改</h3>
      <div class="diff">
        {plan.hunks.map((h, i) => (
          <div key={i} class="hunk">
            <div class="hunk-head">第 {h.oldStart} 行起</div>
            {h.lines.map((l, j) => (
              <div
                key={j}
                class={`diff-line op-${l.op === '+' ? 'add' : l.op === '-' ? 'del' : 'ctx'}`}
              >
                <span class="op">{l.op}</span>
                {l.text}
              </div>
            ))}
          </div>
        ))}
      </div>
      <div class="actions">
        <button type="button" data-action="confirm-fixes" class="primary" onClick={onConfirm}>
          确认修改
        </button>
        <button type="button" data-action="cancel-fixes" onClick={onCancel}>
          取消
        </button>
      </div>
    </div>
  )
}

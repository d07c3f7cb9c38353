/** The card for one finding: the Chinese message, the fix as a small diff, apply / ignore / switch the rule off. */

import type { Finding } from '../../../shared/types'

export const SEVERITY_LABEL = { error: '错误', warning: '警告', info: '提示' } as const
/** Severity is told by a symbol and a word as well as by colour. */
export const SEVERITY_MARK = { error: '✖', warning: '▲', info: 'ℹ' } as const

export interface CardProps {
  finding: Finding
  /** Current text of the excerpt's surroundings, for the diff. */
  status: string | null
  onApply(): void
  onIgnore(): void
  onDisableRule(): void
  onClose(): void
}

export function Card({ finding, status, onApply, onIgnore, onDisableRule, onClose }: CardProps) {
  const f = finding
  return (
    <div
      data-card
      data-rule={f.ruleId}
      data-severity={f.severity}
      role="dialog"
      aria-label={`${SEVERITY_LABEL[f.severity]}：${f.message}`}
      class={`card sev-${f.severity}`}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <div class="head">
        <span class="sev">
          <span aria-hidden="true">{SEVERITY_MARK[f.severity]}</span> {SEVERITY_LABEL[f.severity]}
        </span>
        <button type="button" class="close" data-action="close" aria-label="关闭" onClick={onClose}>
          ×
        </button>
      </div>
      <p class="message" data-message>
        {f.message}
      </p>
      {f.fix && (
        <p class="diff" data-diff aria-label="修改建议">
          <del>{f.excerpt || '（空）'}</del>
          <span aria-hidden="true"> → </span>
          <ins>{f.fix.replacement || '（删除）'}</ins>
        </p>
      )}
      {f.authority && <p class="authority">依据：{f.authority}</p>}
      {status && (
        <p class="status" role="status">
          {status}
        </p>
      )}
      <div class="actions">
        {f.fix && (
          <button type="button" class="primary" data-action="apply" onClick={onApply}>
            应用修改
          </button>
        )}
        <button type="button" data-action="ignore" onClick={onIgnore}>
          忽略此处
        </button>
        <button type="button" data-action="disable-rule" onClick={onDisableRule}>
          对我关闭此规则
        </button>
      </div>
    </div>
  )
}

export interface NoticeProps {
  editor: string
  onOpenPanel(): void
  onClose(): void
}

/** Canvas-drawn editors cannot be underlined: say so, and offer the side panel. */
export function CanvasNotice({ editor, onOpenPanel, onClose }: NoticeProps) {
  return (
    <div class="notice" data-notice role="status">
      <p>
        {editor}
        的正文绘制在画布上，公文规范检查无法在页面中标出问题（这不表示没有问题）。可在侧边栏粘贴全文进行检查。
      </p>
      <div class="actions">
        <button type="button" class="primary" data-action="open-sidepanel" onClick={onOpenPanel}>
          打开侧边栏
        </button>
        <button type="button" data-action="close" onClick={onClose}>
          知道了
        </button>
      </div>
    </div>
  )
}

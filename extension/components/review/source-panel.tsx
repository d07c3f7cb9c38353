/** Where the text comes from: the current page's editor, pasted text or an uploaded .docx. */

interface Props {
  busy: boolean
  /** The paste box's text, owned by the app so applied fixes show up in it. */
  text: string
  onText(text: string): void
  onPage(): void
  onPaste(text: string): void
  onDocx(file: File): void
  /** Lets the app select a range in the paste box when a finding is clicked. */
  inputRef: { current: HTMLTextAreaElement | null }
}

export function SourcePanel({ busy, text, onText, onPage, onPaste, onDocx, inputRef }: Props) {
  return (
    <section class="source">
      <div class="row">
        <button type="button" data-action="check-page" disabled={busy} onClick={onPage}>
          检查当前页面
        </button>
        <label class="file">
          上传 .docx
          <input
            type="file"
            data-input-file
            accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            onChange={(e) => {
              const file = (e.target as HTMLInputElement).files?.[0]
              if (file) onDocx(file)
              ;(e.target as HTMLInputElement).value = ''
            }}
          />
        </label>
      </div>
      <textarea
        data-input
        ref={inputRef}
        rows={6}
        placeholder="或在此粘贴公文全文"
        value={text}
        onInput={(e) => onText((e.target as HTMLTextAreaElement).value)}
      />
      <button
        type="button"
        data-action="check"
        class="primary"
        disabled={busy || !text.trim()}
        onClick={() => onPaste(text)}
      >
        检查粘贴的文本
      </button>
    </section>
  )
}

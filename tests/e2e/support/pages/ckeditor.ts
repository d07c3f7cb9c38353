// CKEditor 5 classic page (GPL licence key): essentials (typing, undo) and paragraphs.
import { ClassicEditor, Essentials, Paragraph } from 'ckeditor5'
import { SEED_LINES } from './seed'

const editor = await ClassicEditor.create(document.getElementById('editor')!, {
  licenseKey: 'GPL',
  plugins: [Essentials, Paragraph],
  toolbar: ['undo', 'redo'],
  initialData: SEED_LINES.map((l) => `<p>${l}</p>`).join(''),
})
const textOf = () => {
  const root = editor.model.document.getRoot()!
  return (
    [...root.getChildren()]
      // a soft break (Shift+Enter) is a line break
      .map((p) =>
        [...(p as any).getChildren()]
          .map((n: any) => (n.is('element', 'softBreak') ? '\n' : (n.data ?? '')))
          .join(''),
      )
      .join('\n')
  )
}
Object.assign(window, { editorText: textOf })

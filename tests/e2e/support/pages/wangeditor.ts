// wangEditor 5 page (Slate underneath): toolbar and editor, its slate-history undo (Ctrl+Z).
import { createEditor, createToolbar, SlateNode } from '@wangeditor/editor'
import { SEED_LINES } from './seed'

const editor = createEditor({
  selector: '#editor',
  html: SEED_LINES.map((l) => `<p>${l}</p>`).join(''),
  mode: 'default',
})
createToolbar({ editor, selector: '#toolbar', mode: 'simple' })
Object.assign(window, {
  editorText: () => editor.children.map((n) => SlateNode.string(n)).join('\n'),
})

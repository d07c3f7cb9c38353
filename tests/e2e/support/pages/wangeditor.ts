// wangEditor 5 page (Slate underneath): default mode, its slate-history undo (Ctrl+Z).
import { createEditor, SlateNode } from '@wangeditor/editor'
import { SEED_LINES } from './seed'

const editor = createEditor({
  selector: '#editor',
  html: SEED_LINES.map((l) => `<p>${l}</p>`).join(''),
  mode: 'default',
})
Object.assign(window, {
  editorText: () => editor.children.map((n) => SlateNode.string(n)).join('\n'),
})

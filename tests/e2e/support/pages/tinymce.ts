// TinyMCE 6 page: the editor in its own same-origin iframe (as in many OA systems), its undo manager.
import tinymce from 'tinymce'
import 'tinymce/models/dom'
import 'tinymce/themes/silver'
import 'tinymce/icons/default'
import { blockText, SEED_LINES } from './seed'

const [editor] = await tinymce.init({
  selector: '#editor',
  // no skin or content CSS files to fetch: the page is one bundle
  skin: false,
  content_css: false,
  menubar: false,
  toolbar: 'undo redo',
  statusbar: false,
  promotion: false,
  branding: false,
  height: 320,
})
editor.setContent(SEED_LINES.map((l) => `<p>${l}</p>`).join(''))
editor.undoManager.clear()
Object.assign(window, {
  editorText: () => [...editor.getBody().querySelectorAll('p')].map(blockText).join('\n'),
})

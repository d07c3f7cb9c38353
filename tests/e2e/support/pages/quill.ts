// Quill 2 page: snow theme, history module (Ctrl+Z).
import Quill from 'quill'
import { SEED_LINES } from './seed'

const quill = new Quill('#editor', { theme: 'snow' })
quill.setText(SEED_LINES.join('\n') + '\n')
quill.history.clear()
Object.assign(window, { editorText: () => quill.getText().replace(/\n$/, '') })

// Design-mode page: an iframe made by script whose whole document is editable, as UEditor and
// KindEditor build theirs; the browser's own undo.
import { blockText, SEED_LINES } from './seed'

const frame = document.createElement('iframe')
frame.id = 'editor-frame'
frame.style.cssText = 'width:720px;height:320px;border:1px solid #ccc'
document.getElementById('editor')!.append(frame)
const doc = frame.contentDocument!
doc.open()
doc.write(
  '<!doctype html><html><head><meta charset="UTF-8"><style>body{font:16px/1.8 sans-serif}</style></head>' +
    `<body>${SEED_LINES.map((l) => `<p>${l}</p>`).join('')}</body></html>`,
)
doc.close()
doc.designMode = 'on'
Object.assign(window, {
  editorText: () => [...doc.body.querySelectorAll('p')].map(blockText).join('\n'),
})

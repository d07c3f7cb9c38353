// Plain pages: a textarea and a contenteditable, seeded by script; the browser's own undo.
import { blockText, SEED_LINES } from './seed'

const ta = document.querySelector('textarea')
const ce = document.querySelector<HTMLElement>('#editor[contenteditable]')
if (ta) ta.value = SEED_LINES.join('\n')
if (ce) ce.innerHTML = SEED_LINES.map((l) => `<p>${l}</p>`).join('')
Object.assign(window, {
  editorText: () => (ta ? ta.value : [...ce!.querySelectorAll('p')].map(blockText).join('\n')),
})

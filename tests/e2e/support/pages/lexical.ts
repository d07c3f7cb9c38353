// Lexical page (vanilla, no React): rich text, its history plugin (Ctrl+Z).
import { createEmptyHistoryState, registerHistory } from '@lexical/history'
import { HeadingNode, QuoteNode, registerRichText } from '@lexical/rich-text'
import { $createParagraphNode, $createTextNode, $getRoot, createEditor } from 'lexical'
import { SEED_LINES } from './seed'

const root = document.getElementById('editor')!
root.contentEditable = 'true'
const editor = createEditor({
  namespace: 'e2e',
  nodes: [HeadingNode, QuoteNode],
  onError: (error) => {
    throw error
  },
})
editor.setRootElement(root)
registerRichText(editor)
// Seeded before the history is registered, so undo cannot remove the seed.
editor.update(
  () => {
    $getRoot()
      .clear()
      .append(...SEED_LINES.map((l) => $createParagraphNode().append($createTextNode(l))))
  },
  { discrete: true },
)
registerHistory(editor, createEmptyHistoryState(), 300)
Object.assign(window, {
  editorText: () =>
    editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((n) => n.getTextContent())
        .join('\n'),
    ),
})

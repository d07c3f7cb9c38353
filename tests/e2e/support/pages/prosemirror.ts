// ProseMirror page: basic schema, history and its keymap (the editor's own undo), Shift+Enter for a hard break.
import { baseKeymap } from 'prosemirror-commands'
import { history, redo, undo } from 'prosemirror-history'
import { keymap } from 'prosemirror-keymap'
import { schema } from 'prosemirror-schema-basic'
import { EditorState } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { SEED_LINES } from './seed'

const doc = schema.node(
  'doc',
  null,
  SEED_LINES.map((l) => schema.node('paragraph', null, [schema.text(l)])),
)
const view = new EditorView(document.getElementById('editor')!, {
  state: EditorState.create({
    doc,
    plugins: [
      history(),
      keymap({
        'Mod-z': undo,
        'Mod-y': redo,
        'Shift-Mod-z': redo,
        // a soft line break, as prosemirror-example-setup binds it
        'Shift-Enter': (state, dispatch) => {
          dispatch?.(
            state.tr.replaceSelectionWith(schema.nodes.hard_break.create()).scrollIntoView(),
          )
          return true
        },
      }),
      keymap(baseKeymap),
    ],
  }),
})
Object.assign(window, {
  editorText: () => view.state.doc.textBetween(0, view.state.doc.content.size, '\n', '\n'),
})

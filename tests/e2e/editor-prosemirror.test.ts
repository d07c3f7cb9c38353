// End-to-end: inline checking in the prosemirror page (shared scenarios in support/scenarios.ts).
import { editorSpec } from './support/editor-spec'

editorSpec('prosemirror')

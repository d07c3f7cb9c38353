// End-to-end: inline checking in the quill page (shared scenarios in support/scenarios.ts).
import { editorSpec } from './support/editor-spec'

editorSpec('quill')

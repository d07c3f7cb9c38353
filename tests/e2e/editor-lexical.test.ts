// End-to-end: inline checking in the lexical page (shared scenarios in support/scenarios.ts).
import { editorSpec } from './support/editor-spec'

editorSpec('lexical')

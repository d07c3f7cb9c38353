// End-to-end: inline checking in the ckeditor page (shared scenarios in support/scenarios.ts).
import { editorSpec } from './support/editor-spec'

editorSpec('ckeditor')

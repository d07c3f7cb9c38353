// End-to-end: inline checking in the wangeditor page (shared scenarios in support/scenarios.ts).
import { editorSpec } from './support/editor-spec'

editorSpec('wangeditor')

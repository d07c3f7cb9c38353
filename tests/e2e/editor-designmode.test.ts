// End-to-end: inline checking in a design-mode iframe made by script (UEditor, KindEditor style).
import { editorSpec } from './support/editor-spec'

editorSpec('designmode')

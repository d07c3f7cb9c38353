// End-to-end: inline checking in TinyMCE, whose editable body lives in an iframe (shared scenarios).
import { editorSpec } from './support/editor-spec'

editorSpec('tinymce')

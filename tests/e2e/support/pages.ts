/** Editor pages for the end-to-end tests: real editors from npm bundled with esbuild into a temp folder. */

import { build } from 'esbuild'
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = fileURLToPath(new URL('.', import.meta.url))
const modules = fileURLToPath(new URL('../../../node_modules/', import.meta.url))

export type EditorName =
  | 'textarea'
  | 'contenteditable'
  | 'prosemirror'
  | 'quill'
  | 'ckeditor'
  | 'tinymce'
  | 'designmode'
  | 'wangeditor'
  | 'lexical'

const BODY: Record<EditorName, { script: string; css?: string; body: string }> = {
  textarea: { script: 'plain', body: '<textarea id="editor" rows="12" cols="60"></textarea>' },
  contenteditable: { script: 'plain', body: '<div id="editor" contenteditable="true"></div>' },
  prosemirror: {
    script: 'prosemirror',
    css: 'prosemirror-view/style/prosemirror.css',
    body: '<div id="editor"></div>',
  },
  quill: { script: 'quill', css: 'quill/dist/quill.snow.css', body: '<div id="editor"></div>' },
  ckeditor: {
    script: 'ckeditor',
    css: 'ckeditor5/dist/ckeditor5.css',
    body: '<div id="editor"></div>',
  },
  tinymce: {
    script: 'tinymce',
    css: 'tinymce/skins/ui/oxide/skin.min.css',
    body: '<textarea id="editor"></textarea>',
  },
  designmode: { script: 'designmode', body: '<div id="editor"></div>' },
  wangeditor: {
    script: 'wangeditor',
    css: '@wangeditor/editor/dist/css/style.css',
    // as wangEditor's guide sets it up: a toolbar, and an editor of fixed height that scrolls
    body: '<div id="toolbar"></div><div id="editor" style="height:320px"></div>',
  },
  lexical: {
    script: 'lexical',
    // as Lexical's playground lays it out: the editable inside a scroll box of its own
    body: '<div style="height:320px;overflow:auto"><div id="editor"></div></div>',
  },
}

const STYLE = `body{font:16px/1.8 "Noto Sans CJK SC",sans-serif;margin:24px;max-width:760px}
#editor{min-height:240px;border:1px solid #ccc;padding:8px}textarea#editor{width:640px;font:inherit}`

/** Builds every editor page; returns the folder to serve. Each page is `/<editor>.html`. */
export async function buildPages(): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'reportlint-pages-'))
  const scripts = [...new Set(Object.values(BODY).map((b) => b.script))]
  await build({
    entryPoints: scripts.map((s) => join(here, 'pages', `${s}.ts`)),
    outdir: out,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    logLevel: 'error',
  })
  for (const [name, page] of Object.entries(BODY)) {
    const css = page.css ? `<link rel="stylesheet" href="${name}.css">` : ''
    if (page.css) copyFileSync(join(modules, page.css), join(out, `${name}.css`))
    writeFileSync(
      join(out, `${name}.html`),
      `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><title>${name}</title>${css}<style>${STYLE}</style></head>` +
        `<body><h1>${name}</h1>${page.body}<script type="module" src="${page.script}.js"></script></body></html>`,
    )
  }
  return out
}

/** Escaping for text placed into HTML and Markdown, so document text is never read as markup. */

const HTML: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML[c])
}

/** Escapes Markdown syntax characters and HTML so a message stays literal text in a table cell. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_{}[\]()#+\-.!|>~]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/\r\n|\r|\n/g, ' ')
}

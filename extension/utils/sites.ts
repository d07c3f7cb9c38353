/** Where the content script runs: the default allowlist, user-added sites, canvas-rendered editors. */

/** Match patterns of office-editor domains checked without asking (local pages included for tests). */
export const DEFAULT_MATCHES = [
  'http://127.0.0.1/*',
  'http://localhost/*',
  'https://docs.qq.com/*',
  'https://*.kdocs.cn/*',
  'https://docs.google.com/*',
  'https://shimo.im/*',
  'https://*.feishu.cn/*',
  'https://*.yuque.com/*',
  'https://*.officeapps.live.com/*',
]

/** Editors that draw text on a canvas: nothing can be underlined there, the side panel can check. */
const CANVAS_EDITORS: { host: RegExp; path: RegExp; name: string }[] = [
  { host: /^docs\.google\.com$/, path: /^\/document\//, name: 'Google 文档' },
  { host: /^docs\.qq\.com$/, path: /^\/(doc|sheet)\//, name: '腾讯文档' },
  { host: /(^|\.)kdocs\.cn$/, path: /^\/l\//, name: '金山文档' },
]

/** The name of the canvas-rendered editor at this address, or null. */
export function canvasEditorAt(url: string): string | null {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return null
  }
  return (
    CANVAS_EDITORS.find((e) => e.host.test(u.hostname) && e.path.test(u.pathname))?.name ?? null
  )
}

/** Normalises what a user typed ("https://Example.com/x", "example.com") to a host name, or null. */
export function normalizeHost(input: string): string | null {
  const s = input.trim().toLowerCase()
  if (!s) return null
  try {
    const host = new URL(s.includes('://') ? s : `https://${s}`).hostname
    return /^[a-z0-9.-]+$/.test(host) && host.includes('.') ? host : null
  } catch {
    return null
  }
}

/** The match patterns for a user-added host (both schemes). */
export function hostPatterns(host: string): string[] {
  return [`https://${host}/*`, `http://${host}/*`]
}

/** Whether a host is covered by the default allowlist. */
export function isDefaultHost(host: string): boolean {
  return DEFAULT_MATCHES.some((m) => {
    const pattern = m.split('://')[1].split('/')[0]
    if (pattern.startsWith('*.'))
      return host === pattern.slice(2) || host.endsWith(pattern.slice(1))
    return host === pattern
  })
}

/** Expands a replacement template ($&, $1…$99, $<name>, $$) against a regular-expression match. */

export function expandReplacement(m: RegExpExecArray, template: string): string {
  return template.replace(/\$(\$|&|\d{1,2}|<([^>]+)>)/g, (whole, token: string, name?: string) => {
    if (token === '$') return '$'
    if (token === '&') return m[0]
    if (name != null) return m.groups?.[name] ?? ''
    const n = Number(token)
    return n < m.length ? (m[n] ?? '') : whole
  })
}

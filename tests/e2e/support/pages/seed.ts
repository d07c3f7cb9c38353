/**
 * The seeded report every editor page starts with: a half-width comma and a doubled character
 * (both fixable: a replacement and a deletion) and a numbering gap.
 */
export const SEED_LINES = [
  '关于2024年工作情况的报告',
  '一、总体情况',
  '今年以来,我局加强管理，取得了明显的的成效。',
  '（一）甲项工作',
  '（二）乙项工作',
  '（四）丁项工作',
]

/** A paragraph's text as its HTML means it: a <br> is a line break, except the last one, which only holds the line open. */
export function blockText(p: Element): string {
  const nodes = [...p.childNodes]
  return nodes
    .map((n, i) =>
      n.nodeName === 'BR' ? (i < nodes.length - 1 ? '\n' : '') : (n.textContent ?? ''),
    )
    .join('')
}

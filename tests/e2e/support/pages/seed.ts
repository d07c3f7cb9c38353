/** The seeded report every editor page starts with: a half-width comma (fixable) and a numbering gap. */
export const SEED_LINES = [
  '关于2024年工作情况的报告',
  '一、总体情况',
  '今年以来,我局加强管理，取得了明显成效。',
  '（一）甲项工作',
  '（二）乙项工作',
  '（四）丁项工作',
]

/** A generator of realistic 公文 work reports for benchmarks: varied sections, numbers, a few defects. */

/** A small seeded PRNG (mulberry32), so every run measures the same text. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const HANZI = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
const ORGANS = [
  '区发展改革局',
  '县税务局',
  '市生态环境局',
  '区教育局',
  '县农业农村局',
  '市住房城乡建设局',
  '区卫生健康委',
]
const AREAS = [
  '党建引领',
  '营商环境',
  '项目建设',
  '安全生产',
  '民生保障',
  '生态环保',
  '乡村振兴',
  '数字政府',
  '基层治理',
  '干部队伍',
]
const VERBS = ['深化', '强化', '健全', '完善', '推进', '落实', '优化', '提升', '夯实', '加快']
const OBJECTS = [
  '工作机制',
  '责任体系',
  '制度建设',
  '监督检查',
  '队伍建设',
  '服务质量',
  '风险防控',
  '基础保障',
  '协调联动',
  '考核评价',
]
const CLAUSES = [
  '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神',
  '严格落实“三重一大”决策制度，重大事项均经集体研究决定',
  '聚焦群众急难愁盼问题，持续推动各项惠民举措落地见效',
  '对照年度目标任务，建立工作台账，实行清单化管理、项目化推进',
  '依托“互联网+政务服务”平台，推动更多事项网上办、掌上办',
  '会同有关部门开展联合检查，发现问题立行立改',
  '认真执行《中华人民共和国安全生产法》和有关规定，压紧压实各方责任',
  '建立健全常态化联系服务机制，定期召开专题调度会议',
  '坚持问题导向和目标导向相结合，统筹推进重点改革任务',
  '加强与上级部门的沟通汇报，积极争取政策和资金支持',
]
const PROBLEMS = [
  '部分工作推进不够平衡，个别领域进展相对滞后',
  '基层力量相对薄弱，专业人才短缺的问题依然存在',
  '统筹协调机制还不够健全，部门之间信息共享不够顺畅',
  '创新意识有待增强，破解难题的办法还不多',
  '制度执行还不够严格，监督检查的针对性有待提高',
]

/** A number phrase: counts, percentages, money, ranges and dates as reports write them. */
function figure(rnd: () => number): string {
  const n = 1 + Math.floor(rnd() * 900)
  switch (Math.floor(rnd() * 7)) {
    case 0:
      return `累计完成${n}项`
    case 1:
      return `同比增长${(rnd() * 30).toFixed(1)}%`
    case 2:
      return `投入资金${(rnd() * 5000).toFixed(2)}万元`
    case 3:
      return `1—${2 + Math.floor(rnd() * 10)}月共办理${n}件`
    case 4:
      return `覆盖${n}个村（社区）`
    case 5:
      return `于${2023 + Math.floor(rnd() * 2)}年${1 + Math.floor(rnd() * 12)}月底前全部完成`
    default:
      return `参与人数达${(rnd() * 9 + 1).toFixed(1)}万人次`
  }
}

/** Occasional defects of the kinds the rulebook targets, so findings are produced too. */
const DEFECTS = ['完成XX项', '截止目前', '发现问题X个', '，，', '1-6月', '制度,并']

function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)]
}

function sentence(rnd: () => number, defectRate: number): string {
  const defect = rnd() < defectRate ? pick(rnd, DEFECTS) : ''
  return `${pick(rnd, CLAUSES)}，${figure(rnd)}${defect}。`
}

function paragraph(rnd: () => number, defectRate: number): string {
  const count = 2 + Math.floor(rnd() * 3)
  if (rnd() < 0.4) {
    const items = Array.from(
      { length: count },
      (_, i) =>
        `${HANZI[i]}是${pick(rnd, VERBS)}${pick(rnd, OBJECTS)}。${sentence(rnd, defectRate)}`,
    )
    return items.join('')
  }
  return Array.from({ length: count }, () => sentence(rnd, defectRate)).join('')
}

function item(rnd: () => number): string {
  return `${pick(rnd, VERBS)}${pick(rnd, AREAS)}${pick(rnd, OBJECTS)}`
}

/**
 * A 情况报告 of about `targetChars` UTF-16 characters: title, 主送, opening, sections 一、 with
 * （一） and 1. sub-items, a 存在问题 and a 下一步 section, closing, signature and date.
 */
export function generateReport(seed: number, targetChars: number, defectRate = 0.03): string {
  const rnd = random(seed)
  const organ = pick(rnd, ORGANS)
  const year = 2022 + Math.floor(rnd() * 3)
  const head = [
    `${organ}关于${year}年度工作情况的报告`,
    '',
    '市人民政府：',
    `　　${year}年，${organ}${pick(rnd, CLAUSES)}，各项工作取得新进展。现将有关情况报告如下。`,
  ]
  const tail = [
    '二、存在的问题',
    `　　${PROBLEMS.slice(0, 3)
      .map((p, i) => `${HANZI[i]}是${p}。`)
      .join('')}`,
    '三、下一步工作打算',
  ]
  tail.push(
    ...Array.from({ length: 3 }, (_, i) => `（${HANZI[i]}）${item(rnd)}。${paragraph(rnd, 0)}`),
  )
  tail.push('　　特此报告。', '', organ, `${year}年12月${10 + Math.floor(rnd() * 18)}日`)
  const fixed = head.join('\n').length + tail.join('\n').length
  const body: string[] = ['一、主要工作及成效']
  let length = 0
  for (let sub = 0; length < targetChars - fixed - 200 && sub < 99; sub++) {
    const title = `（${chineseNumber(sub + 1)}）${item(rnd)}`
    const lines =
      rnd() < 0.5
        ? [`${title}。${paragraph(rnd, defectRate)}`]
        : [title, ...numberedItems(rnd, defectRate)]
    body.push(...lines)
    length += lines.join('\n').length + 1
  }
  return [...head, ...body, ...tail].join('\n')
}

function numberedItems(rnd: () => number, defectRate: number): string[] {
  const count = 2 + Math.floor(rnd() * 3)
  return Array.from(
    { length: count },
    (_, i) => `${i + 1}.${item(rnd)}。${paragraph(rnd, defectRate)}`,
  )
}

/** Chinese numerals 1–99 as headings write them: 一 … 十 十一 … 九十九. */
export function chineseNumber(n: number): string {
  const tens = Math.floor(n / 10)
  const ones = n % 10
  const t = tens === 0 ? '' : tens === 1 ? '十' : `${HANZI[tens - 1]}十`
  return t + (ones ? HANZI[ones - 1] : '')
}

/** A long document (a compilation of reports, one after another) of at least `targetChars`. */
export function generateDocument(targetChars: number, seed = 1): string {
  const parts: string[] = []
  let length = 0
  for (let i = 0; length < targetChars; i++) {
    const report = generateReport(seed + i, 14_000)
    parts.push(report)
    length += report.length + 2
  }
  return parts.join('\n\n').slice(0, targetChars)
}

// The arithmetic kind (条例 第二十条: 审核数字是否准确): parts against totals, 分别 sums, rates, ranges.
import { describe, expect, it } from 'vitest'
import { parseChineseNumber, quantities } from '../../../shared/rules/util/quantities'
import { defaultEntry, testRule } from '../rule-tester'

describe('parseChineseNumber', () => {
  it.each([
    ['十二', 12],
    ['一百零五', 105],
    ['两千', 2000],
    ['三千零五十', 3050],
    ['二十万', 200000],
    ['一亿二千万', 120000000],
    ['一万零五百', 10500],
    ['十', 10],
  ])('%s → %d', (s, n) => expect(parseChineseNumber(s)).toBe(n))

  // 一百五 is 150 in speech, 105 by the digits: not certain; 三四 is an estimate
  it.each(['一百五', '三四', '一一', '十十', '万', '零五', '百二'])('%s → null', (s) =>
    expect(parseChineseNumber(s)).toBeNull(),
  )
})

describe('quantities', () => {
  it('reads scale, unit, estimates and ordinals', () => {
    const qs = quantities('约1.2万人，第3批12余起，1,234元，三万元，百姓，万一，十几个')
    expect(qs.map((q) => [q.value, q.unit, q.approx, q.ordinal])).toEqual([
      [12000, '人', true, false],
      [3, '批', false, true],
      [12, '起', true, false],
      [1234, '元', false, false],
      [30000, '元', false, false],
      [10, '个', true, false],
    ])
  })
})

testRule(defaultEntry('num-parts-exceed-total'), {
  valid: [
    '共查处违纪案件12起，其中A类5起、B类4起、C类3起。',
    // 其中 need not be exhaustive
    '共查处违纪案件12起，其中A类5起、B类4起。',
    // overlapping attributes of one group of people
    '共有干部120人，其中女性45人、少数民族30人、本科以上学历100人。',
    '共有党员120名，其中女党员50名、少数民族党员80名。',
    // parts in another unit
    '全市有企业500家，其中规模以上企业120家、从业人员3万人。',
    // the total is in another sentence
    '全年共查处违纪案件12起。其中A类5起、B类4起、C类4起。',
    // 其中 in another sense (among them) with no total before it
    '要把握其中的规律，A类5起、B类4起。',
    // the figure before 其中 is a difference, not the total
    '全年共办理案件120件，比上年增加20件，其中刑事案件50件、民事案件70件。',
    // estimates
    '共查处违纪案件12起，其中A类5余起、B类4起、C类4起。',
    '共查处违纪案件约12起，其中A类5起、B类4起、C类4起。',
    '共查处违纪案件12起，其中A类5起、B类4起、C类4起左右。',
    // labels with nothing in common may overlap (党员 and 群众 are exclusive, but who can tell)
    '查处案件12起，处理15人，其中党员10人、群众8人。',
    // 各 means each
    '共查处案件12起，其中A、B两类各5起、C类4起。',
    // a share is no part
    '共完成投资120亿元，其中，基础设施投资80亿元，同比增长15%，民生投资30亿元。',
    // 万 and 元 compared in one base
    '共投入资金1.2亿元，其中中央资金8000万元、省级资金4000万元。',
    // percentages of different bases are not added
    '综合满意度为90%，其中A项95%、B项98%。',
    // a part with more text after it ends the list
    '共查处违纪案件12起，其中A类5起、B类4起、C类4起已移送司法机关处理。',
    // from a golden report: the parts add up (升级改造 is a kind, not a rise)
    '认定“散乱污”企业187家，其中关停取缔类112家、整合搬迁类23家、升级改造类52家。',
    // the figure before 其中 is a change; 其中 refers to the 415 before it
    '“四上”企业达到415家，比上年净增37家，其中规模以上工业企业186家、限额以上企业132家、资质内建筑业企业41家、规模以上服务业企业66家。',
    '全年组织税收收入150亿元，其中增值税80亿元、企业所得税50亿元、个人所得税20亿元。',
    // a check can be both joint and special: the kinds may overlap
    '共开展检查45次，其中联合检查20次、专项检查30次。',
    // the parts add up exactly
    '全局共有干部职工326人，其中在职干部218人、退休干部108人。',
    // figures in 万 are rounded: 8万 + 5万 may be 12.4万
    '全县共有耕地12万亩，其中水田8万亩、旱地5万亩。',
    // a range of years is no part
    '2023—2024年共查处案件12起，其中A类5起、B类4起。',
    // decimals within the rounding of the total
    '共投入1.2亿元，其中A项目0.62亿元、B项目0.61亿元。',
  ],
  invalid: [
    {
      text: '共查处违纪案件12起，其中A类5起、B类4起、C类4起。',
      errors: [{ messageId: 'partsExceed', line: 1, column: 8, endColumn: 28 }],
    },
    {
      text: '全市共有党员120名，其中本科以上学历130名。',
      errors: [{ messageId: 'partExceeds', line: 1, column: 7, endColumn: 24 }],
    },
    {
      text: '共投入资金1.2亿元，其中中央资金8000万元、省级资金5000万元。',
      errors: [{ messageId: 'partsExceed', line: 1, column: 6, endColumn: 35 }],
    },
    // Chinese numerals, a colon after 其中 and a comma-separated list
    {
      text: '\u3000\u3000全年受理信访件十二件，其中：来信类七件，来访类六件。',
      errors: [{ messageId: 'partsExceed', line: 1, column: 10, endColumn: 28 }],
    },
    // thousands separators and a second line (CRLF)
    {
      text: '一、基本情况\r\n累计培训1,200人次，其中线上培训800人次、线下培训500人次。',
      errors: [{ messageId: 'partsExceed', line: 2, column: 5, endColumn: 34 }],
    },
    // 万 against plain figures
    {
      text: '全年新增就业1.2万人，其中城镇新增8000人、农村新增6000人。',
      errors: [{ messageId: 'partsExceed', line: 1, column: 7, endColumn: 34 }],
    },
    // a character outside the BMP before the figures keeps columns in UTF-16 units
    {
      text: '𠮷村共有农户300户，其中脱贫户180户、监测户150户。',
      errors: [{ messageId: 'partsExceed', line: 1, column: 8, endColumn: 30 }],
    },
    // a golden report's sentence with one figure changed (52 → 62)
    {
      text: '认定“散乱污”企业187家，其中关停取缔类112家、整合搬迁类23家、升级改造类62家。',
      errors: [{ messageId: 'partsExceed', line: 1, column: 10, endColumn: 44 }],
    },
    // 增值税 is a tax, not an increase
    {
      text: '全年组织税收收入150亿元，其中增值税80亿元、企业所得税50亿元、个人所得税30亿元。',
      errors: [{ messageId: 'partsExceed', line: 1, column: 9, endColumn: 44 }],
    },
    // years in the labels are passed over
    {
      text: '共发放补贴资金120万元，其中2023年80万元、2024年60万元。',
      errors: [{ messageId: 'partsExceed', line: 1, column: 8, endColumn: 35 }],
    },
    {
      text: '组织培训5期，其中线上3期、线下4期。',
      errors: [{ messageId: 'partsExceed', line: 1, column: 5, endColumn: 19 }],
    },
  ],
})

testRule(defaultEntry('num-respectively-sum'), {
  valid: [
    '共计80万元，分别为A项目30万元、B项目50万元。',
    '两个项目分别投入30万元和50万元，共计80万元。',
    // the figure after is not announced as their total
    '两个项目分别投入30万元和50万元，带动社会投资90万元。',
    // 其中 before 分别: the listed items are a subset of the total
    '全年投入资金共计80万元，其中A、B两个项目分别投入30万元、40万元。',
    // 分别 not opening its clause: the total before need not be theirs
    '共收到来信80件，转交A部门和B部门分别为30件、40件。',
    // changes, not amounts
    '两项收入分别增长10万元和20万元，共计增加40万元。',
    // rates are not added
    '两项指标分别为30%和40%，合计80%。',
    // estimates
    '两个项目分别投入约30万元和50万元，共计90万元。',
    '两个项目分别投入30万元和50万元，共计90万元左右。',
    // another unit
    '两个项目分别投入30万元和50万元，共计90人参与。',
    // the total in another sentence
    '两个项目分别投入30万元和50万元。全年共计投入90万元。',
    // within the rounding of figures in 万
    '两个项目分别投入30.4万元和50.4万元，共计81万元。',
    // 分别来自 need not name every source
    '上半年共接待群众来访120人次，分别来自A区60人次、B区50人次。',
    // 共计 another thing: the leveraged investment is not the sum of the two
    '两个项目分别投入30万元和50万元，共计带动投资90万元。',
    // 公共 is no 共
    '两个项目分别投入30万元和50万元，公共财政90万元。',
  ],
  invalid: [
    {
      text: '共计80万元，分别为A项目30万元、B项目40万元。',
      errors: [{ messageId: 'respectivelySum', line: 1, column: 3, endColumn: 26 }],
    },
    {
      text: '两个项目分别投入30万元和50万元，共计90万元。',
      errors: [{ messageId: 'respectivelySum', line: 1, column: 9, endColumn: 25 }],
    },
    {
      text: '两个项目分别投入30万元和50万元，合计投入90万元。',
      errors: [{ messageId: 'respectivelySum', line: 1, column: 9, endColumn: 27 }],
    },
    {
      text: '三个乡镇分别完成12件、15件与20件，合计45件。',
      errors: [{ messageId: 'respectivelySum', line: 1, column: 9, endColumn: 26 }],
    },
    {
      text: '全年合计完成投资1.5亿元，分别是一期工程8000万元、二期工程6000万元。',
      errors: [{ messageId: 'respectivelySum', line: 1, column: 9, endColumn: 39 }],
    },
    {
      text: '两所学校分别有学生一千二百人和八百人，总计两千一百人。',
      errors: [{ messageId: 'respectivelySum', line: 1, column: 10, endColumn: 27 }],
    },
  ],
})

testRule(defaultEntry('num-percent-change'), {
  valid: [
    '税收收入由120万元增加到150万元，增长25%。',
    '税收收入由120万元增加到150万元，增长24.9%。',
    // 25% written for 24.6%: within the rounding of the written figure
    '收入由122万元增加到152万元，增长25%。',
    '人数由120人增加到150人，增长24.9%。',
    '从150吨降至120吨，下降20%。',
    // 1.2万 and 1.5万 may stand for 11,500–12,500 and 14,500–15,500: anything from 16% to 35%
    '参保人数由1.2万人增至1.5万人，增幅为20%。',
    // no base figure
    '税收收入同比增长20%。',
    // 倍 is ambiguous (翻了 / 增长了): left alone
    '户数由100户增加到300户，增长了2倍。',
    // 同比 against a quarter: the rate's base is not the 由 figure
    '收入由一季度的3.2万元提高到二季度的3.5万元，同比增长19.4%。',
    // the rate is an estimate or a bound
    '收入由120万元增加到150万元，增长约20%。',
    '收入由120万元增加到150万元，增长20%以上。',
    // percentage points and rates of rates
    '比例由20%提高到25%，提高5%。',
    // the direction words disagree: not the same change
    '收入由120万元增加到150万元，下降20%。',
    // different units
    '由120万元增加到150万人，增长20%。',
    // 由 in another sense
    '由3个部门牵头，增长20%。',
    '收入由2022年的3.2万元提高到2023年的3.5万元，同比增长9.4%。',
  ],
  invalid: [
    {
      text: '税收收入由120万元增加到150万元，增长20%。',
      errors: [{ messageId: 'percentChange', line: 1, column: 5, endColumn: 25 }],
    },
    {
      text: '从150吨降至120吨，下降25%。',
      errors: [{ messageId: 'percentChange', line: 1, column: 1, endColumn: 18 }],
    },
    {
      text: '收入由2022年的3.2万元提高到2023年的3.5万元，同比增长19.4%。',
      errors: [{ messageId: 'percentChange', line: 1, column: 3, endColumn: 39 }],
    },
    {
      text: '参保人数由1.20万人增至1.50万人，增幅为20%。',
      errors: [{ messageId: 'percentChange', line: 1, column: 5, endColumn: 27 }],
    },
    {
      text: '办件量从二百件增加到三百件，增长了30%。',
      errors: [{ messageId: 'percentChange', line: 1, column: 4, endColumn: 21 }],
    },
  ],
})

testRule(defaultEntry('num-range-order'), {
  valid: [
    '每组10—15人。',
    '2023—2024年',
    // a two-digit end year is another rule's business
    '2023—24年',
    // document numbers, phone numbers, times, scores, pages and articles
    '依据〔2024〕12号文件。',
    '联系电话0571—88886666。',
    '8:30—7:00值班。',
    '比分3—1。',
    '见第15—10条。',
    '第15—10页。',
    // a season running over New Year
    '供暖期为11—3月。',
    // a change, not a range
    '人数从15至10人。',
    // two scales: not certain
    '补助5万—3000元。',
    // no unit
    '编号15—10。',
    // a standard's number and year
    '依据GB 8978—1996年标准。',
    '人数减少15至10人。',
    // part of a longer figure
    '代码1.15—10人',
  ],
  invalid: [
    {
      text: '每组15—10人。',
      errors: [{ messageId: 'rangeOrder', line: 1, column: 3, endColumn: 9 }],
    },
    {
      text: '占比30%—20%。',
      errors: [{ messageId: 'rangeOrder', line: 1, column: 3, endColumn: 10 }],
    },
    {
      text: '计划于8—6月完成。',
      errors: [{ messageId: 'rangeOrder', line: 1, column: 4, endColumn: 8 }],
    },
    {
      text: '规划期为2024—2023年，补助5万～3万元，长度1.5至1.2米。',
      errors: [
        { messageId: 'rangeOrder', line: 1, column: 5, endColumn: 15 },
        { messageId: 'rangeOrder', line: 1, column: 18, endColumn: 24 },
        { messageId: 'rangeOrder', line: 1, column: 27, endColumn: 35 },
      ],
    },
  ],
})

/**
 * Rules of figures and dates that declare sharper `needs` than their expressions give (a count in
 * 汉字 before its measure word, 0 and a digit before 月, a digit after 月): run on every line
 * instead, each must find exactly the same.
 */

import { describeNeeds } from './needs-check'

const COMMON = [...'0123456789年月日，。\n', '\u3000\u3000', '2024年']
// Each rule's own figures, whole and in pieces, with what stands beside them.
const PIECES: Record<string, string[]> = {
  'num-form-consistency': [
    ...'二三四五六七八九十两一百千第番届每分人次名起件场期篇家户批个会全',
    ...['23人次', '5次', '人次', '三次', '十二名', '两批', '开展谈话'],
  ],
  'num-date-leading-zero': [...'0:/-.a', '01月', '05日', '2024年01月', '09'],
  'num-zero-glyph': [...'一二〇零○OΟ0０三九十', '二零二三年', '二〇二三', '一九九O'],
  'num-date-separators': [
    ...'./1920 a版',
    ...['2024.1.15', '2024/01/05', '2024.12.1', '2024/11/30', '2024.10.5', '1999.'],
  ],
  'num-range-unit': [
    ...'.．-~－—～〜至到 　%％万亿元１',
    ...[
      '——',
      '5-10万',
      '15～30%',
      '1.5',
      '5到10万',
      '3至5%',
      '9〜16亿',
      '1~2％',
      '5－8万',
      '2 —— 3%',
    ],
  ],
  'num-percent-change': [
    ...'由从到至%增长加降低为，',
    ...['由120万元增加到150万元', '增长20%', '由100人', '增加到300人', '下降', '25%', '同比'],
    ...['由120万元增加到150万元，增长20%', '从80人减少到60人，下降20%'],
  ],
  'num-date-validity': [...'-（）星期一二三周', '2月29日', '6月31日', '2023-02-29', '13月1日'],
  'num-weekday-mismatch': [
    ...'-（）(）星期一二三日天周礼拜',
    ...['2024年1月15日', '（星期二）', '（周一）', '2024-01-15', '3月5日'],
    ...['2024年1月15日（星期二）', '2024-01-16（周三）', '2024年2月1日（礼拜天）'],
  ],
  'placeholder-date-partial': [
    ...'XxＸｘ×_＿□〇○ 　年月日',
    ...['2023年X月', '____年__月__日', '  月  日', '〇月〇日', '20XX年'],
  ],
}

describeNeeds(PIECES, COMMON, 20260603)

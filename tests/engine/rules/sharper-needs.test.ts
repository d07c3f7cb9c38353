/**
 * Rules that declare `needs` sharper than the expression they search gives (an enumerator with the
 * mark after it, a two-digit year): run on every line instead, each must find exactly the same.
 * The same check as line-needs.test.ts (needs-check.ts), for the enumeration and number rules.
 */

import { describeNeeds } from './needs-check'

const COMMON = [...'，。；：:、,\n甲', '\u3000\u3000', '一、', '（一）']
/** What enumerators are made of, whole and in pieces, with the marks beside them. */
const ENUMERATORS = [
  ...'一二三四五六七八九十是第其首先次再最后否非、：:，“”',
  ...['一是', '二是', '十二是', '二十三是', '第一', '第十二', '第二十', '其一', '其十'],
  ...['首先', '其次', '再次', '最后', '第一、', '第二十、', '第十三、', '其二、', '最后、'],
  ...['一是、', '三是：', '二是:', '十是、', '一十是、', '第一十、', '第十十、'],
]
/** Enumerators of each family ready to count, for mixed lists. */
const LISTED = [
  ...['首先，', '其次，', '再次，', '最后，', '第一，', '第二，', '其一，', '其二，', '一是'],
  ...'第其首先次再最后一二十，；',
]

const PIECES: Record<string, string[]> = {
  'num-year-abbrev': [
    ..."0123456789年月度’'—–～〜-－至到较比与同第.，；）) ",
    ...['23年5月', '’23', '2023—24年', '较23年', '同期', '提高', '相比', '3—5月', '22年度'],
  ],
  'numbering-di-yi-comma': ENUMERATORS,
  'numbering-yishi-mark': ENUMERATORS,
  'numbering-mixed-enumerators': LISTED,
}

describeNeeds(PIECES, COMMON, 20261207)

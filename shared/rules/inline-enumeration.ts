/** inline-enumeration: 一是/二是…, 第一/第二… inside one paragraph: gaps, repeats, restarts, mixed families. */

import { lists } from '../document/enumeration-lists'
import {
  type Enumerator,
  ENUMERATOR_NEEDS,
  enumeratorsFrom,
  lineEnumerators,
} from '../document/enumerations'
import { memoOnLine } from '../document/line-memo'
import { maskedLine } from '../document/mask'
import { toHanzi } from '../document/numerals'
import { defineRuleKind, type ReportFn } from './kind'
import type { Needs } from './util/required-strings'

type Check = 'sequence' | 'mixed' | 'comma' | 'shi-mark'

interface Options {
  check: Check
}

const WORDS = ['首先', '其次', '再次']
/** Point marks in either width: "首先、，" is fixed to "首先，" by no single replacement. */
const POINTS = '，。、；：？！,.;:?!'

/** How enumerator `n` of a family is written, for messages. */
function spell(e: Enumerator, n: number): string {
  if (e.family === 'shi') return `${toHanzi(n)}是`
  if (e.family === 'di') return `第${toHanzi(n)}`
  if (e.family === 'qi') return `其${toHanzi(n)}`
  return WORDS[n - 1] ?? '最后'
}

/** A new list introduced by a colon ("下一步：一是…") may restart the count in the same paragraph. */
function startsNewList(text: string, e: Enumerator): boolean {
  const before = text.charAt(e.start - 1)
  return e.ordinal === 1 && (before === '：' || before === ':')
}

const NUMERALS = [...'一二三四五六七八九十']
/**
 * What a line must hold for each check to report. The lists to count need any enumerator; the marks
 * one with its mark: 第一、 (of 第一…第九十九 the last two characters, 第N, 十N or N十), 其N、, 首先、
 * and the like, or N是 with 、 or a colon.
 */
const NEEDS: Record<Check, Needs | undefined> = {
  sequence: ENUMERATOR_NEEDS,
  comma: [
    ...NUMERALS.flatMap((n) => [`第${n}、`, `其${n}、`]),
    ...NUMERALS.slice(0, 9).map((n) => `十${n}、`),
    ...NUMERALS.slice(1, 9).map((n) => `${n}十、`),
    ...[...WORDS, '最后'].map((w) => `${w}、`),
  ],
  'shi-mark': NUMERALS.flatMap((n) => [`${n}是、`, `${n}是：`, `${n}是:`]),
  // of the three families counted, a mixed list holds two: one of 其N and the words (第N is common)
  mixed: [...NUMERALS.map((n) => `其${n}`), ...WORDS],
}

const FAMILIES: Record<Enumerator['family'], number> = { shi: 0, di: 1, qi: 2, 'sequence-words': 3 }

function checkSequence(text: string, list: readonly Enumerator[], report: ReportFn) {
  // the last item of each family, and whether it was numbered as its predecessor: the one after
  // it, two higher, is then in its place (一是 二是 二是 四是)
  const last: (Enumerator | undefined)[] = [undefined, undefined, undefined, undefined]
  const repeated = [false, false, false, false]
  for (const e of list) {
    const f = FAMILIES[e.family]
    const prev = last[f]
    const prevRepeated = repeated[f]
    last[f] = e
    repeated[f] = false
    // 一是/二是 nest inside 第一/首先: an outer item starts a fresh inner list.
    if (f !== 0) last[0] = undefined
    // 首先/其次/最后 are not strictly counted: 最后 may follow 首先 directly.
    if (!prev || f === 3) continue
    let messageId: string
    if (e.ordinal === prev.ordinal) {
      repeated[f] = true
      messageId = 'repeat'
    } else if (e.ordinal > prev.ordinal + 1 && !(prevRepeated && e.ordinal === prev.ordinal + 2))
      messageId = 'gap'
    else if (e.ordinal < prev.ordinal && !startsNewList(text, e)) messageId = 'restart'
    else continue
    const data = { found: e.text, previous: prev.text, expected: spell(e, prev.ordinal + 1) }
    report({ messageId, data, start: e.start, end: e.end })
  }
}

/** 首先/其次/再次 and 第一/第二 and 其一/其二 are different families; 一是 nests inside them, 最后 closes any. */
function checkMixed(list: readonly Enumerator[], report: ReportFn) {
  const counted = list.filter((e) => e.family !== 'shi' && e.ordinal !== Infinity)
  const first = counted[0]
  if (!first) return
  const other = counted.find((e) => e.family !== first.family)
  if (!other) return
  report({
    messageId: 'mixed',
    data: { found: other.text, first: first.text, expected: spell(first, other.ordinal) },
    start: other.start,
    end: other.end,
  })
}

/** 第一、/首先、 → 第一，/首先，; 一是、/二是： → 一是/二是 (GB/T 15834 B.3.1, B.3.7). */
function checkMarks(check: Check, text: string, list: readonly Enumerator[], report: ReportFn) {
  for (const e of list) {
    const mark = text.charAt(e.end)
    if (check === 'comma' ? e.family === 'shi' || mark !== '、' : e.family !== 'shi') continue
    const fix = { start: e.end, end: e.end + 1 }
    if (check === 'comma') {
      // a point right after the 、 ("首先、，") would make the comma a duplicate: flag only
      const next = text.charAt(e.end + 1)
      if (next && POINTS.includes(next))
        report({ messageId: 'comma', data: { found: e.text }, ...fix })
      else
        report({
          messageId: 'comma',
          data: { found: e.text },
          ...fix,
          fix: { ...fix, replacement: '，' },
        })
    } else if (mark === '、' || mark === '：' || mark === ':')
      report({
        messageId: 'shiMark',
        data: { found: e.text, mark },
        ...fix,
        fix: { ...fix, replacement: '' },
      })
  }
}

/**
 * A paragraph's enumerators (offsets in the line) and the lists to count, shared by the four
 * checks. In a heading line only the run-in body after the heading's own title is a paragraph.
 */
const enumerationOf = memoOnLine(
  (line) => `${line.heading?.titleEnd ?? 0}\u0000${maskedLine(line)}`,
  (line) => {
    const from = line.heading ? line.heading.titleEnd : 0
    // URLs are masked: "?b=1：首先、" inside an address is no enumerator
    const masked = maskedLine(line)
    // the line's enumerators, which list-terminal asks for too
    const whole = lineEnumerators(line)
    const list = enumeratorsFrom(masked, whole, from)
    return { masked, list, groups: lists(masked, list, whole) }
  },
)

export default defineRuleKind<Options>({
  meta: {
    id: 'inline-enumeration',
    description: '段内“一是、二是”“第一、第二”等序列应连续、不重复、不混用，其后标点合乎规范',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['check'],
      properties: { check: { enum: ['sequence', 'mixed', 'comma', 'shi-mark'] } },
    },
    defaultOptions: { check: 'sequence' },
    messages: {
      gap: '“{{previous}}”之后是“{{found}}”，缺少“{{expected}}”',
      repeat: '“{{found}}”与前面的“{{previous}}”重复，应为“{{expected}}”',
      restart: '同一段内序列重新开始：“{{previous}}”之后又是“{{found}}”，应为“{{expected}}”',
      comma: '“{{found}}”后用逗号，不用顿号',
      shiMark: '“{{found}}”后不加“{{mark}}”，可直接接内容或用逗号',
      mixed: '同一列举中“{{first}}”与“{{found}}”混用，宜统一写作“{{expected}}”',
    },
    fixable: true,
  },
  create({ options }) {
    return {
      kinds: ['paragraph', 'heading'],
      needs: NEEDS[options.check],
      line(line, report) {
        if (line.kind !== 'paragraph' && line.kind !== 'heading') return
        const { masked, list, groups } = enumerationOf(line)
        if (options.check === 'comma' || options.check === 'shi-mark')
          return checkMarks(options.check, masked, list, report)
        for (const group of groups) {
          if (options.check === 'sequence') checkSequence(masked, group, report)
          else checkMixed(group, report)
        }
      },
    }
  },
})

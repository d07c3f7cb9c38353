/** repetition: accidentally doubled characters and words (习习近平, 的的, 新时代新时代), reduplication allowed. */

import { maskedLine } from '../document/mask'
import { defineRuleKind, type Report } from './kind'
import { ADJACENT, doubledCandidates, WORD } from './util/doubled-candidates'

interface Options {
  /** Characters that are never reduplicated, so a doubled one is a typo (的的, 了了). */
  chars: string[]
  /** Names and terms with one of their characters doubled (党中中央), or the whole term doubled: a typo. */
  terms: string[]
  /** Doubled runs of CJK characters at least this long are flagged (新时代新时代); 0 turns this off. */
  minWordLength: number
  /** Strings that contain a doubled form legitimately (为了了解, 目的的, 的的确确). */
  allow: string[]
  /** Short words never reduplicated, so the word twice in a row is a typo (推进推进, 精神精神). */
  words?: string[]
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const CJK_WORD = (min: number) => new RegExp(`([\\u4e00-\\u9fff]{${min},8}?)\\1`, 'g')

/**
 * Whether [start, end) lies inside one occurrence of an allowed string: each start keeps its
 * farthest end, and only starts within the longest allowed string's length are looked at, so a
 * line full of findings and allowed strings costs findings × that length, not findings × strings.
 */
function allowedSpans(text: string, allow: string[]): (start: number, end: number) => boolean {
  const farthest = new Map<number, number>()
  let longest = 0
  for (const a of allow)
    for (const i of occurrences(text, a)) {
      farthest.set(i, Math.max(farthest.get(i) ?? 0, i + a.length))
      longest = Math.max(longest, a.length)
    }
  if (!farthest.size) return () => false
  return (start, end) => {
    for (let s = start; s >= 0 && s > end - longest - 1; s--)
      if ((farthest.get(s) ?? -1) >= end) return true
    return false
  }
}

function occurrences(text: string, needle: string): number[] {
  const out: number[] = []
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) out.push(i)
  return out
}

export default defineRuleKind<Options>({
  meta: {
    id: 'repetition',
    description: '查找误输入的重复字词（习习近平、的的），正常的叠词不报',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        chars: {
          type: 'array',
          maxItems: 200,
          uniqueItems: true,
          items: { type: 'string', minLength: 1, maxLength: 1 },
        },
        terms: {
          type: 'array',
          maxItems: 2000,
          uniqueItems: true,
          items: { type: 'string', minLength: 2, maxLength: 30 },
        },
        minWordLength: { type: 'integer', minimum: 0, maximum: 8 },
        allow: {
          type: 'array',
          maxItems: 5000,
          items: { type: 'string', minLength: 2, maxLength: 30 },
        },
        words: {
          type: 'array',
          maxItems: 2000,
          uniqueItems: true,
          items: { type: 'string', pattern: '^[\\u4e00-\\u9fff]{2,8}$' },
        },
      },
    },
    defaultOptions: {
      chars: ['的', '了', '把', '被', '与', '及'],
      terms: [
        '习近平',
        '党中央',
        '二十大',
        '十九大',
        '国务院',
        '总书记',
        '新时代',
        '中国特色社会主义',
        '中国共产党',
        '全面从严治党',
      ],
      minWordLength: 3,
      allow: [
        '为了了',
        '除了了',
        '了了之',
        '了了分明',
        '目的的',
        '的的确确',
        '一把把',
        '参与与',
        '涉及及',
        '以及及',
        // a word starting with the doubled character: 与与会同志, 把把关, 中国共产党党员
        '与与会',
        '把把关',
        '把把握',
        '及及时',
        '共产党党',
        '治党党风',
        '治党党建',
      ],
    },
    messages: {
      char: '“{{match}}”重复，删去一个“{{char}}”',
      term: '“{{term}}”多了一个“{{extra}}”',
      word: '“{{word}}”重复出现，删去一个',
    },
    fixable: true,
  },
  create({ options }) {
    const charRe = options.chars.length
      ? new RegExp(`(${options.chars.map(escape).join('|')})\\1`, 'g')
      : null
    const minWord = Math.max(2, options.minWordLength)
    const wordRe = options.minWordLength > 0 ? CJK_WORD(minWord) : null
    const words = options.words ?? []
    const pairRe = words.length ? new RegExp(`(${words.map(escape).join('|')})\\1`, 'g') : null
    // the candidate scan looks for the shortest doubled word either check can find
    const scanMin = pairRe ? 2 : wordRe ? minWord : 0
    // Char and term findings are a listed character, or a term's first or last one, written twice
    // in a row: lines without such a pair and without a doubled word are done after two scans.
    const doubles = [...new Set([...options.chars, ...options.terms.flatMap((t) => [...t])])]
    const doubledRe = doubles.length ? new RegExp(`(${doubles.map(escape).join('|')})\\1`) : null
    // the code units a doubled one starts with (an astral character by its high surrogate)
    const doubled = new Uint8Array(65536)
    for (const d of doubles) doubled[d.charCodeAt(0)] = 1
    // an astral character is two code units: such a pair is left to the expression on every line
    const always = doubles.some((d) => d.length > 1) ? ADJACENT : 0
    return {
      // Every finding is a listed character twice in a row or a doubled word of ideographs (the
      // schema keeps `words` to them; CJK_WORD reads only them): with every listed character an
      // ideograph, only lines that repeat themselves can hold one, and the engine tells those.
      repeats: always === 0 && doubles.every((d) => /^[\u4e00-\u9fff]$/.test(d)),
      line(line, report) {
        const text = maskedLine(line)
        const found = doubledCandidates(text, scanMin, doubled) | always
        if (wordRe) wordRe.lastIndex = 0
        if (pairRe) pairRe.lastIndex = 0
        const word = found & WORD && wordRe?.test(text)
        const pair = found & WORD && pairRe?.test(text)
        // the pretest stops at a doubled word's first place, so past a WORD it vouches for no pair
        if (!word && !pair && !(found & (ADJACENT | WORD) && doubledRe?.test(text))) return
        const allowed = allowedSpans(text, options.allow)
        const taken = new Set<number>()
        const emit = (r: Report & { start: number; end: number }) => {
          if (taken.has(r.start) || allowed(r.start, r.end)) return
          taken.add(r.start)
          report(r)
        }
        for (const term of options.terms) {
          const first = term[0]
          const last = term[term.length - 1]
          for (const i of occurrences(text, first + term))
            emit({
              messageId: 'term',
              data: { term, extra: first },
              start: i,
              end: i + 1,
              fix: { start: i, end: i + 1, replacement: '' },
            })
          for (const i of occurrences(text, term + last)) {
            const at = i + term.length
            if (text.startsWith(term, at)) continue
            emit({
              messageId: 'term',
              data: { term, extra: last },
              start: at,
              end: at + 1,
              fix: { start: at, end: at + 1, replacement: '' },
            })
          }
          // a character inside doubled: 党中中央, 社会会主义
          for (let k = 1; k < term.length - 1; k++) {
            if (term[k] === term[k + 1] || term[k] === term[k - 1]) continue
            for (const i of occurrences(text, term.slice(0, k + 1) + term.slice(k)))
              emit({
                messageId: 'term',
                data: { term, extra: term[k] },
                start: i + k + 1,
                end: i + k + 2,
                fix: { start: i + k + 1, end: i + k + 2, replacement: '' },
              })
          }
        }
        // doubled words of the pattern, then listed two-character words typed twice
        for (const re of [pair ? pairRe : null, wordRe]) {
          if (!re) continue
          re.lastIndex = 0
          for (let m = re.exec(text); m; m = re.exec(text)) {
            const start = m.index + m[1].length
            const end = start + m[1].length
            // allowed only when the whole doubled form lies inside an allowed string
            if (allowed(m.index, end)) continue
            emit({
              messageId: 'word',
              data: { word: m[1] },
              start,
              end,
              fix: { start, end, replacement: '' },
            })
          }
        }
        if (charRe) {
          charRe.lastIndex = 0
          for (let m = charRe.exec(text); m; m = charRe.exec(text)) {
            const i = m.index
            // the second of the two (an astral character is two code units)
            const start = i + m[1].length
            const end = i + m[0].length
            if (allowed(i, end)) continue
            emit({
              messageId: 'char',
              data: { match: m[0], char: m[1] },
              start,
              end,
              fix: { start, end, replacement: '' },
            })
          }
        }
      },
    }
  },
})

/** paired-marks: unbalanced “”‘’（）《》〈〉【】〔〕, double quotes inside double quotes, 《 inside 《》. */

import type { DocModel, Line } from '../document/types'
import { defineRuleKind, type ReportFn } from './kind'
import { type Check, CLOSERS, MARKS, marksOf, NESTED, type Stray } from './util/line-marks'
import { holdsTwice, PAIRS } from './util/plain-marks'
import { requiredStrings } from './util/required-strings'
import { checksOption } from './util/schema'

interface Options {
  checks: Check[]
}

/** How many following lines a mark may stay open: text pasted with hard line breaks wraps pairs. */
const SPAN = 2
const young = (p: { age: number }) => p.age <= SPAN
const NONE = () => false
const OPEN_QUOTE = '“'.charCodeAt(0)

/**
 * Unbalanced marks over the document. A mark left open at a line end may close on one of the next
 * lines (hard-wrapped paste), and a quote left open before a paragraph that opens with the same
 * quote is a multi-paragraph quotation (GB/T 15834 4.8.3.5); a blank line ends both.
 */
function unpaired(doc: DocModel, report: ReportFn, holding: readonly Line[]): void {
  // `holding`: the lines with a mark, in order; on the others what is pending only ages
  let next = 0
  let pending: (Stray & { age: number })[] = []
  const flush = (keep: (p: { age: number }) => boolean) => {
    // most lines leave nothing open
    if (!pending.length) return
    for (const p of pending.filter((x) => !keep(x)))
      report({
        messageId: 'unclosed',
        data: { mark: p.mark, pair: PAIRS[p.mark] },
        start: p.at,
        end: p.at + 1,
      })
    pending = pending.filter(keep)
  }
  for (const line of doc.lines) {
    const holds = holding[next] === line
    if (holds) next++
    if (line.kind === 'blank') {
      flush(NONE)
      continue
    }
    for (const p of pending) p.age++
    flush(young)
    if (!holds) continue
    const { open, unopened } = marksOf(line)
    if (line.text.charCodeAt(line.indent) === OPEN_QUOTE && pending.at(-1)?.mark === '“')
      pending.pop()
    for (const c of unopened) {
      const last = pending.at(-1)
      if (last && PAIRS[last.mark] === c.mark) pending.pop()
      else
        report({
          messageId: 'unopened',
          data: { mark: c.mark, pair: CLOSERS[c.mark] },
          start: line.start + c.at,
          end: line.start + c.at + 1,
        })
    }
    for (const o of open) pending.push({ mark: o.mark, at: line.start + o.at, age: 0 })
  }
  flush(NONE)
}

export default defineRuleKind<Options>({
  meta: {
    id: 'paired-marks',
    description: '成对标点不配对（“”‘’（）《》〈〉【】〔〕），引号内再用双引号，书名号内再用《》',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['checks'],
      properties: {
        checks: checksOption(['unpaired', 'quote-nesting', 'booktitle-nesting']),
      },
    },
    defaultOptions: { checks: ['unpaired'] },
    messages: {
      unclosed: '“{{mark}}”缺少对应的“{{pair}}”',
      unopened: '多余的“{{mark}}”，或缺少对应的“{{pair}}”',
      quoteNesting: '引号内再用引号应改用单引号：{{open}}…{{close}}',
      booktitleNesting: '书名号内再用书名号应改用单书名号：{{open}}…{{close}}',
    },
    fixable: true,
  },
  create({ options }) {
    const checks = new Set(options.checks)
    // a nesting finding is a pair of “ (or 《) inside another, so its line holds that mark
    const openers = Object.keys(NESTED).filter((o) => checks.has(NESTED[o][2]))
    const unpairedCheck = checks.has('unpaired')
    return {
      line: openers.length
        ? (line, report) => {
            // and twice: one “ alone nests nothing, and two searches for it cost less than a scan
            if (!openers.some((o) => holdsTwice(line.text, o))) return
            for (const { check, ...found } of marksOf(line).nested)
              if (checks.has(check)) report(found)
          }
        : undefined,
      needs: openers.length ? openers.join('') : undefined,
      document: unpairedCheck
        ? (doc, report, holding) => unpaired(doc, report, holding)
        : undefined,
      // a stray mark is on a line holding a mark: the others are not scanned
      documentNeeds: unpairedCheck ? requiredStrings(MARKS.source) : undefined,
    }
  },
})

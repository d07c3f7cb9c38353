/** pattern: a regular expression flags what it matches, optionally with a certain replacement. */

import { maskedLine } from '../document/mask'
import type { LineKind } from '../document/types'
import { RangeIndex } from '../engine/intervals'
import { defineRuleKind } from './kind'
import { compilePattern, patternProblems } from './util/regex'
import { type Needs, narrower, needsList, requiredStrings } from './util/required-strings'
import { expandReplacement } from './util/replace'

interface Options {
  pattern: string
  flags?: string
  /** Replacement template ($&, $1, $<name>); when given, the fix is offered. */
  replacement?: string
  /**
   * A cheap expression a line must match before `pattern` runs on it (e.g. the one character every
   * match contains), for patterns that would otherwise test a lookbehind at every position.
   */
  trigger?: string
  /** Line kinds to check; all non-blank lines when empty. */
  lineKinds?: LineKind[]
  /** Patterns whose matches on the same line protect the text they cover. */
  exclude?: string[]
}

const LINE_KINDS = [
  'title',
  'docnumber',
  'recipient',
  'heading',
  'paragraph',
  'attachment-note',
  'signature',
  'date',
  'cc',
  'annotation',
]

/**
 * Whether `trigger` matches every text holding one of `needs`: it matches each of them, and with no
 * anchor, word boundary or lookaround (and no group opened with "(?") it matches the same way
 * inside any longer text. On the lines the engine calls a rule on, testing it first is then wasted.
 */
export function impliedBy(trigger: RegExp, needs: Needs | undefined): boolean {
  if (!needs || /[\^$]|\\[bB]|\(\?/.test(trigger.source)) return false
  return needsList(needs).every((s) => trigger.test(s))
}

export default defineRuleKind<Options>({
  meta: {
    id: 'pattern',
    description: '用正则表达式查找不规范的写法，可给出确定的替换',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['pattern'],
      properties: {
        pattern: { type: 'string', minLength: 1, maxLength: 500 },
        flags: { type: 'string', pattern: '^[imsu]*$' },
        replacement: { type: 'string', maxLength: 200 },
        trigger: { type: 'string', minLength: 1, maxLength: 200 },
        lineKinds: { type: 'array', items: { enum: LINE_KINDS }, uniqueItems: true },
        exclude: {
          type: 'array',
          maxItems: 50,
          items: { type: 'string', minLength: 1, maxLength: 300 },
        },
      },
    },
    defaultOptions: { pattern: '(?!)' },
    messages: {
      flag: '“{{match}}”不规范',
      replace: '“{{match}}”应改为“{{replacement}}”',
    },
    fixable: true,
  },
  check(options) {
    const issues = patternProblems(options.pattern, options.flags).map((message) => ({
      path: 'pattern',
      message,
    }))
    if (options.trigger)
      for (const message of patternProblems(options.trigger, options.flags))
        issues.push({ path: 'trigger', message })
    options.exclude?.forEach((p, i) => {
      for (const message of patternProblems(p, options.flags))
        issues.push({ path: `exclude[${i}]`, message })
    })
    return issues
  },
  create({ options }) {
    const kinds = options.lineKinds?.length ? new Set<string>(options.lineKinds) : null
    const re = compilePattern(options.pattern, options.flags)
    const trigger = options.trigger
      ? new RegExp(options.trigger, options.flags?.replace(/[gy]/g, ''))
      : null
    const excludes = (options.exclude ?? []).map((p) => compilePattern(p, options.flags))
    const needs = narrower(
      requiredStrings(options.pattern, options.flags),
      options.trigger ? requiredStrings(options.trigger, options.flags) : undefined,
    )
    // a trigger every line the engine calls `line` on matches is tested only once a match is found
    const lazy = trigger !== null && impliedBy(trigger, needs)
    const protect = (text: string) =>
      new RangeIndex(
        excludes.flatMap((x) =>
          [...text.matchAll(x)].map((m) => [m.index, m.index + m[0].length] as const),
        ),
      )
    return {
      kinds: options.lineKinds?.length ? options.lineKinds : undefined,
      needs,
      line(line, report) {
        if (kinds && !kinds.has(line.kind)) return
        const text = maskedLine(line)
        if (trigger && !lazy && !trigger.test(text)) return
        let protectedRanges: RangeIndex | null = null
        let triggered = !lazy
        re.lastIndex = 0
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (m[0] === '') {
            re.lastIndex++
            continue
          }
          // the same findings as testing first: none on a line the trigger does not match
          if (!triggered && !(triggered = trigger!.test(text))) return
          const start = m.index
          const end = start + m[0].length
          if (excludes.length && (protectedRanges ??= protect(text)).overlaps(start, end)) continue
          if (options.replacement == null) {
            report({ messageId: 'flag', data: { match: m[0] }, start, end })
            continue
          }
          const replacement = expandReplacement(m, options.replacement)
          report({
            messageId: 'replace',
            data: { match: m[0], replacement },
            start,
            end,
            fix: { start, end, replacement },
          })
        }
      },
    }
  },
})

/** arithmetic: figures of one sentence that do not add up (parts over a total, 分别 sums, rates, ranges). */

import { lineMemo } from '../document/line-memo'
import { maskedLine } from '../document/mask'
import { defineRuleKind, type ReportFn } from './kind'
import { checksOption } from './util/schema'
import { percentChange, rangeOrder } from './util/arithmetic-rates'
import { partsExceedTotal, respectivelySum } from './util/arithmetic-sums'
import { Figures } from './util/sentence-figures'

type Check = 'parts-exceed-total' | 'respectively-sum' | 'percent-change' | 'range-order'
const CHECKS: Check[] = ['parts-exceed-total', 'respectively-sum', 'percent-change', 'range-order']

interface Options {
  checks: Check[]
}

/** What a line must contain for each check to find anything. */
const NEEDS: Record<Check, string> = {
  'parts-exceed-total': '其',
  'respectively-sum': '别',
  // a rate and the 由 or 从 of the change (由120万元增加到150万元): the rarer of the two
  'percent-change': '由从',
  'range-order': '—～〜~至',
}

/** A line's figures, read once for all four checks (each default rule runs one of them). */
const figuresOf = lineMemo((text) => new Figures(text))

/** Cheap tests that let a line skip a check before any figure is read. */
const WORTH: Record<Check, (text: string) => boolean> = {
  'parts-exceed-total': (t) => t.includes('其中'),
  'respectively-sum': (t) => t.includes('分别'),
  'percent-change': (t) => (t.includes('%') || t.includes('％')) && /[由从]/.test(t),
  // its own search for a range's marks is as cheap as a test would be
  'range-order': () => true,
}

const RUN: Record<Check, (text: string, report: ReportFn) => void> = {
  'parts-exceed-total': (t, report) => partsExceedTotal(figuresOf(t), report),
  'respectively-sum': (t, report) => respectivelySum(figuresOf(t), report),
  'percent-change': (t, report) => percentChange(figuresOf(t), report),
  'range-order': rangeOrder,
}

export default defineRuleKind<Options>({
  meta: {
    id: 'arithmetic',
    description:
      '同一句中的数字算不拢：其中各项超过总数、“分别”各项与合计不符、增减幅度与前后数值不符、范围起点大于终点',
    schema: {
      type: 'object',
      additionalProperties: false,
      required: ['checks'],
      properties: { checks: checksOption(CHECKS) },
    },
    defaultOptions: { checks: CHECKS },
    messages: {
      partsExceed: '其中各项之和（{{sum}}）超过总数（{{total}}），请核对数字',
      partExceeds: '其中“{{part}}”超过总数（{{total}}），请核对数字',
      respectivelySum: '分别列出的各项之和（{{sum}}）与合计（{{total}}）不符，请核对数字',
      percentChange:
        '由{{from}}到{{to}}的变化幅度约为{{actual}}%，与所写“{{stated}}”不符，请核对数字',
      rangeOrder: '范围“{{range}}”起点大于终点，请核对数字或调换顺序',
    },
  },
  create({ options }) {
    const checks = options.checks
    return {
      needs: [...new Set(checks.map((c) => NEEDS[c]).join(''))].join(''),
      line(line, report) {
        const text = maskedLine(line)
        for (const c of checks) if (WORTH[c](text)) RUN[c](text, report)
      },
    }
  },
})

/** fullwidth-alnum: full-width digits and Latin letters (０-９ Ａ-Ｚ ａ-ｚ), fixed to half-width. */

import { MASK, maskedLine } from '../document/mask'
import { defineRuleKind } from './kind'
import { requiredStrings } from './util/required-strings'

interface Options {
  digits: boolean
  letters: boolean
}

const RUN = /[０-９Ａ-Ｚａ-ｚ]+/g
const half = (s: string) =>
  s.replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))

export default defineRuleKind<Options>({
  meta: {
    id: 'fullwidth-alnum',
    description: '全角数字或字母（０-９、Ａ-Ｚ），应改用半角',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { digits: { type: 'boolean' }, letters: { type: 'boolean' } },
    },
    defaultOptions: { digits: true, letters: true },
    messages: { fullwidth: '全角“{{match}}”应改为半角“{{replacement}}”' },
    fixable: true,
  },
  create({ options }) {
    return {
      needs: requiredStrings(RUN.source),
      line(line, report) {
        const text = maskedLine(line)
        RUN.lastIndex = 0
        for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
          const run = m[0]
          // a lone Ｘ/ＸＸ is an unfilled placeholder, reported by the placeholder rule
          if (/^[Ｘｘ]+$/.test(run)) continue
          const digit = /[０-９]/.test(run)
          const letter = /[Ａ-Ｚａ-ｚ]/.test(run)
          if ((digit && !options.digits && !letter) || (letter && !options.letters && !digit))
            continue
          const replacement = half(run)
          const start = m.index
          const end = start + run.length
          const data = { match: run, replacement }
          // glued to an address, half-width characters would run on as part of it: no fix
          if (text[start - 1] === MASK || text[end] === MASK)
            report({ messageId: 'fullwidth', data, start, end })
          else
            report({ messageId: 'fullwidth', data, start, end, fix: { start, end, replacement } })
        }
      },
    }
  },
})

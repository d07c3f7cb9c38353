/** Message templates: compiled once, filled as the one replace over the template filled them. */

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatMessage } from '../../shared/engine/messages'

/** The filling as it was: one replace over the template per message. */
const reference = (template: string, data: Record<string, string | number> = {}) =>
  template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  )

describe('formatMessage', () => {
  it('fills named placeholders and keeps unknown ones as written', () => {
    expect(
      formatMessage('“{{found}}”后用{{ mark }}，不用{{other}}', { found: '第一', mark: '，' }),
    ).toBe('“第一”后用，，不用{{other}}')
    expect(formatMessage('标题为{{year}}年', { year: 2023 })).toBe('标题为2023年')
    expect(formatMessage('无占位符')).toBe('无占位符')
  })

  it('fills every template as the replace over it did', () => {
    const piece = fc.constantFrom(
      '{{a}}',
      '{{ b }}',
      '{{a}}{{a}}',
      '{{',
      '}}',
      '{{c',
      '{ {a} }',
      '{{a-b}}',
      '{{}}',
      '“',
      '应为',
      ' ',
      '{{toString}}',
    )
    const template = fc.array(piece, { maxLength: 10 }).map((p) => p.join(''))
    const data = fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.oneof(fc.string(), fc.integer()))
    fc.assert(
      fc.property(template, data, (t, d) => {
        // twice: the second call reads the compiled template
        expect(formatMessage(t, d)).toBe(reference(t, d))
        expect(formatMessage(t, d)).toBe(reference(t, d))
      }),
      { numRuns: 2000 },
    )
  })
})

/** required-sections: the blocks a document type requires (工作情况、存在问题、下步打算), found by heading synonyms. */

import type { DocModel, Line } from '../document/types'
import type { RequiredSection } from '../types'
import { defineRuleKind } from './kind'
import { charTable } from './util/chars'

interface Options {
  /** Fewest top-level headings a document needs before its sections are judged. */
  minTopHeadings: number
}

const PUNCT = /[\s\u3000，。、；：！？,.;:!?“”《》（）()]/g

/**
 * Where a line's own title lies in its text: a heading's text up to its first full stop, or a
 * paragraph's short first clause.
 */
function captionRange(line: Line): [number, number] | undefined {
  if (line.heading) return [line.heading.textStart, line.heading.titleEnd]
  if (line.kind !== 'paragraph') return undefined
  // the lead-in up to the first 。：； when it is short ("存在问题：…"), without splitting the paragraph
  const end = line.text.slice(line.indent, line.indent + 21).search(/[。：:；]/)
  const stop = end < 0 ? line.text.length : line.indent + end
  return stop - line.indent <= 20 ? [line.indent, stop] : undefined
}

/**
 * Whether `text` names the section: a synonym appears in it, also with a few words inserted
 * ("存在的主要问题" for 存在的问题), or the head noun of a longer synonym ends it or one of its
 * members ("需要关注的问题", "尚未整改的问题及原因").
 */
function names(text: string, synonym: string): boolean {
  // each way of naming it holds the synonym's last character: most captions stop here
  if (!text.includes(synonym[synonym.length - 1])) return false
  if (text.includes(synonym) || spreadOut(text, synonym, 3)) return true
  return synonym.length >= 4 && endsClause(text, synonym.slice(-2))
}

/** `noun` ends the caption or a member of it ("问题及原因", not "把方向、管大局"). */
function endsClause(text: string, noun: string): boolean {
  for (let i = text.indexOf(noun); i >= 0; i = text.indexOf(noun, i + 1)) {
    const after = text.charAt(i + noun.length)
    if (!after || '和及与'.includes(after)) return true
  }
  return false
}

/** `word`'s characters in order in `text`, with at most `slack` other characters between them. */
function spreadOut(text: string, word: string, slack: number): boolean {
  for (let i = text.indexOf(word[0]); i >= 0; i = text.indexOf(word[0], i + 1)) {
    let pos = i
    let gaps = 0
    for (let k = 1; k < word.length && gaps <= slack; k++) {
      const next = text.indexOf(word[k], pos + 1)
      gaps = next < 0 ? Infinity : gaps + next - pos - 1
      pos = next
    }
    if (gaps <= slack) return true
  }
  return false
}

const lastOf = new WeakMap<RequiredSection[], Uint8Array>()

/**
 * The code units synonyms end with (an astral character by both of its units): `names` finds
 * nothing in a caption without one.
 */
function lastChars(sections: RequiredSection[]): Uint8Array {
  let table = lastOf.get(sections)
  if (!table) {
    table = charTable(sections.flatMap((s) => s.synonyms.map((w) => [...w].at(-1)!)).join(''))
    lastOf.set(sections, table)
  }
  return table
}

function holdsAny(text: string, start: number, end: number, table: Uint8Array): boolean {
  for (let i = start; i < end; i++) if (table[text.charCodeAt(i)]) return true
  return false
}

function findSection(lines: { line: Line; text: string }[], section: RequiredSection) {
  return lines.find(({ text }) => section.synonyms.some((s) => names(text, s)))?.line
}

export default defineRuleKind<Options>({
  meta: {
    id: 'required-sections',
    description: '按文种检查必备部分（如报告的工作情况、存在问题、下一步打算），以标题同义词识别',
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { minTopHeadings: { type: 'integer', minimum: 1, maximum: 10 } },
    },
    defaultOptions: { minTopHeadings: 2 },
    messages: {
      missing: '{{type}}缺少“{{section}}”部分，应补充',
    },
  },
  create({ options }) {
    return {
      document(doc: DocModel, report) {
        const type = doc.docType
        if (!type?.requiredSections.length || doc.outline.length < options.minTopHeadings) return
        const ends = lastChars(type.requiredSections)
        const captions = doc.lines.flatMap((line) => {
          const range = captionRange(line)
          // a caption holding no synonym's last character names no section: most lines stop here
          if (!range || !holdsAny(line.text, range[0], range[1], ends)) return []
          return [{ line, text: line.text.slice(range[0], range[1]).replace(PUNCT, '') }]
        })
        const found = type.requiredSections.map((s) => findSection(captions, s))
        // A report with none of the blocks follows another pattern (专题报告: 经过、原因、处理): not judged.
        if (!found.some(Boolean)) return
        // The body opens with the first block (工作情况): a first heading that names no other block
        // ("一、提高政治站位，切实扛起整改主体责任") is that block under a heading of its own words.
        const opening = doc.outline[0].line
        if (
          !found[0] &&
          !found.includes(opening) &&
          found.every((l) => !l || l.index > opening.index)
        )
          found[0] = opening
        type.requiredSections.forEach((section, i) => {
          if (found[i]) return
          // Point where the section belongs: before the next required section present, else the title.
          const next = found.slice(i + 1).find(Boolean)
          const at = next ?? doc.title ?? doc.outline[0].line
          const start = at.start + (at.heading ? at.heading.markerStart : at.indent)
          const end = at.heading
            ? at.start + at.heading.markerEnd
            : at.start + at.text.trimEnd().length
          report({
            messageId: 'missing',
            data: { type: type.name, section: section.name },
            start,
            end,
          })
        })
      },
    }
  },
})

/** required-sections: the blocks a document type requires (工作情况、存在问题、下步打算), found by heading synonyms. */

import type { DocModel, Line } from '../document/types'
import type { RequiredSection } from '../types'
import { defineRuleKind } from './kind'
import { indexOfAny } from './util/doc-lines'

interface Options {
  /** Fewest top-level headings a document needs before its sections are judged. */
  minTopHeadings: number
}

const PUNCT = /[\s\u3000，。、；：！？,.;:!?“”《》（）()]/g

// Where a line's own title ends, set by `captionStart` (a caption is read on every line: no tuple).
let captionEnd = 0

/**
 * Where a line's own title lies in its text, from the returned start (-1: none) to `captionEnd`: a
 * heading's text up to its first full stop, or a paragraph's short first clause.
 */
function captionStart(line: Line): number {
  if (line.heading) {
    captionEnd = line.heading.titleEnd
    return line.heading.textStart
  }
  if (line.kind !== 'paragraph') return -1
  // the lead-in up to the first 。：； when it is short ("存在问题：…"), without splitting the paragraph
  const { text, indent } = line
  const end = indexOfAny(text, '。：:；', indent, Math.min(text.length, indent + 21))
  const stop = end < 0 ? text.length : end
  captionEnd = stop
  return stop - indent <= 20 ? indent : -1
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

const sectionsOf = new WeakMap<RequiredSection[], Uint8Array>()

/**
 * By code unit, the sections (bit i for section i) a synonym of which ends with it (an astral
 * character by both of its units): `names` finds a section only in a caption holding one. A byte
 * per unit keeps the table small enough to stay in the cache.
 */
function lastChars(sections: RequiredSection[]): Uint8Array {
  let table = sectionsOf.get(sections)
  if (!table) {
    table = new Uint8Array(65536)
    sections.forEach((section, i) => {
      // past 8 sections a bit stands for several: they are tried together, still in order
      const bit = 1 << (i % 8)
      for (const word of section.synonyms) {
        const last = [...word].at(-1)!
        for (let k = 0; k < last.length; k++) table![last.charCodeAt(k)] |= bit
      }
    })
    sectionsOf.set(sections, table)
  }
  return table
}

/** The sections (bits of `table`) whose synonyms' last characters [start, end) of `text` holds. */
function heldIn(text: string, start: number, end: number, table: Uint8Array): number {
  let bits = 0
  for (let i = start; i < end; i++) bits |= table[text.charCodeAt(i)]
  return bits
}

/**
 * For each section, the first line whose caption names it: one pass over the lines, each caption
 * tried against the sections still missing whose synonyms could end in it.
 */
function findSections(doc: DocModel, sections: RequiredSection[]): (Line | undefined)[] {
  const found: (Line | undefined)[] = sections.map(() => undefined)
  const table = lastChars(sections)
  let missing = sections.length
  for (const line of doc.lines) {
    const start = captionStart(line)
    if (start < 0) continue
    // a caption holding no synonym's last character names no section: most lines stop here
    const bits = heldIn(line.text, start, captionEnd, table)
    if (!bits) continue
    const text = line.text.slice(start, captionEnd).replace(PUNCT, '')
    for (let i = 0; i < sections.length; i++) {
      if (found[i] || !(bits & (1 << (i % 8)))) continue
      if (sections[i].synonyms.some((s) => names(text, s))) {
        found[i] = line
        missing--
      }
    }
    if (!missing) break
  }
  return found
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
        const found = findSections(doc, type.requiredSections)
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

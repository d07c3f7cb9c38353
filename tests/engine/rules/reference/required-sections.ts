/** required-sections: the blocks a document type requires (工作情况、存在问题、下步打算), found by heading synonyms. */

import type { DocModel, Line } from '../../../../shared/document/types'
import type { RequiredSection } from '../../../../shared/types'
import { defineRuleKind } from '../../../../shared/rules/kind'
import { indexOfAny } from '../../../../shared/rules/util/doc-lines'

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

/** The synonyms by the code unit they end with, which `names` looks for first. */
interface Endings {
  /** 1 at each code unit a synonym ends with: a byte each keeps the table in the cache. */
  table: Uint8Array
  /**
   * By that code unit, the synonyms ending with it, each with its section's index and the unit
   * before the last (-1 for one unit), which every way of naming holds too.
   */
  byUnit: Map<number, { section: number; synonym: string; before: number }[]>
}

const endingsOf = new WeakMap<RequiredSection[], Endings>()

function endings(sections: RequiredSection[]): Endings {
  let out = endingsOf.get(sections)
  if (!out) {
    out = { table: new Uint8Array(65536), byUnit: new Map() }
    for (const [section, { synonyms }] of sections.entries())
      for (const synonym of synonyms) {
        const unit = synonym.charCodeAt(synonym.length - 1)
        out.table[unit] = 1
        const list = out.byUnit.get(unit) ?? []
        const before = synonym.length > 1 ? synonym.charCodeAt(synonym.length - 2) : -1
        list.push({ section, synonym, before })
        out.byUnit.set(unit, list)
      }
    endingsOf.set(sections, out)
  }
  return out
}

/** Whether [start, end) of `text` holds the code unit `unit`. */
function holds(text: string, start: number, end: number, unit: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === unit) return true
  return false
}

/**
 * For each section, the first line whose caption names it: one pass over the lines, each caption
 * tried only against the synonyms of missing sections that end in one of its characters.
 */
function findSections(doc: DocModel, sections: RequiredSection[]): (Line | undefined)[] {
  const found: (Line | undefined)[] = sections.map(() => undefined)
  const { table, byUnit } = endings(sections)
  let missing = sections.length
  for (const line of doc.lines) {
    const start = captionStart(line)
    if (start < 0) continue
    const end = captionEnd
    // built only for a caption that may name a missing section: most lines stop before
    let text: string | undefined
    for (let k = start; k < end; k++) {
      const unit = line.text.charCodeAt(k)
      if (!table[unit]) continue
      for (const { section, synonym, before } of byUnit.get(unit)!) {
        if (found[section] || (before >= 0 && !holds(line.text, start, end, before))) continue
        text ??= line.text.slice(start, end).replace(PUNCT, '')
        if (!names(text, synonym)) continue
        found[section] = line
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

/**
 * Word's automatic list numbers (一、 （一） 1. drawn by Word, not typed) written into document.xml as
 * text, so the checks see the numbers the reader sees. Reads numbering.xml and styles.xml.
 */

import { formatNumber } from './number-formats'
import { child, childrenNamed, parseTree, tags, val, type XmlElement } from './xml'

interface Level {
  start: number
  numFmt?: string
  lvlText?: string
  /** w:lvlRestart: restart after this (1-based) level is used; 0 never; undefined after any higher one. */
  restart?: number
  isLgl: boolean
}

interface Num {
  abstractId: string
  /** Levels whose start or definition this list instance overrides. */
  overrides: Map<number, { start?: number; level?: Level }>
}

export interface Definitions {
  abstracts: Map<string, Map<number, Level>>
  nums: Map<string, Num>
  /** A paragraph style's own numbering (w:pPr/w:numPr), following w:basedOn. */
  styleNumbering: (styleId: string) => { numId: string; ilvl: number } | undefined
}

const int = (s: string | undefined) => (s != null && /^-?\d+$/.test(s) ? Number(s) : undefined)

function readLevel(lvl: XmlElement): Level {
  return {
    start: int(val(lvl, 'w:start')) ?? 0,
    numFmt: val(lvl, 'w:numFmt'),
    lvlText: val(lvl, 'w:lvlText'),
    restart: int(val(lvl, 'w:lvlRestart')),
    isLgl: !!child(lvl, 'w:isLgl') && val(lvl, 'w:isLgl') !== '0',
  }
}

function readLevels(parent: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>()
  for (const lvl of childrenNamed(parent, 'w:lvl'))
    levels.set(int(lvl.attrs['w:ilvl']) ?? 0, readLevel(lvl))
  return levels
}

/** Reads the list definitions of numbering.xml and the paragraph styles' numbering of styles.xml. */
export function readDefinitions(numberingXml: string, stylesXml = ''): Definitions {
  const numbering = child(parseTree(numberingXml), 'w:numbering')
  const styles = child(parseTree(stylesXml), 'w:styles')
  const styleById = new Map(childrenNamed(styles, 'w:style').map((s) => [s.attrs['w:styleId'], s]))
  const styleNumbering = (
    styleId: string,
    seen = new Set<string>(),
  ): { numId: string; ilvl: number } | undefined => {
    const style = styleById.get(styleId)
    if (!style || seen.has(styleId)) return undefined
    seen.add(styleId)
    const numPr = child(child(style, 'w:pPr'), 'w:numPr')
    const numId = val(numPr, 'w:numId')
    if (numId != null) return { numId, ilvl: int(val(numPr, 'w:ilvl')) ?? 0 }
    const basedOn = val(style, 'w:basedOn')
    return basedOn ? styleNumbering(basedOn, seen) : undefined
  }
  const abstracts = new Map<string, Map<number, Level>>()
  const links = new Map<string, string>()
  for (const a of childrenNamed(numbering, 'w:abstractNum')) {
    const id = a.attrs['w:abstractNumId']
    abstracts.set(id, readLevels(a))
    const link = val(a, 'w:numStyleLink')
    if (link) links.set(id, link)
  }
  const nums = new Map<string, Num>()
  for (const n of childrenNamed(numbering, 'w:num')) {
    const overrides = new Map<number, { start?: number; level?: Level }>()
    for (const o of childrenNamed(n, 'w:lvlOverride')) {
      const lvl = child(o, 'w:lvl')
      overrides.set(int(o.attrs['w:ilvl']) ?? 0, {
        start: int(val(o, 'w:startOverride')),
        level: lvl && readLevel(lvl),
      })
    }
    nums.set(n.attrs['w:numId'], { abstractId: val(n, 'w:abstractNumId') ?? '', overrides })
  }
  // an abstract list that only links to a numbering style takes that style's list's levels
  for (const [id, link] of links) {
    const target = styleNumbering(link)
    const linked = target && nums.get(target.numId)?.abstractId
    if (linked && linked !== id && abstracts.get(id)?.size === 0)
      abstracts.set(id, abstracts.get(linked) ?? new Map())
  }
  return { abstracts, nums, styleNumbering: (id) => styleNumbering(id) }
}

/** Counts list items as Word does and renders each item's number text. */
export class ListCounter {
  private counters = new Map<string, Map<number, number>>()

  constructor(private readonly defs: Definitions) {}

  private level(num: Num, ilvl: number): Level | undefined {
    return num.overrides.get(ilvl)?.level ?? this.defs.abstracts.get(num.abstractId)?.get(ilvl)
  }

  /** Counts one paragraph of list `numId` at level `ilvl`; returns its number text, if certain. */
  next(numId: string, ilvl: number): string | undefined {
    const num = this.defs.nums.get(numId)
    const level = num && this.level(num, ilvl)
    if (!num || !level || ilvl < 0 || ilvl > 8) return undefined
    // lists with their own start values count apart; the others share their abstract list's count
    const key = num.overrides.size ? `num:${numId}` : `abstract:${num.abstractId}`
    let counts = this.counters.get(key)
    if (!counts) this.counters.set(key, (counts = new Map()))
    const startOf = (i: number) => num.overrides.get(i)?.start ?? this.level(num, i)?.start ?? 0
    const current = counts.get(ilvl)
    counts.set(ilvl, current === undefined ? startOf(ilvl) : current + 1)
    for (const deeper of [...counts.keys()]) {
      if (deeper <= ilvl) continue
      const restart = this.level(num, deeper)?.restart
      if (restart === undefined || (restart !== 0 && ilvl <= restart - 1)) counts.delete(deeper)
    }
    if (level.numFmt === 'bullet' || level.numFmt === 'none' || !level.lvlText) return undefined
    let certain = true
    const text = level.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1
      const fmt = level.isLgl && i < ilvl ? 'decimal' : this.level(num, i)?.numFmt
      const shown = fmt && formatNumber(counts.get(i) ?? startOf(i), fmt)
      if (shown === undefined) certain = false
      return shown ?? ''
    })
    return certain && text.trim() ? text : undefined
  }
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

interface OpenParagraph {
  depth: number
  /** Where the number goes: after the paragraph's properties, before its first run. */
  insertAt: number
  numId?: string
  ilvl?: number
  styleId?: string
  counted: boolean
}

/**
 * document.xml with each automatically numbered paragraph's number written as a first run.
 * Content under mc:Choice is neither counted nor changed (readers take the mc:Fallback copy);
 * numbering in tracked changes (w:pPrChange) is the old state and is ignored.
 */
export function writeListNumbers(documentXml: string, defs: Definitions): string {
  const counter = new ListCounter(defs)
  const inserts: [number, string][] = []
  const open: OpenParagraph[] = []
  let depth = 0
  let choice = 0
  const count = (p: OpenParagraph) => {
    if (p.counted) return
    p.counted = true
    let { numId, ilvl } = p
    if (numId === undefined && p.styleId) {
      const styled = defs.styleNumbering(p.styleId)
      numId = styled?.numId
      ilvl ??= styled?.ilvl
    }
    if (numId === undefined || numId === '0' || choice) return
    const label = counter.next(numId, ilvl ?? 0)
    if (label)
      inserts.push([p.insertAt, `<w:r><w:t xml:space="preserve">${escapeXml(label)}</w:t></w:r>`])
  }
  for (const tag of tags(documentXml)) {
    const p = open.at(-1)
    if (tag.type === 'close') {
      depth--
      if (tag.name === 'mc:Choice') choice--
      if (tag.name === 'w:p' && p?.depth === depth) count(open.pop()!)
      if (tag.name === 'w:pPr' && p?.depth === depth - 1) {
        p.insertAt = tag.end
        count(p)
      }
      continue
    }
    // the paragraph's properties come first: any other child means they are complete
    if (p && !p.counted && depth === p.depth + 1 && tag.name !== 'w:pPr') count(p)
    if (p && !p.counted) {
      const at = depth - p.depth
      if (at === 2 && tag.name === 'w:pStyle') p.styleId = tag.attrs['w:val']
      if (at === 3 && tag.name === 'w:numId') p.numId = tag.attrs['w:val']
      if (at === 3 && tag.name === 'w:ilvl') p.ilvl = int(tag.attrs['w:val'])
      if (at === 1 && tag.name === 'w:pPr' && tag.type === 'empty') p.insertAt = tag.end
    }
    if (tag.type === 'empty') continue
    if (tag.name === 'w:p') open.push({ depth, insertAt: tag.end, counted: false })
    if (tag.name === 'mc:Choice') choice++
    depth++
  }
  let out = ''
  let from = 0
  for (const [at, run] of inserts.sort((a, b) => a[0] - b[0])) {
    out += documentXml.slice(from, at) + run
    from = at
  }
  return out + documentXml.slice(from)
}

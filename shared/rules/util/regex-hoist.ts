/**
 * Rewrites an expression that starts with a lookbehind so that it starts with the character it
 * reads: `(?<![\d.])\d{2}年` becomes `\d(?<!(?:[\d.])\d)\d{1}年`. The two match the same text at the
 * same places, but V8 can skip to the positions where the first character fits only when the
 * expression starts by reading one; a leading lookbehind is otherwise tested at every position of
 * every line (ten times slower on a typical line).
 *
 * Why it is the same expression: `(?<!L)X` at position p asserts that no match of L ends at p, then
 * reads X at p. `X(?<!(?:L)X)` reads X at p, then asserts that no match of L·X ends at p + 1; as X
 * matches the character at p, that is no match of L ending at p. The same holds for `(?<=L)`.
 * A lookbehind before a group moves into each of the group's branches; a quantified first
 * character `X{m,n}` (m ≥ 1) splits into `X` and `X{m-1,n-1}`. Anything else is left as it is.
 */

interface Term {
  kind: 'char' | 'backref' | 'group' | 'lookbehind' | 'assertion'
  /** The text of a character or assertion; the opening of a group or lookaround ("(?:", "(?<!"). */
  src: string
  /** Branches of a group or lookaround. */
  body?: Term[][]
  /** Quantifier as written, with its lazy mark ("", "+", "{2}", "*?"). */
  quant: string
}

class Unparsable extends Error {}

class Parser {
  i = 0
  constructor(
    readonly src: string,
    readonly unicode: boolean,
  ) {}

  disjunction(): Term[][] {
    const branches: Term[][] = [this.alternative()]
    while (this.src[this.i] === '|') {
      this.i++
      branches.push(this.alternative())
    }
    return branches
  }

  private alternative(): Term[] {
    const terms: Term[] = []
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')')
      terms.push(this.term())
    return terms
  }

  private term(): Term {
    const s = this.src
    const c = s[this.i]
    if (c === '^' || c === '$') {
      this.i++
      return { kind: 'assertion', src: c, quant: this.quantifier() }
    }
    if (c === '(') {
      const open = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(s.slice(this.i))![0]
      this.i += open.length
      const body = this.disjunction()
      if (s[this.i] !== ')') throw new Unparsable()
      this.i++
      const kind =
        open === '(?<=' || open === '(?<!'
          ? 'lookbehind'
          : open === '(?=' || open === '(?!'
            ? 'assertion'
            : 'group'
      return { kind, src: open, body, quant: this.quantifier() }
    }
    if (c === '[') return { kind: 'char', src: this.charClass(), quant: this.quantifier() }
    if (c === '\\') {
      const e = this.escape()
      const kind = /^\\(?:[1-9]|k<)/.test(e) ? 'backref' : /^\\[bB]$/.test(e) ? 'assertion' : 'char'
      return { kind, src: e, quant: this.quantifier() }
    }
    if (c === ')' || c === '*' || c === '+' || c === '?' || c === '{') throw new Unparsable()
    // a character outside the basic plane is one character only in unicode mode
    const code = s.charCodeAt(this.i)
    if (code >= 0xd800 && code <= 0xdbff) throw new Unparsable()
    this.i++
    return { kind: 'char', src: c, quant: this.quantifier() }
  }

  private charClass(): string {
    const start = this.i++
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      if (this.src[this.i] === '\\') this.i++
      this.i++
    }
    if (this.i >= this.src.length) throw new Unparsable()
    this.i++
    const text = this.src.slice(start, this.i)
    if (/[\ud800-\udbff]/.test(text)) throw new Unparsable()
    return text
  }

  private escape(): string {
    const rest = this.src.slice(this.i)
    const m =
      /^\\(?:u\{[0-9A-Fa-f]+\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|c[A-Za-z]|[pP]\{[^}]*\}|k<[^>]*>|[1-9]\d*|[^])/.exec(
        rest,
      )
    if (!m) throw new Unparsable()
    if (/^\\[pP]\{|^\\u\{/.test(m[0]) && !this.unicode) throw new Unparsable()
    this.i += m[0].length
    return m[0]
  }

  private quantifier(): string {
    const m = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(this.src.slice(this.i))
    if (!m) return ''
    this.i += m[0].length
    return m[0]
  }
}

/** [min, max, lazy] of a quantifier; max Infinity when unbounded. */
function bounds(quant: string): [number, number, string] {
  const lazy = quant.length > 1 && quant.endsWith('?') ? '?' : ''
  const q = lazy ? quant.slice(0, -1) : quant
  if (q === '') return [1, 1, '']
  if (q === '*') return [0, Infinity, lazy]
  if (q === '+') return [1, Infinity, lazy]
  if (q === '?') return [0, 1, lazy]
  const [, a, comma, b] = /^\{(\d+)(,?)(\d*)\}$/.exec(q)!
  return [+a, comma ? (b ? +b : Infinity) : +a, lazy]
}

function quantifier(min: number, max: number, lazy: string): string {
  if (min === 1 && max === 1) return ''
  if (min === 0 && max === Infinity) return '*' + lazy
  if (min === 1 && max === Infinity) return '+' + lazy
  return `{${min}${max === min ? '' : ',' + (max === Infinity ? '' : max)}}${lazy}`
}

/** Whether any term of `branches`, at any depth, passes `test`. */
function holds(branches: Term[][], test: (t: Term) => boolean): boolean {
  return branches.some((terms) =>
    terms.some((t) => test(t) || (t.body != null && holds(t.body, test))),
  )
}

const isBackref = (t: Term) => t.kind === 'backref'
const isCapture = (t: Term) => t.src === '(' || (t.src.startsWith('(?<') && t.kind === 'group')

/** A lookbehind, or a group of branches made of lookbehinds only ("(?:(?<=年)|(?<!\\w))"). */
function isBehind(t: Term): boolean {
  if (t.quant) return false
  if (t.kind === 'lookbehind') return true
  return t.src === '(?:' && t.body!.every((b) => b.length > 0 && b.every(isBehind))
}

/** Lookbehind `t` tested one character later, after `x` was read at its place. */
function after(t: Term, x: Term): Term {
  if (t.kind !== 'lookbehind') return { ...t, body: t.body!.map((b) => b.map((u) => after(u, x))) }
  return { ...t, body: [[{ kind: 'group', src: '(?:', body: t.body, quant: '' }, x]] }
}

/** `terms` with its leading lookbehinds moved behind the first character, where that is certain. */
function hoist(terms: Term[]): Term[] {
  let k = 0
  while (k < terms.length && isBehind(terms[k])) k++
  const next = terms[k]
  if (k === 0 || !next) return terms
  const behind = terms.slice(0, k)
  if (behind.some((t) => holds(t.body!, isBackref))) return terms
  if (next.kind === 'group' && !next.quant) {
    // moved into a group, a capture group inside a lookbehind would be copied into each branch,
    // or numbered after the group it moved into
    if (behind.some((t) => holds(t.body!, isCapture))) return terms
    return [
      { ...next, body: next.body!.map((b) => hoist([...behind, ...b])) },
      ...terms.slice(k + 1),
    ]
  }
  if (next.kind !== 'char') return terms
  const [min, max, lazy] = bounds(next.quant)
  if (min < 1) return terms
  const first: Term = { kind: 'char', src: next.src, quant: '' }
  const checks = behind.map((t) => after(t, first))
  const rest: Term[] =
    max > 1 ? [{ kind: 'char', src: next.src, quant: quantifier(min - 1, max - 1, lazy) }] : []
  return [first, ...checks, ...rest, ...terms.slice(k + 1)]
}

function print(branches: Term[][]): string {
  return branches
    .map((terms) =>
      terms.map((t) => (t.body ? t.src + print(t.body) + ')' : t.src) + t.quant).join(''),
    )
    .join('|')
}

/** `source` rewritten to start by reading a character where it starts with a lookbehind (see above). */
export function hoistLookbehinds(source: string, flags = ''): string {
  if (flags.includes('v') || !source.includes('(?<')) return source
  try {
    const parser = new Parser(source, flags.includes('u'))
    const branches = parser.disjunction()
    if (parser.i !== source.length) return source
    return print(branches.map(hoist))
  } catch (e) {
    if (e instanceof Unparsable) return source
    throw e
  }
}

/** Every expression `hoisted` rewrote, as written: the tests check each against its rewrite. */
export const HOISTED: RegExp[] = []

/** `re` with its leading lookbehinds hoisted (see above): the same matches, found faster. */
export function hoisted(re: RegExp): RegExp {
  const source = hoistLookbehinds(re.source, re.flags)
  if (source === re.source) return re
  if (!HOISTED.some((r) => r.source === re.source && r.flags === re.flags)) HOISTED.push(re)
  return new RegExp(source, re.flags)
}

/**
 * Reads a regular expression for what its matches must contain, part by part (see
 * required-strings.ts for what that is used for). It understands the syntax rules are written in
 * (literals, escapes, classes, groups, lookarounds, alternation, quantifiers, back-references) and
 * throws Unsupported on anything else (\p{…}, \u{…}, nested classes).
 */

/** Above this many strings a requirement filters too little to be worth keeping. */
const MAX_SET = 64

export class Unsupported extends Error {}

/** `null`: nothing is certain (an optional part, a negated class, a zero-width assertion). */
type Req = Set<string> | null

/**
 * What the analysis knows of a part of an expression: `req`, strings of which every match contains
 * one; `exact`, every string the part can match, when they are few and short (a lookaround or an
 * anchor matches only ""); `first` and `last`, when the part's length is unknown (x+, x{2,}), strings
 * of which each match starts (ends) with one.
 */
interface Info {
  req: Req
  exact: Set<string> | null
  first?: Set<string>
  last?: Set<string>
}

const NOTHING: Info = { req: null, exact: null }
const EMPTY: Info = { req: null, exact: new Set(['']) }

// Rough frequency in reports: a requirement made of characters on nearly every line filters
// nothing, so the analysis keeps the one made of rarer characters.
const COMMON = new Set('，。、的和是在了一')
const FREQUENT = new Set('0123456789年月日（）“”《》：；')

function charCost(ch: string): number {
  return COMMON.has(ch) ? 100 : FREQUENT.has(ch) ? 12 : ch >= '\u4e00' && ch <= '\u9fff' ? 4 : 1
}

/**
 * A string of several characters is far rarer than its rarest one (but figures run together: "20"
 * is in every year); each character adds a little to check.
 */
export function cost(set: Set<string>): number {
  let c = 0
  for (const s of set) {
    let rarest = Infinity
    for (const ch of s) rarest = Math.min(rarest, charCost(ch))
    for (const ch of s.slice(1)) if (!/[0-9A-Za-z]/.test(ch)) rarest /= 16
    c += rarest + 0.1 * (s.length - 1)
  }
  return c
}

function union(a: Req, b: Req): Req {
  if (!a || !b) return null
  const out = new Set([...a, ...b])
  return out.size > MAX_SET ? null : out
}

/** Every string of `a` followed by one of `b`, or null when there are too many or they are too long. */
function concat(a: Set<string>, b: Set<string>, maxLen: number): Set<string> | null {
  if (a.size * b.size > MAX_SET) return null
  const out = new Set<string>()
  for (const x of a)
    for (const y of b) {
      if (x.length + y.length > maxLen) return null
      out.add(x + y)
    }
  return out
}

/** `set` without the strings that contain another of its strings: a line holding one holds both. */
function minimal(set: Set<string>): Set<string> {
  const all = [...set]
  if (all.every((s) => s.length === 1)) return set
  return new Set(all.filter((s) => !all.some((t) => t !== s && s.includes(t))))
}

function rangeSet(from: number, to: number): Req {
  if (to < from) throw new Unsupported()
  if (to - from + 1 > MAX_SET) return null
  const out = new Set<string>()
  for (let c = from; c <= to; c++) out.add(String.fromCharCode(c))
  return out
}

const DIGITS = rangeSet(48, 57)

/** A part that reads one character of `set`. */
const chars = (set: Req): Info => (set ? { req: set, exact: set } : NOTHING)
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' }

export class Scanner {
  i = 0
  /** Capture groups by number: what each can match, when known. */
  private groups: (Set<string> | null)[] = [null]
  /** Groups that every match of the sequence being read has passed through, for back-references. */
  private sure = new Set<number>()
  /** The number of the capture group `atom` just read, if it read one. */
  private lastGroup = 0

  constructor(
    readonly src: string,
    /** Longest string kept: 1 gives single characters, as the line prefilter once needed. */
    readonly maxLen: number,
  ) {}

  peek(offset = 0): string {
    return this.src[this.i + offset] ?? ''
  }

  eat(s: string): boolean {
    if (!this.src.startsWith(s, this.i)) return false
    this.i += s.length
    return true
  }

  hex(n: number): number {
    const digits = this.src.slice(this.i, this.i + n)
    if (digits.length !== n || !/^[0-9a-fA-F]+$/.test(digits)) throw new Unsupported()
    this.i += n
    return parseInt(digits, 16)
  }

  /** The cheaper of the part's requirement and (when it always matches something) its strings. */
  reqOf(info: Info): Req {
    const own = info.exact && !info.exact.has('') ? info.exact : null
    if (!own) return info.req
    return !info.req || cost(own) < cost(info.req) ? own : info.req
  }

  disjunction(): Info {
    const alts = [this.alternative()]
    while (this.eat('|')) alts.push(this.alternative())
    if (alts.length === 1) return alts[0]
    let req: Req = new Set()
    let exact: Req = new Set()
    let first: Req = new Set()
    let last: Req = new Set()
    for (const a of alts) {
      req = union(req, this.reqOf(a))
      exact = union(exact, a.exact)
      first = union(first, a.first ?? a.exact)
      last = union(last, a.last ?? a.exact)
    }
    const edge = (s: Req) => (s && !s.has('') ? s : undefined)
    return { req, exact, first: edge(first), last: edge(last) }
  }

  /**
   * A sequence needs what any one of its terms needs, or one of the strings its adjacent terms
   * spell together (\d+年 needs one of 0年…9年): keep the most selective.
   */
  alternative(): Info {
    const outerSure = this.sure
    this.sure = new Set(outerSure)
    let best: Req = null
    const consider = (r: Req) => {
      if (!r || !r.size || r.has('')) return
      const shortest = minimal(r)
      if (!best || cost(shortest) < cost(best)) best = shortest
    }
    // the strings the terms read since the last one of unknown length spell
    let chain = new Set([''])
    let whole = true
    let first: Set<string> | undefined
    let fromEdge = false
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      this.lastGroup = 0
      const t = this.term()
      if (t.exact) {
        consider(this.reqOf(t))
        const next = concat(chain, t.exact, this.maxLen)
        if (next) chain = next
        else {
          consider(chain)
          if (whole) first = undefined
          whole = fromEdge = false
          chain = t.exact
        }
        continue
      }
      consider(this.reqOf(t))
      if (t.first) {
        const joined = concat(chain, t.first, this.maxLen)
        consider(joined)
        if (whole) first = joined ?? undefined
      }
      consider(chain)
      whole = false
      fromEdge = !!t.last
      chain = t.last ? new Set(t.last) : new Set([''])
    }
    consider(chain)
    this.sure = outerSure
    if (whole) return { req: best, exact: chain }
    return { req: best, exact: null, first, last: fromEdge && !chain.has('') ? chain : undefined }
  }

  term(): Info {
    const group = this.lastGroup
    const info = this.atom()
    const opened = this.lastGroup !== group ? this.lastGroup : 0
    const { min, max } = this.quantifier()
    if (opened && min >= 1) this.sure.add(opened)
    if (min === 1 && max === 1) return info
    if (max === 0) return EMPTY
    if (info.exact && max !== Infinity) {
      let run: Set<string> | null = new Set([''])
      let all: Req = min === 0 ? new Set(['']) : new Set()
      for (let k = 1; k <= max && run && all; k++) {
        run = concat(run, info.exact, this.maxLen)
        if (k >= min) all = run && union(all, run)
      }
      if (run && all) return { req: min ? this.reqOf(info) : null, exact: all }
    }
    if (min === 0) return NOTHING
    // at least one: it holds what one holds, and starts and ends with one; at least `min` of
    // them in a row when those are few and short (x{3,}: every match starts and ends with xxx)
    const one = info.exact && !info.exact.has('') ? info.exact : undefined
    let edge = one
    for (let k = 1; k < min && edge; k++) edge = concat(edge, one!, this.maxLen) ?? undefined
    edge ??= one
    return {
      req: edge && edge !== one ? minimal(edge) : this.reqOf(info),
      exact: null,
      first: edge ?? info.first,
      last: edge ?? info.last,
    }
  }

  /** The counts a quantifier after an atom allows ({1,1} when there is none). */
  quantifier(): { min: number; max: number } {
    let min = 1
    let max = 1
    const c = this.peek()
    if (c === '*' || c === '?') [min, max] = [0, c === '*' ? Infinity : 1]
    else if (c === '+') max = Infinity
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i))
      if (!m) throw new Unsupported()
      this.i += m[0].length - 1
      min = Number(m[1])
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity
    } else return { min, max }
    this.i++
    this.eat('?')
    return { min, max }
  }

  atom(): Info {
    const c = this.src[this.i++]
    switch (c) {
      case '(':
        return this.group()
      case '[':
        return chars(this.charClass())
      case '\\':
        return this.atomEscape()
      case '.':
        return NOTHING
      case '^':
      case '$':
        return EMPTY
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new Unsupported()
      default:
        return chars(new Set([c]))
    }
  }

  group(): Info {
    let kind: 'capture' | 'plain' | 'ahead' | 'behind' | 'not' = 'capture'
    if (this.eat('?')) {
      if (this.eat(':')) kind = 'plain'
      else if (this.eat('=')) kind = 'ahead'
      else if (this.eat('<=')) kind = 'behind'
      else if (this.eat('!') || this.eat('<!')) kind = 'not'
      else if (this.eat('<')) {
        const m = /^[A-Za-z_$][\w$]*>/.exec(this.src.slice(this.i))
        if (!m) throw new Unsupported()
        this.i += m[0].length
      } else throw new Unsupported()
    }
    const number = kind === 'capture' ? this.groups.push(null) - 1 : 0
    // a lookbehind is matched backwards: its back-references are not followed here
    const outerSure = this.sure
    if (kind === 'behind' || kind === 'not') this.sure = new Set()
    const info = this.disjunction()
    this.sure = outerSure
    if (!this.eat(')')) throw new Unsupported()
    if (number) {
      this.groups[number] = info.exact
      this.lastGroup = number
    }
    // a lookaround reads nothing: what is read before and after it stands side by side. A negative
    // one is certain of nothing, a positive one of what it needs (it is on the line).
    if (kind === 'not') return EMPTY
    if (kind === 'ahead' || kind === 'behind') return { req: this.reqOf(info), exact: EMPTY.exact }
    return info
  }

  /** An escape outside a class: a boundary, a back-reference or a character (set). */
  atomEscape(): Info {
    const c = this.peek()
    if (c === 'b' || c === 'B') {
      this.i++
      return EMPTY
    }
    if (/[1-9]/.test(c)) {
      const m = /^\d+/.exec(this.src.slice(this.i))!
      this.i += m[0].length
      const n = Number(m[0])
      // a group not yet closed (or an octal escape) promises nothing; one that may not have taken
      // part matches "" too
      const seen = n < this.groups.length ? this.groups[n] : null
      if (!seen) return NOTHING
      return { req: null, exact: this.sure.has(n) ? seen : new Set([...seen, '']) }
    }
    if (c === 'k') {
      this.escape(false)
      return NOTHING
    }
    return chars(this.escape(false))
  }

  /** An escape; `inClass` for escapes inside [...], where \b is a backspace. */
  escape(inClass: boolean): Req {
    const c = this.src[this.i++]
    if (c === undefined) throw new Unsupported()
    if (c === 'd') return DIGITS
    if ('DwWsS'.includes(c)) return null
    if (c === 'b' || c === 'B') {
      if (inClass) throw new Unsupported()
      return null
    }
    if (c === 'k') {
      const m = /^<[A-Za-z_$][\w$]*>/.exec(this.src.slice(this.i))
      if (!m) throw new Unsupported()
      this.i += m[0].length
      return null
    }
    if (/[1-9]/.test(c)) {
      // a back-reference (or, without enough groups, an octal escape): nothing certain either way
      while (/[0-9]/.test(this.peek())) this.i++
      return null
    }
    if (c === 'u') {
      if (this.peek() === '{') throw new Unsupported()
      return new Set([String.fromCharCode(this.hex(4))])
    }
    if (c === 'x') return new Set([String.fromCharCode(this.hex(2))])
    if (c in CONTROL) {
      if (c === '0' && /[0-9]/.test(this.peek())) throw new Unsupported()
      return new Set([CONTROL[c]])
    }
    if (/[A-Za-z0-9]/.test(c)) throw new Unsupported() // \p, \c, \q and other letters
    return new Set([c])
  }

  /** One character of a class, as a code for ranges, or the set of a class escape. */
  classAtom(): { code?: number; req: Req } {
    const c = this.src[this.i++]
    if (c === undefined) throw new Unsupported()
    if (c === '[') throw new Unsupported() // nested classes are v-flag syntax
    if (c !== '\\') return { code: c.charCodeAt(0), req: new Set([c]) }
    if (this.peek() === 'b') {
      this.i++
      return { code: 8, req: new Set(['\b']) }
    }
    if (this.peek() === '-') {
      this.i++
      return { code: 45, req: new Set(['-']) }
    }
    const req = this.escape(true)
    if (req && req.size === 1) {
      const [only] = req
      const escaped = this.src[this.i - 1]
      // \d is a set of ten even though it is one escape
      if (escaped !== 'd') return { code: only.charCodeAt(0), req }
    }
    return { req }
  }

  charClass(): Req {
    const negated = this.eat('^')
    if (this.peek() === ']') throw new Unsupported() // [] and [^] match nothing and anything
    let req: Req = new Set()
    while (this.peek() !== ']') {
      if (this.i >= this.src.length) throw new Unsupported()
      const from = this.classAtom()
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
        this.i++
        const to = this.classAtom()
        if (from.code === undefined || to.code === undefined) throw new Unsupported()
        req = union(req, rangeSet(from.code, to.code))
      } else req = union(req, from.req)
    }
    this.i++
    return negated ? null : req
  }
}

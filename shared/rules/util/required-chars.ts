/**
 * Which characters every match of a regular expression must contain: the engine skips a line rule
 * on lines that contain none of them, so most rules never run on most lines.
 *
 * The analysis is deliberately conservative. It understands the syntax rules are written in
 * (literals, escapes, classes, groups, lookarounds, alternation, quantifiers) and gives up, returning
 * undefined, on anything else (\p{…}, \u{…}, the v flag, case-insensitive letters). Giving up only
 * costs speed: the rule then runs on every line. A hand-written scanner instead of a full parser
 * (regjsparser, regexpp) keeps the content script small; the property test in
 * tests/engine/required-chars.test.ts checks it against the RegExp engine itself.
 */

/** Above this many characters a requirement filters too little to be worth keeping. */
const MAX_CHARS = 64

class Unsupported extends Error {}

/** `null`: no character is certain (an optional part, a negated class, a zero-width assertion). */
type Req = Set<string> | null

// Rough frequency in reports: a requirement made of characters on nearly every line filters
// nothing, so the analysis keeps the one made of rarer characters.
const COMMON = new Set('，。、的和是在了一')
const FREQUENT = new Set('0123456789年月日（）“”《》：；')

function cost(set: Set<string>): number {
  let c = 0
  for (const ch of set)
    c += COMMON.has(ch) ? 100 : FREQUENT.has(ch) ? 12 : ch >= '\u4e00' && ch <= '\u9fff' ? 4 : 1
  return c
}

function union(a: Req, b: Req): Req {
  if (!a || !b) return null
  const out = new Set([...a, ...b])
  return out.size > MAX_CHARS ? null : out
}

function rangeSet(from: number, to: number): Req {
  if (to < from) throw new Unsupported()
  if (to - from + 1 > MAX_CHARS) return null
  const out = new Set<string>()
  for (let c = from; c <= to; c++) out.add(String.fromCharCode(c))
  return out
}

const DIGITS = rangeSet(48, 57)
const CONTROL: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v', '0': '\0' }

class Scanner {
  i = 0
  constructor(readonly src: string) {}

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

  disjunction(): Req {
    let req = this.alternative()
    while (this.eat('|')) req = union(req, this.alternative())
    return req
  }

  /** A sequence needs what any one of its terms needs: keep the most selective. */
  alternative(): Req {
    let best: Req = null
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const req = this.term()
      if (req && (!best || cost(req) < cost(best))) best = req
    }
    return best
  }

  term(): Req {
    const req = this.atom()
    const min = this.quantifier()
    return min === 0 ? null : req
  }

  /** The minimum count of a quantifier after an atom (1 when there is none). */
  quantifier(): number {
    let min = 1
    const c = this.peek()
    if (c === '*' || c === '?') min = 0
    else if (c === '+') min = 1
    else if (c === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.src.slice(this.i))
      if (!m) throw new Unsupported()
      this.i += m[0].length - 1
      min = Number(m[1])
    } else return 1
    this.i++
    this.eat('?')
    return min
  }

  atom(): Req {
    const c = this.src[this.i++]
    switch (c) {
      case '(':
        return this.group()
      case '[':
        return this.charClass()
      case '\\':
        return this.escape(false)
      case '.':
      case '^':
      case '$':
        return null
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new Unsupported()
      default:
        return new Set([c])
    }
  }

  group(): Req {
    let negative = false
    if (this.eat('?')) {
      if (this.eat(':') || this.eat('=') || this.eat('<=')) negative = false
      else if (this.eat('!') || this.eat('<!')) negative = true
      else if (this.eat('<')) {
        const m = /^[A-Za-z_$][\w$]*>/.exec(this.src.slice(this.i))
        if (!m) throw new Unsupported()
        this.i += m[0].length
      } else throw new Unsupported()
    }
    const req = this.disjunction()
    if (!this.eat(')')) throw new Unsupported()
    return negative ? null : req
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

/**
 * A set of characters (as a string) of which every match of `source` with `flags` contains at
 * least one, or undefined when no such set is certain or small enough to be useful.
 */
export function requiredChars(source: string, flags = ''): string | undefined {
  // the v flag has its own class syntax; surrogates would need code-point ranges
  if (flags.includes('v') || /[\uD800-\uDFFF]|\\u\{|\\u[dD][89a-fA-F]/.test(source))
    return undefined
  try {
    const scanner = new Scanner(source)
    const req = scanner.disjunction()
    if (scanner.i !== source.length || !req || req.size === 0) return undefined
    const chars = [...req]
    // case folding could match characters the set does not name
    if (flags.includes('i') && chars.some((c) => c.toLowerCase() !== c || c.toUpperCase() !== c))
      return undefined
    return chars.sort().join('')
  } catch (error) {
    if (error instanceof Unsupported) return undefined
    throw error
  }
}

/** The more selective of two requirements (either is certain, so either may be used). */
export function narrower(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return cost(new Set(a)) <= cost(new Set(b)) ? a : b
}

/** What a rule with several parts needs: one part's characters or another's (undefined if any part has none). */
export function anyOf(parts: (string | undefined)[]): string | undefined {
  if (parts.some((p) => p === undefined)) return undefined
  const all = [...new Set(parts.join(''))].sort().join('')
  return all.length ? all : undefined
}

/**
 * Which characters, or short strings, every line a regular expression matches on must contain one
 * of: the engine skips a line rule on lines that contain none, so most rules never run on most
 * lines. "，，" is far rarer than "，", so strings spelled by adjacent parts are kept when cheaper.
 *
 * The analysis (regex-reader.ts) is deliberately conservative. It gives up, returning undefined, on
 * syntax it does not read (\p{…}, \u{…}, the v flag, case-insensitive letters). Giving up only
 * costs speed: the rule then runs on every line. A hand-written scanner instead of a full parser
 * (regjsparser, regexpp) keeps the content script small; the property test in
 * tests/engine/required-strings.test.ts checks it against the RegExp engine itself.
 */

import { cost, Scanner, Unsupported } from './regex-reader'

/** What a line must contain for a rule to run on it: any one character of a string, or any one of a list of strings. */
export type Needs = string | readonly string[]

function analyse(source: string, flags: string, maxLen: number): string[] | undefined {
  // the v flag has its own class syntax; surrogates would need code-point ranges
  if (flags.includes('v') || /[\uD800-\uDFFF]|\\u\{|\\u[dD][89a-fA-F]/.test(source))
    return undefined
  try {
    const scanner = new Scanner(source, maxLen)
    const info = scanner.disjunction()
    const req = scanner.reqOf(info)
    if (scanner.i !== source.length || !req || req.size === 0) return undefined
    const strings = [...req]
    // case folding could match characters the set does not name
    if (flags.includes('i') && strings.some((c) => c.toLowerCase() !== c || c.toUpperCase() !== c))
      return undefined
    return strings.sort()
  } catch (error) {
    if (error instanceof Unsupported) return undefined
    throw error
  }
}

/**
 * A set of characters (as a string) of which every match of `source` with `flags` contains at
 * least one, or undefined when no such set is certain or small enough to be useful.
 */
export function requiredChars(source: string, flags = ''): string | undefined {
  return analyse(source, flags, 1)?.join('')
}

/**
 * Strings (up to four characters) of which every match of `source` with `flags` contains one:
 * "，，" is far rarer on a line than "，". Undefined when nothing certain is small enough.
 */
export function requiredStrings(source: string, flags = ''): string[] | undefined {
  return analyse(source, flags, 4)
}

/** Every string of `needs` (a string's characters one by one). */
export function needsList(needs: Needs): readonly string[] {
  return typeof needs === 'string' ? [...needs] : needs
}

/** The more selective of two requirements (either is certain, so either may be used). */
export function narrower(a: Needs | undefined, b: Needs | undefined): Needs | undefined {
  if (a === undefined) return b
  if (b === undefined) return a
  return cost(new Set(needsList(a))) <= cost(new Set(needsList(b))) ? a : b
}

/** What a rule with several parts needs: one part's or another's (undefined if any part has none). */
export function anyOf(parts: (Needs | undefined)[]): Needs | undefined {
  if (parts.some((p) => p === undefined)) return undefined
  if (parts.every((p) => typeof p === 'string')) {
    const all = [...new Set(parts.join(''))].sort().join('')
    return all.length ? all : undefined
  }
  const all = [...new Set(parts.flatMap((p) => needsList(p!)))].sort()
  return all.length ? all : undefined
}

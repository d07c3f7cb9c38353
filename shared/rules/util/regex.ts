/** Admin-written regular expressions: compile, reject catastrophic backtracking. */

import safeRegex from 'safe-regex2'
import { hoisted } from './regex-hoist'

/** Compiles `source` as a global expression (the engine scans every match); call once per rule. */
export function compilePattern(source: string, flags = ''): RegExp {
  const f = 'g' + flags.replace(/[gy]/g, '')
  return hoisted(new RegExp(source, f))
}

/** Chinese problems with a pattern, or [] when it compiles and has no nested quantifiers. */
export function patternProblems(source: string, flags = ''): string[] {
  try {
    new RegExp(source, flags.replace(/[gy]/g, ''))
  } catch (e) {
    return [`正则表达式无法编译：${(e as Error).message}`]
  }
  // the analyser cannot parse lookbehind; as a plain group it keeps the same repetition structure
  if (!safeRegex(source.replace(/\(\?<[=!]/g, '(?:'), { limit: 25 }))
    return ['正则表达式存在嵌套重复（如 (a+)+），可能导致灾难性回溯，请改写']
  if (/\((?:[^()\\]|\\.)*\|(?:[^()\\]|\\.)*\)[*+]/.test(source) && overlappingAlternation(source))
    return ['正则表达式的分支可能重叠且被重复（如 (a|a)*），可能导致灾难性回溯，请改写']
  return []
}

/** (x|x)* style: a repeated group whose alternatives share a first character. */
function overlappingAlternation(source: string): boolean {
  const re = /\(((?:[^()\\]|\\.)*)\)[*+]/g
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const alts = m[1].replace(/^\?:/, '').split('|')
    const firsts = alts.map((a) => a.slice(0, a.startsWith('\\') ? 2 : 1))
    if (new Set(firsts).size < firsts.length) return true
  }
  return false
}

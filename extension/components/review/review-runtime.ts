/** The side panel's ties to the extension: the rulebook in use, the page's editor text, downloads. */

import { defaultRulebook, type Fix, type Rulebook } from '../../../shared/index'
import { send } from '../../utils/messaging'

/** The rulebook the background syncs (with the user's switches); the bundled one when that fails. */
export async function loadRulebook(): Promise<{ rulebook: Rulebook; source: string }> {
  try {
    const state = await send('rulebook/get', {})
    return { rulebook: state.rulebook, source: state.source }
  } catch {
    return { rulebook: defaultRulebook, source: 'bundled' }
  }
}

export async function pageText(): Promise<{ text: string | null; url: string | null }> {
  return send('page/text', {})
}

export async function revealOnPage(start: number, end: number): Promise<boolean> {
  try {
    return (await send('page/reveal', { start, end })).revealed
  } catch {
    return false
  }
}

export async function applyOnPage(fixes: Fix[]): Promise<number> {
  return (await send('page/apply-fixes', { fixes })).applied
}

/** Saves `content` as a file through a temporary link (no extra permission needed). */
export function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${type};charset=utf-8` }))
  const a = document.createElement('a')
  a.href = url
  a.download = name
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Lint sessions the background keeps for pages with huge editors, so the engine never blocks their typing. */

import { createSession, type Finding, type LintSession } from '../../shared/index'
import type { LintRequest } from './protocol'

/** Sessions kept at most; the least recently used goes first (each holds a document's line cache). */
const MAX_SESSIONS = 8

const sessions = new Map<string, LintSession>()

/** Forgets the sessions of a closed tab. */
export function dropTabSessions(tabId: number): void {
  for (const key of sessions.keys()) if (key.startsWith(`${tabId}:`)) sessions.delete(key)
}

/**
 * Lints `text` in the page's session, created when the rulebook comes with the request. Without a
 * session and a rulebook (the background restarted) it throws, and the page sends its rulebook again.
 */
export function lintInSession(tabKey: string, request: LintRequest): Finding[] {
  const key = `${tabKey}:${request.session}`
  let session = sessions.get(key)
  if (!session) {
    if (!request.rulebook) throw new Error('检查会话已失效，请重新发送规则集')
    session = createSession(request.rulebook)
  } else if (request.rulebook) {
    session.setRulebook(request.rulebook)
  }
  if (request.ignores) session.setIgnores(request.ignores)
  sessions.delete(key)
  sessions.set(key, session)
  while (sessions.size > MAX_SESSIONS) sessions.delete(sessions.keys().next().value!)
  return session.update(typeof request.text === 'string' ? request.text : '')
}

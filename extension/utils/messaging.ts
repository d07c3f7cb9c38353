/** The client wrapper and the dispatcher of the typed protocol (plain JSON envelopes over runtime messaging). */

import { browser, type Browser } from 'wxt/browser'
import type {
  BackgroundKind,
  BackgroundProtocol,
  ContentKind,
  ContentProtocol,
  Envelope,
  Reply,
} from './protocol'

type Sender = Browser.runtime.MessageSender
/** A protocol: request/response pairs by kind. */
type Table<P> = { [K in keyof P]: { request: unknown; response: unknown } }

/** One handler per kind; `sender` tells which tab asked. */
export type Handlers<P extends Table<P>> = {
  [K in keyof P]: (
    request: P[K]['request'],
    sender: Sender,
  ) => Promise<P[K]['response']> | P[K]['response']
}

export class ProtocolError extends Error {}

function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as Envelope).kind === 'string'
  )
}

/** Unwraps a reply: the data, or throws its error. */
function unwrap<T>(reply: Reply<T> | undefined, kind: string): T {
  if (!reply) throw new ProtocolError(`没有收到“${kind}”的答复`)
  if (!reply.ok) throw new ProtocolError(reply.error)
  return reply.data
}

/** Sends a request to the background and resolves with its typed response. */
export async function send<K extends BackgroundKind>(
  kind: K,
  payload: BackgroundProtocol[K]['request'],
): Promise<BackgroundProtocol[K]['response']> {
  const reply = (await browser.runtime.sendMessage({ kind, payload })) as Reply<
    BackgroundProtocol[K]['response']
  >
  return unwrap(reply, kind)
}

/** Sends a request to a tab's content script (top frame). */
export async function sendToTab<K extends ContentKind>(
  tabId: number,
  kind: K,
  payload: ContentProtocol[K]['request'],
): Promise<ContentProtocol[K]['response']> {
  const reply = (await browser.tabs.sendMessage(tabId, { kind, payload }, { frameId: 0 })) as Reply<
    ContentProtocol[K]['response']
  >
  return unwrap(reply, kind)
}

/**
 * Builds the one runtime.onMessage listener for a context: it answers the kinds it has handlers for
 * and stays silent for others, so several contexts can listen side by side.
 */
export function createDispatcher<P extends Table<P>>(handlers: Handlers<P>) {
  return (message: unknown, sender: Sender): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(message) || !Object.hasOwn(handlers, message.kind)) return undefined
    const handler = handlers[message.kind as keyof P] as (
      request: unknown,
      sender: Sender,
    ) => unknown
    return (async () => {
      try {
        return { ok: true, data: (await handler(message.payload, sender)) ?? null }
      } catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) }
      }
    })()
  }
}

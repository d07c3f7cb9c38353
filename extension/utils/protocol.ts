/** The typed message protocol between the extension's contexts: each request paired with its response. */

import type { Ignore } from '../../shared/index'
import type { Finding, Fix, Rulebook } from '../../shared/types'

/** Where the rulebook in use came from. */
export type RulebookSource = 'server' | 'cache' | 'bundled'

/** The rulebook a page should lint with, the user's switched-off rules already applied. */
export interface RulebookState {
  rulebook: Rulebook
  source: RulebookSource
  /** Rule ids the user switched off for themselves. */
  disabledRules: string[]
}

export type SyncState =
  'never' | 'ok' | 'not-modified' | 'offline' | 'unauthorized' | 'invalid' | 'error'

/** The outcome of the last synchronisation with the server. */
export interface SyncStatus {
  state: SyncState
  /** ISO time of the last attempt. */
  at: string | null
  /** Chinese, for people: what happened and what to do. */
  message: string
  /** Id and version of the rulebook in use. */
  rulebook: { id: string; version: number; source: RulebookSource }
}

export interface Settings {
  /** Base URL of the reportlint worker, e.g. http://127.0.0.1:8787 */
  serverUrl: string
  token: string
  rulebookId: string
  /** Minutes between automatic synchronisations. */
  syncMinutes: number
}

export interface SiteState {
  host: string
  /** Whether the content script checks this site now (allowlisted or added, and not switched off). */
  enabled: boolean
  /** How the site is listed: in the default allowlist, added by the user, or neither. */
  listed: 'default' | 'user' | null
  /** Name of the canvas-rendered editor at the URL, when it is one. */
  canvas: string | null
}

export interface SiteList {
  /** Hosts the user added (optional host permissions). */
  added: string[]
  /** Hosts where the user switched checking off. */
  disabled: string[]
}

/** A huge editor's text to lint in the background; the rulebook and ignores come when they changed. */
export interface LintRequest {
  /** The page's name for its editor's session (unique per tab). */
  session: string
  text: string
  rulebook?: Rulebook
  ignores?: Ignore[]
}

/** Requests to the background, by kind. */
export interface BackgroundProtocol {
  /** The rulebook to lint with (content script, side panel). */
  'rulebook/get': { request: Record<string, never>; response: RulebookState }
  /** Synchronise now ("立即同步"). */
  'sync/now': { request: Record<string, never>; response: SyncStatus }
  'sync/status': { request: Record<string, never>; response: SyncStatus }
  'settings/get': { request: Record<string, never>; response: Settings }
  /** Saves settings; a changed server or rulebook id triggers a synchronisation. */
  'settings/set': { request: Partial<Settings>; response: Settings }
  'site/state': { request: { url: string }; response: SiteState }
  /** The per-site switch (popup). */
  'site/set-enabled': { request: { host: string; enabled: boolean }; response: SiteState }
  'sites/get': { request: Record<string, never>; response: SiteList }
  /** Adds a host; the caller must already hold the host permission (asked for in a user gesture). */
  'sites/add': { request: { host: string }; response: SiteList }
  'sites/remove': { request: { host: string }; response: SiteList }
  /** "对我关闭此规则" and its undo. */
  'rules/set-disabled': {
    request: { ruleId: string; disabled: boolean }
    response: { disabledRules: string[] }
  }
  /** Lints a huge editor's text off the page's main thread. */
  'lint/run': { request: LintRequest; response: Finding[] }
  /** The content script reports how many findings it shows; the badge of its tab shows it. */
  'badge/set': { request: { count: number }; response: null }
  /** Opens the side panel for the sender's tab (from the canvas-editor notice). */
  'sidepanel/open': { request: Record<string, never>; response: { opened: boolean } }
  /** The text of the editor in the active tab, for the side panel's "check this page". */
  'page/text': {
    request: { tabId?: number }
    response: { text: string | null; url: string | null }
  }
  /** Side panel: scroll the active tab's editor to a finding and open its card (offsets into `page/text`). */
  'page/reveal': {
    request: { tabId?: number; start: number; end: number }
    response: { revealed: boolean }
  }
  /** Side panel: apply certain fixes in the active tab's editor through its own input path (undo works). */
  'page/apply-fixes': { request: { tabId?: number; fixes: Fix[] }; response: { applied: number } }
}

/** Requests from the background to a tab's content script. */
export interface ContentProtocol {
  'content/text': { request: Record<string, never>; response: { text: string | null } }
  /** Scrolls the editor to the range and opens the card of the finding there. */
  'content/reveal': { request: { start: number; end: number }; response: { revealed: boolean } }
  /** Applies the fixes (offsets into the text `content/text` returned), last first. */
  'content/apply-fixes': { request: { fixes: Fix[] }; response: { applied: number } }
}

export type BackgroundKind = keyof BackgroundProtocol
export type ContentKind = keyof ContentProtocol

/** What travels over runtime messaging: a kind and its request. */
export interface Envelope<K extends string = string, P = unknown> {
  kind: K
  payload: P
}

/** Every reply is plain JSON: the response or a Chinese error message. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string }

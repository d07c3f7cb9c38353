/** A small client of the worker's rulebook API (SPEC "HTTP API"), with the admin's bearer token. */

import type { Rulebook } from '../../../shared/index'

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: { path: string; message: string }[] = [],
  ) {
    super(message)
  }
}

export interface VersionInfo {
  version: number
  author?: string
  note?: string
  /** ISO time. */
  createdAt?: string
}

export interface Draft {
  rulebook: Rulebook
  etag: string
}

/** Reads `{rulebook}` or a bare rulebook, whichever the server sends. */
const bookOf = (body: any): Rulebook => (body && body.rulebook ? body.rulebook : body)

export function createApi(baseUrl: string, token: string, rulebookId: string) {
  const root = `${baseUrl.replace(/\/+$/, '')}/v1/rulebooks/${encodeURIComponent(rulebookId)}`

  async function call(path: string, init: RequestInit = {}): Promise<{ body: any; res: Response }> {
    const headers = new Headers(init.headers)
    headers.set('Authorization', `Bearer ${token}`)
    if (init.body) headers.set('Content-Type', 'application/json')
    let res: Response
    try {
      res = await fetch(root + path, { ...init, headers })
    } catch {
      throw new ApiError(0, 'network', `无法连接服务器 ${baseUrl}，请检查地址`)
    }
    const text = await res.text()
    let body: any = null
    try {
      body = text ? JSON.parse(text) : null
    } catch {
      body = text
    }
    if (!res.ok) {
      const e = body?.error ?? {}
      throw new ApiError(
        res.status,
        e.code ?? String(res.status),
        e.message ?? `请求失败（${res.status}）`,
        e.issues,
      )
    }
    return { body, res }
  }

  const etagOf = (res: Response) => res.headers.get('ETag') ?? ''

  return {
    /** The published rulebook (also checks that the token works). */
    async published(): Promise<Rulebook> {
      return bookOf((await call('')).body)
    },
    async draft(): Promise<Draft> {
      const { body, res } = await call('/draft')
      return { rulebook: bookOf(body), etag: etagOf(res) }
    },
    /** Saves the draft; throws ApiError 412 when someone saved or published first. */
    async saveDraft(rulebook: Rulebook, etag: string): Promise<Draft> {
      const { res } = await call('/draft', {
        method: 'PUT',
        body: JSON.stringify(rulebook),
        headers: { 'If-Match': etag },
      })
      return { rulebook, etag: etagOf(res) || etag }
    },
    async publish(etag: string, note: string): Promise<VersionInfo> {
      const { body } = await call('/publish', {
        method: 'POST',
        body: JSON.stringify({ note }),
        headers: { 'If-Match': etag },
      })
      return body?.version && typeof body.version === 'object' ? body.version : body
    },
    async versions(): Promise<VersionInfo[]> {
      const { body } = await call('/versions')
      return Array.isArray(body) ? body : (body?.versions ?? [])
    },
    async version(n: number): Promise<Rulebook> {
      return bookOf((await call(`/versions/${n}`)).body)
    },
    async rollback(version: number): Promise<VersionInfo> {
      const { body } = await call('/rollback', {
        method: 'POST',
        body: JSON.stringify({ version }),
      })
      return body
    },
  }
}

export type Api = ReturnType<typeof createApi>

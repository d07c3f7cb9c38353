/** The worker's bindings and per-request variables, shared by every route and middleware. */

export interface Bindings {
  DB: D1Database
  /** The first admin token (a secret; `.dev.vars` locally). */
  ADMIN_TOKEN?: string
  /** Comma-separated allowed CORS origins; `*` matches within one origin, e.g. `chrome-extension://*`. */
  CORS_ORIGINS?: string
  /** "true" lets requests to localhost read without a token (local development only). */
  ALLOW_ANONYMOUS_READS?: string
  /** Time budget for one draft over the sample reports at publish, in milliseconds. */
  PUBLISH_BUDGET_MS?: string
}

export type Role = 'reader' | 'admin'

/** Who is calling: the role and a name for the audit log. */
export interface Caller {
  role: Role
  actor: string
}

export interface AppEnv {
  Bindings: Bindings
  Variables: { caller: Caller | null }
}

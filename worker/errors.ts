/** One error shape for every failure: `{"error":{"code","message","issues"?}}`, from one onError. */

import type { ErrorHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { AppEnv } from './env'

export interface Issue {
  path: string
  message: string
}

/** A request-time failure with a stable machine code and, for validation, every issue found. */
export class ApiError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: Issue[],
  ) {
    super(status, { message })
  }
}

const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'conflict',
  412: 'precondition_failed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'invalid',
  428: 'precondition_required',
}

/** Maps every thrown error to the JSON shape; unknown errors become a bare 500 (nothing echoed). */
export const onError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode
    const code = err instanceof ApiError ? err.code : (CODES[status] ?? 'error')
    const issues = err instanceof ApiError ? err.issues : undefined
    if (status === 401) c.header('WWW-Authenticate', 'Bearer realm="reportlint"')
    return c.json(
      { error: { code, message: err.message || code, ...(issues ? { issues } : {}) } },
      status,
    )
  }
  // Only the error's class name: messages can quote request bodies, which may be report text.
  console.error('unhandled error', err instanceof Error ? err.name : typeof err)
  return c.json({ error: { code: 'internal', message: 'internal error' } }, 500)
}

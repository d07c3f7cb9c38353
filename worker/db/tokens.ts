/** API tokens: only SHA-256 hashes are stored; creation and revocation are audited in one batch. */

import type { Role } from '../env'
import { auditStatement } from './audit'

export interface TokenRow {
  id: string
  name: string
  role: Role
  createdAt: string
  createdBy: string
  revokedAt: string | null
}

interface Raw {
  id: string
  name: string
  role: Role
  created_at: string
  created_by: string
  revoked_at: string | null
}

const toRow = (r: Raw): TokenRow => ({
  id: r.id,
  name: r.name,
  role: r.role,
  createdAt: r.created_at,
  createdBy: r.created_by,
  revokedAt: r.revoked_at,
})

/** The live (not revoked) token with this hash, if any. */
export async function findToken(db: D1Database, hash: string): Promise<TokenRow | null> {
  const raw = await db
    .prepare(
      'SELECT id, name, role, created_at, created_by, revoked_at FROM tokens WHERE hash = ? AND revoked_at IS NULL',
    )
    .bind(hash)
    .first<Raw>()
  return raw ? toRow(raw) : null
}

export async function listTokens(db: D1Database): Promise<TokenRow[]> {
  const { results } = await db
    .prepare(
      'SELECT id, name, role, created_at, created_by, revoked_at FROM tokens ORDER BY created_at, id',
    )
    .all<Raw>()
  return results.map(toRow)
}

export async function createToken(
  db: D1Database,
  token: { id: string; hash: string; name: string; role: Role },
  actor: string,
  at: string,
): Promise<void> {
  await db.batch([
    db
      .prepare(
        'INSERT INTO tokens (id, hash, role, name, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .bind(token.id, token.hash, token.role, token.name, at, actor),
    auditStatement(
      db,
      {
        actor,
        action: 'token.create',
        detail: { id: token.id, name: token.name, role: token.role },
      },
      at,
    ),
  ])
}

/** Revokes a live token; false when there is none with this id. */
export async function revokeToken(
  db: D1Database,
  id: string,
  actor: string,
  at: string,
): Promise<boolean> {
  const [update] = await db.batch([
    db.prepare('UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').bind(at, id),
    auditStatement(db, { actor, action: 'token.revoke', detail: { id } }, at, true),
  ])
  return update.meta.changes === 1
}

/** The append-only audit log: one statement per change, committed in the change's own batch. */

export interface AuditEntry {
  actor: string
  action: string
  rulebookId?: string | null
  /** Small JSON detail (versions, notes, token ids); never report text. */
  detail?: Record<string, unknown>
}

export interface AuditRow {
  id: number
  at: string
  actor: string
  action: string
  rulebookId: string | null
  detail: Record<string, unknown>
}

/**
 * The audit insert. With `afterChange`, it inserts only when the statement right before it in the
 * batch changed exactly one row (SQLite `changes()`), so a lost optimistic race leaves no audit row.
 */
export function auditStatement(
  db: D1Database,
  entry: AuditEntry,
  at: string,
  afterChange = false,
): D1PreparedStatement {
  const guard = afterChange ? ' WHERE changes() = 1' : ''
  return db
    .prepare(
      `INSERT INTO audit (at, actor, action, rulebook_id, detail) SELECT ?, ?, ?, ?, ?${guard}`,
    )
    .bind(
      at,
      entry.actor,
      entry.action,
      entry.rulebookId ?? null,
      JSON.stringify(entry.detail ?? {}),
    )
}

/** Newest first, optionally for one rulebook. */
export async function listAudit(
  db: D1Database,
  rulebookId: string | null,
  limit: number,
): Promise<AuditRow[]> {
  const where = rulebookId == null ? '' : 'WHERE rulebook_id = ?'
  const stmt = db.prepare(
    `SELECT id, at, actor, action, rulebook_id, detail FROM audit ${where} ORDER BY id DESC LIMIT ?`,
  )
  const { results } = await (
    rulebookId == null ? stmt.bind(limit) : stmt.bind(rulebookId, limit)
  ).all<{
    id: number
    at: string
    actor: string
    action: string
    rulebook_id: string | null
    detail: string
  }>()
  return results.map((r) => ({
    id: r.id,
    at: r.at,
    actor: r.actor,
    action: r.action,
    rulebookId: r.rulebook_id,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
  }))
}

/** Rulebooks in D1: drafts with a revision, immutable versions; every write is one audited batch. */

import { auditStatement } from './audit'

export interface Draft {
  revision: number
  body: string
  updatedAt: string
  updatedBy: string
}

export interface VersionMeta {
  version: number
  etag: string
  author: string
  createdAt: string
  note: string
  rolledBackFrom: number | null
  /** The draft revision this version was published from (null for rollbacks). */
  draftRevision: number | null
}

export interface Version extends VersionMeta {
  body: string
}

export interface RulebookSummary {
  id: string
  name: string | null
  version: number | null
  draftRevision: number | null
  updatedAt: string | null
}

/** Who writes and when; every write records both in its audit row. */
export interface Write {
  actor: string
  at: string
}

const META =
  'version, etag, author, created_at AS createdAt, note, rolled_back_from AS rolledBackFrom, draft_revision AS draftRevision'

export async function listRulebooks(db: D1Database): Promise<RulebookSummary[]> {
  const { results } = await db
    .prepare(
      `SELECT r.id,
         COALESCE(json_extract(v.body, '$.name'), json_extract(d.body, '$.name')) AS name,
         v.version, d.revision AS draftRevision, COALESCE(v.created_at, d.updated_at) AS updatedAt
       FROM rulebooks r
       LEFT JOIN drafts d ON d.rulebook_id = r.id
       LEFT JOIN versions v ON v.rulebook_id = r.id
         AND v.version = (SELECT MAX(version) FROM versions WHERE rulebook_id = r.id)
       ORDER BY r.id`,
    )
    .all<RulebookSummary>()
  return results
}

/** Whether a rulebook with this id exists (published or only a draft). */
export async function rulebookExists(db: D1Database, id: string): Promise<boolean> {
  return (await db.prepare('SELECT 1 AS one FROM rulebooks WHERE id = ?').bind(id).first()) != null
}

/** The published version's metadata (no body, so conditional requests stay cheap). */
export function latestMeta(db: D1Database, id: string): Promise<VersionMeta | null> {
  return db
    .prepare(`SELECT ${META} FROM versions WHERE rulebook_id = ? ORDER BY version DESC LIMIT 1`)
    .bind(id)
    .first<VersionMeta>()
}

/** The version published from draft revision `revision`, if any. */
export async function versionOfRevision(
  db: D1Database,
  id: string,
  revision: number,
): Promise<number | null> {
  const row = await db
    .prepare('SELECT version FROM versions WHERE rulebook_id = ? AND draft_revision = ?')
    .bind(id, revision)
    .first<{ version: number }>()
  return row?.version ?? null
}

/** The published version: the highest version number. */
export function latestVersion(db: D1Database, id: string): Promise<Version | null> {
  return db
    .prepare(
      `SELECT ${META}, body FROM versions WHERE rulebook_id = ? ORDER BY version DESC LIMIT 1`,
    )
    .bind(id)
    .first<Version>()
}

export function getVersion(db: D1Database, id: string, version: number): Promise<Version | null> {
  return db
    .prepare(`SELECT ${META}, body FROM versions WHERE rulebook_id = ? AND version = ?`)
    .bind(id, version)
    .first<Version>()
}

export async function listVersions(db: D1Database, id: string): Promise<VersionMeta[]> {
  const { results } = await db
    .prepare(`SELECT ${META} FROM versions WHERE rulebook_id = ? ORDER BY version DESC`)
    .bind(id)
    .all<VersionMeta>()
  return results
}

export function getDraft(db: D1Database, id: string): Promise<Draft | null> {
  return db
    .prepare(
      'SELECT revision, body, updated_at AS updatedAt, updated_by AS updatedBy FROM drafts WHERE rulebook_id = ?',
    )
    .bind(id)
    .first<Draft>()
}

/** The draft's current revision, or null when the rulebook does not exist. */
export async function draftRevision(db: D1Database, id: string): Promise<number | null> {
  const row = await db
    .prepare('SELECT revision FROM drafts WHERE rulebook_id = ?')
    .bind(id)
    .first<{ revision: number }>()
  return row?.revision ?? null
}

/** Creates a rulebook with its first draft (revision 1); false when the id is taken. */
export async function createRulebook(
  db: D1Database,
  id: string,
  body: string,
  w: Write,
): Promise<boolean> {
  const [insert] = await db.batch([
    db
      .prepare('INSERT OR IGNORE INTO rulebooks (id, created_at, created_by) VALUES (?, ?, ?)')
      .bind(id, w.at, w.actor),
    db
      .prepare(
        'INSERT INTO drafts (rulebook_id, revision, body, updated_at, updated_by) SELECT ?, 1, ?, ?, ? WHERE changes() = 1',
      )
      .bind(id, body, w.at, w.actor),
    auditStatement(
      db,
      { actor: w.actor, action: 'rulebook.create', rulebookId: id, detail: { revision: 1 } },
      w.at,
      true,
    ),
  ])
  return insert.meta.changes === 1
}

/**
 * Saves the draft only if it is still at `revision` (a conditional UPDATE); the audit row is
 * inserted only when that UPDATE changed the row. Returns the new revision, or null when stale.
 */
export async function saveDraft(
  db: D1Database,
  id: string,
  revision: number,
  body: string,
  w: Write,
): Promise<number | null> {
  const [update] = await db.batch([
    db
      .prepare(
        'UPDATE drafts SET body = ?, revision = revision + 1, updated_at = ?, updated_by = ? WHERE rulebook_id = ? AND revision = ?',
      )
      .bind(body, w.at, w.actor, id, revision),
    auditStatement(
      db,
      { actor: w.actor, action: 'draft.save', rulebookId: id, detail: { revision: revision + 1 } },
      w.at,
      true,
    ),
  ])
  return update.meta.changes === 1 ? revision + 1 : null
}

export interface NewVersion {
  version: number
  body: string
  etag: string
  note: string
  rolledBackFrom?: number
}

/**
 * Adds a version in one batch with its audit row. With `draftRevision`, only while the draft is
 * still at that revision, and at most once per revision. Returns 'stale' when the draft moved and
 * 'conflict' when another write took the version number or published this revision first (the
 * primary key or the unique index rejects it and the whole batch rolls back).
 */
export async function addVersion(
  db: D1Database,
  id: string,
  v: NewVersion,
  w: Write,
  draftRevision?: number,
): Promise<'ok' | 'stale' | 'conflict'> {
  const guard =
    draftRevision == null
      ? ''
      : ' WHERE EXISTS (SELECT 1 FROM drafts WHERE rulebook_id = ? AND revision = ?)'
  const insert = db.prepare(
    `INSERT INTO versions (rulebook_id, version, body, etag, author, created_at, note, rolled_back_from, draft_revision)
     SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?${guard}`,
  )
  const args = [
    id,
    v.version,
    v.body,
    v.etag,
    w.actor,
    w.at,
    v.note,
    v.rolledBackFrom ?? null,
    draftRevision ?? null,
  ]
  const action = v.rolledBackFrom == null ? 'version.publish' : 'version.rollback'
  const detail = {
    version: v.version,
    note: v.note,
    ...(v.rolledBackFrom == null ? {} : { from: v.rolledBackFrom }),
  }
  try {
    const [result] = await db.batch([
      draftRevision == null ? insert.bind(...args) : insert.bind(...args, id, draftRevision),
      auditStatement(db, { actor: w.actor, action, rulebookId: id, detail }, w.at, true),
    ])
    return result.meta.changes === 1 ? 'ok' : 'stale'
  } catch (e) {
    if (/UNIQUE|PRIMARY KEY|constraint/i.test(String((e as Error).message))) return 'conflict'
    throw e
  }
}

/** Idempotent seed: creates the rulebook, its draft and version 1 when they do not exist. */
export async function seedRulebook(
  db: D1Database,
  id: string,
  body: string,
  etag: string,
  w: Write,
): Promise<void> {
  await db.batch([
    db
      .prepare('INSERT OR IGNORE INTO rulebooks (id, created_at, created_by) VALUES (?, ?, ?)')
      .bind(id, w.at, w.actor),
    db
      .prepare(
        'INSERT OR IGNORE INTO drafts (rulebook_id, revision, body, updated_at, updated_by) VALUES (?, 1, ?, ?, ?)',
      )
      .bind(id, body, w.at, w.actor),
    db
      .prepare(
        `INSERT INTO versions (rulebook_id, version, body, etag, author, created_at, note, draft_revision)
         SELECT ?, 1, ?, ?, ?, ?, 'seed', 1 WHERE NOT EXISTS (SELECT 1 FROM versions WHERE rulebook_id = ?)`,
      )
      .bind(id, body, etag, w.actor, w.at, id),
    auditStatement(
      db,
      { actor: w.actor, action: 'rulebook.seed', rulebookId: id, detail: { version: 1 } },
      w.at,
      true,
    ),
  ])
}

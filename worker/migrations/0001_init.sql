-- reportlint worker schema: rulebooks, drafts with a revision, immutable versions, append-only audit, hashed tokens.

CREATE TABLE rulebooks (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
);

-- One editable draft per rulebook; `revision` grows by one on every save (optimistic concurrency).
CREATE TABLE drafts (
  rulebook_id TEXT PRIMARY KEY REFERENCES rulebooks(id),
  revision INTEGER NOT NULL,
  body TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

-- Published versions, never changed or deleted: a rollback adds a new version.
CREATE TABLE versions (
  rulebook_id TEXT NOT NULL REFERENCES rulebooks(id),
  version INTEGER NOT NULL,
  body TEXT NOT NULL,
  etag TEXT NOT NULL,
  author TEXT NOT NULL,
  created_at TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  rolled_back_from INTEGER,
  PRIMARY KEY (rulebook_id, version)
);

CREATE TRIGGER versions_no_update BEFORE UPDATE ON versions
BEGIN
  SELECT RAISE(ABORT, 'versions are immutable');
END;

CREATE TRIGGER versions_no_delete BEFORE DELETE ON versions
BEGIN
  SELECT RAISE(ABORT, 'versions are immutable');
END;

-- Who did what when. Details never contain report text.
CREATE TABLE audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  rulebook_id TEXT,
  detail TEXT NOT NULL DEFAULT '{}'
);

CREATE INDEX audit_rulebook ON audit (rulebook_id, id);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN
  SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- API tokens, stored as SHA-256 hashes; the plain token is shown once at creation.
CREATE TABLE tokens (
  id TEXT PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('reader', 'admin')),
  name TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  revoked_at TEXT
);

-- Each draft revision is published at most once: versions remember the revision they came from.

ALTER TABLE versions ADD COLUMN draft_revision INTEGER;

CREATE UNIQUE INDEX versions_draft_revision ON versions (rulebook_id, draft_revision)
WHERE draft_revision IS NOT NULL;

-- Schema 9: two writers and the audit log (issue 8, docs/reliability.md).
--
-- Row versions: the rows the application edits carry a counter that every update raises by one (the
-- repositories do it in the statement that changes the row, the import's upserts in their DO UPDATE part), so an
-- edit made on data read before another window's or salesctl's change is refused as stale instead of silently
-- overwriting it. Plain columns, no triggers: the same file runs on PostgreSQL later.
-- The tables of schemas 2, 4 and 5 (target_plans, appraisal_records, incentive_statements) get the same column from
-- their repositories (ensureRowVersionColumn in RowVersion.cpp): a workspace migrated while those migrations were
-- still empty has no such tables yet, and an ALTER TABLE here would stop it from opening.
ALTER TABLE customers ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE opportunities ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE targets ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE settings ADD COLUMN row_version INTEGER NOT NULL DEFAULT 0;

-- Audit log: who changed what and when, written in the transaction of the change. Append-only: the application
-- has no statement that updates or deletes a row of it. `at` is UTC ISO 8601 ('2026-11-26T21:30:00Z', sorts as
-- text); `actor` the OS user (the signed-in user in team mode); `entity` one of target, stage, opportunity,
-- appraisal, calibration, plan, settings, statement; `entity_id` the row's key as text; `action` the field or
-- action; `before_json`/`after_json` JSON text (NULL when there was no row before / is none after).
CREATE TABLE IF NOT EXISTS audit_log (
    id INTEGER NOT NULL PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    action TEXT NOT NULL,
    before_json TEXT,
    after_json TEXT
);
CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log (at);
CREATE INDEX IF NOT EXISTS audit_log_entity ON audit_log (entity, entity_id);

-- Schema 11: who last changed a record (issues 8 and 9, docs/reliability.md "Who last changed a record").
--
-- The rows that carry row_version (0009) also say who made their last change and when: `updated_by` is the
-- actor of the audit log (AuditLog::currentUser(): the OS user, the signed-in user in team mode) and `updated_at`
-- UTC ISO 8601 ('2026-11-26T21:30:00Z'), both set by the repositories in the same UPDATE that raises row_version
-- (RowVersion::changeAuthorAssignments). NULL for rows not changed since this migration (imported or older rows).
-- target_plans already has both columns (0002); appraisal_records has updated_at (0004); those tables and
-- incentive_statements get what they lack from their repositories (ensureRowVersionColumn), as in 0009.
ALTER TABLE customers ADD COLUMN updated_by TEXT;
ALTER TABLE customers ADD COLUMN updated_at TEXT;
ALTER TABLE opportunities ADD COLUMN updated_by TEXT;
ALTER TABLE opportunities ADD COLUMN updated_at TEXT;
ALTER TABLE targets ADD COLUMN updated_by TEXT;
ALTER TABLE targets ADD COLUMN updated_at TEXT;
ALTER TABLE settings ADD COLUMN updated_by TEXT;
ALTER TABLE settings ADD COLUMN updated_at TEXT;

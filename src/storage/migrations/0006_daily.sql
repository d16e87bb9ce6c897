-- Schema 6: daily process (contacts, visit plans, care, rep moves, training records, coaching notes).
-- IF NOT EXISTS: SqlDailyRepository applies this file again on workspaces migrated while it was a placeholder.
-- Portable SQL as in 0001 (TEXT, BIGINT, INTEGER, CHECK, FOREIGN KEY;
-- money as BIGINT cents, dates as TEXT 'YYYY-MM-DD', timestamps as TEXT ISO 8601 UTC, never REAL).

-- A rep's past memberships of org units (team moves): the rep was in org_unit_id from from_on to to_on,
-- both inclusive. reps.org_unit_id is the current unit, from the day after the latest to_on (or the hire
-- date) on. Results dated inside a past membership stay with that unit (docs/daily.md).
CREATE TABLE IF NOT EXISTS rep_unit_history (
    rep_id TEXT NOT NULL REFERENCES reps (id) DEFERRABLE INITIALLY IMMEDIATE,
    org_unit_id TEXT NOT NULL REFERENCES org_units (id) DEFERRABLE INITIALLY IMMEDIATE,
    from_on TEXT NOT NULL,
    to_on TEXT NOT NULL,
    PRIMARY KEY (rep_id, from_on),
    CHECK (to_on >= from_on)
);

-- Training per rep: new-hire or continuing courses; kpi_code names the appraisal item the course addresses.
CREATE TABLE IF NOT EXISTS training_records (
    id TEXT NOT NULL PRIMARY KEY,
    rep_id TEXT NOT NULL REFERENCES reps (id) DEFERRABLE INITIALLY IMMEDIATE,
    course TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('new_hire', 'continuing')),
    completed_on TEXT,
    kpi_code TEXT
);
CREATE INDEX IF NOT EXISTS training_records_rep ON training_records (rep_id);

-- Notes of the communication meeting (1:1 coaching, 沟通会).
CREATE TABLE IF NOT EXISTS coaching_notes (
    id TEXT NOT NULL PRIMARY KEY,
    rep_id TEXT NOT NULL REFERENCES reps (id) DEFERRABLE INITIALLY IMMEDIATE,
    noted_on TEXT NOT NULL,
    author TEXT,
    note TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS coaching_notes_rep ON coaching_notes (rep_id, noted_on);

-- The visit plan: customers a rep plans to visit in an ISO week ('2026-W47').
CREATE TABLE IF NOT EXISTS visit_plans (
    rep_id TEXT NOT NULL REFERENCES reps (id) DEFERRABLE INITIALLY IMMEDIATE,
    week TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) DEFERRABLE INITIALLY IMMEDIATE,
    note TEXT,
    PRIMARY KEY (rep_id, week, customer_id)
);

-- Changes of customer profiles (who changed what, when), for the customer profile sheet of the meeting pack.
CREATE TABLE IF NOT EXISTS customer_changes (
    id INTEGER NOT NULL PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id) DEFERRABLE INITIALLY IMMEDIATE,
    changed_on TEXT NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT
);
CREATE INDEX IF NOT EXISTS customer_changes_date ON customer_changes (changed_on);

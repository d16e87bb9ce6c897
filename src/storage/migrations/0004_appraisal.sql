-- Schema 4: the quarterly appraisal cycle (states, comments, calibration, sign-off, reopen, audit trail).
-- Reserved for the appraisal work; portable SQL as in 0001 (TEXT, BIGINT, INTEGER, CHECK, FOREIGN KEY;
-- money as BIGINT cents, dates as TEXT 'YYYY-MM-DD', timestamps as TEXT ISO 8601 UTC, never REAL).
-- A rep without a row is `open` with nothing written. Statements use IF NOT EXISTS so that
-- SqlAppraisalRepository can apply this file again to a workspace that was migrated while it was still empty.

CREATE TABLE IF NOT EXISTS appraisal_records (
    rep_id TEXT NOT NULL REFERENCES reps (id) DEFERRABLE INITIALLY IMMEDIATE,
    period TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('open', 'self_review', 'manager_review', 'calibration', 'signed_off')),
    self_comment TEXT NOT NULL DEFAULT '',
    manager_comment TEXT NOT NULL DEFAULT '',
    calibrated_grade TEXT,
    calibration_reason TEXT NOT NULL DEFAULT '',
    signed_off_at TEXT,
    signed_off_by TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (rep_id, period)
);
CREATE INDEX IF NOT EXISTS appraisal_records_period ON appraisal_records (period);

-- Who did what and when: one row per accepted action, never updated or deleted.
CREATE TABLE IF NOT EXISTS appraisal_events (
    id INTEGER NOT NULL PRIMARY KEY,
    rep_id TEXT NOT NULL,
    period TEXT NOT NULL,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    from_state TEXT NOT NULL,
    to_state TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX IF NOT EXISTS appraisal_events_rep ON appraisal_events (rep_id, period);

-- Comments of 360-degree reviews entered in the appraisal view (reviews.csv has none). Keyed like `reviews`; the
-- kind, reviewer and score are kept so that a comment whose review row was replaced by a later import is ignored.
CREATE TABLE IF NOT EXISTS review_comments (
    subject_rep_id TEXT NOT NULL,
    period TEXT NOT NULL,
    seq INTEGER NOT NULL,
    reviewer_kind TEXT NOT NULL,
    reviewer_id TEXT,
    score TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (subject_rep_id, period, seq)
);

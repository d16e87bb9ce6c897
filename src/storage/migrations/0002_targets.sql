-- Schema 2: the target lifecycle (draft/approved, revisions with reason, bottom-up submissions, responsible person and KPI item).
-- Reserved for the targets work; portable SQL as in 0001 (TEXT, BIGINT, INTEGER, CHECK, FOREIGN KEY;
-- money as BIGINT cents, dates as TEXT 'YYYY-MM-DD', timestamps as TEXT ISO 8601 UTC, never REAL).

-- Workspaces made while this file was still reserved (comment-only) are at a later version without these
-- tables: SqlTargetPlanRepository applies this file again when they are missing, hence IF NOT EXISTS.

-- One row per target node that entered the lifecycle, keyed like `targets`. The top-down figure in force stays
-- in `targets.amount` (every engine reads it there); a node without a row here is a draft.
CREATE TABLE IF NOT EXISTS target_plans (
    owner_kind TEXT NOT NULL CHECK (owner_kind IN ('unit', 'rep')),
    owner_id TEXT NOT NULL,
    metric TEXT NOT NULL CHECK (metric IN ('revenue', 'gross_profit', 'collections', 'new_customers')),
    period TEXT NOT NULL,
    segment TEXT NOT NULL DEFAULT 'all' CHECK (segment IN ('all', 'existing', 'new')),
    state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'approved')),
    responsible_rep_id TEXT REFERENCES reps (id) DEFERRABLE INITIALLY IMMEDIATE,
    kpi_code TEXT,
    submitted BIGINT,
    submitted_by TEXT,
    submitted_at TEXT,
    version INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    updated_by TEXT,
    updated_at TEXT,
    PRIMARY KEY (owner_kind, owner_id, metric, period, segment)
);
CREATE INDEX IF NOT EXISTS target_plans_period ON target_plans (period);

-- Every approved version of a target, never changed or deleted: version 1 is the approval, each revision adds the
-- next version with its reason.
CREATE TABLE IF NOT EXISTS target_versions (
    owner_kind TEXT NOT NULL CHECK (owner_kind IN ('unit', 'rep')),
    owner_id TEXT NOT NULL,
    metric TEXT NOT NULL,
    period TEXT NOT NULL,
    segment TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    amount BIGINT NOT NULL,
    reason TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    PRIMARY KEY (owner_kind, owner_id, metric, period, segment, version)
);

-- Schema 5: incentive statements (calculated, reviewed, approved snapshots) and plan versions.
-- Reserved for the incentives work; portable SQL as in 0001 (TEXT, BIGINT, INTEGER, CHECK, FOREIGN KEY;
-- money as BIGINT cents, dates as TEXT 'YYYY-MM-DD', timestamps as TEXT ISO 8601 UTC, never REAL).

-- One row per rep and period whose statement was calculated in the app (docs/incentives.md, "Statement
-- lifecycle"): calculated → reviewed → approved. An approved row is the locked snapshot a recalculation never
-- overwrites. Plan versions themselves live in the workspace JSON (`incentive_plans` with `effective_from`); the
-- row keeps the code of the plan that paid it.
CREATE TABLE IF NOT EXISTS incentive_statements (
    rep_id TEXT NOT NULL REFERENCES reps (id) DEFERRABLE INITIALLY IMMEDIATE,
    period TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'calculated' CHECK (state IN ('calculated', 'reviewed', 'approved')),
    plan_code TEXT NOT NULL,
    total BIGINT NOT NULL,
    calculated_at TEXT NOT NULL,
    reviewed_by TEXT,
    reviewed_at TEXT,
    approved_by TEXT,
    approved_at TEXT,
    PRIMARY KEY (rep_id, period)
);
CREATE INDEX IF NOT EXISTS incentive_statements_period ON incentive_statements (period);

-- The components of a stored statement in statement order; amount is NULL for a component in error.
CREATE TABLE IF NOT EXISTS incentive_statement_components (
    rep_id TEXT NOT NULL,
    period TEXT NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 0),
    type TEXT NOT NULL CHECK (type IN ('commission', 'clawback', 'bonus', 'grade_bonus', 'contest')),
    metric TEXT NOT NULL DEFAULT '',
    amount BIGINT,
    error TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (rep_id, period, position),
    FOREIGN KEY (rep_id, period) REFERENCES incentive_statements (rep_id, period) ON DELETE CASCADE
);

-- The revenue and gross-profit commission lines' shares of a stored statement, by order id: when the statement is
-- approved, a clawback of one of these orders in a later period takes back this share (SPEC §7, "the approved one").
-- Added after the tables above: SqlIncentiveStatementRepository applies this file again when the table is missing.
CREATE TABLE IF NOT EXISTS incentive_statement_lines (
    rep_id TEXT NOT NULL,
    period TEXT NOT NULL,
    order_id TEXT NOT NULL,
    share BIGINT NOT NULL,
    PRIMARY KEY (rep_id, period, order_id),
    FOREIGN KEY (rep_id, period) REFERENCES incentive_statements (rep_id, period) ON DELETE CASCADE
);

-- Schema 3: opportunity change history, forecast categories and submissions, exit-criteria checks.
-- Reserved for the funnel work; portable SQL as in 0001 (TEXT, BIGINT, INTEGER, CHECK, FOREIGN KEY;
-- money as BIGINT cents, dates as TEXT 'YYYY-MM-DD', timestamps as TEXT ISO 8601 UTC, never REAL).

-- Every change of an opportunity's stage, amount, expected close date or forecast category made in the app,
-- numbered per opportunity in order (seq 0, 1, …). Values are text: a stage code, cents, 'YYYY-MM-DD' or ''
-- for no date, a forecast category code. history_rows = stage_history rows the change added (0, 1, or 2 when
-- an opportunity without history first got its implicit entry), so an undo can take exactly those back.
CREATE TABLE opportunity_changes (
    opportunity_id TEXT NOT NULL REFERENCES opportunities (id) DEFERRABLE INITIALLY IMMEDIATE,
    seq INTEGER NOT NULL,
    field TEXT NOT NULL CHECK (field IN ('stage', 'amount', 'expected_close_on', 'forecast_category')),
    old_value TEXT NOT NULL,
    new_value TEXT NOT NULL,
    changed_on TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    criteria_skipped INTEGER NOT NULL DEFAULT 0 CHECK (criteria_skipped IN (0, 1)),
    note TEXT,
    history_rows INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (opportunity_id, seq)
);
CREATE INDEX opportunity_changes_date ON opportunity_changes (changed_on);

-- The forecast category of an opportunity; an opportunity without a row is in 'pipeline'.
CREATE TABLE opportunity_forecast (
    opportunity_id TEXT NOT NULL PRIMARY KEY REFERENCES opportunities (id) DEFERRABLE INITIALLY IMMEDIATE,
    category TEXT NOT NULL CHECK (category IN ('pipeline', 'best_case', 'commit', 'closed'))
);

-- A rep's forecast for a period and the manager's adjustment, each with who and when.
CREATE TABLE forecast_submissions (
    rep_id TEXT NOT NULL REFERENCES reps (id) DEFERRABLE INITIALLY IMMEDIATE,
    period TEXT NOT NULL,
    amount BIGINT NOT NULL,
    submitted_by TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    adjusted_amount BIGINT,
    adjusted_by TEXT,
    adjusted_at TEXT,
    PRIMARY KEY (rep_id, period)
);

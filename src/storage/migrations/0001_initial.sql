-- Schema 1: one table per CSV file of INTERCHANGE.md, plus the workspace settings.
-- Portable SQL only (SQLite and PostgreSQL): TEXT, BIGINT, INTEGER, CHECK, FOREIGN KEY. Foreign keys
-- are DEFERRABLE (checked per statement unless a bulk import defers them to its commit).
-- Money is BIGINT cents; dates are TEXT 'YYYY-MM-DD'; exact decimals (shares, KPI values,
-- scores) are TEXT holding the decimal as Rational::toString() writes it; never REAL.

CREATE TABLE settings (
    key TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE org_units (
    id TEXT NOT NULL PRIMARY KEY,
    parent_id TEXT REFERENCES org_units (id) DEFERRABLE INITIALLY IMMEDIATE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('company', 'region', 'team'))
);
CREATE INDEX org_units_parent ON org_units (parent_id);

CREATE TABLE reps (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    org_unit_id TEXT NOT NULL REFERENCES org_units (id) DEFERRABLE INITIALLY IMMEDIATE,
    role TEXT NOT NULL CHECK (role IN ('senior_manager', 'regional_manager', 'rep')),
    level TEXT NOT NULL CHECK (level IN ('junior', 'mid', 'senior')),
    hire_date TEXT NOT NULL,
    manager_id TEXT REFERENCES reps (id) DEFERRABLE INITIALLY IMMEDIATE,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    left_on TEXT
);
CREATE INDEX reps_org_unit ON reps (org_unit_id);
CREATE INDEX reps_manager ON reps (manager_id);

CREATE TABLE products (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL
);

CREATE TABLE customers (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    owner_rep_id TEXT NOT NULL REFERENCES reps (id) DEFERRABLE INITIALLY IMMEDIATE,
    industry TEXT,
    created_on TEXT NOT NULL,
    payment_terms_days INTEGER NOT NULL DEFAULT 30,
    credit_limit BIGINT,
    birthday TEXT,
    founded_on TEXT
);
CREATE INDEX customers_name ON customers (name);
CREATE INDEX customers_owner ON customers (owner_rep_id);

CREATE TABLE opportunities (
    id TEXT NOT NULL PRIMARY KEY,
    name TEXT NOT NULL,
    customer_id TEXT NOT NULL REFERENCES customers (id) DEFERRABLE INITIALLY IMMEDIATE,
    owner_rep_id TEXT NOT NULL REFERENCES reps (id) DEFERRABLE INITIALLY IMMEDIATE,
    amount BIGINT NOT NULL,
    created_on TEXT NOT NULL,
    expected_close_on TEXT,
    stage TEXT NOT NULL
);
CREATE INDEX opportunities_customer ON opportunities (customer_id);
CREATE INDEX opportunities_owner ON opportunities (owner_rep_id);

-- An opportunity's stage history; seq numbers its rows 0, 1, 2, … in order.
CREATE TABLE stage_history (
    opportunity_id TEXT NOT NULL REFERENCES opportunities (id) DEFERRABLE INITIALLY IMMEDIATE,
    seq INTEGER NOT NULL,
    stage TEXT NOT NULL,
    entered_on TEXT NOT NULL,
    PRIMARY KEY (opportunity_id, seq)
);

CREATE TABLE orders (
    id TEXT NOT NULL PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id) DEFERRABLE INITIALLY IMMEDIATE,
    rep_id TEXT NOT NULL REFERENCES reps (id) DEFERRABLE INITIALLY IMMEDIATE,
    product_id TEXT NOT NULL REFERENCES products (id) DEFERRABLE INITIALLY IMMEDIATE,
    order_date TEXT NOT NULL,
    amount BIGINT NOT NULL,
    gross_profit BIGINT NOT NULL,
    opportunity_id TEXT REFERENCES opportunities (id) DEFERRABLE INITIALLY IMMEDIATE,
    cancelled_on TEXT
);
CREATE INDEX orders_customer ON orders (customer_id);
CREATE INDEX orders_rep_date ON orders (rep_id, order_date);
CREATE INDEX orders_date ON orders (order_date);
CREATE INDEX orders_opportunity ON orders (opportunity_id);

-- An order's credit split; seq numbers its rows 0, 1, 2, … in file order.
CREATE TABLE order_credits (
    order_id TEXT NOT NULL REFERENCES orders (id) DEFERRABLE INITIALLY IMMEDIATE,
    seq INTEGER NOT NULL,
    rep_id TEXT NOT NULL REFERENCES reps (id) DEFERRABLE INITIALLY IMMEDIATE,
    share TEXT NOT NULL,
    overlay INTEGER NOT NULL DEFAULT 0 CHECK (overlay IN (0, 1)),
    PRIMARY KEY (order_id, seq)
);
CREATE INDEX order_credits_rep ON order_credits (rep_id);

CREATE TABLE payments (
    id TEXT NOT NULL PRIMARY KEY,
    order_id TEXT NOT NULL REFERENCES orders (id) DEFERRABLE INITIALLY IMMEDIATE,
    paid_on TEXT NOT NULL,
    amount BIGINT NOT NULL
);
CREATE INDEX payments_order ON payments (order_id);
CREATE INDEX payments_paid_on ON payments (paid_on);

CREATE TABLE activities (
    id TEXT NOT NULL PRIMARY KEY,
    rep_id TEXT NOT NULL REFERENCES reps (id) DEFERRABLE INITIALLY IMMEDIATE,
    customer_id TEXT NOT NULL REFERENCES customers (id) DEFERRABLE INITIALLY IMMEDIATE,
    kind TEXT NOT NULL CHECK (kind IN ('visit', 'call', 'meeting', 'demo', 'email')),
    activity_date TEXT NOT NULL,
    opportunity_id TEXT REFERENCES opportunities (id) DEFERRABLE INITIALLY IMMEDIATE,
    note TEXT
);
CREATE INDEX activities_rep_date ON activities (rep_id, activity_date);
CREATE INDEX activities_customer ON activities (customer_id);
CREATE INDEX activities_opportunity ON activities (opportunity_id);

-- The owner is an org unit or a rep (owner_kind), so it has no foreign key.
CREATE TABLE targets (
    owner_kind TEXT NOT NULL CHECK (owner_kind IN ('unit', 'rep')),
    owner_id TEXT NOT NULL,
    metric TEXT NOT NULL CHECK (metric IN ('revenue', 'gross_profit', 'collections', 'new_customers')),
    period TEXT NOT NULL,
    segment TEXT NOT NULL DEFAULT 'all' CHECK (segment IN ('all', 'existing', 'new')),
    amount BIGINT NOT NULL,
    PRIMARY KEY (owner_kind, owner_id, metric, period, segment)
);
CREATE INDEX targets_period ON targets (period);

CREATE TABLE kpi_values (
    rep_id TEXT NOT NULL REFERENCES reps (id) DEFERRABLE INITIALLY IMMEDIATE,
    period TEXT NOT NULL,
    code TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (rep_id, period, code)
);

-- The reviews of one subject and period; seq numbers them 0, 1, 2, … in file order.
CREATE TABLE reviews (
    subject_rep_id TEXT NOT NULL REFERENCES reps (id) DEFERRABLE INITIALLY IMMEDIATE,
    period TEXT NOT NULL,
    seq INTEGER NOT NULL,
    reviewer_kind TEXT NOT NULL,
    reviewer_id TEXT,
    score TEXT NOT NULL,
    PRIMARY KEY (subject_rep_id, period, seq)
);

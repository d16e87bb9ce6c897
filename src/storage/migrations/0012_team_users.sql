-- Schema 12: team-mode users (issue 9). One row per person who signs in to a shared PostgreSQL workspace: the
-- login (the PostgreSQL login role, so the server knows who is asking), the role and the scope (a rep, or an org
-- unit whose whole subtree the user sees). Portable: on SQLite the table exists but nothing reads it. The
-- server-side enforcement (group roles, grants, row-level security) is PostgreSQL-only and applied by
-- `salesctl team init` (storage/TeamSecurity), not by this migration.

CREATE TABLE IF NOT EXISTS team_users (
    login TEXT NOT NULL PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('admin', 'sales_manager', 'team_lead', 'rep', 'hr')),
    rep_id TEXT REFERENCES reps (id) DEFERRABLE INITIALLY IMMEDIATE,
    org_unit_id TEXT REFERENCES org_units (id) DEFERRABLE INITIALLY IMMEDIATE,
    created_at TEXT NOT NULL,
    CHECK (role <> 'rep' OR rep_id IS NOT NULL),
    CHECK (role <> 'team_lead' OR org_unit_id IS NOT NULL)
);
CREATE INDEX IF NOT EXISTS team_users_rep ON team_users (rep_id);

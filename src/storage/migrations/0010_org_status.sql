-- Schema 10: org units can be deactivated (issue 7, docs/daily.md). An inactive unit leaves the pickers and the org
-- tree of the Team section (shown again on request); its past results, targets, plans and rep memberships stay.
-- Every existing unit stays active (the default), and so does a unit an import adds: org_units.csv has no such
-- column and the import's upsert writes only the CSV's columns, so a re-import keeps a unit's status.
-- deactivated_on: the day the unit was deactivated, NULL while it is active.
-- Portable SQL as in 0001 (SqlOrgRepository adds the same columns to a workspace migrated while this file was a
-- placeholder).
ALTER TABLE org_units ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
ALTER TABLE org_units ADD COLUMN deactivated_on TEXT;

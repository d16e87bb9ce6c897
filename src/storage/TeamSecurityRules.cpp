#include "storage/TeamSecurityRules.h"

namespace sd::storage {

namespace {

// The rows of the reps the user may see, by a column holding a rep id.
#define SD_REP_SCOPE(column) column " IN (SELECT sd_visible_reps())"

constexpr const char* customerScope = "customer_id IN (SELECT id FROM customers)";
constexpr const char* opportunityScope = "opportunity_id IN (SELECT id FROM opportunities)";
constexpr const char* orderScope = "order_id IN (SELECT id FROM orders)";
constexpr const char* targetScope = "(owner_kind = 'rep' AND owner_id IN (SELECT sd_visible_reps())) "
                                    "OR (owner_kind = 'unit' AND owner_id IN (SELECT sd_visible_units()))";

} // namespace

const std::vector<TeamTableRule>& teamTableRules()
{
    // A policy's sub-select on another table runs under that table's own policies, so the rows of contacts,
    // stage history or payments follow the customer, opportunity or order they belong to.
    // HR reads customers, opportunities with their stage history and activities because the appraisal's KPIs
    // (new customers, win rate, visits …) and the statements are computed from them; the funnel's working detail —
    // contacts, customer and opportunity changes, forecasts, visit plans, coaching notes — stays refused, and the
    // app offers HR no funnel, customer or dashboard view (docs/team-server.md, "Users and roles").
    static const std::vector<TeamTableRule> rules{
        //  table                           scope                                manager lead    rep     hr
        {"salesdesk_schema", nullptr, "S", "S", "S", "S"},
        {"settings", nullptr, "SIUD", "S", "S", "S"},
        {"org_units", nullptr, "SIUD", "S", "S", "SIUD"},
        {"reps", nullptr, "SIUD", "S", "S", "SIUD"},
        {"products", nullptr, "SIUD", "S", "S", "S"},
        {"rep_unit_history", nullptr, "SIUD", "S", "S", "SIUD"},
        {"customers", SD_REP_SCOPE("owner_rep_id"), "SIUD", "SIUD", "SIUD", "S"},
        {"contacts", customerScope, "SIUD", "SIUD", "SIUD", ""},
        {"customer_status", customerScope, "SIUD", "SIUD", "SIUD", ""},
        {"customer_changes", customerScope, "SIUD", "SIUD", "SIUD", ""},
        {"opportunities", SD_REP_SCOPE("owner_rep_id"), "SIUD", "SIUD", "SIUD", "S"},
        {"stage_history", opportunityScope, "SIUD", "SIUD", "SIUD", "S"},
        {"opportunity_changes", opportunityScope, "SIUD", "SIUD", "SIUD", ""},
        {"opportunity_forecast", opportunityScope, "SIUD", "SIUD", "SIUD", ""},
        {"forecast_submissions", SD_REP_SCOPE("rep_id"), "SIUD", "SIUD", "SIUD", ""},
        {"activities", SD_REP_SCOPE("rep_id"), "SIUD", "SIUD", "SIUD", "S"},
        {"visit_plans", SD_REP_SCOPE("rep_id"), "SIUD", "SIUD", "SIUD", ""},
        {"coaching_notes", SD_REP_SCOPE("rep_id"), "SIUD", "SIUD", "S", ""},
        {"training_records", SD_REP_SCOPE("rep_id"), "SIUD", "SIUD", "S", "SIUD"},
        {"orders", SD_REP_SCOPE("rep_id"), "SIUD", "S", "S", "S"},
        {"order_credits", SD_REP_SCOPE("rep_id") " OR order_id IN (SELECT id FROM orders)", "SIUD", "S", "S", "S"},
        {"payments", orderScope, "SIUD", "S", "S", "S"},
        {"targets", targetScope, "SIUD", "SIUD", "S", "S"},
        {"target_plans", targetScope, "SIUD", "SIUD", "S", "S"},
        {"target_versions", targetScope, "SIUD", "SIUD", "S", "S"},
        {"kpi_values", SD_REP_SCOPE("rep_id"), "SIUD", "SIUD", "S", "SIUD"},
        {"reviews", SD_REP_SCOPE("subject_rep_id"), "SIUD", "SIUD", "S", "SIUD"},
        {"review_comments", SD_REP_SCOPE("subject_rep_id"), "SIUD", "SIUD", "S", "SIUD"},
        {"appraisal_records", SD_REP_SCOPE("rep_id"), "SIUD", "SIUD", "SU", "SIUD"},
        {"appraisal_events", SD_REP_SCOPE("rep_id"), "SIUD", "SIUD", "SI", "SIUD"},
        {"incentive_statements", SD_REP_SCOPE("rep_id"), "SIUD", "SU", "S", "S"},
        {"incentive_statement_components", SD_REP_SCOPE("rep_id"), "SIUD", "S", "S", "S"},
        {"incentive_statement_lines", SD_REP_SCOPE("rep_id"), "SIUD", "S", "S", "S"},
    };
    return rules;
}

#undef SD_REP_SCOPE

QStringList teamFunctionStatements()
{
    // Plain STABLE SQL functions run as the caller (no SECURITY DEFINER): they read team_users under its own policy
    // (a user sees their own row), and current_user is the signed-in login.
    return {
        QStringLiteral(
            "CREATE OR REPLACE FUNCTION sd_sees_everything() RETURNS boolean LANGUAGE sql STABLE AS '"
            "SELECT pg_has_role(current_user, ''sd_admin'', ''MEMBER'') "
            "OR pg_has_role(current_user, ''sd_sales_manager'', ''MEMBER'') "
            "OR (pg_has_role(current_user, ''sd_hr'', ''MEMBER'') AND NOT EXISTS (SELECT 1 FROM team_users u "
            "WHERE u.login = current_user AND (u.org_unit_id IS NOT NULL OR u.rep_id IS NOT NULL)))'"),
        // The user's org unit and every unit below it (a recursive walk down parent_id), or every unit.
        QStringLiteral("CREATE OR REPLACE FUNCTION sd_visible_units() RETURNS SETOF text LANGUAGE sql STABLE AS '"
                       "WITH RECURSIVE subtree (id) AS ("
                       "SELECT u.org_unit_id FROM team_users u WHERE u.login = current_user "
                       "AND u.org_unit_id IS NOT NULL "
                       "UNION SELECT o.id FROM org_units o JOIN subtree s ON o.parent_id = s.id) "
                       "SELECT id FROM org_units WHERE sd_sees_everything() UNION SELECT id FROM subtree'"),
        // The user's own rep, the reps of the visible units, or every rep.
        QStringLiteral("CREATE OR REPLACE FUNCTION sd_visible_reps() RETURNS SETOF text LANGUAGE sql STABLE AS '"
                       "SELECT r.id FROM reps r WHERE sd_sees_everything() "
                       "OR r.org_unit_id IN (SELECT sd_visible_units()) "
                       "UNION SELECT u.rep_id FROM team_users u WHERE u.login = current_user "
                       "AND u.rep_id IS NOT NULL'"),
    };
}

QStringList teamSpecialStatements()
{
    return {
        // team_users: everyone reads their own row (the scope functions need it), managers read all, admin writes.
        QStringLiteral("ALTER TABLE team_users ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("DROP POLICY IF EXISTS sd_own_row ON team_users"),
        QStringLiteral("CREATE POLICY sd_own_row ON team_users FOR SELECT USING (login = current_user "
                       "OR pg_has_role(current_user, 'sd_sales_manager', 'MEMBER'))"),
        QStringLiteral("DROP POLICY IF EXISTS sd_admin_all ON team_users"),
        QStringLiteral("CREATE POLICY sd_admin_all ON team_users TO sd_admin USING (true) WITH CHECK (true)"),
        QStringLiteral("REVOKE ALL ON team_users FROM PUBLIC, sd_admin, sd_sales_manager, sd_team_lead, sd_rep, sd_hr"),
        QStringLiteral("GRANT SELECT ON team_users TO sd_sales_manager, sd_team_lead, sd_rep, sd_hr"),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON team_users TO sd_admin"),

        // audit_log: insert-only except for admin. Managers read every row, the others the rows they wrote.
        QStringLiteral("ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY"),
        QStringLiteral("DROP POLICY IF EXISTS sd_read ON audit_log"),
        QStringLiteral("CREATE POLICY sd_read ON audit_log FOR SELECT USING (actor = session_user "
                       "OR pg_has_role(current_user, 'sd_sales_manager', 'MEMBER'))"),
        QStringLiteral("DROP POLICY IF EXISTS sd_append ON audit_log"),
        QStringLiteral("CREATE POLICY sd_append ON audit_log FOR INSERT WITH CHECK (true)"),
        QStringLiteral("DROP POLICY IF EXISTS sd_admin_all ON audit_log"),
        QStringLiteral("CREATE POLICY sd_admin_all ON audit_log TO sd_admin USING (true) WITH CHECK (true)"),
        QStringLiteral("REVOKE ALL ON audit_log FROM PUBLIC, sd_admin, sd_sales_manager, sd_team_lead, sd_rep, sd_hr"),
        QStringLiteral("GRANT SELECT, INSERT ON audit_log TO sd_sales_manager, sd_team_lead, sd_rep, sd_hr"),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON audit_log TO sd_admin"),
        // The actor of a team user's row is the login they signed in with, whatever the client sent. Rows written
        // by the owner (salesctl migrate copying a workspace's history) keep theirs.
        QStringLiteral("CREATE OR REPLACE FUNCTION sd_audit_actor() RETURNS trigger LANGUAGE plpgsql AS '"
                       "BEGIN "
                       "IF EXISTS (SELECT 1 FROM team_users WHERE login = session_user) THEN "
                       "NEW.actor := session_user; "
                       "END IF; "
                       "RETURN NEW; "
                       "END'"),
        QStringLiteral("CREATE OR REPLACE FUNCTION sd_change_author() RETURNS trigger LANGUAGE plpgsql AS '"
                       "BEGIN "
                       "IF EXISTS (SELECT 1 FROM team_users WHERE login = session_user) THEN "
                       "NEW.updated_by := session_user; "
                       "END IF; "
                       "RETURN NEW; "
                       "END'"),
        QStringLiteral("DROP TRIGGER IF EXISTS sd_audit_actor ON audit_log"),
        QStringLiteral("CREATE TRIGGER sd_audit_actor BEFORE INSERT ON audit_log FOR EACH ROW "
                       "EXECUTE FUNCTION sd_audit_actor()"),
    };
}

} // namespace sd::storage

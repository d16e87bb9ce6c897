// The audit log (schema 9): every change to targets, stages, appraisals, calibrations, plans and statements writes
// who/when/what with before and after in the transaction of the change; a refused change writes nothing; the
// view's query filters by date, entity, user and text and sorts.

#include "StorageTestSupport.h"

#include "storage/AuditLog.h"
#include "storage/SqlAppraisalRepository.h"
#include "storage/SqlFunnelChangeRepository.h"
#include "storage/SqlIncentiveStatementRepository.h"
#include "storage/SqlTargetPlanRepository.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

namespace {

std::vector<AuditEntry> all(const Workspace& ws, const AuditFilter& f = {})
{
    return AuditLog(ws).page(f, AuditColumn::At, true, 0, 1000);
}

std::vector<AuditEntry> ofEntity(const Workspace& ws, const char* entity)
{
    AuditFilter f;
    f.entity = entity;
    return all(ws, f);
}

OpportunityEdit stageEdit(const char* id, const char* stage, const char* on)
{
    OpportunityEdit e;
    e.opportunityId = id;
    e.field = ChangeField::Stage;
    e.newValue = stage;
    e.effectiveOn = d(on);
    e.changedBy = "wang";
    return e;
}

} // namespace

TEST_CASE("a stage change writes its audit row; a refused one writes none", "[reliability][audit]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    SqlFunnelChangeRepository repo(ws);
    const long long before = AuditLog(ws).count({});

    repo.apply(stageEdit("o2", "proposal", "2026-03-02"));
    const auto rows = ofEntity(ws, "stage");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].entityId == "o2");
    CHECK(rows[0].action == "stage");
    // o2 was a lead (sampleDataset); JSON objects list their members in name order.
    CHECK(rows[0].before == std::optional<std::string>(R"({"value":"lead"})"));
    CHECK(rows[0].after == std::optional<std::string>(R"({"effective_on":"2026-03-02","value":"proposal"})"));
    CHECK(rows[0].actor == AuditLog::currentUser());
    CHECK(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
              .match(QString::fromStdString(rows[0].at))
              .hasMatch());

    // Dated before the last stage entry: refused, and no audit row is left behind.
    CHECK_THROWS_AS(repo.apply(stageEdit("o2", "won", "2026-01-01")), StorageError);
    CHECK(AuditLog(ws).count({}) == before + 1);

    // Taking the change back is itself recorded.
    repo.revertLast("o2");
    const auto after = ofEntity(ws, "stage");
    REQUIRE(after.size() == 2);
    CHECK(after[1].action == "revert stage");
    CHECK(after[1].before == std::optional<std::string>(R"({"value":"proposal"})"));
    CHECK(after[1].after == std::optional<std::string>(R"({"value":"lead"})"));
}

TEST_CASE("target lifecycle changes write audit rows with the plan before and after", "[reliability][audit]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    SqlTargetPlanRepository repo(ws);
    const TargetKey key{*OwnerRef::parse("unit:T1"), Metric::Revenue, "2026", Segment::All};
    repo.saveDrafts({TargetPlan{key, 1200000, TargetState::Draft, std::string("r2"), std::string("revenue"),
                                std::nullopt, 0}},
                    "alice", "t1");
    repo.approve({key}, "lead", "t2");
    const auto rows = ofEntity(ws, "target");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].entityId == "unit:T1 revenue 2026 all");
    CHECK(rows[0].action == "save draft");
    CHECK_FALSE(rows[0].before); // no plan row before
    // 1,200,000 cents = 12000.00
    CHECK(rows[0].after
          == std::optional<std::string>(R"({"amount":"12000.00","kpi_code":"revenue","responsible_rep_id":"r2",)"
                                        R"("state":"draft","submitted":null,"version":"0"})"));
    CHECK(rows[1].action == "approve");
    CHECK(rows[1].before == rows[0].after);
    CHECK(rows[1].after
          == std::optional<std::string>(R"({"amount":"12000.00","kpi_code":"revenue","responsible_rep_id":"r2",)"
                                        R"("state":"approved","submitted":null,"version":"1"})"));
}

TEST_CASE("appraisal and calibration changes are audited apart", "[reliability][audit]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    SqlAppraisalRepository repo(ws);
    AppraisalRecord r;
    r.repId = "r2";
    r.period = "2026Q3";
    r.state = AppraisalState::SelfReview;
    r.selfComment = "done";
    r.updatedAt = "2026-10-01T08:00:00Z";
    repo.save(r, AppraisalEvent{"r2", "2026Q3", r.updatedAt, "r2", "self_comment", AppraisalState::SelfReview,
                                AppraisalState::SelfReview, ""});
    AppraisalRecord c = r;
    c.state = AppraisalState::Calibration;
    c.calibratedGrade = "A";
    c.calibrationReason = "key account won";
    repo.save(c, AppraisalEvent{"r2", "2026Q3", r.updatedAt, "hr", "calibrate", AppraisalState::Calibration,
                                AppraisalState::Calibration, ""});

    const auto appraisal = ofEntity(ws, "appraisal");
    REQUIRE(appraisal.size() == 1);
    CHECK(appraisal[0].entityId == "r2 2026Q3");
    CHECK(appraisal[0].action == "self_comment");
    CHECK_FALSE(appraisal[0].before);
    const auto calibration = ofEntity(ws, "calibration");
    REQUIRE(calibration.size() == 1);
    CHECK(calibration[0].action == "calibrate");
    CHECK(calibration[0].before
          == std::optional<std::string>(R"({"calibrated_grade":null,"calibration_reason":"","manager_comment":"",)"
                                        R"("self_comment":"done","signed_off_by":"","state":"self_review"})"));
    CHECK(calibration[0].after
          == std::optional<std::string>(R"({"calibrated_grade":"A","calibration_reason":"key account won",)"
                                        R"("manager_comment":"","self_comment":"done","signed_off_by":"",)"
                                        R"("state":"calibration"})"));
}

TEST_CASE("statement saves are audited with their state and total", "[reliability][audit]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    SqlIncentiveStatementRepository repo(ws);
    StatementSnapshot s;
    s.repId = "r2";
    s.period = "2026-10";
    s.planCode = "rep_monthly";
    s.state = StatementState::Calculated;
    s.totalCents = 123456;
    s.calculatedAt = "2026-11-02T09:00:00Z";
    repo.save({s});
    s.state = StatementState::Approved;
    s.approvedBy = "hr";
    repo.save({s});
    const auto rows = ofEntity(ws, "statement");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].action == "calculate");
    CHECK(rows[1].action == "approved");
    CHECK(rows[1].entityId == "r2 2026-10");
    // 123,456 cents = 1234.56
    CHECK(rows[1].before
          == std::optional<std::string>(R"({"approved_by":"","calculated_at":"2026-11-02T09:00:00Z",)"
                                        R"("plan_code":"rep_monthly","reviewed_by":"","state":"calculated",)"
                                        R"("total":"1234.56"})"));
    CHECK(rows[1].after->find(R"("state":"approved")") != std::string::npos);
    CHECK(rows[1].after->find(R"("approved_by":"hr")") != std::string::npos);
}

TEST_CASE("a settings change is audited per changed member, plans as 'plan'", "[reliability][audit]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    ws.saveSettingsJson(R"({"currency":"CNY","stall_days":30,"incentive_plans":[]})");
    const long long first = AuditLog(ws).count({});
    CHECK(first == 3); // three members appear
    ws.saveSettingsJson(R"({"currency":"CNY","stall_days":30,"incentive_plans":[{"code":"p1"}]})");
    const auto plans = ofEntity(ws, "plan");
    REQUIRE(plans.size() == 2);
    CHECK(plans[1].entityId == "workspace");
    CHECK(plans[1].action == "incentive_plans");
    CHECK(plans[1].before == std::optional<std::string>("[]"));
    CHECK(plans[1].after == std::optional<std::string>(R"([{"code":"p1"}])"));
    CHECK(AuditLog(ws).count({}) == first + 1); // the unchanged members write nothing
    // Saving the same text again writes nothing.
    ws.saveSettingsJson(R"({"currency":"CNY","stall_days":30,"incentive_plans":[{"code":"p1"}]})");
    CHECK(AuditLog(ws).count({}) == first + 1);
}

TEST_CASE("the audit query filters by date, entity, user and text and sorts", "[reliability][audit]")
{
    SD_ON_EACH_BACKEND(tmp);
    Workspace ws(tmp.path());
    AuditLog log(ws);
    log.append({0, "2026-11-01T09:00:00Z", "alice", "target", "unit:T1 revenue 2026 all", "approve", "{}", "{}"});
    log.append({0, "2026-11-02T10:00:00Z", "bob", "stage", "o1", "stage", R"({"value":"Lead"})",
                R"({"value":"won"})"});
    log.append({0, "2026-11-02T23:59:59Z", "alice", "statement", "r2 2026-10", "approved", std::nullopt, "{}"});
    log.append({0, "2026-11-03T00:00:00Z", "carol", "stage", "o2", "stage", "{}", "{}"});

    AuditFilter day;
    day.fromDate = "2026-11-02";
    day.toDate = "2026-11-02";
    CHECK(log.count(day) == 2); // both ends of the 2nd, not the 3rd at midnight
    AuditFilter user;
    user.actor = "alice";
    CHECK(log.count(user) == 2);
    AuditFilter text;
    text.text = "LEAD"; // ASCII case ignored, in before/after too
    REQUIRE(log.count(text) == 1);
    CHECK(log.page(text, AuditColumn::At, true, 0, 10)[0].entityId == "o1");
    AuditFilter literal;
    literal.text = "%";
    CHECK(log.count(literal) == 0); // taken literally
    AuditFilter stages;
    stages.entity = "stage";
    const auto newestFirst = log.page(stages, AuditColumn::At, false, 0, 10);
    REQUIRE(newestFirst.size() == 2);
    CHECK(newestFirst[0].entityId == "o2");
    const auto byActor = log.page({}, AuditColumn::Actor, true, 1, 2);
    REQUIRE(byActor.size() == 2);
    CHECK(byActor[0].actor == "alice"); // alice (id 1), alice (id 3), bob, carol: offset 1
    CHECK(byActor[0].entity == "statement");
    CHECK(byActor[1].actor == "bob");
    CHECK(log.entities() == std::vector<std::string>{"stage", "statement", "target"});
    CHECK(log.actors() == std::vector<std::string>{"alice", "bob", "carol"});
}

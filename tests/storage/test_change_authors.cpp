// Who last changed a record (schema 11, issue 9 item 4): the rows that carry row_version get updated_by and
// updated_at in the same statement that raises their version, with the audit log's actor
// (AuditLog::currentUser(): the OS user, or the signed-in user once set); NULL for rows never changed.

#include "StorageTestSupport.h"

#include "storage/AuditLog.h"
#include "storage/RowVersion.h"
#include "storage/SqlAppraisalRepository.h"
#include "storage/SqlCustomerRepository.h"
#include "storage/SqlFunnelChangeRepository.h"
#include "storage/SqlIncentiveStatementRepository.h"
#include "storage/SqlOpportunityRepository.h"
#include "storage/SqlTargetPlanRepository.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QSqlQuery>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

namespace {

// Sets the actor for the test's writes; at the end of the scope the actor is `after` ("": the OS user).
struct SignedIn
{
    explicit SignedIn(const std::string& user, std::string after = {})
        : m_after(std::move(after))
    {
        AuditLog::setSignedInUser(user);
    }
    ~SignedIn() { AuditLog::setSignedInUser(m_after); }
    std::string m_after;
};

std::string by(const Workspace& ws, const VersionedRow& row)
{
    const auto last = lastChange(ws.database(), row);
    return last ? last->by : std::string("(none)");
}

// updated_at is now in UTC, to the second ("2026-11-27T04:05:06Z"), within a minute of the test.
bool recent(const Workspace& ws, const VersionedRow& row)
{
    const auto last = lastChange(ws.database(), row);
    if (!last)
        return false;
    const QDateTime at = QDateTime::fromString(QString::fromStdString(last->at), Qt::ISODate);
    return at.isValid() && at.timeSpec() == Qt::UTC && std::abs(at.secsTo(QDateTime::currentDateTimeUtc())) < 60;
}

} // namespace

TEST_CASE("every versioned update records who made it and when, in the same statement", "[reliability][authors]")
{
    TempWorkspace tmp;
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    // Inserted rows were never changed: nothing is recorded (also what a row older than schema 11 shows).
    CHECK_FALSE(lastChange(ws.database(), customerRow("c1")).has_value());
    CHECK_FALSE(lastChange(ws.database(), opportunityRow("o1")).has_value());

    SignedIn alice("alice");
    CHECK(AuditLog::currentUser() == "alice");

    SqlCustomerRepository customers(ws);
    Customer c = *customers.byId("c1");
    c.name = "Alpha Ltd";
    customers.update(c);
    CHECK(by(ws, customerRow("c1")) == "alice");
    CHECK(recent(ws, customerRow("c1")));
    CHECK(rowVersion(ws.database(), customerRow("c1")) == 1);

    SqlOpportunityRepository(ws).updateAmount("o1", m("10.00"));
    CHECK(by(ws, opportunityRow("o1")) == "alice");

    {
        SignedIn bob("bob", "alice");
        OpportunityEdit e;
        e.opportunityId = "o2";
        e.field = ChangeField::Amount;
        e.newValue = "5000";
        e.effectiveOn = d("2026-03-01");
        e.changedBy = "bob";
        SqlFunnelChangeRepository(ws).apply(e);
    }
    CHECK(by(ws, opportunityRow("o2")) == "bob");
    CHECK(by(ws, opportunityRow("o1")) == "alice"); // only the changed row

    const TargetKey key{OwnerRef{OwnerKind::Rep, "r2"}, Metric::Revenue, "2026", Segment::All};
    SqlTargetPlanRepository targets(ws);
    targets.saveDrafts({TargetPlan{key, 100000, TargetState::Draft, std::string("r2"), std::string("revenue"),
                                   std::nullopt, 0}},
                       AuditLog::currentUser(), AuditLog::nowUtc());
    CHECK(by(ws, targetPlanRow(key)) == "alice");
    {
        SignedIn carol("carol", "alice");
        targets.setResponsibility(key, std::string("r3"), std::string("revenue"));
    }
    CHECK(by(ws, targetPlanRow(key)) == "carol");
    CHECK(recent(ws, targetPlanRow(key)));

    AppraisalRecord r;
    r.repId = "r2";
    r.period = "2026Q1";
    r.state = AppraisalState::SelfReview;
    r.updatedAt = AuditLog::nowUtc();
    SqlAppraisalRepository(ws).save(r, AppraisalEvent{"r2", "2026Q1", r.updatedAt, "alice", "advance",
                                                      AppraisalState::Open, AppraisalState::SelfReview, ""});
    CHECK(by(ws, appraisalRow("r2", "2026Q1")) == "alice"); // a new record too

    StatementSnapshot s;
    s.repId = "r2";
    s.period = "2026-01";
    s.planCode = "std";
    s.calculatedAt = AuditLog::nowUtc();
    SqlIncentiveStatementRepository(ws).save({s});
    CHECK(by(ws, statementRow("r2", "2026-01")) == "alice");

    {
        SignedIn dave("dave", "alice");
        ws.saveSettingsJson(R"({"stall_days":30})");
        ws.saveSettingsJson(R"({"stall_days":31})"); // the second is an update of the row
    }
    CHECK(by(ws, settingsRow()) == "dave");

    // The record's author is the audit log's actor: one function for both.
    AuditFilter f;
    f.entity = "settings";
    const auto rows = AuditLog(ws).page(f, AuditColumn::At, false, 0, 1);
    REQUIRE(rows.size() == 1);
    CHECK(rows.front().actor == "dave");
}

TEST_CASE("a stale edit names who changed the row and when", "[reliability][authors][rowversion]")
{
    TempWorkspace tmp;
    Workspace ws(tmp.path());
    ws.applyImport(sampleDataset());
    VersionCheck basis({customerRow("c1")});
    basis.read(ws.database());
    {
        SignedIn erin("erin");
        Workspace other(tmp.path());
        SqlCustomerRepository theirs(other);
        Customer c = *theirs.byId("c1");
        c.name = "Changed by Erin";
        theirs.update(c);
    }
    bool wrote = false;
    try {
        versionedWrite(ws.database(), basis, [&] { wrote = true; },
                       [](const QSqlDatabase&, const VersionedRow&) { return std::string("Changed by Erin"); });
        FAIL("a stale edit went through");
    } catch (const StaleEdit& e) {
        CHECK(e.changedBy() == "erin");
        CHECK_FALSE(e.changedAt().empty());
        CHECK(e.currentValue() == "Changed by Erin");
        CHECK(e.expectedVersion() == 0);
        CHECK(e.currentVersion() == 1);
        CHECK(std::string(e.what()).find("(erin at ") != std::string::npos);
    }
    CHECK_FALSE(wrote);
    // Read again, the edit goes through and remembers the version it left.
    basis.read(ws.database());
    versionedWrite(ws.database(), basis, [&] { SqlOpportunityRepository(ws).updateAmount("o1", m("1.00")); });
    CHECK(basis.isRead());
}

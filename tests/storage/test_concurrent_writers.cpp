// Two processes editing the same rows of one workspace (issue 8, "two writers"): each repeatedly reads an
// opportunity's amount and row version and writes amount + 1 based on that version, retrying when the other one
// got there first (StaleEdit). With row versions no increment is lost, and with IMMEDIATE transactions and the busy
// timeout neither process ever sees "database is locked".
//
// The writers are this test program started again (QProcess) on a hidden test case that does the edits.

#include "StorageTestSupport.h"

#include "storage/AuditLog.h"
#include "storage/RowVersion.h"
#include "storage/SqlFunnelChangeRepository.h"
#include "storage/SqlHelpers.h"
#include "storage/SqlOpportunityRepository.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QThread>

#include <iostream>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

namespace {

constexpr int kRounds = 100;

// The amount (cents) and version of one opportunity, read in one statement so they belong together.
std::pair<long long, long long> amountAndVersion(const Workspace& ws, const std::string& id)
{
    QSqlQuery q = sql::prepare(ws.database(), QStringLiteral("SELECT amount, row_version FROM opportunities WHERE id = ?"));
    q.addBindValue(sql::text(id));
    sql::exec(q, "reading an opportunity");
    if (!q.next())
        throw StorageError("no opportunity " + id);
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

} // namespace

// The writer: started by the test below with SD_WRITER_WORKSPACE set; does nothing when run on its own.
TEST_CASE("concurrent writer (helper process)", "[.][reliability_writer]")
{
    const QString path = qEnvironmentVariable("SD_WRITER_WORKSPACE");
    if (path.isEmpty())
        return;
    ensureApp();
    Workspace ws(path);
    SqlFunnelChangeRepository repo(ws);
    // Both writers start editing together, once the test says go.
    const QString go = qEnvironmentVariable("SD_WRITER_GO");
    for (int i = 0; i < 6000 && !QFileInfo::exists(go); ++i)
        QThread::msleep(5);
    int stale = 0;
    for (int done = 0; done < kRounds;) {
        const auto [amount, version] = amountAndVersion(ws, "o1");
        OpportunityEdit e;
        e.opportunityId = "o1";
        e.field = ChangeField::Amount;
        e.newValue = std::to_string(amount + 1);
        e.effectiveOn = d("2026-03-01");
        e.changedBy = qEnvironmentVariable("SD_WRITER_NAME").toStdString();
        e.expectedVersion = version;
        try {
            repo.apply(e);
            ++done;
        } catch (const StaleEdit&) {
            ++stale; // the other writer changed o1 since we read it: read again
        }
    }
    std::cout << "stale edits retried: " << stale << std::endl;
}

TEST_CASE("two processes editing the same row lose no update and never see 'database is locked'",
          "[reliability][concurrency]")
{
    TempWorkspace tmp;
    long long start = 0;
    {
        Workspace ws(tmp.path());
        ws.applyImport(sampleDataset());
        start = amountAndVersion(ws, "o1").first;
    }

    const QString go = tmp.dir.filePath(QStringLiteral("go"));
    std::vector<std::unique_ptr<QProcess>> writers;
    for (const char* name : {"A", "B"}) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SD_WRITER_WORKSPACE"), tmp.path());
        env.insert(QStringLiteral("SD_WRITER_NAME"), QString::fromLatin1(name));
        env.insert(QStringLiteral("SD_WRITER_GO"), go);
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QCoreApplication::applicationFilePath(), {QStringLiteral("[reliability_writer]")});
        REQUIRE(p->waitForStarted(10000));
        writers.push_back(std::move(p));
    }
    QThread::msleep(300); // both open the workspace
    QFile flag(go);
    REQUIRE(flag.open(QIODevice::WriteOnly));
    flag.close();
    for (auto& p : writers) {
        REQUIRE(p->waitForFinished(180000));
        const QString output = QString::fromUtf8(p->readAll());
        INFO(output.toStdString());
        CHECK(p->exitStatus() == QProcess::NormalExit);
        CHECK(p->exitCode() == 0);
        CHECK_FALSE(output.contains(QStringLiteral("database is locked")));
        CHECK(output.contains(QStringLiteral("stale edits retried")));
    }

    Workspace ws(tmp.path());
    // Every one of the 2 × kRounds increments is in the amount, the change history and the audit log.
    CHECK(amountAndVersion(ws, "o1").first == start + 2 * kRounds);
    CHECK(SqlFunnelChangeRepository(ws).changesOf("o1").size() == static_cast<size_t>(2 * kRounds));
    AuditFilter f;
    f.entity = "opportunity";
    CHECK(AuditLog(ws).count(f) == 2 * kRounds);
    QSqlQuery check(ws.database());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
}

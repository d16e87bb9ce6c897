// Two processes editing the same target, appraisal and settings row (issue 8, "two writers"): each repeatedly reads
// the record's version and a counter kept in it, and writes counter + 1 based on that version in one transaction
// (VersionCheck + versionedWrite, what the app's undo commands do), retrying when the other process got there
// first (StaleEdit). No increment may be lost, "database is locked" never appears, the audit log holds every write
// and the record says which writer changed it last (schema 11).
//
// The writers are this test program started again (QProcess) on a hidden test case, as in
// test_concurrent_writers.cpp.

#include "StorageTestSupport.h"

#include "storage/AuditLog.h"
#include "storage/RowVersion.h"
#include "storage/SqlAppraisalRepository.h"
#include "storage/SqlTargetPlanRepository.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QThread>

#include <iostream>

using namespace sd;
using namespace sd::storage;
using namespace sd::storage::test;

namespace {

constexpr int kRecordRounds = 40;

const TargetKey kTarget{OwnerRef{OwnerKind::Rep, "r2"}, Metric::Revenue, "2026", Segment::All};

// One kind of record with a counter in it: its versioned row, reading and writing the counter.
struct CounterRecord
{
    std::string entity; // the audit log's entity
    VersionedRow row;
    std::function<long long(Workspace&)> read;
    std::function<void(Workspace&, long long)> write;
};

CounterRecord counterRecord(const std::string& kind)
{
    if (kind == "target")
        return {"target", targetPlanRow(kTarget),
                [](Workspace& ws) { return *SqlTargetPlanRepository(ws).plan(kTarget)->amount; },
                [](Workspace& ws, long long n) {
                    SqlTargetPlanRepository(ws).saveDrafts(
                        {TargetPlan{kTarget, n, TargetState::Draft, std::nullopt, std::nullopt, std::nullopt, 0}},
                        AuditLog::currentUser(), AuditLog::nowUtc());
                }};
    if (kind == "appraisal")
        return {"appraisal", appraisalRow("r2", "2026Q1"),
                [](Workspace& ws) {
                    return std::stoll(SqlAppraisalRepository(ws).record("r2", "2026Q1")->managerComment);
                },
                [](Workspace& ws, long long n) {
                    AppraisalRecord r;
                    r.repId = "r2";
                    r.period = "2026Q1";
                    r.state = AppraisalState::ManagerReview;
                    r.managerComment = std::to_string(n);
                    r.updatedAt = AuditLog::nowUtc();
                    SqlAppraisalRepository(ws).save(
                        r, AppraisalEvent{"r2", "2026Q1", r.updatedAt, AuditLog::currentUser(), "manager_comment",
                                          AppraisalState::ManagerReview, AppraisalState::ManagerReview,
                                          r.managerComment});
                }};
    return {"settings", settingsRow(),
            [](Workspace& ws) {
                return QJsonDocument::fromJson(QByteArray::fromStdString(ws.loadSettingsJson()))
                    .object()
                    .value(QStringLiteral("counter"))
                    .toVariant()
                    .toLongLong();
            },
            [](Workspace& ws, long long n) { ws.saveSettingsJson(R"({"counter":)" + std::to_string(n) + "}"); }};
}

std::string lastChangedBy(Workspace& ws, const VersionedRow& row)
{
    const auto last = lastChange(ws.database(), row);
    return last ? last->by : std::string();
}

} // namespace

// The writer: started by the test below with SD_RECORD_WORKSPACE set; does nothing when run on its own.
TEST_CASE("concurrent record writer (helper process)", "[.][reliability_record_writer]")
{
    const QString path = qEnvironmentVariable("SD_RECORD_WORKSPACE");
    if (path.isEmpty())
        return;
    ensureApp();
    // The writer's name is its actor (the OS user of another person, say).
    AuditLog::setSignedInUser(qEnvironmentVariable("SD_WRITER_NAME").toStdString());
    Workspace ws(path);
    const CounterRecord record = counterRecord(qEnvironmentVariable("SD_RECORD_KIND").toStdString());
    const QString go = qEnvironmentVariable("SD_WRITER_GO");
    for (int i = 0; i < 6000 && !QFileInfo::exists(go); ++i)
        QThread::msleep(5);
    int stale = 0;
    for (int done = 0; done < kRecordRounds;) {
        // The version first, then the counter: a counter newer than its version is refused below, never lost.
        VersionCheck basis({record.row});
        basis.read(ws.database());
        const long long n = record.read(ws);
        try {
            versionedWrite(ws.database(), basis, [&] { record.write(ws, n + 1); });
            ++done;
        } catch (const StaleEdit& e) {
            ++stale; // the other writer changed the record since we read it: read again
            if (e.changedBy().empty())
                std::cout << "stale edit without its author" << std::endl;
        }
    }
    std::cout << "stale edits retried: " << stale << std::endl;
}

TEST_CASE("two processes editing the same target, appraisal or settings lose no update",
          "[reliability][concurrency]")
{
    const std::string kind = GENERATE(as<std::string>{}, "target", "appraisal", "settings");
    INFO("record: " << kind);
    TempWorkspace tmp;
    const CounterRecord record = counterRecord(kind);
    {
        Workspace ws(tmp.path());
        ws.applyImport(sampleDataset());
        record.write(ws, 1000);
    }
    const QString go = tmp.dir.filePath(QStringLiteral("go"));
    std::vector<std::unique_ptr<QProcess>> writers;
    for (const char* name : {"writerA", "writerB"}) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SD_RECORD_WORKSPACE"), tmp.path());
        env.insert(QStringLiteral("SD_RECORD_KIND"), QString::fromStdString(kind));
        env.insert(QStringLiteral("SD_WRITER_NAME"), QString::fromLatin1(name));
        env.insert(QStringLiteral("SD_WRITER_GO"), go);
        p->setProcessEnvironment(env);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QCoreApplication::applicationFilePath(), {QStringLiteral("[reliability_record_writer]")});
        REQUIRE(p->waitForStarted(10000));
        writers.push_back(std::move(p));
    }
    QThread::msleep(300);
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
        CHECK_FALSE(output.contains(QStringLiteral("without its author")));
        CHECK(output.contains(QStringLiteral("stale edits retried")));
    }

    Workspace ws(tmp.path());
    // 1000 + 2 writers × 40 increments = 1080: none lost.
    CHECK(record.read(ws) == 1000 + 2 * kRecordRounds);
    // The setup's write and every increment, each with its audit row (settings: one per changed member, "counter").
    AuditFilter f;
    f.entity = record.entity;
    CHECK(AuditLog(ws).count(f) == 1 + 2 * kRecordRounds);
    f.actor = "writerA";
    CHECK(AuditLog(ws).count(f) == kRecordRounds);
    // The last change is one of the two writers'.
    const std::string last = lastChangedBy(ws, record.row);
    CHECK((last == "writerA" || last == "writerB"));
    QSqlQuery check(ws.database());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
}

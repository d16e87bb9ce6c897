// DashboardSnapshots: the saved dashboard figures in the cache folder (one file per workspace).

#include "app/DashboardSnapshots.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace sd;
using namespace sd::app;

namespace {

DashboardSummary summaryOf(const std::string& owner, std::int64_t balance)
{
    DashboardSummary s;
    s.today = Date::parseOrThrow("2026-11-26");
    s.owner = owner;
    s.balanceCents = balance;
    return s;
}

} // namespace

TEST_CASE("saved dashboard figures are found per owner, for the same data only", "[daily][dashboard]")
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("a.sqlite"));
    QFile(workspace).open(QIODevice::WriteOnly); // the key is the file's canonical path
    {
        DashboardSnapshots store(workspace, "2 units, 3 reps");
        CHECK_FALSE(store.find("unit:co"));
        CHECK(store.save(summaryOf("unit:co", 100)));
        CHECK(store.save(summaryOf("rep:r1", 7)));
        CHECK(store.save(summaryOf("unit:co", 200))); // replaces the company's figures
        CHECK(store.lastOwner() == "unit:co");
    }
    {
        DashboardSnapshots store(workspace, "2 units, 3 reps");
        REQUIRE(store.find("unit:co"));
        CHECK(store.find("unit:co")->summary.balanceCents == 200);
        CHECK(store.find("unit:co")->savedAt.isValid());
        CHECK(store.find("rep:r1")->summary.balanceCents == 7);
        CHECK(store.lastOwner() == "unit:co");
    }
    // Another workspace file has its own figures; other data at the same place has none.
    CHECK_FALSE(DashboardSnapshots(dir.filePath(QStringLiteral("b.sqlite")), "2 units, 3 reps").find("unit:co"));
    CHECK_FALSE(DashboardSnapshots(workspace, "2 units, 4 reps").find("unit:co"));

    // Only the most recently saved owners are kept.
    DashboardSnapshots store(workspace, "x");
    for (std::size_t i = 0; i < DashboardSnapshots::kMaxOwners + 3; ++i)
        store.save(summaryOf("rep:r" + std::to_string(i), 1));
    DashboardSnapshots reread(workspace, "x");
    CHECK_FALSE(reread.find("rep:r0"));
    CHECK_FALSE(reread.find("rep:r2"));
    CHECK(reread.find("rep:r3"));
    CHECK(reread.find("rep:r" + std::to_string(DashboardSnapshots::kMaxOwners + 2)));
}

TEST_CASE("a damaged file of saved dashboard figures counts as none and is replaced", "[daily][dashboard]")
{
    QTemporaryDir dir;
    const QString workspace = dir.filePath(QStringLiteral("w.sqlite"));
    QFile(workspace).open(QIODevice::WriteOnly);
    const QString file = DashboardSnapshots(workspace, "f").filePath();
    const QString header = QStringLiteral(R"({"format":1,"workspace":"%1","fingerprint":"f","last_owner":"unit:co",)")
                               .arg(QFileInfo(workspace).canonicalFilePath());
    const QString wrongTime = header + QStringLiteral(R"("views":[{"saved_at":"yesterday","summary":{}}]})");
    const QString noSummary = header + QStringLiteral(R"("views":[{"saved_at":"2026-11-26T08:00:00Z"}]})");
    for (const QString& text : {QStringLiteral("{not json"), wrongTime, noSummary, QString()}) {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(text.toUtf8());
        out.close();
        DashboardSnapshots store(workspace, "f");
        CHECK_FALSE(store.find("unit:co"));
        CHECK(store.lastOwner().empty());
        CHECK(store.save(summaryOf("unit:co", 5)));
        CHECK(DashboardSnapshots(workspace, "f").find("unit:co")->summary.balanceCents == 5);
    }
}

TEST_CASE("a team server's saved dashboard figures do not depend on the password in its address",
          "[daily][dashboard][team]")
{
    const DashboardSnapshots withPassword(QStringLiteral("postgresql://ann:secret@db.example.com/sales"), "f");
    const DashboardSnapshots without(QStringLiteral("postgresql://ann@db.example.com/sales"), "f");
    CHECK(withPassword.filePath() == without.filePath());
    CHECK(withPassword.filePath()
          != DashboardSnapshots(QStringLiteral("postgresql://bo@db.example.com/sales"), "f").filePath());
    QFile file(withPassword.filePath());
    if (file.open(QIODevice::ReadOnly))
        CHECK_FALSE(file.readAll().contains("secret"));
}

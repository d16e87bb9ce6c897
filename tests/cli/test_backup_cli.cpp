// salesctl backup / restore and salesctl on files that are not workspaces: exit codes and messages.

#include "CliRunner.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

using namespace sd::test;

namespace {

std::string p(const QString& s)
{
    return s.toStdString();
}

QByteArray hashOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

std::string count(const std::string& infoOut, const std::string& table)
{
    const auto at = infoOut.find(table + ": ");
    if (at == std::string::npos)
        return {};
    const auto end = infoOut.find('\n', at);
    return infoOut.substr(at + table.size() + 2, end - at - table.size() - 2);
}

} // namespace

TEST_CASE("salesctl backup and restore round-trip a workspace", "[cli][backup]")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws.sqlite"));
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    const std::string good = std::string(SALESDESK_TEST_DATA) + "/csv/good";
    REQUIRE(runSalesctl({"--db", p(ws), "import", good}).exitCode == 0);
    const std::string customers = count(runSalesctl({"--db", p(ws), "info"}).out, "customers");
    REQUIRE_FALSE(customers.empty());

    const CliResult b = runSalesctl({"--db", p(ws), "backup", "--out", p(copy), "--json"});
    INFO(b.err);
    REQUIRE(b.exitCode == 0);
    const auto doc = nlohmann::json::parse(b.out);
    CHECK(doc["backup"] == p(copy));
    const long long bytes = doc["bytes"].get<long long>();
    CHECK(bytes > 0);

    // The workspace lost: an empty one takes its place.
    REQUIRE(runSalesctl({"--db", p(copy), "info"}).exitCode == 0);
    QFile::remove(ws);
    QFile::remove(ws + QStringLiteral("-wal"));
    QFile::remove(ws + QStringLiteral("-shm"));
    REQUIRE(runSalesctl({"--db", p(ws), "info"}).exitCode == 0); // a new, empty workspace
    CHECK(count(runSalesctl({"--db", p(ws), "info"}).out, "customers") == "0");

    const CliResult r = runSalesctl({"--db", p(ws), "restore", "--from", p(copy), "--json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto restored = nlohmann::json::parse(r.out);
    CHECK(restored["restored_from"] == p(copy));
    REQUIRE(restored["previous_kept_in"].is_string());
    CHECK(QFile::exists(QString::fromStdString(restored["previous_kept_in"].get<std::string>())));
    CHECK(count(runSalesctl({"--db", p(ws), "info"}).out, "customers") == customers);
}

TEST_CASE("salesctl restore refuses a bad file with exit code 1 and leaves the workspace as it was",
          "[cli][backup][badfile]")
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("ws.sqlite"));
    const std::string good = std::string(SALESDESK_TEST_DATA) + "/csv/good";
    REQUIRE(runSalesctl({"--db", p(ws), "import", good}).exitCode == 0);
    const QByteArray before = hashOf(ws);
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("not a workspace\n");
    }
    const CliResult r = runSalesctl({"--db", p(ws), "restore", "--from", p(text)});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err,
               Catch::Contains("restore refused") && Catch::Contains("notes.txt")
                   && Catch::Contains("not an SQLite database"));
    CHECK(hashOf(ws) == before);
    CHECK_FALSE(QDir(dir.filePath(QStringLiteral("backups"))).exists());

    CHECK(runSalesctl({"--db", p(ws), "restore"}).exitCode == 2);
    CHECK(runSalesctl({"--db", p(ws), "backup"}).exitCode == 2);
    const CliResult self = runSalesctl({"--db", p(ws), "backup", "--out", p(ws)});
    CHECK(self.exitCode == 1);
    CHECK_THAT(self.err, Catch::Contains("onto itself"));
}

TEST_CASE("salesctl names the file and the problem when --db is not a workspace", "[cli][backup][badfile]")
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("logo.png"));
    {
        QFile f(png);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(300, '\x07'));
    }
    const QByteArray before = hashOf(png);
    const CliResult r = runSalesctl({"--db", p(png), "info"});
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("logo.png") && Catch::Contains("not an SQLite database"));
    CHECK(hashOf(png) == before);
    CHECK_FALSE(QFile::exists(png + QStringLiteral("-wal")));
}

// salesctl import / info as a process.

#include "CliRunner.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <string>

using sd::test::runSalesctl;

namespace {

const std::string kCsv = std::string(SALESDESK_TEST_DATA) + "/csv";

} // namespace

TEST_CASE("salesctl import: the good folder, --json counts, then info")
{
    QTemporaryDir dir;
    const std::string db = dir.filePath(QStringLiteral("w.sqlite")).toStdString();
    auto r = runSalesctl({"--db", db, "import", kCsv + "/good", "--workspace", kCsv + "/workspace_good.json", "--json"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    auto j = r.json();
    CHECK(j["imported"]["org_units.csv"] == 3);
    CHECK(j["imported"]["orders.csv"] == 3);
    CHECK(j["imported"]["stage_history.csv"] == 5);
    CHECK(j["imported"]["reviews.csv"] == 3);
    CHECK(j["warnings"].is_array());
    CHECK(j["warnings"].empty());

    auto info = runSalesctl({"info", "--json", "--db", db});
    INFO(info.err);
    REQUIRE(info.exitCode == 0);
    auto ij = info.json();
    CHECK(ij["tables"]["orders"] == 3);
    CHECK(ij["tables"]["customers"] == 2);
    CHECK(ij["fiscal_year_start_month"] == 4);
    CHECK(ij["currency"] == "CNY");
    CHECK(ij["stages"] == nlohmann::json::array({"lead", "qualify", "proposal", "negotiate", "commit"}));
    CHECK(ij["schema_version"].get<int>() >= 1);

    // Text output: one line per file.
    auto again = runSalesctl({"import", kCsv + "/good", "--db", db});
    INFO(again.err);
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.find("orders.csv: 3\n") != std::string::npos);
    CHECK(again.out.find("payments.csv: 2\n") != std::string::npos);
}

TEST_CASE("salesctl import: the bad folder exits 1, lists every error on stderr, writes nothing")
{
    QTemporaryDir dir;
    const std::string db = dir.filePath(QStringLiteral("w.sqlite")).toStdString();
    auto r = runSalesctl({"import", kCsv + "/bad", "--db", db, "--json"});
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("orders.csv:3: amount: more than two decimals: '12.345'\n") != std::string::npos);
    CHECK(r.err.find("activities.csv:3: note: invalid UTF-8 byte 0xFF\n") != std::string::npos);
    CHECK(r.err.find("reviews.csv:6: score:") != std::string::npos);
    CHECK(r.err.find("warning: org_units.csv:1: colour: unknown column, ignored") != std::string::npos);
    auto j = r.json();
    CHECK(j["imported"].empty());
    CHECK(j["errors"].size() > 40);
    CHECK(j["error_count"] == j["errors"].size());

    auto info = runSalesctl({"info", "--db", db, "--json"});
    REQUIRE(info.exitCode == 0);
    for (const auto& [table, n] : info.json()["tables"].items()) {
        INFO(table);
        CHECK(n == 0);
    }
}

TEST_CASE("salesctl import: usage errors exit 2")
{
    QTemporaryDir dir;
    const std::string db = dir.filePath(QStringLiteral("w.sqlite")).toStdString();
    CHECK(runSalesctl({"import", "--db", db}).exitCode == 2);
    CHECK(runSalesctl({"import", kCsv + "/good", "--db", db, "--bogus", "x"}).exitCode == 2);
    auto missing = runSalesctl({"import", kCsv + "/nope", "--db", db});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.find("not a folder") != std::string::npos);
}

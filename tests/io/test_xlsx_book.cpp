#include "io/XlsxBook.h"

#include "ExportReadBack.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

#include <filesystem>

using sd::Date;
using sd::Money;
using sd::Rational;
using sd::io::CellStyle;
using sd::io::XlsxBook;

TEST_CASE("sheet names are made valid for Excel", "[xlsx]")
{
    CHECK(XlsxBook::validSheetName("华东区/上海团队", {}) == "华东区_上海团队");
    CHECK(XlsxBook::validSheetName("a[b]:c*d?e", {}) == "a_b__c_d_e");
    CHECK(XlsxBook::validSheetName("'quoted'", {}) == "quoted");
    CHECK(XlsxBook::validSheetName("", {}) == "Sheet");
    // 31 characters at most, counted as characters, not bytes: 40 Chinese characters keep the first 31.
    std::string longName;
    for (int i = 0; i < 40; ++i)
        longName += "区";
    std::string expected;
    for (int i = 0; i < 31; ++i)
        expected += "区";
    CHECK(XlsxBook::validSheetName(longName, {}) == expected);
    // Unique ignoring case: "summary" after "Summary" becomes "summary (2)".
    CHECK(XlsxBook::validSheetName("summary", {"Summary"}) == "summary (2)");
    CHECK(XlsxBook::validSheetName("summary", {"Summary", "summary (2)"}) == "summary (3)");
}

TEST_CASE("a workbook is read back cell by cell by an independent reader", "[xlsx]")
{
    QTemporaryDir dir;
    const std::string path = QDir(dir.path()).filePath(QStringLiteral("book.xlsx")).toStdString();
    {
        XlsxBook book(path);
        auto& sheet = book.addSheet("汇总");
        sheet.header(0, {"Rep", "Amount", "Attainment", "Date", "Count"});
        sheet.freeze(1);
        sheet.text(1, 0, "张伟");
        sheet.money(1, 1, Money::fromCents(123456789)); // 1,234,567.89
        sheet.ratio(1, 2, Rational(3, 8));              // 0.375
        sheet.date(1, 3, Date::parseOrThrow("2026-02-28"));
        sheet.integer(1, 4, 42);
        sheet.text(2, 0, "Li Na");
        sheet.money(2, 1, Money::fromCents(-5));
        sheet.ratio(2, 2, std::nullopt); // not applicable: empty cell
        sheet.autoFilter(0, 2, 0, 4);
        book.close();
    }
    CHECK_FALSE(std::filesystem::exists(path + ".tmp"));
    const auto book = sd::test::readXlsx(path);
    REQUIRE(book["sheets"].size() == 1);
    const auto& sheet = book["sheets"][0];
    CHECK(sheet["name"] == "汇总");
    CHECK(sheet["freeze"] == "A2");
    const auto& rows = sheet["rows"];
    CHECK(rows[0][0] == "Rep");
    CHECK(rows[1][0] == "张伟");
    CHECK(rows[1][1].get<double>() == Approx(1234567.89).margin(1e-9));
    CHECK(sheet["formats"][1][1] == "#,##0.00");
    CHECK(rows[1][2].get<double>() == Approx(0.375).margin(1e-12));
    CHECK(sheet["formats"][1][2] == "0.00%");
    CHECK(rows[1][3] == "2026-02-28");
    CHECK(rows[1][4].get<double>() == 42.0);
    CHECK(rows[2][1].get<double>() == Approx(-0.05).margin(1e-12));
    CHECK(rows[2][2].is_null());
}

TEST_CASE("an abandoned workbook leaves no file behind", "[xlsx]")
{
    QTemporaryDir dir;
    const std::string path = QDir(dir.path()).filePath(QStringLiteral("never.xlsx")).toStdString();
    {
        XlsxBook book(path);
        book.addSheet("x").text(0, 0, "y");
    }
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("a workbook that cannot be written is an error", "[xlsx]")
{
    CHECK_THROWS_AS(
        [] {
            XlsxBook book("/nonexistent-dir/x.xlsx");
            book.addSheet("a");
            book.close();
        }(),
        sd::io::ExportError);
}

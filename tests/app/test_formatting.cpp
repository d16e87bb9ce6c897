// Money and dates for display: exact from cents, per locale.

#include "app/AppOptions.h"
#include "app/Formatting.h"
#include "app/SettingsDialog.h"

#include <catch2/catch.hpp>

#include <limits>

using namespace sd;
using namespace sd::app;

TEST_CASE("money is formatted from its cents, grouped per locale")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale zh(QLocale::Chinese, QLocale::China);
    const QLocale de(QLocale::German, QLocale::Germany);
    CHECK(Formatting::money(Money::fromCents(123456789), QStringLiteral("CNY"), en) == QStringLiteral("¥1,234,567.89"));
    CHECK(Formatting::money(Money::fromCents(123456789), QStringLiteral("CNY"), zh) == QStringLiteral("¥1,234,567.89"));
    CHECK(Formatting::amount(Money::fromCents(123456789), de) == QStringLiteral("1.234.567,89"));
    CHECK(Formatting::money(Money::fromCents(-5), QStringLiteral("USD"), en) == QStringLiteral("-$0.05"));
    CHECK(Formatting::money(Money::fromCents(0), QStringLiteral("EUR"), en) == QStringLiteral("€0.00"));
    CHECK(Formatting::money(Money::fromCents(100), QStringLiteral("XYZ"), en) == QStringLiteral("XYZ 1.00"));
    // 2^53 + 1 cents is not a double: 9007199254740993 cents = 90,071,992,547,409.93.
    CHECK(Formatting::amount(Money::fromCents(9007199254740993LL), en) == QStringLiteral("90,071,992,547,409.93"));
    // The most negative amount does not overflow: -9223372036854775808 cents.
    CHECK(Formatting::amount(Money::fromCents(std::numeric_limits<std::int64_t>::min()), en)
          == QStringLiteral("-92,233,720,368,547,758.08"));
}

TEST_CASE("dates use the locale's short format with a four-digit year")
{
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QLocale zh(QLocale::Chinese, QLocale::China);
    const Date d = Date::fromYmd(2026, 3, 7);
    CHECK(Formatting::date(d, en) == QStringLiteral("3/7/2026"));
    CHECK(Formatting::date(d, zh) == QStringLiteral("2026/3/7"));
    CHECK(Formatting::date(std::optional<Date>(), en).isEmpty());
}

TEST_CASE("settings dialog: stage validation")
{
    std::vector<StageDef> stages = WorkspaceSettings().stages;
    CHECK(SettingsDialog::validateStages(stages).isEmpty());

    SECTION("duplicate code")
    {
        stages[1].code = stages[0].code;
        const QStringList problems = SettingsDialog::validateStages(stages);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].contains(QStringLiteral("Row 2")));
    }
    SECTION("probability outside 0-100, empty name, reserved code")
    {
        stages[0].probability = Rational(101);
        stages[1].name.clear();
        stages[2].code = "won";
        CHECK(SettingsDialog::validateStages(stages).size() == 3);
    }
    SECTION("no stages")
    {
        CHECK(SettingsDialog::validateStages({}).size() == 1);
    }
}

TEST_CASE("command line options")
{
    QString error;
    auto o
        = AppOptions::parse({QStringLiteral("salesdesk"), QStringLiteral("--workspace"), QStringLiteral("a.sqlite"),
                             QStringLiteral("--lang=zh_CN"), QStringLiteral("--section"), QStringLiteral("customers"),
                             QStringLiteral("--screenshot"), QStringLiteral("s.png"), QStringLiteral("--verbose")},
                            &error);
    REQUIRE(o);
    CHECK(o->workspace == QStringLiteral("a.sqlite"));
    CHECK(o->language == QStringLiteral("zh_CN"));
    CHECK(o->section == QStringLiteral("customers"));
    CHECK(o->screenshot == QStringLiteral("s.png"));
    CHECK(o->verbose);
    CHECK_FALSE(
        AppOptions::parse({QStringLiteral("salesdesk"), QStringLiteral("--lang"), QStringLiteral("fr")}, &error));
    CHECK(error.contains(QStringLiteral("zh_CN")));
    CHECK_FALSE(
        AppOptions::parse({QStringLiteral("salesdesk"), QStringLiteral("--section"), QStringLiteral("x")}, &error));
    CHECK_FALSE(AppOptions::parse({QStringLiteral("salesdesk"), QStringLiteral("--bogus")}, &error));
    CHECK_FALSE(AppOptions::parse({QStringLiteral("salesdesk"), QStringLiteral("--workspace")}, &error));
    CHECK_FALSE(
        AppOptions::parse({QStringLiteral("salesdesk"), QStringLiteral("--demo"), QStringLiteral("x.sqlite")}, &error));
}

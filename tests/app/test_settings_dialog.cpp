// The Settings dialog: the form edits the workspace settings and refuses invalid stages.

#include "app/AboutDialog.h"
#include "app/SettingsDialog.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace sd;
using namespace sd::app;

TEST_CASE("settings dialog edits fiscal month, currency, stall days and stages")
{
    const WorkspaceSettings original;
    SettingsDialog dialog(original, QStringLiteral("en"), true);
    dialog.show();
    auto* month = dialog.findChild<QComboBox*>(QStringLiteral("fiscalYearStartComboBox"));
    auto* currency = dialog.findChild<QComboBox*>(QStringLiteral("currencyComboBox"));
    auto* stall = dialog.findChild<QSpinBox*>(QStringLiteral("stallDaysSpinBox"));
    auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("stageTableWidget"));
    auto* ok = dialog.findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    REQUIRE(month);
    REQUIRE(currency);
    REQUIRE(stall);
    REQUIRE(table);
    REQUIRE(table->rowCount() == 5); // SPEC §4's five default stages
    CHECK(table->item(2, 2)->text() == QStringLiteral("50"));

    month->setCurrentIndex(3); // April
    currency->setCurrentText(QStringLiteral("usd"));
    stall->setValue(21);

    // Move "qualify" (row 2) above "lead".
    table->setCurrentCell(1, 0);
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("moveStageUpButton")), Qt::LeftButton);
    CHECK(table->item(0, 0)->text() == QStringLiteral("qualify"));

    // A duplicate code disables OK and says why.
    table->item(1, 0)->setText(QStringLiteral("qualify"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("validationLabel"))->text().contains(QStringLiteral("twice")));
    table->item(1, 0)->setText(QStringLiteral("lead"));
    CHECK(ok->isEnabled());

    // A probability that is not a number is refused too.
    table->item(4, 2)->setText(QStringLiteral("ninety"));
    CHECK_FALSE(ok->isEnabled());
    table->item(4, 2)->setText(QStringLiteral("90.5"));
    CHECK(ok->isEnabled());

    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addStageButton")), Qt::LeftButton);
    REQUIRE(table->rowCount() == 6);

    if (qEnvironmentVariableIsSet("SALESDESK_GRAB"))
        dialog.grab().save(qEnvironmentVariable("SALESDESK_GRAB") + QStringLiteral("/settings.png"));

    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
    const WorkspaceSettings s = dialog.settings();
    CHECK(s.fiscalYearStartMonth == 4);
    CHECK(s.currency == "USD");
    CHECK(s.stallDays == 21);
    REQUIRE(s.stages.size() == 6);
    CHECK(s.stages[0].code == "qualify");
    CHECK(s.stages[1].code == "lead");
    CHECK(s.stages[4].probability == Rational(181, 2)); // 90.5
    CHECK(s.stages[5].probability == Rational(50));
    CHECK(dialog.language() == QStringLiteral("en"));
}

TEST_CASE("about dialog names the version, the licence and Qt")
{
    AboutDialog dialog;
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("titleLabel"))->text()
          == QStringLiteral("Salesdesk " SALESDESK_VERSION));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("licenceLabel"))->text().contains(QStringLiteral("MIT")));
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("infoLabel"))->text().contains(QString::fromLatin1(qVersion())));
    if (qEnvironmentVariableIsSet("SALESDESK_GRAB"))
        dialog.grab().save(qEnvironmentVariable("SALESDESK_GRAB") + QStringLiteral("/about.png"));
}

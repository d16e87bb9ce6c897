// The form-based plan editor on tests/data/incentive (plan rep_monthly: marginal revenue commission, tiers 0→3 %,
// 100 %→5 %, 150 %→8 %, threshold 50 %, cap 50,000.00, strategic ×1.5; bonus; contest). Figures worked by hand from
// SPEC §7 (the unchanged plan's figures are in tests/cli/test_incentive_cli.cpp).

#include "app/DialogHooks.h"
#include "app/Formatting.h"
#include "app/IncentivePayoutModel.h"
#include "app/IncentivePlanEditor.h"
#include "app/IncentivesPanel.h"
#include "app/WorkspaceDocument.h"
#include "io/Import.h"
#include "io/WorkspaceJson.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <nlohmann/json.hpp>

using namespace sd;
using namespace sd::app;

namespace {

WorkspaceSettings testSettings()
{
    return io::readSettingsFile(std::filesystem::path(SALESDESK_TEST_DATA) / "incentive" / "workspace.json");
}

QTableWidget* tiers(QWidget& editor)
{
    auto* commission = editor.findChild<QWidget*>(QStringLiteral("componentEditor0"));
    REQUIRE(commission);
    auto* table = commission->findChild<QTableWidget*>(QStringLiteral("tiersTable"));
    REQUIRE(table);
    return table;
}

void setCell(QTableWidget* table, int row, int column, const QString& text)
{
    table->item(row, column)->setText(text);
}

// Waits for the calculation that an action started (the spy was made before the action).
void waitCalculated(QSignalSpy& spy, const IncentivesPanel& panel)
{
    if (spy.isEmpty())
        REQUIRE(spy.wait(30000));
    while (panel.isCalculating())
        REQUIRE(spy.wait(30000));
    REQUIRE(spy.last().at(0).toBool());
    spy.clear();
}

} // namespace

TEST_CASE("Plan form: fields, validation naming field and row, JSON in sync, new version from a date", "[incentives]")
{
    const WorkspaceSettings settings = testSettings();
    IncentivePlanEditor editor(settings);
    auto* errors = editor.findChild<QLabel*>(QStringLiteral("planErrorsLabel"));
    auto* save = editor.findChild<QPushButton*>(QStringLiteral("planSaveButton"));
    REQUIRE(save->isEnabled());

    // The plan's JSON as fields: tiers as a table in percent, threshold, cap, multipliers, steps, prizes.
    QTableWidget* table = tiers(editor);
    REQUIRE(table->rowCount() == 3);
    CHECK(table->item(0, 0)->text() == QStringLiteral("0"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("3"));
    CHECK(table->item(1, 0)->text() == QStringLiteral("100"));
    CHECK(table->item(2, 0)->text() == QStringLiteral("150"));
    CHECK(table->item(2, 1)->text() == QStringLiteral("8"));
    auto* commission = editor.findChild<QWidget*>(QStringLiteral("componentEditor0"));
    CHECK(commission->findChild<QLineEdit*>(QStringLiteral("thresholdEdit"))->text() == QStringLiteral("50"));
    CHECK(commission->findChild<QLineEdit*>(QStringLiteral("capEdit"))->text() == QStringLiteral("50000.00"));
    auto* multipliers = commission->findChild<QTableWidget*>(QStringLiteral("multipliersTable"));
    REQUIRE(multipliers->rowCount() == 1);
    CHECK(multipliers->item(0, 0)->text() == QStringLiteral("strategic"));
    CHECK(multipliers->item(0, 1)->text() == QStringLiteral("1.5"));
    auto* steps = editor.findChild<QWidget*>(QStringLiteral("componentEditor1"))
                      ->findChild<QTableWidget*>(QStringLiteral("stepsTable"));
    REQUIRE(steps->rowCount() == 2);
    CHECK(steps->item(1, 1)->text() == QStringLiteral("5000.00"));
    auto* prizes = editor.findChild<QWidget*>(QStringLiteral("componentEditor2"))
                       ->findChild<QTableWidget*>(QStringLiteral("prizesTable"));
    REQUIRE(prizes->rowCount() == 3);
    CHECK(prizes->item(2, 0)->text() == QStringLiteral("最佳销售员"));

    // Tiers not ascending: the message names the field and the row; Save is disabled and refused.
    setCell(table, 2, 0, QStringLiteral("90"));
    INFO(errors->text().toStdString());
    CHECK(errors->text().contains(QStringLiteral("Tiers, row 3")));
    CHECK(errors->text().contains(QStringLiteral("ascending")));
    CHECK(errors->text().contains(QStringLiteral("rep_monthly")));
    CHECK_FALSE(save->isEnabled());
    CHECK_FALSE(editor.check());
    editor.accept();
    CHECK(editor.result() == std::nullopt);
    setCell(table, 2, 0, QStringLiteral("150"));
    CHECK(save->isEnabled());

    // A rate above 100 %, a negative cap, a rate that is not a number.
    setCell(table, 1, 1, QStringLiteral("150"));
    CHECK(errors->text().contains(QStringLiteral("Tiers, row 2")));
    CHECK(errors->text().contains(QStringLiteral("150 %")));
    CHECK_FALSE(save->isEnabled());
    setCell(table, 1, 1, QStringLiteral("5"));
    commission->findChild<QLineEdit*>(QStringLiteral("capEdit"))->setText(QStringLiteral("-1.00"));
    CHECK(errors->text().contains(QStringLiteral("Cap")));
    CHECK(errors->text().contains(QStringLiteral("negative")));
    commission->findChild<QLineEdit*>(QStringLiteral("capEdit"))->setText(QStringLiteral("50000.00"));
    setCell(table, 0, 1, QStringLiteral("three"));
    CHECK(errors->text().contains(QStringLiteral("Tiers, row 1")));
    CHECK(errors->text().contains(QStringLiteral("three")));
    CHECK_FALSE(save->isEnabled());
    setCell(table, 0, 1, QStringLiteral("3"));
    REQUIRE(save->isEnabled());

    // The form's edit shows on the Advanced tab; a JSON edit shows in the form.
    setCell(table, 2, 1, QStringLiteral("10"));
    auto* tabs = editor.findChild<QTabWidget*>(QStringLiteral("planEditorTabs"));
    auto* json = editor.findChild<QPlainTextEdit*>(QStringLiteral("planJsonEdit"));
    tabs->setCurrentIndex(1);
    CHECK(json->toPlainText().contains(QStringLiteral("0.1")));
    json->setPlainText(json->toPlainText().replace(QStringLiteral("\"50000.00\""), QStringLiteral("\"40000.00\"")));
    REQUIRE(editor.check());
    tabs->setCurrentIndex(0);
    CHECK(tabs->currentIndex() == 0);
    commission = editor.findChild<QWidget*>(QStringLiteral("componentEditor0"));
    CHECK(commission->findChild<QLineEdit*>(QStringLiteral("capEdit"))->text() == QStringLiteral("40000.00"));
    // JSON that does not parse keeps the user on the Advanced tab.
    tabs->setCurrentIndex(1);
    json->setPlainText(QStringLiteral("[{"));
    tabs->setCurrentIndex(0);
    CHECK(tabs->currentIndex() == 1);
    CHECK(errors->text().contains(QStringLiteral("JSON")));
    CHECK_FALSE(save->isEnabled());

    // New version from 2026-11-01: a second entry; the version paying the past keeps its figures.
    json->setPlainText(
        QString::fromStdString(nlohmann::json::parse(io::writeWorkspaceJson(settings))["incentive_plans"].dump()));
    tabs->setCurrentIndex(0);
    REQUIRE(tabs->currentIndex() == 0);
    REQUIRE(editor.addVersionFrom(Date::parseOrThrow("2026-11-01")));
    auto* versions = editor.findChild<QListWidget*>(QStringLiteral("versionList"));
    REQUIRE(versions->count() == 2);
    CHECK(versions->currentItem()->text().contains(QStringLiteral("2026-11-01")));
    setCell(tiers(editor), 2, 1, QStringLiteral("9"));
    CHECK_FALSE(editor.addVersionFrom(Date::parseOrThrow("2026-11-01"))); // that day has a version already
    CHECK(errors->text().contains(QStringLiteral("2026-11-01")));
    REQUIRE(editor.check());
    const auto& plans = editor.result()->incentivePlans;
    REQUIRE(plans.size() == 2);
    CHECK(plans[0].effectiveFrom == std::nullopt);
    CHECK(plans[0].components[0].tiers[2].second == Rational(8, 100));
    CHECK(plans[1].code == "rep_monthly_20261101");
    CHECK(plans[1].effectiveFrom == Date::parseOrThrow("2026-11-01"));
    CHECK(plans[1].components[0].tiers[2].second == Rational(9, 100));
}

TEST_CASE("Plan form in the view: a tier rate changes the payout, bad tiers are refused, undo restores", "[incentives]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.sqlite"));
    {
        storage::Workspace ws(path);
        const std::filesystem::path data = std::filesystem::path(SALESDESK_TEST_DATA) / "incentive";
        io::ImportOptions options;
        options.workspaceJson = data / "workspace.json";
        REQUIRE(io::importFolder(ws, data, options).written);
    }
    WorkspaceDocument doc;
    doc.open(path);
    IncentivesPanel panel(&doc);
    panel.resize(1280, 760);
    panel.findChild<QComboBox*>(QStringLiteral("periodCombo"))->setEditText(QStringLiteral("2026-10"));
    QSignalSpy finished(&panel, &IncentivesPanel::calculationFinished);
    panel.show();
    waitCalculated(finished, panel);
    auto* model
        = qobject_cast<IncentivePayoutModel*>(panel.findChild<QTableView*>(QStringLiteral("payoutTableView"))->model());
    REQUIRE(model);
    REQUIRE(model->rowCount() == 3);
    const int total = model->totalColumn();
    auto r2Total = [&] { return model->index(1, total).data(IncentivePayoutModel::CentsRole).toLongLong(); };
    REQUIRE(r2Total() == 914935); // 1,149.35 + 5,000.00 + 3,000.00

    auto openEditor = [&] {
        panel.findChild<QPushButton*>(QStringLiteral("editPlansButton"))->click();
        IncentivePlanEditor* editor = nullptr;
        for (auto* e : panel.findChildren<IncentivePlanEditor*>())
            if (e->isVisible())
                editor = e;
        REQUIRE(editor);
        REQUIRE(editor->isVisible());
        return editor;
    };

    // Tier 3's rate 8 % → 10 %. r2: A = 30,500.01, T = 20,000, a = 1.525 (tier 3), marginal
    // C0 = 3 % × 20,000 + 5 % × 10,000 + 10 % × 500.01 = 600 + 500 + 50.001 = 1,150.001;
    // Σ amount × multiplier = 30,000 + 500.01 × 1.5 = 30,750.015;
    // C = 1,150.001 × 30,750.015 / 30,500.01 = 1,159.4274… → 1,159.43 (was 1,149.35: +10.08).
    // Bonus 5,000.00 and contest 3,000.00 unchanged: total 9,159.43.
    IncentivePlanEditor* editor = openEditor();
    setCell(tiers(*editor), 2, 1, QStringLiteral("10"));
    const int undoBefore = doc.undoStack()->count();
    editor->findChild<QPushButton*>(QStringLiteral("planSaveButton"))->click();
    waitCalculated(finished, panel);
    CHECK(doc.undoStack()->count() == undoBefore + 1); // one undoable command
    CHECK(doc.settings().incentivePlans[0].components[0].tiers[2].second == Rational(1, 10));
    const int commission = 2; // rep, name, then the commission column
    REQUIRE(model->headerData(commission, Qt::Horizontal).toString().startsWith(QStringLiteral("Commission")));
    CHECK(model->index(1, commission).data(IncentivePayoutModel::CentsRole).toLongLong() == 115943);
    CHECK(r2Total() == 915943);

    // Tiers not ascending: refused with the field and row named; nothing changes.
    editor = openEditor();
    setCell(tiers(*editor), 2, 0, QStringLiteral("90"));
    auto* save = editor->findChild<QPushButton*>(QStringLiteral("planSaveButton"));
    CHECK_FALSE(save->isEnabled());
    CHECK(
        editor->findChild<QLabel*>(QStringLiteral("planErrorsLabel"))->text().contains(QStringLiteral("Tiers, row 3")));
    editor->accept(); // as if Save were pressed anyway
    CHECK(editor->isVisible());
    editor->reject();
    CHECK(doc.undoStack()->count() == undoBefore + 1);
    CHECK(doc.settings().incentivePlans[0].components[0].tiers[2].first == Rational(3, 2));

    // Undo restores the 8 % tier and the payout; redo applies the edit again.
    doc.undoStack()->undo();
    waitCalculated(finished, panel);
    CHECK(doc.settings().incentivePlans[0].components[0].tiers[2].second == Rational(8, 100));
    CHECK(r2Total() == 914935);
    doc.undoStack()->redo();
    waitCalculated(finished, panel);
    CHECK(r2Total() == 915943);
}

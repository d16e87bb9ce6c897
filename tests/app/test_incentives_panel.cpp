// The Incentives view on tests/data/incentive (figures worked by hand in tests/cli/test_incentive_cli.cpp):
// calculate October, open a statement, what-if, review and approve, then a changed target makes the recalculation
// differ from the approved statement, which is shown and not overwritten.

#include "ExportReadBack.h"

#include "app/DialogHooks.h"
#include "app/Formatting.h"
#include "app/IncentivePayoutModel.h"
#include "app/IncentivePlanEditor.h"
#include "app/IncentivesPanel.h"
#include "app/WorkspaceDocument.h"
#include "io/Import.h"
#include "io/WorkspaceJson.h"
#include "storage/SqlIncentiveStatementRepository.h"
#include "storage/SqlTargetRepository.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace sd;
using namespace sd::app;

namespace {

QString amount(std::int64_t cents)
{
    return Formatting::amount(Money::fromCents(cents));
}

void makeWorkspace(const QString& path)
{
    storage::Workspace ws(path);
    const std::filesystem::path data = std::filesystem::path(SALESDESK_TEST_DATA) / "incentive";
    io::ImportOptions options;
    options.workspaceJson = data / "workspace.json";
    const auto report = io::importFolder(ws, data, options);
    REQUIRE(report.written);
}

void calculate(IncentivesPanel& panel)
{
    QSignalSpy spy(&panel, &IncentivesPanel::calculationFinished);
    if (!panel.isCalculating())
        panel.findChild<QPushButton*>(QStringLiteral("calculateButton"))->click();
    REQUIRE(spy.wait(30000));
    REQUIRE(spy.takeFirst().at(0).toBool());
}

int column(const IncentivePayoutModel& model, const QString& header)
{
    for (int c = 0; c < model.columnCount(); ++c)
        if (model.headerData(c, Qt::Horizontal).toString().startsWith(header))
            return c;
    return -1;
}

} // namespace

TEST_CASE("Incentives view: calculate, statement, what-if, approve, recalculation differs", "[incentives]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.sqlite"));
    makeWorkspace(path);
    WorkspaceDocument doc;
    doc.open(path);
    QStringList warnings;
    DialogHooks::setMessageHook([&warnings](QMessageBox::Icon, const QString&, const QString& text) {
        warnings << text;
        return true;
    });

    IncentivesPanel panel(&doc);
    panel.resize(1280, 760);
    panel.findChild<QComboBox*>(QStringLiteral("periodCombo"))->setEditText(QStringLiteral("2026-10"));
    panel.show(); // opening the view calculates the selected period
    calculate(panel);

    auto* view = panel.findChild<QTableView*>(QStringLiteral("payoutTableView"));
    auto* model = qobject_cast<IncentivePayoutModel*>(view->model());
    REQUIRE(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(model->rowCount() == 3);
    const int total = model->totalColumn();
    const int commission = column(*model, QStringLiteral("Commission"));
    REQUIRE(commission >= 0);
    // r1 1,300.00, r2 9,149.35; r3's commission is an error, shown as such, not as 0.
    CHECK(model->index(0, total).data(IncentivePayoutModel::CentsRole).toLongLong() == 130000);
    CHECK(model->index(1, total).data(IncentivePayoutModel::CentsRole).toLongLong() == 914935);
    CHECK(model->index(2, commission).data().toString() == QStringLiteral("error"));
    CHECK(model->index(2, commission).data(IncentivePayoutModel::CentsRole).isNull());
    CHECK(model->index(2, commission).data(Qt::ToolTipRole).toString()
          == QStringLiteral("no revenue target for 2026-10"));
    CHECK(model->index(1, model->stateColumn()).data().toString() == QStringLiteral("Calculated"));

    // r2's statement explains the figures.
    panel.selectRep("r2");
    auto* browser = panel.findChild<QTextBrowser*>(QStringLiteral("statementBrowser"));
    const QString text = browser->toPlainText();
    CHECK(text.contains(amount(3050001))); // A
    CHECK(text.contains(amount(2000000))); // T
    CHECK(text.contains(QStringLiteral("152"))); // a = 152.50%
    CHECK(text.contains(amount(114935))); // C
    CHECK(text.contains(QStringLiteral("O5")));

    // What-if: r1 books 50,000.00 more in "std". A = 50,000 + 50,000 = 100,000, a = 1.0 (tier 2 starts there and
    // has no slice yet): C = 3% × 100,000 = 3,000.00 (was 1,500.00). Bonus: KPI revenue 10,000 + 50,000 → a = 0.6, no
    // step. Total 3,000.00 + 0 + 1,000.00 − 1,200.00 = 2,800.00 (was 1,300.00). Next tier: 150% × 100,000 − 100,000
    // = 50,000.00 more.
    panel.selectRep("r1");
    auto* category = panel.findChild<QComboBox*>(QStringLiteral("whatIfCategoryCombo"));
    category->setCurrentIndex(category->findData(QStringLiteral("std")));
    auto* amountEdit = panel.findChild<QLineEdit*>(QStringLiteral("whatIfAmountEdit"));
    QTest::keyClicks(amountEdit, QStringLiteral("50000"));
    const QString commissionText = panel.findChild<QLabel*>(QStringLiteral("whatIfCommissionLabel"))->text();
    CHECK(commissionText.contains(amount(150000)));
    CHECK(commissionText.contains(amount(300000)));
    CHECK(panel.findChild<QLabel*>(QStringLiteral("whatIfTotalLabel"))->text().contains(amount(280000)));
    CHECK(panel.findChild<QLabel*>(QStringLiteral("whatIfNextLabel"))->text().contains(amount(5000000)));
    // Live: one more digit, 500,000.00 more → a = 5.5, tier 3; the figure changes as the user types.
    QTest::keyClicks(amountEdit, QStringLiteral("0"));
    CHECK_FALSE(panel.findChild<QLabel*>(QStringLiteral("whatIfCommissionLabel"))->text().contains(amount(300000)));
    amountEdit->setText(QStringLiteral("12.345"));
    CHECK(panel.findChild<QLabel*>(QStringLiteral("whatIfMessageLabel"))->text().contains(QStringLiteral("12.345")));

    // Review and approve r2; approving r3 (an error) is refused with a message.
    panel.selectRep("r2");
    auto* review = panel.findChild<QPushButton*>(QStringLiteral("reviewButton"));
    auto* approve = panel.findChild<QPushButton*>(QStringLiteral("approveButton"));
    CHECK_FALSE(approve->isEnabled());
    review->click();
    CHECK(model->index(1, model->stateColumn()).data().toString() == QStringLiteral("Reviewed"));
    approve->click();
    CHECK(model->index(1, model->stateColumn()).data().toString() == QStringLiteral("Approved"));
    doc.undoStack()->undo();
    CHECK(model->index(1, model->stateColumn()).data().toString() == QStringLiteral("Reviewed"));
    doc.undoStack()->redo();
    {
        storage::SqlIncentiveStatementRepository repo(*doc.workspace());
        const auto stored = repo.find("r2", "2026-10");
        REQUIRE(stored);
        CHECK(stored->state == StatementState::Approved);
        CHECK(stored->totalCents == 914935);
    }
    panel.selectRep("r3");
    review->click();
    approve->click();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.front().contains(QStringLiteral("no revenue target for 2026-10")));

    // r2's October target becomes 30,000.00: a = 30,500.01 / 30,000 = 1.01667 → tier 2.
    // C0 = 3% × 30,000 + 5% × 500.01 = 925.0005; C = 925.0005 × 30,750.015 / 30,500.01 = 932.5826… → 932.58;
    // bonus step 1 (a ≥ 1.0, < 1.2) → 2,000.00; contest 3,000.00; total 5,932.58.
    {
        Target t;
        t.owner = OwnerRef{OwnerKind::Rep, "r2"};
        t.metric = Metric::Revenue;
        t.period = "2026-10";
        t.amount = 3000000;
        storage::SqlTargetRepository(*doc.workspace()).upsert({t});
    }
    doc.reload();
    calculate(panel);
    REQUIRE(model->rowCount() == 3);
    CHECK(model->index(1, model->stateColumn()).data().toString().startsWith(QStringLiteral("Approved — ")));
    // The approved figures stay on the table's statement; the recalculation is shown beside them.
    panel.selectRep("r2");
    auto* diff = panel.findChild<QTableWidget*>(QStringLiteral("differenceTable"));
    REQUIRE(diff->isVisible());
    REQUIRE(diff->rowCount() == 3); // commission, bonus, total
    CHECK(diff->item(0, 1)->text() == amount(114935));
    CHECK(diff->item(0, 2)->text() == amount(93258));
    CHECK(diff->item(1, 1)->text() == amount(500000));
    CHECK(diff->item(1, 2)->text() == amount(200000));
    CHECK(diff->item(2, 1)->text() == amount(914935));
    CHECK(diff->item(2, 2)->text() == amount(593258));
    {
        storage::SqlIncentiveStatementRepository repo(*doc.workspace());
        CHECK(repo.find("r2", "2026-10")->totalCents == 914935); // not overwritten
    }
    // Reopen takes the new figures, back to calculated.
    panel.findChild<QPushButton*>(QStringLiteral("reopenButton"))->click();
    CHECK(model->index(1, model->stateColumn()).data().toString() == QStringLiteral("Calculated"));
    CHECK_FALSE(diff->isVisible());
    {
        storage::SqlIncentiveStatementRepository repo(*doc.workspace());
        const auto stored = repo.find("r2", "2026-10");
        CHECK(stored->state == StatementState::Calculated);
        CHECK(stored->totalCents == 593258);
    }
    // Exports through the dialog hooks: the payroll workbook (its grand total read back) and one PDF per rep.
    // Totals now: r1 1,300.00 + r2 5,932.58 + r3 0.00 = 7,232.58.
    const QString xlsx = dir.filePath(QStringLiteral("payroll.xlsx"));
    const QString pdfDir = dir.filePath(QStringLiteral("statements"));
    QDir().mkpath(pdfDir);
    DialogHooks::setPathHook([&](DialogHooks::PathKind kind, const QString&) {
        return kind == DialogHooks::PathKind::Directory ? pdfDir : xlsx;
    });
    panel.findChild<QPushButton*>(QStringLiteral("exportXlsxButton"))->click();
    const auto book = sd::test::readXlsx(xlsx.toStdString());
    const auto& rows = book["sheets"][0]["rows"];
    REQUIRE(rows.size() == 6); // title, header, 3 reps, grand total
    CHECK(rows[5][9].get<double>() == Approx(7232.58).margin(0.001));
    panel.findChild<QPushButton*>(QStringLiteral("exportPdfButton"))->click();
    CHECK(QDir(pdfDir).entryList(QDir::Files).size() == 3);
    CHECK(sd::test::pdfText(QDir(pdfDir).filePath(QStringLiteral("incentive-2026-10-r2.pdf")).toStdString())
              .find("5,932.58")
          != std::string::npos);
    CHECK(warnings.size() == 1);
    DialogHooks::clear();
}

TEST_CASE("Incentive plan editor (Advanced JSON tab): bad plans are refused with the reason, a valid version is accepted", "[incentives]")
{
    const std::filesystem::path data = std::filesystem::path(SALESDESK_TEST_DATA) / "incentive" / "workspace.json";
    const WorkspaceSettings settings = io::readSettingsFile(data);
    IncentivePlanEditor editor(settings);
    auto* edit = editor.findChild<QPlainTextEdit*>(QStringLiteral("planJsonEdit"));
    auto* errors = editor.findChild<QLabel*>(QStringLiteral("planErrorsLabel"));
    editor.findChild<QTabWidget*>(QStringLiteral("planEditorTabs"))->setCurrentIndex(1); // Advanced (JSON)
    REQUIRE(edit->toPlainText().contains(QStringLiteral("rep_monthly")));

    const QString plan = QStringLiteral(
        R"([{"code": "rep_monthly", "role": "rep", "level": null, "period": "month", "components": [
             {"type": "commission", "base": "revenue", "mode": "marginal", "tiers": %1}]}%2])");
    // Tiers not ascending.
    edit->setPlainText(plan.arg(QStringLiteral("[[0, 0.03], [1.5, 0.05], [1.0, 0.08]]"), QString()));
    CHECK_FALSE(editor.check());
    INFO(errors->text().toStdString());
    CHECK(errors->text().contains(QStringLiteral("ascending")));
    CHECK(errors->text().contains(QStringLiteral("incentive_plans[0]")));
    // A rate above 100 %.
    edit->setPlainText(plan.arg(QStringLiteral("[[0, 1.5]]"), QString()));
    CHECK_FALSE(editor.check());
    CHECK_FALSE(errors->text().isEmpty());
    // Not JSON at all.
    edit->setPlainText(QStringLiteral("[{"));
    CHECK_FALSE(editor.check());
    CHECK(errors->text().contains(QStringLiteral("JSON")));
    // A second version from 2026-11-01: valid, both kept.
    edit->setPlainText(plan.arg(QStringLiteral("[[0, 0.03]]"),
                                QStringLiteral(R"(, {"code": "rep_monthly_v2", "role": "rep", "level": null, "period":
                                    "month", "effective_from": "2026-11-01", "components": [{"type": "commission",
                                    "base": "revenue", "mode": "marginal", "tiers": [[0, 0.04]]}]})")));
    REQUIRE(editor.check());
    CHECK(errors->text().isEmpty());
    REQUIRE(editor.result()->incentivePlans.size() == 2);
    CHECK(editor.result()->incentivePlans[1].effectiveFrom == Date::parseOrThrow("2026-11-01"));
}

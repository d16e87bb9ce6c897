// The Funnel view's coverage (SPEC §4), the forecast tab (a rep's submission and the manager's adjustment, each with
// who and when, undoable) and the stage rules (stall days, exit criteria) on tests/data/funnel. Figures by hand:
// as of 2026-04-05 r1's open deals are B qualify 500.00 (25 %), C proposal 200.00 (50 %), E commit 400.00 (90 %),
// G negotiate 600.00 (75 %), H lead 150.00 (10 %), I lead 999.00 (10 %).

#include "app/EditOpportunity.h"
#include "app/FunnelForecastWidget.h"
#include "app/FunnelOverviewWidget.h"
#include "app/FunnelPanel.h"
#include "app/FunnelStageRulesDialog.h"
#include "app/FunnelViewData.h"
#include "app/WorkspaceDocument.h"
#include "io/Import.h"
#include "storage/SqlFunnelChangeRepository.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sd;
using namespace sd::app;

namespace {

void waitForView(FunnelPanel& panel, QSignalSpy& spy)
{
    for (int i = 0; i < 50 && (spy.isEmpty() || panel.isComputing()); ++i)
        spy.wait(200);
    REQUIRE_FALSE(spy.isEmpty());
    QTest::qWait(300);
    while (panel.isComputing())
        spy.wait(200);
    spy.clear();
}

// Group separators depend on the locale the test runs in; the currency symbol is not what is checked.
QString plain(QString text)
{
    return text.remove(QLatin1Char(',')).remove(QChar(0xA5));
}

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("w.sqlite"));
    WorkspaceDocument document;
    std::unique_ptr<FunnelPanel> panel;
    std::unique_ptr<QSignalSpy> spy;

    Fixture()
    {
        {
            storage::Workspace ws(path);
            REQUIRE(io::importFolder(ws, SALESDESK_TEST_DATA "/funnel").written);
        }
        document.open(path);
        panel = std::make_unique<FunnelPanel>(&document);
        panel->resize(1280, 800);
        spy = std::make_unique<QSignalSpy>(panel.get(), &FunnelPanel::viewUpdated);
        panel->show();
        waitForView(*panel, *spy);
        REQUIRE(panel->setOwner(QStringLiteral("rep:r1")));
        panel->findChild<QDateEdit*>(QStringLiteral("asOfDateEdit"))->setDate(QDate(2026, 4, 5));
        waitForView(*panel, *spy);
        // Coverage needs orders and targets, loaded after the funnel is first shown.
        REQUIRE(QTest::qWaitFor(
            [&] {
                return panel->viewData() && panel->viewData()->coverage.has_value()
                    && panel->viewData()->query.owner.id == "r1";
            },
            20000));
    }
};

} // namespace

TEST_CASE("funnel view: coverage of the rest of the quarter against the remaining target", "[funnel]")
{
    Fixture f;
    // Quarter 2026Q2, rest 04-06 … 06-30: open deals expected then are B 500.00 (05-15), E 400.00 (06-30),
    // G 600.00 (04-30), H 150.00 (04-15), I 999.00 (04-20) = 2,649.00 (C's 04-01 is before the rest). r1's target
    // 5,000.00, revenue so far in 04-01 … 04-05 none: gap 5,000.00; coverage 2,649 / 5,000 = 0.5298 → 0.53×.
    const auto& c = *f.panel->viewData()->coverage;
    CHECK(c.openAmount == Money::fromCents(264900));
    QTableWidget* summary = f.panel->overview()->summaryTable();
    int row = -1;
    for (int r = 0; r < summary->rowCount(); ++r)
        if (summary->item(r, 0)->text().startsWith(QStringLiteral("Coverage of 2026Q2")))
            row = r;
    REQUIRE(row >= 0);
    CHECK(summary->item(row, 1)->text().startsWith(QStringLiteral("0.53×")));
    CHECK(plain(summary->item(row, 1)->text()).contains(QStringLiteral("2649.00")));
    CHECK(plain(summary->item(row + 1, 1)->text()).contains(QStringLiteral("5000.00 − 0.00 = 5000.00")));
    QStringList ids;
    for (const Opportunity* o : f.panel->viewData()->coverageDeals)
        ids << QString::fromStdString(o->id);
    ids.sort();
    CHECK(ids
          == QStringList{QStringLiteral("B"), QStringLiteral("E"), QStringLiteral("G"), QStringLiteral("H"),
                         QStringLiteral("I")});
}

TEST_CASE("funnel view: forecast submission and manager's adjustment next to the weighted forecast", "[funnel]")
{
    Fixture f;
    FunnelForecastWidget* forecast = f.panel->forecast();
    QTableWidget* table = forecast->table();
    // Weighted: 125.00 + 100.00 + 360.00 + 450.00 + 15.00 + 99.90 = 1,149.90; the period is 2026Q2 (the as-of's).
    REQUIRE(table->rowCount() == 1);
    CHECK(forecast->period() == QStringLiteral("2026Q2"));
    CHECK(plain(table->item(0, FunnelForecastWidget::WeightedColumn)->text()).contains(QStringLiteral("1149.90")));
    CHECK(plain(table->item(0, FunnelForecastWidget::CommitColumn)->text()).contains(QStringLiteral("0.00")));

    // E put in commit: the commit column follows (400.00).
    storage::OpportunityEdit e;
    e.opportunityId = "E";
    e.field = ChangeField::ForecastCategory;
    e.newValue = "commit";
    e.effectiveOn = Date::parseOrThrow("2026-04-05");
    e.changedBy = "tester";
    f.document.undoStack()->push(EditOpportunity::create(&f.document, {e}));
    waitForView(*f.panel, *f.spy);
    CHECK(plain(table->item(0, FunnelForecastWidget::CommitColumn)->text()).contains(QStringLiteral("400.00")));

    auto* amount = forecast->findChild<QLineEdit*>(QStringLiteral("forecastAmountEdit"));
    auto* message = forecast->messageLabel();
    const int commands = f.document.undoStack()->count();
    // Nothing selected, a bad amount, an adjustment before any submission: refused, nothing on the stack.
    table->clearSelection();
    table->setCurrentCell(-1, -1);
    amount->setText(QStringLiteral("1200.50"));
    CHECK_FALSE(forecast->submitSelected());
    CHECK(message->text().contains(QStringLiteral("Select a rep")));
    REQUIRE(forecast->selectRep(QStringLiteral("r1")));
    amount->setText(QStringLiteral("12.345"));
    CHECK_FALSE(forecast->submitSelected());
    CHECK(message->text().contains(QStringLiteral("\"12.345\" is not an amount")));
    amount->setText(QStringLiteral("-5"));
    CHECK_FALSE(forecast->submitSelected());
    amount->setText(QStringLiteral("1000"));
    CHECK_FALSE(forecast->adjustSelected());
    CHECK(message->text().contains(QStringLiteral("r1 has not submitted a forecast for 2026Q2")));
    CHECK(f.document.undoStack()->count() == commands);

    // The rep submits 1,200.50; the manager adjusts it to 1,000.00: both kept with who and when.
    amount->setText(QStringLiteral("1200.50"));
    QTest::mouseClick(forecast->findChild<QPushButton*>(QStringLiteral("submitForecastButton")), Qt::LeftButton);
    storage::SqlFunnelChangeRepository repo(*f.document.workspace());
    REQUIRE(repo.submissions("2026Q2").size() == 1);
    CHECK(repo.submissions("2026Q2")[0].amount == Money::fromCents(120050));
    CHECK_FALSE(repo.submissions("2026Q2")[0].submittedBy.empty());
    CHECK_FALSE(repo.submissions("2026Q2")[0].submittedAt.empty());
    CHECK(plain(table->item(0, FunnelForecastWidget::SubmittedColumn)->text()).contains(QStringLiteral("1200.50")));
    CHECK(plain(table->item(0, FunnelForecastWidget::InForceColumn)->text()).contains(QStringLiteral("1200.50")));
    REQUIRE(forecast->selectRep(QStringLiteral("r1")));
    amount->setText(QStringLiteral("1000"));
    QTest::mouseClick(forecast->findChild<QPushButton*>(QStringLiteral("adjustForecastButton")), Qt::LeftButton);
    REQUIRE(repo.submissions("2026Q2")[0].adjustedAmount == Money::fromCents(100000));
    CHECK_FALSE(repo.submissions("2026Q2")[0].adjustedBy.empty());
    CHECK(plain(table->item(0, FunnelForecastWidget::AdjustedColumn)->text()).contains(QStringLiteral("1000.00")));
    CHECK(plain(table->item(0, FunnelForecastWidget::InForceColumn)->text()).contains(QStringLiteral("1000.00")));
    CHECK(plain(table->item(0, FunnelForecastWidget::SubmittedColumn)->text()).contains(QStringLiteral("1200.50")));
    CHECK(plain(forecast->summaryLabel()->text()).contains(QStringLiteral("1149.90")));
    CHECK(f.document.undoStack()->count() == commands + 2);

    // Undo the adjustment: the submission stays without it; undo the submission: no row; redo both.
    f.document.undoStack()->undo();
    REQUIRE(repo.submissions("2026Q2").size() == 1);
    CHECK_FALSE(repo.submissions("2026Q2")[0].adjustedAmount.has_value());
    CHECK(table->item(0, FunnelForecastWidget::AdjustedColumn)->text().isEmpty());
    f.document.undoStack()->undo();
    CHECK(repo.submissions("2026Q2").empty());
    CHECK(table->item(0, FunnelForecastWidget::SubmittedColumn)->text().isEmpty());
    f.document.undoStack()->redo();
    f.document.undoStack()->redo();
    REQUIRE(repo.submissions("2026Q2").size() == 1);
    CHECK(repo.submissions("2026Q2")[0].amount == Money::fromCents(120050));
    CHECK(repo.submissions("2026Q2")[0].adjustedAmount == Money::fromCents(100000));
    // Another period is its own.
    REQUIRE(forecast->setPeriod(QStringLiteral("2026Q3")));
    CHECK(table->item(0, FunnelForecastWidget::SubmittedColumn)->text().isEmpty());
}

TEST_CASE("funnel view: stage rules (stall days, exit criteria) edited as an undoable settings change", "[funnel]")
{
    Fixture f;
    FunnelStageRulesDialog* dialog = f.panel->overview()->openStageRules();
    REQUIRE(dialog);
    QTableWidget* table = dialog->table();
    REQUIRE(table->rowCount() == 5);
    QPushButton* ok = dialog->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    table->item(1, FunnelStageRulesDialog::StallDaysColumn)->setText(QStringLiteral("two weeks"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(dialog->problemLabel()->text().contains(QStringLiteral("stall days \"two weeks\"")));
    table->item(1, FunnelStageRulesDialog::StallDaysColumn)->setText(QStringLiteral("14"));
    table->item(0, FunnelStageRulesDialog::CriteriaColumn)
        ->setText(QStringLiteral("budget confirmed；decision maker met; "));
    CHECK(ok->isEnabled());
    const WorkspaceSettings before = f.document.settings();
    dialog->accept();
    const WorkspaceSettings& after = f.document.settings();
    CHECK(after.stages[1].stallDays == std::optional<int>(14));
    CHECK(after.stages[0].exitCriteria == std::vector<std::string>{"budget confirmed", "decision maker met"});
    CHECK(after.stages[2].stallDays == before.stages[2].stallDays);
    f.document.undoStack()->undo();
    CHECK(f.document.settings().stages[1].stallDays == before.stages[1].stallDays);
    CHECK(f.document.settings().stages[0].exitCriteria == before.stages[0].exitCriteria);
}

// The Funnel section on tests/data/funnel (the fixture of tests/domain/test_funnel_fixture.h; r1's deals as of
// 2026-03-31: lead H 150.00, qualify B 500.00, proposal C 200.00, negotiate G 600.00, commit E 400.00): the panel
// loads off the GUI thread, the chart has the stages, a double-click lists the right ids, an edit is recorded in
// the change history and undone, the weekly review shows and exports W11.

#include "app/FunnelChart.h"
#include "app/FunnelDrillDialog.h"
#include "app/FunnelOverviewWidget.h"
#include "app/FunnelPanel.h"
#include "app/FunnelViewData.h"
#include "app/DatasetCache.h"
#include "app/EditOpportunity.h"
#include "app/WeeklyReviewWidget.h"
#include "app/WorkspaceDocument.h"
#include "io/Import.h"
#include "storage/SqlFunnelChangeRepository.h"
#include "storage/SqlOpportunityRepository.h"
#include "storage/Workspace.h"

#include "ExportReadBack.h"

#include <catch2/catch.hpp>

#include <QDateEdit>
#include <QFileInfo>
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
    // A computation may already be queued (the filters changed): wait until the last one is shown.
    for (int i = 0; i < 50 && (spy.isEmpty() || panel.isComputing()); ++i)
        spy.wait(200);
    REQUIRE_FALSE(spy.isEmpty());
    QTest::qWait(300); // the 150 ms debounce of a further change
    while (panel.isComputing())
        spy.wait(200);
    spy.clear();
}

void setDate(FunnelPanel& panel, const char* name, const QDate& date)
{
    auto* edit = panel.findChild<QDateEdit*>(QString::fromLatin1(name));
    REQUIRE(edit);
    edit->setDate(date);
}

storage::OpportunityEdit edit(const char* id, ChangeField field, const char* value, const char* on)
{
    storage::OpportunityEdit e;
    e.opportunityId = id;
    e.field = field;
    e.newValue = value;
    e.effectiveOn = Date::parseOrThrow(on);
    e.changedBy = "tester";
    return e;
}

// The funnel fixture imported into a new workspace in `dir`; returns its path.
QString funnelWorkspace(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("w.sqlite"));
    storage::Workspace ws(path);
    REQUIRE(io::importFolder(ws, SALESDESK_TEST_DATA "/funnel").written);
    return path;
}

} // namespace

TEST_CASE("funnel panel: chart, stage table, drill-down, undoable edit, weekly review", "[funnel]")
{
    QTemporaryDir dir;
    const QString path = funnelWorkspace(dir);
    WorkspaceDocument document;
    document.open(path);
    FunnelPanel panel(&document);
    panel.resize(1200, 800);
    QSignalSpy spy(&panel, &FunnelPanel::viewUpdated);
    panel.show();
    waitForView(panel, spy);

    REQUIRE(panel.setOwner(QStringLiteral("rep:r1")));
    setDate(panel, "asOfDateEdit", QDate(2026, 3, 31));
    setDate(panel, "fromDateEdit", QDate(2026, 1, 1));
    setDate(panel, "toDateEdit", QDate(2026, 3, 31));
    panel.weeklyReview()->setWeekDate(QDate(2026, 3, 15));
    waitForView(panel, spy);

    // The chart: one bar per open stage, first stage first, with its count.
    const QStringList categories = panel.overview()->chart()->categories();
    REQUIRE(categories.size() == 5);
    CHECK(categories[0].startsWith(QStringLiteral("线索/初步接触")));
    CHECK(categories[0].endsWith(QStringLiteral(" 1")));
    CHECK(categories[3].startsWith(QStringLiteral("商务谈判")));

    QTableWidget* table = panel.overview()->stageTable();
    REQUIRE(table->rowCount() == 5);
    for (int r = 0; r < 5; ++r)
        CHECK(table->item(r, FunnelOverviewWidget::CountColumn)->text() == QStringLiteral("1"));
    CHECK(table->item(0, FunnelOverviewWidget::BuyingStepColumn)->text() == QStringLiteral("Need recognition"));
    CHECK(table->item(3, FunnelOverviewWidget::AmountColumn)->text().contains(QStringLiteral("600.00")));
    // Conversion lead → qualify: cohort A B C D E G H reached lead 7, qualify 6 (A skipped it, D won at once).
    CHECK(table->item(0, FunnelOverviewWidget::ReachedColumn)->text() == QStringLiteral("7"));
    CHECK(table->item(0, FunnelOverviewWidget::ConversionColumn)->text().startsWith(QStringLiteral("85.71%")));

    // Drill-down: a double-click on negotiate's count lists G; the cohort behind lead's reached count.
    const QRect cellRect = table->visualItemRect(table->item(3, FunnelOverviewWidget::CountColumn));
    INFO("cell " << cellRect.x() << "," << cellRect.y() << " " << cellRect.width() << "x" << cellRect.height()
                 << " visible " << table->isVisible() << " viewport " << table->viewport()->height());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cellRect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cellRect.center());
    auto* drill = panel.findChild<FunnelDrillDialog*>();
    REQUIRE(drill);
    CHECK(drill->ids() == QStringList{QStringLiteral("G")});
    drill->close();
    QStringList reached;
    for (const Opportunity* o : panel.overview()->dealsAt(0, FunnelOverviewWidget::ReachedColumn))
        reached << QString::fromStdString(o->id);
    reached.sort();
    CHECK(reached == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D"),
                                 QStringLiteral("E"), QStringLiteral("G"), QStringLiteral("H")});

    // An edit: H's amount 150.00 → 250.00, recorded with old and new value; the view follows; undo takes it back.
    document.undoStack()->push(EditOpportunity::create(&document, {edit("H", ChangeField::Amount, "25000", "2026-03-31")}));
    storage::SqlFunnelChangeRepository changes(*document.workspace());
    storage::SqlOpportunityRepository opps(*document.workspace());
    REQUIRE(changes.changesOf("H").size() == 1);
    CHECK(changes.changesOf("H")[0].oldValue == "15000");
    CHECK(opps.byId("H")->amount == Money::fromCents(25000));
    waitForView(panel, spy);
    CHECK(table->item(0, FunnelOverviewWidget::AmountColumn)->text().contains(QStringLiteral("250.00")));
    document.undoStack()->undo();
    CHECK(changes.changesOf("H").empty());
    CHECK(opps.byId("H")->amount == Money::fromCents(15000));
    waitForView(panel, spy);
    CHECK(table->item(0, FunnelOverviewWidget::AmountColumn)->text().contains(QStringLiteral("150.00")));

    // A stage move past unchecked criteria: marked in the history; undo removes the history rows it added (H had
    // no stage history rows, so the move added its implicit entry too).
    auto move = edit("H", ChangeField::Stage, "qualify", "2026-03-31");
    move.criteriaSkipped = true;
    move.note = "budget confirmed";
    document.undoStack()->push(EditOpportunity::create(&document, {move}));
    CHECK(opps.byId("H")->history.size() == 2);
    CHECK(changes.changesOf("H")[0].criteriaSkipped);
    document.undoStack()->undo();
    CHECK(opps.byId("H")->history.empty());
    CHECK(opps.byId("H")->stage == "lead");
    document.undoStack()->redo();
    CHECK(opps.byId("H")->stage == "qualify");
    document.undoStack()->undo();
    // A move dated before the stage's entry is refused and nothing lands on the stack.
    const int before = document.undoStack()->count();
    CHECK_THROWS(EditOpportunity::create(&document, {edit("E", ChangeField::Stage, "won", "2026-03-01")}));
    CHECK(document.undoStack()->count() == before);
    waitForView(panel, spy);

    // Weekly review of W11: stalled B and C; the export writes the same workbook as salesctl.
    auto* categoriesTable = panel.weeklyReview()->findChild<QTableWidget*>(QStringLiteral("categoriesTable"));
    REQUIRE(categoriesTable);
    REQUIRE(categoriesTable->rowCount() == 7);
    CHECK(categoriesTable->item(5, 1)->text() == QStringLiteral("2"));
    auto* stalled = panel.weeklyReview()->findChild<QTableWidget*>(QStringLiteral("stalledTable"));
    REQUIRE(stalled->rowCount() == 2);
    CHECK(stalled->item(0, 0)->text().startsWith(QStringLiteral("C")));
    const QString xlsx = dir.filePath(QStringLiteral("review.xlsx"));
    CHECK(panel.weeklyReview()->exportXlsx(xlsx).isEmpty());
    REQUIRE(QFileInfo::exists(xlsx));
    const auto book = sd::test::readXlsx(xlsx.toStdString());
    CHECK(book["sheets"][1]["rows"][1][0] == "C");
}

TEST_CASE("a hidden funnel panel neither loads rows nor computes until it is shown", "[funnel]")
{
    QTemporaryDir dir;
    const QString path = funnelWorkspace(dir);
    WorkspaceDocument document;
    document.open(path);
    FunnelPanel panel(&document);
    QSignalSpy spy(&panel, &FunnelPanel::viewUpdated);
    QTest::qWait(300);
    CHECK_FALSE(document.datasetCache()->isLoading());
    CHECK(spy.count() == 0);
    CHECK_FALSE(panel.viewData());

    panel.resize(1200, 800);
    panel.show();
    waitForView(panel, spy);
    REQUIRE(panel.viewData());
    // Data changed while hidden: computed again once shown, not before.
    panel.hide();
    document.reload();
    QTest::qWait(300);
    CHECK(spy.isEmpty());
    panel.show();
    waitForView(panel, spy); // requires a new view
}

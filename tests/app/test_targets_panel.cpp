// The Targets view: decompose a region's year, approve it, an edit of the approved figure refused, a revision with
// its reason, both versions kept; draft edits undo and redo; the export reads back. Expected figures by hand.

#include "ExportReadBack.h"
#include "app/DecompositionDialog.h"
#include "app/DialogHooks.h"
#include "app/LanguageManager.h"
#include "app/ReviseTargetDialog.h"
#include "app/TargetGridModel.h"
#include "app/TargetsPanel.h"
#include "app/WorkspaceDocument.h"
#include "storage/AuditLog.h"
#include "storage/SqlTargetPlanRepository.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace sd;
using namespace sd::app;

namespace {

// Company C with region R1 (teams T1: reps a1, a2; T2: rep b1; regional manager m1 on R1) and region R2 (team T3: c1).
Dataset company()
{
    const Date hired = Date::fromYmd(2020, 1, 6);
    Dataset ds;
    ds.orgUnits
        = {{"C", std::nullopt, "Company", OrgKind::Company},     {"R1", std::string("C"), "East", OrgKind::Region},
           {"R2", std::string("C"), "West", OrgKind::Region},    {"T1", std::string("R1"), "Shanghai", OrgKind::Team},
           {"T2", std::string("R1"), "Hangzhou", OrgKind::Team}, {"T3", std::string("R2"), "Chengdu", OrgKind::Team}};
    auto rep = [&](const char* id, const char* unit, Role role) {
        return Rep{id, std::string("Rep ") + id, unit, role, Level::Mid, hired, std::nullopt, true, std::nullopt};
    };
    ds.reps = {rep("a1", "T1", Role::Rep),
               rep("a2", "T1", Role::Rep),
               rep("b1", "T2", Role::Rep),
               rep("c1", "T3", Role::Rep),
               rep("m1", "R1", Role::RegionalManager),
               rep("s1", "C", Role::SeniorManager)};
    return ds;
}

struct Messages
{
    QStringList texts;
    Messages()
    {
        DialogHooks::setMessageHook([this](QMessageBox::Icon, const QString&, const QString& text) {
            texts << text;
            return true; // "yes" to the approval question
        });
    }
    ~Messages() { DialogHooks::clear(); }
};

QModelIndex cellOf(TargetsPanel& panel, const char* owner, int periodColumn)
{
    const int row = panel.model()->grid()->rowOf(*OwnerRef::parse(owner));
    return panel.model()->indexFromRow(row, TargetGridModel::FirstPeriodColumn + periodColumn);
}

QString figure(TargetsPanel& panel, const char* owner, int periodColumn)
{
    return cellOf(panel, owner, periodColumn).data(Qt::EditRole).toString();
}

// Waits until the grid was read again after a write.
void waitForGrid(TargetsPanel& panel)
{
    QTest::qWait(20);
    REQUIRE(QTest::qWaitFor([&] { return panel.isGridReady(); }, 10000));
}

} // namespace

TEST_CASE("targets view: decompose, approve, refused edit, revision with reason, versions", "[targets]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.sqlite"));
    {
        storage::Workspace ws(path);
        ws.applyImport(company());
    }
    Messages messages;
    WorkspaceDocument doc;
    doc.open(path);
    TargetsPanel panel(&doc);
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    panel.findChild<QSpinBox*>(QStringLiteral("fiscalYearSpinBox"))->setValue(2026);
    panel.resize(1200, 700);
    panel.show();
    waitForGrid(panel);
    // Rows: C, R1, T1, a1, a2, T2, b1, R2, T3, c1 (managers on regions are not rows).
    REQUIRE(panel.model()->grid()->rows().size() == 10);
    // Columns: name, responsible, FY, Q1–Q4, 12 months, bottom-up, gap, actual, attainment.
    CHECK(panel.model()->columnCount() == 2 + 17 + 4);

    // Decompose 1,200,000.00 for East, equally, down to the reps.
    panel.selectOwner(*OwnerRef::parse("unit:R1"));
    DecompositionDialog* dialog = panel.openDecomposition();
    REQUIRE(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("amountLineEdit"))->setText(QStringLiteral("1200000"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("previewButton")), Qt::LeftButton);
    REQUIRE(QTest::qWaitFor([&] { return dialog->hasPreview(); }, 20000));
    auto* preview = dialog->findChild<QTableWidget*>(QStringLiteral("previewTable"));
    // Nodes T1, a1, a2, T2, b1 and the total row. T1 and T2 600,000.00 each; a1, a2 300,000.00; b1 600,000.00.
    REQUIRE(preview->rowCount() == 6);
    CHECK(preview->item(0, 0)->text().trimmed() == QStringLiteral("Shanghai"));
    CHECK(preview->columnCount() == 4 + 12);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("applyButton")), Qt::LeftButton);
    waitForGrid(panel);
    CHECK(figure(panel, "unit:R1", 0) == QStringLiteral("1200000.00")); // the owner had no target: stored too
    CHECK(figure(panel, "unit:T1", 0) == QStringLiteral("600000.00"));
    CHECK(figure(panel, "rep:a1", 0) == QStringLiteral("300000.00"));
    CHECK(figure(panel, "rep:b1", 0) == QStringLiteral("600000.00"));
    // Equal months: 300,000.00 / 12 = 25,000.00; a quarter 75,000.00.
    CHECK(figure(panel, "rep:a1", 5) == QStringLiteral("25000.00"));
    CHECK(figure(panel, "rep:a1", 1) == QStringLiteral("75000.00"));
    // The company has no target of its own: its year is empty, but its children sum to 1,200,000.00 (over-allocated
    // against nothing is not flagged); R1's children sum exactly to it.
    CHECK(cellOf(panel, "unit:R1", 0).data(TargetGridModel::AllocationRole).toInt() == 0);

    // Undo and redo of the decomposition.
    doc.undoStack()->undo();
    waitForGrid(panel);
    CHECK(figure(panel, "unit:T1", 0).isEmpty());
    doc.undoStack()->redo();
    waitForGrid(panel);
    CHECK(figure(panel, "unit:T1", 0) == QStringLiteral("600000.00"));

    // A draft edit in place makes T1's children under-allocated (600,000.00 > 300,000.00 + 200,000.00).
    REQUIRE(panel.model()->setData(cellOf(panel, "rep:a2", 0), QStringLiteral("200000")));
    waitForGrid(panel);
    CHECK(figure(panel, "rep:a2", 0) == QStringLiteral("200000.00"));
    CHECK(cellOf(panel, "unit:T1", 0).data(TargetGridModel::AllocationRole).toInt() == -1);
    doc.undoStack()->undo();
    waitForGrid(panel);
    CHECK(figure(panel, "rep:a2", 0) == QStringLiteral("300000.00"));
    CHECK(cellOf(panel, "unit:T1", 0).data(TargetGridModel::AllocationRole).toInt() == 0);

    // Approve East and everything below it.
    panel.selectOwner(*OwnerRef::parse("unit:R1"));
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("approveButton")), Qt::LeftButton);
    waitForGrid(panel);
    CHECK_FALSE(panel.model()->flags(cellOf(panel, "unit:T1", 0)).testFlag(Qt::ItemIsEditable));
    {
        storage::Workspace ws(path);
        const auto plan = storage::SqlTargetPlanRepository(ws).plan(
            TargetKey{*OwnerRef::parse("unit:T1"), Metric::Revenue, "2026", Segment::New});
        REQUIRE(plan);
        CHECK(plan->state == TargetState::Approved); // every segment of the subtree
        CHECK(plan->responsibleRepId == "m1"); // a team without a manager: the region's
    }

    // Editing the approved figure: refused with a clear message, nothing changes.
    messages.texts.clear();
    CHECK_FALSE(panel.model()->setData(cellOf(panel, "unit:T1", 0), QStringLiteral("700000")));
    REQUIRE(messages.texts.size() == 1);
    CHECK(messages.texts[0].contains(QStringLiteral("unit:T1 revenue 2026 all is approved and locked")));
    CHECK(figure(panel, "unit:T1", 0) == QStringLiteral("600000.00"));

    // Revise T1's year with a reason: OK stays disabled without one.
    panel.selectOwner(*OwnerRef::parse("unit:T1"));
    ReviseTargetDialog* revise = panel.openRevision();
    REQUIRE(revise);
    auto* ok = revise->findChild<QDialogButtonBox*>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    revise->findChild<QLineEdit*>(QStringLiteral("reviseAmountLineEdit"))->setText(QStringLiteral("650000"));
    CHECK_FALSE(ok->isEnabled());
    revise->findChild<QPlainTextEdit*>(QStringLiteral("reviseReasonEdit"))
        ->setPlainText(QStringLiteral("Key account moved from Hangzhou"));
    REQUIRE(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    waitForGrid(panel);
    CHECK(figure(panel, "unit:T1", 0) == QStringLiteral("650000.00"));
    // T1 is now over-allocated against its reps (300,000.00 × 2 = 600,000.00 < 650,000.00 → under) and R1's
    // children (650,000.00 + 600,000.00) exceed its 1,200,000.00 → over.
    CHECK(cellOf(panel, "unit:T1", 0).data(TargetGridModel::AllocationRole).toInt() == -1);
    CHECK(cellOf(panel, "unit:R1", 0).data(TargetGridModel::AllocationRole).toInt() == 1);

    // Both versions in the side pane.
    panel.selectOwner(*OwnerRef::parse("unit:T1"));
    QTableWidget* history = panel.historyTable();
    REQUIRE(history->rowCount() == 2);
    CHECK(history->item(0, 0)->text() == QStringLiteral("1"));
    CHECK(history->item(0, 1)->text().remove(QLatin1Char(',')) == QStringLiteral("600000.00"));
    CHECK(history->item(1, 0)->text() == QStringLiteral("2"));
    CHECK(history->item(1, 1)->text().remove(QLatin1Char(',')) == QStringLiteral("650000.00"));
    CHECK(history->item(1, 2)->text() == QStringLiteral("Key account moved from Hangzhou"));

    // Bottom-up: the reps of Shanghai submit 280,000.00 and 290,000.00 → Shanghai's bottom-up 570,000.00 and its gap
    // 650,000.00 − 570,000.00 = 80,000.00; a unit's bottom-up cell is the roll-up, not editable.
    auto bottomUp = [&](const char* owner) {
        return panel.model()->indexFromRow(panel.model()->grid()->rowOf(*OwnerRef::parse(owner)),
                                           panel.model()->bottomUpColumn());
    };
    REQUIRE(panel.model()->setData(bottomUp("rep:a1"), QStringLiteral("280000")));
    waitForGrid(panel);
    REQUIRE(panel.model()->setData(bottomUp("rep:a2"), QStringLiteral("290000.00")));
    waitForGrid(panel);
    CHECK_FALSE(panel.model()->flags(bottomUp("unit:T1")).testFlag(Qt::ItemIsEditable));
    CHECK(bottomUp("unit:T1").data().toString().remove(QLatin1Char(',')) == QStringLiteral("570000.00"));
    const QModelIndex gap = panel.model()->indexFromRow(panel.model()->grid()->rowOf(*OwnerRef::parse("unit:T1")),
                                                        panel.model()->gapColumn());
    CHECK(gap.data().toString().remove(QLatin1Char(',')) == QStringLiteral("80000.00"));
    doc.undoStack()->undo(); // a2's submission withdrawn: 280,000.00 from one of two reps
    waitForGrid(panel);
    CHECK(bottomUp("unit:T1").data().toString().remove(QLatin1Char(',')) == QStringLiteral("280000.00"));
    doc.undoStack()->redo();
    waitForGrid(panel);

    // Export the grid and read it back: the header and T1's revised year.
    DialogHooks::setPathHook(
        [&](DialogHooks::PathKind, const QString&) { return dir.filePath(QStringLiteral("g.xlsx")); });
    panel.exportXlsx();
    const auto book = sd::test::readXlsx(dir.filePath(QStringLiteral("g.xlsx")).toStdString());
    const auto& rows = book["sheets"][0]["rows"];
    CHECK(rows[0][0] == "Organisation");
    CHECK(rows[3][0] == "    Shanghai"); // C, R1 (depth 1), T1 (depth 2)
    CHECK(rows[3][2] == Approx(650000.0));
    CHECK(rows[3][2 + 17] == Approx(570000.0)); // bottom-up after the 17 periods
    CHECK(rows[3][3 + 17] == Approx(80000.0)); // gap
}

// Not run by default: takes the screenshots of the Targets view's decomposition dialog for docs/screenshots.
//   SD_SHOT_WORKSPACE=copy.sqlite SD_SHOT_DIR=docs/screenshots SD_SHOT_LANG=en|zh_CN test_app "[.targets-shots]"
TEST_CASE("targets view: decomposition dialog screenshot", "[.targets-shots]")
{
    const QString workspace = qEnvironmentVariable("SD_SHOT_WORKSPACE");
    const QString out = qEnvironmentVariable("SD_SHOT_DIR");
    const QString lang = qEnvironmentVariable("SD_SHOT_LANG", QStringLiteral("en"));
    REQUIRE_FALSE(workspace.isEmpty());
    LanguageManager languages;
    languages.setLanguage(lang);
    WorkspaceDocument doc;
    doc.open(workspace);
    TargetsPanel panel(&doc);
    panel.resize(1200, 700);
    panel.show();
    waitForGrid(panel);
    panel.selectOwner(
        *OwnerRef::parse(qEnvironmentVariable("SD_SHOT_OWNER", QStringLiteral("unit:EAST")).toStdString()));
    DecompositionDialog* dialog = panel.openDecomposition();
    REQUIRE(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("amountLineEdit"))->setText(QStringLiteral("90000000"));
    auto* methods = dialog->findChild<QComboBox*>(QStringLiteral("methodComboBox"));
    methods->setCurrentIndex(methods->findData(QStringLiteral("capacity")));
    dialog->findChild<QLineEdit*>(QStringLiteral("overAssignLineEdit"))->setText(QStringLiteral("1.10"));
    dialog->preview();
    REQUIRE(QTest::qWaitFor([&] { return dialog->hasPreview(); }, 60000));
    QTest::qWait(200);
    CHECK(dialog->grab().save(out + QStringLiteral("/targets-decompose-") + lang + QStringLiteral(".png")));
}

TEST_CASE("targets view: an approval refused when a figure changed since the grid was read", "[targets][stale]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.sqlite"));
    const TargetKey a1Year{*OwnerRef::parse("rep:a1"), Metric::Revenue, "2026", Segment::All};
    const auto saveDraft = [](storage::Workspace& ws, const TargetKey& key, std::int64_t cents) {
        storage::SqlTargetPlanRepository(ws).saveDrafts(
            {TargetPlan{key, cents, TargetState::Draft, std::nullopt, std::nullopt, std::nullopt, 0}},
            storage::AuditLog::currentUser(), storage::AuditLog::nowUtc());
    };
    {
        storage::Workspace ws(path);
        ws.applyImport(company());
        saveDraft(ws, a1Year, 30000000); // 300,000.00
    }
    Messages messages;
    WorkspaceDocument doc;
    doc.open(path);
    TargetsPanel panel(&doc);
    panel.findChild<QSpinBox*>(QStringLiteral("fiscalYearSpinBox"))->setValue(2026);
    panel.resize(1200, 700);
    panel.show();
    waitForGrid(panel);
    REQUIRE(figure(panel, "rep:a1", 0) == QStringLiteral("300000.00"));

    // A colleague changes a1's year to 320,000.00 while the grid still shows 300,000.00.
    storage::AuditLog::setSignedInUser("colleague");
    {
        storage::Workspace other(path);
        saveDraft(other, a1Year, 32000000);
    }
    storage::AuditLog::setSignedInUser({});

    panel.selectOwner(*OwnerRef::parse("unit:T1"));
    panel.approveSelected();
    // The approval question, then the refusal naming the target, who changed it and what it reads now.
    REQUIRE(messages.texts.size() == 2);
    CHECK(messages.texts[1].contains(QStringLiteral("colleague")));
    CHECK(messages.texts[1].contains(QStringLiteral("rep:a1")));
    CHECK(messages.texts[1].contains(QStringLiteral("320000.00")));
    {
        storage::Workspace ws(path);
        for (const TargetPlan& p : storage::SqlTargetPlanRepository(ws).plans(Metric::Revenue, {"2026"}))
            CHECK(p.state == TargetState::Draft); // nothing approved
    }

    // Once the grid shows the current figure, the same approval goes through.
    waitForGrid(panel);
    REQUIRE(figure(panel, "rep:a1", 0) == QStringLiteral("320000.00"));
    panel.selectOwner(*OwnerRef::parse("unit:T1"));
    panel.approveSelected();
    CHECK(messages.texts.size() == 3); // only the question
    storage::Workspace ws(path);
    for (const TargetPlan& p : storage::SqlTargetPlanRepository(ws).plans(Metric::Revenue, {"2026"}))
        CHECK(p.state == TargetState::Approved);
}

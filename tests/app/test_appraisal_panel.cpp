// The appraisal view (offscreen) over tests/data/kpi: the team table and detail, filters, one rep walked through the
// whole cycle with the real buttons, a calibration with a reason, sign-off, an edit refused on the signed-off record,
// undo/redo, reopening with a reason, and the export buttons. Figures as worked by hand in test_kpi_cli.cpp.

#include "app/AppraisalDetailWidget.h"
#include "app/AppraisalDistributionChart.h"
#include "app/AppraisalPanel.h"
#include "app/AppraisalScoring.h"
#include "app/AppraisalTableModel.h"
#include "app/DialogHooks.h"
#include "app/WorkspaceDocument.h"
#include "io/Import.h"
#include "storage/SqlAppraisalRepository.h"
#include "storage/Workspace.h"

#include "ExportReadBack.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <filesystem>

using namespace sd;
using namespace sd::app;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    WorkspaceDocument document;
    QStringList messages;
    QString path;

    Fixture()
    {
        const QString db = dir.filePath(QStringLiteral("w.sqlite"));
        {
            storage::Workspace ws(db);
            io::ImportOptions options;
            options.workspaceJson = SALESDESK_TEST_DATA "/kpi/workspace.json";
            REQUIRE(io::importFolder(ws, SALESDESK_TEST_DATA "/kpi", options).written);
        }
        document.open(db);
        DialogHooks::setPathHook([this](DialogHooks::PathKind, const QString&) { return path; });
        DialogHooks::setMessageHook([this](QMessageBox::Icon, const QString&, const QString& text) {
            messages << text;
            return true;
        });
    }
    ~Fixture() { DialogHooks::clear(); }
};

void waitScored(AppraisalPanel& panel, const QString& period)
{
    for (int i = 0; i < 200; ++i) {
        const ScoredAppraisal* s = panel.scoring()->current();
        if (s && !panel.scoring()->isBusy() && QString::fromStdString(s->period.label()) == period)
            return;
        QSignalSpy spy(panel.scoring(), &AppraisalScoring::scored);
        spy.wait(100);
    }
    FAIL("the appraisal of " << period.toStdString() << " was never scored");
}

template <class T>
T* child(QWidget& w, const char* name)
{
    auto* c = w.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(c);
    return c;
}

void click(QWidget& w, const char* button)
{
    auto* b = child<QPushButton>(w, button);
    REQUIRE(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

QString cellText(QTableView* view, int row, int col)
{
    return view->model()->index(row, col).data().toString();
}

void saveScreenshot(QWidget& w, const char* name)
{
    const QString dir = qEnvironmentVariable("SALESDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(QString::fromLatin1(name)), "PNG");
}

} // namespace

TEST_CASE("appraisal view: team table, detail, the whole cycle, a refused edit, undo and export", "[appraisal]")
{
    Fixture f;
    AppraisalPanel panel(&f.document);
    panel.resize(1280, 760);
    panel.show();
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Warning);

    auto* periodCombo = child<QComboBox>(panel, "periodCombo");
    if (periodCombo->findText(QStringLiteral("2026Q3")) >= 0)
        periodCombo->setCurrentText(QStringLiteral("2026Q3"));
    else
        panel.setPeriod(QStringLiteral("2026Q3"));
    waitScored(panel, QStringLiteral("2026Q3"));

    // Team table: r1 and r5 (r2 hired after Q3, r3 left, r4 has no template), sorted by id.
    auto* table = child<QTableView>(panel, "teamTableView");
    auto* model = panel.model();
    REQUIRE(table->model()->rowCount() == 2);
    CHECK(cellText(table, 0, AppraisalTableModel::RepId) == QStringLiteral("r1"));
    CHECK(cellText(table, 0, model->totalColumn()) == QStringLiteral("76.13")); // 76.125 → 76.13
    CHECK(cellText(table, 0, model->gradeColumn()) == QStringLiteral("C"));
    CHECK(cellText(table, 0, model->stateColumn()) == QStringLiteral("Open"));
    CHECK(cellText(table, 1, model->totalColumn()) == QStringLiteral("89.00")); // r5: 8900/100 → B
    CHECK(cellText(table, 0, AppraisalTableModel::FirstItem) == QStringLiteral("90.00")); // revenue 0.9 → 90

    // Sorting by total, descending: r5 (89.00) first; filtering by text keeps one.
    table->sortByColumn(model->totalColumn(), Qt::DescendingOrder);
    CHECK(cellText(table, 0, AppraisalTableModel::RepId) == QStringLiteral("r5"));
    child<QLineEdit>(panel, "searchEdit")->setText(QStringLiteral("r1"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(cellText(table, 0, AppraisalTableModel::RepId) == QStringLiteral("r1"));
    CHECK(panel.distributionChart()->summary().startsWith(QStringLiteral("1 graded")));

    // The detail: every item with actual, target, attainment, score and rule.
    REQUIRE(panel.selectRep("r1"));
    auto* items = child<QTableWidget>(panel, "itemsTable");
    REQUIRE(items->rowCount() == 5);
    CHECK(items->item(0, 2)->text() == QStringLiteral("90,000.00"));
    CHECK(items->item(0, 3)->text() == QStringLiteral("100,000.00"));
    CHECK(items->item(0, 4)->text() == QStringLiteral("90.00%"));
    CHECK(items->item(0, 5)->text() == QStringLiteral("90.00"));
    CHECK(items->item(0, 6)->text().startsWith(QStringLiteral("linear")));
    CHECK(items->item(1, 4)->text() == QStringLiteral("88.89%")); // 0.8/0.9
    CHECK(items->item(1, 6)->text().startsWith(QStringLiteral("bands")));
    CHECK(items->item(1, 6)->toolTip().contains(QStringLiteral("≥0.9 → 80")));
    CHECK(items->item(0, 7)->text() == QStringLiteral("Financial"));
    CHECK(child<QTableWidget>(panel, "review360Table")->rowCount() == 3); // supervisor, peer, self
    CHECK(child<QLabel>(panel, "review360Label")->text().contains(QStringLiteral("83.13")));

    QUndoStack* undo = f.document.undoStack();
    const int undoBase = undo->count();

    // open → self_review → (self comment) → manager_review → (manager comment) → calibration.
    panel.detail()->showWorkflowTab();
    click(panel, "advanceButton");
    CHECK(panel.currentRecord().state == AppraisalState::SelfReview);
    child<QPlainTextEdit>(panel, "selfCommentEdit")->setPlainText(QStringLiteral("Hit the revenue target's 90%"));
    click(panel, "saveSelfCommentButton");
    CHECK(panel.currentRecord().selfComment == "Hit the revenue target's 90%");
    click(panel, "advanceButton");
    child<QPlainTextEdit>(panel, "managerCommentEdit")->setPlainText(QStringLiteral("Collections must improve"));
    click(panel, "saveManagerCommentButton");
    click(panel, "advanceButton");
    CHECK(panel.currentRecord().state == AppraisalState::Calibration);

    // Calibration without a reason is refused, nothing changes; with a reason C → B.
    child<QComboBox>(panel, "calibrationGradeCombo")->setCurrentText(QStringLiteral("B"));
    child<QLineEdit>(panel, "calibrationReasonEdit")->clear();
    click(panel, "calibrateButton");
    REQUIRE(f.messages.size() == 1);
    CHECK(f.messages.last().contains(QStringLiteral("reason")));
    CHECK_FALSE(panel.currentRecord().calibratedGrade);
    child<QLineEdit>(panel, "calibrationReasonEdit")->setText(QStringLiteral("Key account signed on 10-01 for Q3"));
    click(panel, "calibrateButton");
    CHECK(panel.currentRecord().calibratedGrade == std::optional<std::string>("B"));
    CHECK(cellText(table, 0, model->gradeColumn()) == QStringLiteral("B *"));

    // Sign off: locked.
    click(panel, "advanceButton");
    CHECK(panel.currentRecord().state == AppraisalState::SignedOff);
    CHECK(panel.currentRecord().signOffDate().has_value());
    CHECK(cellText(table, 0, model->stateColumn()) == QStringLiteral("Signed off"));
    const int undoAfterSignOff = undo->count();
    CHECK(undoAfterSignOff == undoBase + 7);
    saveScreenshot(panel, "appraisal-workflow-en.png");

    // An edit on the signed-off record is refused with a clear message, and nothing changes (store included).
    const auto storedBefore = storage::SqlAppraisalRepository(*f.document.workspace()).record("r1", "2026Q3");
    REQUIRE(storedBefore);
    panel.calibrate(QStringLiteral("A"), QStringLiteral("try"));
    REQUIRE(f.messages.size() == 2);
    CHECK(f.messages.last().contains(QStringLiteral("signed off and locked")));
    CHECK(panel.saveManagerComment(QStringLiteral("changed")) == false);
    CHECK(f.messages.size() == 3);
    const auto storedAfter = storage::SqlAppraisalRepository(*f.document.workspace()).record("r1", "2026Q3");
    CHECK(storedAfter->managerComment == "Collections must improve");
    CHECK(storedAfter->calibratedGrade == std::optional<std::string>("B"));
    CHECK(undo->count() == undoAfterSignOff);

    // The trail lists every action (7) with who and when.
    auto* trail = child<QListWidget>(panel, "trailList");
    CHECK(trail->count() == 7);
    CHECK(trail->item(6)->text().contains(QStringLiteral("sign_off")));

    // Export: the sheet carries the calibration and sign-off; the forms one PDF per rep.
    f.path = f.dir.filePath(QStringLiteral("sheet.xlsx"));
    REQUIRE(panel.exportXlsx());
    const auto book = sd::test::readXlsx(f.path.toStdString());
    const auto& rows = book["sheets"][0]["rows"];
    const auto& header = rows[2];
    const auto col = [&header](const char* title) {
        for (std::size_t c = 0; c < header.size(); ++c)
            if (header[c] == title)
                return c;
        FAIL("no column " << title);
        return std::size_t(0);
    };
    CHECK(rows[3][0] == "r1");
    CHECK(rows[3][col("Total")].get<double>() == Approx(76.13));
    CHECK(rows[3][col("Grade")] == "B");
    CHECK(rows[3][col("Calibration note")] == "Key account signed on 10-01 for Q3");
    CHECK(rows[3][col("Manager comment")] == "Collections must improve");
    CHECK(rows[3][col("State")] == "Signed off");
    CHECK(rows[3][col("Sign-off date")].is_string());
    f.path = f.dir.filePath(QStringLiteral("forms"));
    QDir().mkpath(f.path);
    REQUIRE(panel.exportPdf());
    CHECK(std::filesystem::exists(QString(f.path + QStringLiteral("/2026Q3_r5.pdf")).toStdString()));
    const std::string text = sd::test::pdfText(QString(f.path + QStringLiteral("/2026Q3_r1.pdf")).toStdString());
    CHECK(text.find("Key account signed on 10-01 for Q3") != std::string::npos);

    // Undo the sign-off: back in calibration (recorded as undo), redo signs off again.
    undo->undo();
    CHECK(panel.currentRecord().state == AppraisalState::Calibration);
    CHECK(storage::SqlAppraisalRepository(*f.document.workspace()).record("r1", "2026Q3")->state
          == AppraisalState::Calibration);
    undo->redo();
    CHECK(panel.currentRecord().state == AppraisalState::SignedOff);

    // Reopen needs a reason; with one it goes back to calibration and the trail says why.
    child<QLineEdit>(panel, "reopenReasonEdit")->clear();
    click(panel, "reopenButton");
    CHECK(panel.currentRecord().state == AppraisalState::SignedOff);
    child<QLineEdit>(panel, "reopenReasonEdit")->setText(QStringLiteral("wrong target row"));
    click(panel, "reopenButton");
    CHECK(panel.currentRecord().state == AppraisalState::Calibration);
    const auto events = storage::SqlAppraisalRepository(*f.document.workspace()).events("r1", "2026Q3");
    REQUIRE(events.size() == 10); // 7 actions, undo, redo, reopen
    CHECK(events[7].action == "undo");
    CHECK(events.back().action == "reopen");
    CHECK(events.back().detail == "wrong target row");
}

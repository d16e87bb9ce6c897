// Entering 360-degree reviews in the appraisal view (offscreen) over tests/data/kpi: a review added through the
// form changes the rep's 360 score, breakdown and total by the amount worked by hand from SPEC §6; undo and redo;
// a changed and a deleted review; bad input (score outside 0–100, unknown reviewer) and a signed-off record are
// refused with a message and nothing is written. Screenshots of the entry tab when SALESDESK_SCREENSHOT_DIR is set.

#include "app/AppraisalDetailWidget.h"
#include "app/AppraisalPanel.h"
#include "app/AppraisalScoring.h"
#include "app/AppraisalTableModel.h"
#include "app/DialogHooks.h"
#include "app/ReviewEntryWidget.h"
#include "app/WorkspaceDocument.h"
#include "io/Import.h"
#include "storage/SqlAppraisalRepository.h"
#include "storage/SqlReviewRepository.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

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

using namespace sd;
using namespace sd::app;

namespace {

struct ReviewFixture
{
    QTemporaryDir dir;
    WorkspaceDocument document;
    QStringList messages;

    ReviewFixture()
    {
        const QString db = dir.filePath(QStringLiteral("w.sqlite"));
        {
            storage::Workspace ws(db);
            io::ImportOptions options;
            options.workspaceJson = SALESDESK_TEST_DATA "/kpi/workspace.json";
            REQUIRE(io::importFolder(ws, SALESDESK_TEST_DATA "/kpi", options).written);
        }
        document.open(db);
        DialogHooks::setMessageHook([this](QMessageBox::Icon, const QString&, const QString& text) {
            messages << text;
            return true;
        });
    }
    ~ReviewFixture() { DialogHooks::clear(); }

    std::vector<storage::ReviewEntry> stored() const
    {
        return storage::SqlReviewRepository(*document.workspace()).reviews("r1", "2026Q3");
    }
};

// Waits until the quarter is scored and shown (after an edit the panel keeps the previous result meanwhile).
void waitShown(AppraisalPanel& panel)
{
    for (int i = 0; i < 300; ++i) {
        const ScoredAppraisal* s = panel.scoring()->current();
        if (s && !panel.scoring()->isBusy() && panel.shown().get() == s)
            return;
        QSignalSpy spy(panel.scoring(), &AppraisalScoring::scored);
        spy.wait(100);
    }
    FAIL("the appraisal was never scored");
}

template <class T>
T* widget(QWidget& w, const char* name)
{
    auto* c = w.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(c);
    return c;
}

void press(QWidget& w, const char* button)
{
    auto* b = widget<QPushButton>(w, button);
    REQUIRE(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

void fillForm(QWidget& w, const char* kind, const char* reviewer, const char* score, const char* comment)
{
    auto* kinds = widget<QComboBox>(w, "reviewKindCombo");
    kinds->setCurrentIndex(kinds->findData(QString::fromLatin1(kind)));
    REQUIRE(kinds->currentIndex() >= 0);
    widget<QLineEdit>(w, "reviewerEdit")->setText(QString::fromLatin1(reviewer));
    widget<QLineEdit>(w, "reviewScoreEdit")->setText(QString::fromLatin1(score));
    widget<QPlainTextEdit>(w, "reviewCommentEdit")->setPlainText(QString::fromUtf8(comment));
}

QString totalOf(AppraisalPanel& panel, const char* rep)
{
    const int row = panel.model()->rowOf(rep);
    REQUIRE(row >= 0);
    return panel.model()->index(row, panel.model()->totalColumn()).data().toString();
}

QString review360Text(AppraisalPanel& panel)
{
    return widget<QLabel>(panel, "review360Label")->text();
}

void screenshot(QWidget& w, const char* name)
{
    const QString dir = qEnvironmentVariable("SALESDESK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w.grab().save(QDir(dir).filePath(QString::fromLatin1(name)), "PNG");
}

} // namespace

TEST_CASE("appraisal view: entering 360 reviews changes the total, undo, redo, refusals", "[appraisal][review360]")
{
    ReviewFixture f;
    AppraisalPanel panel(&f.document);
    panel.resize(1280, 760);
    panel.show();
    panel.setPeriod(QStringLiteral("2026Q3"));
    waitShown(panel);
    REQUIRE(panel.selectRep("r1"));
    panel.detail()->showReviewTab();
    ReviewEntryWidget& entry = *panel.reviewEntry();
    auto* reviews = widget<QTableWidget>(entry, "reviewsTable");
    auto* breakdown = widget<QTableWidget>(panel, "review360Table");

    // Imported for r1 in 2026Q3: supervisor 80 and 90, peer 70, self 100; no customer.
    // 360 = (85×50 + 70×20 + 100×10) / (50+20+10) = 6650/80 = 83.125; its item weighs 20, so
    // total = (3600 + 1200 + 150 + 1000 + 20×83.125) / 100 = 7612.5/100 = 76.125 → 76.13.
    REQUIRE(reviews->rowCount() == 4);
    CHECK(reviews->item(0, 1)->text() == QStringLiteral("r4"));
    CHECK(totalOf(panel, "r1") == QStringLiteral("76.13"));
    CHECK(review360Text(panel).contains(QStringLiteral("83.13")));
    CHECK(breakdown->rowCount() == 3);
    CHECK(widget<QListWidget>(entry, "anchorList")->count() == 5);
    QUndoStack* undo = f.document.undoStack();
    const int base = undo->count();

    // A customer review of 90 through the form: every kind is present, so no rescaling:
    // 360 = (85×50 + 70×20 + 90×20 + 100×10) / 100 = 8450/100 = 84.50;
    // total = (5950 + 20×84.5) / 100 = 7640/100 = 76.40 (+0.275 on the exact total, 76.13 → 76.40 shown).
    fillForm(entry, "customer", "c1", "90", "Answers within the day");
    CHECK(widget<QLabel>(entry, "reviewerNameLabel")->text() == QStringLiteral("C1"));
    press(entry, "addReviewButton");
    CHECK(f.messages.isEmpty());
    CHECK(undo->count() == base + 1);
    REQUIRE(f.stored().size() == 5);
    CHECK(f.stored().back().comment == "Answers within the day");
    CHECK(reviews->rowCount() == 5); // the list is read again at once; the scores follow the rescoring
    waitShown(panel);
    CHECK(totalOf(panel, "r1") == QStringLiteral("76.40"));
    CHECK(review360Text(panel).contains(QStringLiteral("84.50")));
    CHECK(breakdown->rowCount() == 4);
    CHECK(widget<QLabel>(panel, "detailHeaderLabel")->text().contains(QStringLiteral("76.40")));
    screenshot(panel, "appraisal-review-entry-en.png");

    // Undo: the imported four again, total 76.13; redo: 76.40 again. The trail keeps both.
    undo->undo();
    CHECK(f.stored().size() == 4);
    waitShown(panel);
    CHECK(totalOf(panel, "r1") == QStringLiteral("76.13"));
    CHECK(review360Text(panel).contains(QStringLiteral("83.13")));
    CHECK(reviews->rowCount() == 4);
    undo->redo();
    waitShown(panel);
    CHECK(totalOf(panel, "r1") == QStringLiteral("76.40"));
    CHECK(reviews->rowCount() == 5);
    const auto events = storage::SqlAppraisalRepository(*f.document.workspace()).events("r1", "2026Q3");
    REQUIRE(events.size() == 3);
    CHECK(events[0].action == "review");
    CHECK(events[1].action == "undo");
    CHECK(events[2].action == "review");

    // Changing the peer review (row 2) from 70 to 50: 360 = (4250 + 50×20 + 1800 + 1000)/100 = 80.50;
    // total = (5950 + 20×80.5)/100 = 7560/100 = 75.60.
    reviews->setCurrentCell(2, 0);
    CHECK(widget<QLineEdit>(entry, "reviewScoreEdit")->text() == QStringLiteral("70"));
    widget<QLineEdit>(entry, "reviewScoreEdit")->setText(QStringLiteral("50"));
    press(entry, "updateReviewButton");
    waitShown(panel);
    CHECK(totalOf(panel, "r1") == QStringLiteral("75.60"));
    CHECK(review360Text(panel).contains(QStringLiteral("80.50")));

    // Deleting the customer review (row 4): 360 = (4250 + 1000 + 1000)/80 = 78.125;
    // total = (5950 + 20×78.125)/100 = 7512.5/100 = 75.125 → 75.13.
    reviews->setCurrentCell(4, 0);
    press(entry, "removeReviewButton");
    waitShown(panel);
    CHECK(totalOf(panel, "r1") == QStringLiteral("75.13"));
    CHECK(review360Text(panel).contains(QStringLiteral("78.13")));
    const int afterEdits = undo->count();
    const auto storedBefore = f.stored();
    REQUIRE(storedBefore.size() == 4);

    // Bad input: a clear message naming the field, nothing written, nothing on the undo stack.
    fillForm(entry, "peer", "r5", "120", "");
    press(entry, "addReviewButton");
    REQUIRE(f.messages.size() == 1);
    CHECK(f.messages.last().contains(QStringLiteral("Score: 120 is outside 0–100")));
    fillForm(entry, "peer", "r5", "-1", "");
    press(entry, "addReviewButton");
    CHECK(f.messages.last().contains(QStringLiteral("outside 0–100")));
    fillForm(entry, "peer", "r5", "abc", "");
    press(entry, "addReviewButton");
    CHECK(f.messages.last().contains(QStringLiteral("not a number")));
    fillForm(entry, "peer", "r99", "70", "");
    CHECK(widget<QLabel>(entry, "reviewerNameLabel")->text() == QStringLiteral("unknown"));
    press(entry, "addReviewButton");
    CHECK(f.messages.last().contains(QStringLiteral("Reviewer: \"r99\" is not a rep of this workspace")));
    fillForm(entry, "customer", "r5", "70", "");
    press(entry, "addReviewButton");
    CHECK(f.messages.last().contains(QStringLiteral("not a customer")));
    fillForm(entry, "self", "r5", "70", "");
    press(entry, "addReviewButton");
    CHECK(f.messages.last().contains(QStringLiteral("self review")));
    CHECK(f.messages.size() == 6);
    CHECK(undo->count() == afterEdits);
    CHECK(f.stored().size() == storedBefore.size());

    // Signed off: every review edit is refused with the reason, nothing changes in the store.
    for (int i = 0; i < 4; ++i)
        REQUIRE(panel.advance());
    REQUIRE(panel.currentRecord().state == AppraisalState::SignedOff);
    CHECK_FALSE(widget<QLabel>(entry, "reviewLockedLabel")->text().isEmpty());
    const int afterSignOff = undo->count();
    fillForm(entry, "customer", "c1", "90", "");
    press(entry, "addReviewButton");
    CHECK(f.messages.size() == 7);
    CHECK(f.messages.last().contains(QStringLiteral("signed off and locked")));
    reviews->setCurrentCell(0, 0);
    press(entry, "removeReviewButton");
    CHECK(f.messages.size() == 8);
    CHECK(entry.updateReview(0, {"supervisor", "r4", QStringLiteral("10"), ""}) == false);
    CHECK(f.messages.size() == 9);
    CHECK(undo->count() == afterSignOff);
    const auto storedAfter = f.stored();
    REQUIRE(storedAfter.size() == storedBefore.size());
    for (std::size_t i = 0; i < storedAfter.size(); ++i)
        CHECK(storedAfter[i].review.score == storedBefore[i].review.score);
    CHECK(totalOf(panel, "r1") == QStringLiteral("75.13"));
}

// The Team section on tests/data/daily: the org tree, the talent ladder against 12421, and moving a rep between
// teams as an undoable command that keeps the past membership.

#include "app/TeamPanel.h"
#include "app/DialogHooks.h"
#include "app/WorkspaceDocument.h"
#include "io/Import.h"
#include "storage/SqlDailyRepository.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace sd;
using namespace sd::app;

namespace {

struct TeamFixture
{
    QTemporaryDir dir;
    QString path;
    WorkspaceDocument document;
    TeamFixture()
    {
        path = dir.filePath(QStringLiteral("w.sqlite"));
        {
            storage::Workspace ws(path);
            io::ImportOptions options;
            options.workspaceJson = SALESDESK_TEST_DATA "/daily/workspace.json";
            REQUIRE(io::importFolder(ws, SALESDESK_TEST_DATA "/daily", options).written);
            storage::SqlDailyRepository(ws).saveTraining({"tr1", "r1", "Consultative selling",
                                                          TrainingKind::Continuing, Date::parseOrThrow("2026-02-20"),
                                                          std::string("revenue")});
        }
        document.open(path);
    }

    std::vector<UnitMembership> history()
    {
        storage::Workspace ws(path);
        return storage::SqlDailyRepository(ws).load().unitHistory;
    }
};

void waitReady(TeamPanel& panel)
{
    for (int i = 0; i < 100 && !panel.isReady(); ++i) {
        QSignalSpy spy(&panel, &TeamPanel::dataReady);
        spy.wait(200);
    }
    REQUIRE(panel.isReady());
}

QString parentOf(TeamPanel& panel, const QString& owner)
{
    auto* tree = panel.findChild<QTreeWidget*>(QStringLiteral("orgTreeWidget"));
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        if ((*it)->data(0, Qt::UserRole + 1).toString() == owner)
            return (*it)->parent() ? (*it)->parent()->data(0, Qt::UserRole + 1).toString() : QString();
    return {};
}

} // namespace

TEST_CASE("team section: tree, ladder, training next to the gaps, and an undoable move", "[daily]")
{
    TeamFixture f;
    TeamPanel panel(&f.document);
    panel.resize(1100, 700);
    panel.show();
    panel.setAsOf(QDate(2026, 3, 15));
    waitReady(panel);

    // Team One: Alice (mid, at 0 / 3000.00 of her year's revenue target → backbone), Bob (hired 2026-01-05:
    // newcomer), Carol (senior, no target → senior). 3 reps against 1:2:4:2:1 (Σ 10): quotas 0.3, 0.6, 1.2, 0.6,
    // 0.3 → floors 0, 0, 1, 0, 0; the 2 left to the remainders 0.6 (tier 2, then tier 4) → 0, 1, 1, 1, 0.
    REQUIRE(panel.ladders().size() == 2);
    CHECK(panel.ladders()[0].actual == std::vector<std::int64_t>{0, 1, 1, 0, 1});
    CHECK(panel.ladders()[0].target == std::vector<std::int64_t>{0, 1, 1, 1, 0});
    CHECK(parentOf(panel, QStringLiteral("rep:r3")) == QStringLiteral("unit:t1"));

    REQUIRE(panel.select(QStringLiteral("rep:r1")));
    // 2026Q1 appraisal of Alice: revenue 2000 / 3000 → 66.67, visits 3 / 10 → 30: both gaps; the course addresses
    // the revenue gap.
    auto* table = panel.findChild<QTableWidget*>(QStringLiteral("trainingTableWidget"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Consultative selling"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("score 66.67"));
    CHECK(panel.findChild<QLabel*>(QStringLiteral("appraisalGapsLabel"))->text().contains(QStringLiteral("visits 30.00")));

    // Move Carol to Team Two from 2026-03-09.
    REQUIRE(panel.select(QStringLiteral("rep:r3")));
    auto* team = panel.findChild<QComboBox*>(QStringLiteral("moveTeamComboBox"));
    team->setCurrentIndex(team->findData(QStringLiteral("t2")));
    panel.findChild<QDateEdit*>(QStringLiteral("moveDateEdit"))->setDate(QDate(2026, 3, 9));
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("moveRepButton")), Qt::LeftButton);
    CHECK(f.document.undoStack()->count() == 1);
    auto h = f.history();
    REQUIRE(h.size() == 1);
    CHECK(h[0].repId == "r3");
    CHECK(h[0].orgUnitId == "t1");
    CHECK(h[0].from == Date::parseOrThrow("2024-01-01"));
    CHECK(h[0].to == Date::parseOrThrow("2026-03-08"));
    panel.setAsOf(QDate(2026, 3, 15));
    waitReady(panel);
    CHECK(parentOf(panel, QStringLiteral("rep:r3")) == QStringLiteral("unit:t2"));
    REQUIRE(panel.select(QStringLiteral("rep:r3")));
    CHECK(panel.findChild<QLabel*>(QStringLiteral("repHistoryLabel"))->text().contains(QStringLiteral("Team One")));

    // A second move on or before the kept membership's end is refused, with a message, and nothing is pushed.
    QString warned;
    DialogHooks::setMessageHook([&](auto, const QString&, const QString& text) {
        warned = text;
        return true;
    });
    team->setCurrentIndex(team->findData(QStringLiteral("t1")));
    panel.findChild<QDateEdit*>(QStringLiteral("moveDateEdit"))->setDate(QDate(2026, 3, 9));
    panel.moveSelectedRep();
    DialogHooks::clear();
    CHECK(warned.contains(QStringLiteral("after 2026-03-09")));
    CHECK(f.document.undoStack()->count() == 1);

    // Undo puts Carol back into Team One and forgets the kept membership; redo moves her again.
    f.document.undoStack()->undo();
    CHECK(f.history().empty());
    panel.setAsOf(QDate(2026, 3, 15));
    waitReady(panel);
    CHECK(parentOf(panel, QStringLiteral("rep:r3")) == QStringLiteral("unit:t1"));
    f.document.undoStack()->redo();
    CHECK(f.history().size() == 1);
}

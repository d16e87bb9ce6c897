// Deactivating org units in the Team section (tests/data/daily: co ── t1 (Alice, Bob, Carol), t2 (empty)):
// refused while reps are in the unit, naming them; an inactive unit leaves the tree and the move-to picker unless
// "Show inactive units" is checked; deactivation and reactivation are undoable.

#include "app/DialogHooks.h"
#include "app/TeamPanel.h"
#include "app/TeamUnitStatus.h"
#include "app/WorkspaceDocument.h"
#include "io/Import.h"
#include "storage/SqlOrgRepository.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sd;
using namespace sd::app;

namespace {

struct StatusFixture
{
    QTemporaryDir dir;
    QString path;
    WorkspaceDocument document;
    StatusFixture()
    {
        path = dir.filePath(QStringLiteral("w.sqlite"));
        {
            storage::Workspace ws(path);
            io::ImportOptions options;
            options.workspaceJson = SALESDESK_TEST_DATA "/daily/workspace.json";
            REQUIRE(io::importFolder(ws, SALESDESK_TEST_DATA "/daily", options).written);
        }
        document.open(path);
    }
    std::map<std::string, Date> inactive()
    {
        return storage::SqlOrgRepository(*document.workspace()).inactiveUnits();
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

bool offered(QComboBox* box, const char* id)
{
    return box->findData(QString::fromLatin1(id)) >= 0;
}

Date today()
{
    const QDate t = QDate::currentDate();
    return Date::fromYmd(t.year(), t.month(), t.day());
}

} // namespace

TEST_CASE("team section: deactivating a unit, refused while reps are in it, hidden from tree and pickers, undoable",
          "[daily][team-edit][org-status]")
{
    StatusFixture f;
    QStringList messages;
    DialogHooks::setMessageHook([&](QMessageBox::Icon, const QString&, const QString& text) {
        messages << text;
        return true;
    });
    TeamPanel panel(&f.document);
    panel.resize(1100, 700);
    panel.show();
    waitReady(panel);
    QUndoStack& undo = *f.document.undoStack();
    auto* status = panel.findChild<QPushButton*>(QStringLiteral("unitStatusButton"));
    auto* showInactive = panel.findChild<QCheckBox*>(QStringLiteral("showInactiveUnitsCheckBox"));
    auto* moveTeam = panel.findChild<QComboBox*>(QStringLiteral("moveTeamComboBox"));
    REQUIRE(status);
    REQUIRE(showInactive);
    REQUIRE(moveTeam);
    CHECK(offered(moveTeam, "t2"));

    // The company cannot be deactivated; Team One still has its three reps: the message names them.
    REQUIRE(panel.select(QStringLiteral("unit:co")));
    CHECK_FALSE(status->isEnabled());
    REQUIRE(panel.select(QStringLiteral("unit:t1")));
    REQUIRE(status->isEnabled());
    CHECK(status->text() == QStringLiteral("Deactivate Unit"));
    QTest::mouseClick(status, Qt::LeftButton);
    REQUIRE(messages.size() == 1);
    CHECK(messages[0].contains(QStringLiteral("Team One (t1) cannot be deactivated")));
    for (const char* name : {"Alice Wang (r1)", "Bob Li (r2)", "Carol Zhou (r3)"})
        CHECK(messages[0].contains(QString::fromLatin1(name)));
    CHECK(messages[0].contains(QStringLiteral("3 rep")));
    CHECK(undo.count() == 0);
    CHECK(f.inactive().empty());

    // Team Two is empty: it goes, out of the tree and the move-to picker.
    REQUIRE(panel.select(QStringLiteral("unit:t2")));
    QTest::mouseClick(status, Qt::LeftButton);
    CHECK(messages.size() == 1);
    CHECK(undo.count() == 1);
    CHECK(f.inactive() == std::map<std::string, Date>{{"t2", today()}});
    waitReady(panel);
    CHECK_FALSE(panel.select(QStringLiteral("unit:t2")));
    CHECK_FALSE(offered(moveTeam, "t2"));
    CHECK(panel.findChild<QLabel*>(QStringLiteral("teamStatusLabel"))->text().contains(QStringLiteral("1 inactive")));
    // Shown on request, greyed, with the button to bring it back; still not offered as a move target.
    showInactive->setChecked(true);
    REQUIRE(panel.select(QStringLiteral("unit:t2")));
    CHECK(status->text() == QStringLiteral("Reactivate Unit"));
    CHECK_FALSE(offered(moveTeam, "t2"));
    CHECK_FALSE(panel.findChild<QPushButton*>(QStringLiteral("addRepButton"))->isEnabled());

    // Undo brings it back, redo takes it away again.
    undo.undo();
    CHECK(f.inactive().empty());
    waitReady(panel);
    CHECK(offered(moveTeam, "t2"));
    undo.redo();
    CHECK(f.inactive().count("t2"));
    waitReady(panel);

    // Reactivate from the button; undo deactivates it again with its first date.
    REQUIRE(panel.select(QStringLiteral("unit:t2")));
    QTest::mouseClick(status, Qt::LeftButton);
    CHECK(f.inactive().empty());
    CHECK(undo.count() == 2);
    waitReady(panel);
    showInactive->setChecked(false);
    CHECK(panel.select(QStringLiteral("unit:t2")));
    CHECK(status->text() == QStringLiteral("Deactivate Unit"));
    undo.undo();
    CHECK(f.inactive() == std::map<std::string, Date>{{"t2", today()}});
    CHECK(messages.size() == 1);
    DialogHooks::clear();
}

TEST_CASE("the refusal lists the first five reps and counts the rest", "[daily][org-status]")
{
    storage::UnitDeactivationBlockers b;
    for (int i = 1; i <= 7; ++i) {
        Rep r;
        r.id = "r" + std::to_string(i);
        r.name = "Rep " + std::to_string(i);
        b.activeReps.push_back(r);
    }
    b.activeUnits.push_back({"t9", std::string("rn"), "Nine", OrgKind::Team});
    const OrgUnit unit{"rn", std::string("co"), "North", OrgKind::Region};
    const QString text = TeamUnitStatus::blockedMessage(unit, b, Date::parseOrThrow("2026-03-01"));
    CHECK(text.startsWith(QStringLiteral("North (rn) cannot be deactivated")));
    CHECK(text.contains(QStringLiteral("1 active unit")));
    CHECK(text.contains(QStringLiteral(": Nine (t9).")));
    CHECK(text.contains(QStringLiteral("7 rep")));
    CHECK(text.contains(QStringLiteral("Rep 5 (r5) and 2 more")));
    CHECK_FALSE(text.contains(QStringLiteral("Rep 6")));
}

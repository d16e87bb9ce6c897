// The Team section's editing on tests/data/daily: org units and reps (validated, undoable), training records,
// coaching notes (read by the meeting pack's 1:1 page), the visit plan next to the week's activities, and the
// customer-care list with a settable number of days.

#include "app/CareListWidget.h"
#include "app/CoachingNotesWidget.h"
#include "app/DialogHooks.h"
#include "app/TeamDialogs.h"
#include "app/TeamEdits.h"
#include "app/TeamPanel.h"
#include "app/VisitPlanWidget.h"
#include "app/WorkspaceDocument.h"
#include "domain/DatasetIndex.h"
#include "domain/MeetingPack.h"
#include "io/Import.h"
#include "storage/SqlDailyRepository.h"
#include "storage/SqlOrgRepository.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
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

struct EditFixture
{
    QTemporaryDir dir;
    QString path;
    WorkspaceDocument document;
    EditFixture()
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
    std::vector<OrgUnit> units() { return storage::SqlOrgRepository(*document.workspace()).orgUnits(); }
    std::optional<Rep> rep(const std::string& id) { return storage::SqlOrgRepository(*document.workspace()).rep(id); }
    DailyRecords records() { return storage::SqlDailyRepository(*document.workspace()).load(); }
};

void waitReady(TeamPanel& panel)
{
    for (int i = 0; i < 100 && !panel.isReady(); ++i) {
        QSignalSpy spy(&panel, &TeamPanel::dataReady);
        spy.wait(200);
    }
    REQUIRE(panel.isReady());
}

// The row with `id` (units, training records, coaching notes), or nullptr.
template <class T> const T* unitOf(const std::vector<T>& rows, const std::string& id)
{
    for (const T& r : rows)
        if (r.id == id)
            return &r;
    return nullptr;
}

int rowOf(QTableWidget* table, const QString& text)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->text() == text)
            return r;
    return -1;
}

Date d(const char* text)
{
    return Date::parseOrThrow(text);
}

} // namespace

TEST_CASE("org editing: units and reps added, renamed, moved and removed, undoable, refusals named", "[daily][team-edit]")
{
    EditFixture f;
    TeamPanel panel(&f.document);
    TeamEdits& edits = *panel.edits();
    QUndoStack& undo = *f.document.undoStack();

    // A region under the company, a team under it.
    REQUIRE_FALSE(edits.addUnit({"rn", std::string("co"), "North", OrgKind::Region}));
    REQUIRE_FALSE(edits.addUnit({"t3", std::string("rn"), "Team Three", OrgKind::Team}));
    CHECK(undo.count() == 2);
    CHECK(unitOf(f.units(), "t3")->parentId == std::optional<std::string>("rn"));

    // Refusals name the field, and nothing is pushed.
    const auto refused = [&](const std::optional<QString>& error, const char* field) {
        REQUIRE(error);
        CHECK(error->startsWith(QString::fromLatin1(field)));
    };
    refused(edits.addUnit({"t3", std::string("co"), "Again", OrgKind::Team}), "ID:");
    refused(edits.addUnit({"x", std::string("co"), "", OrgKind::Team}), "Name:");
    refused(edits.addUnit({"co2", std::nullopt, "Second", OrgKind::Company}), "Kind:");
    refused(edits.addUnit({"x", std::string("t1"), "Under a team", OrgKind::Team}), "Parent:");
    refused(edits.addUnit({"x", std::nullopt, "Floating", OrgKind::Team}), "Parent:");
    refused(edits.editUnit({"rn", std::string("t3"), "North", OrgKind::Region}), "Parent:"); // a cycle
    CHECK(edits.editUnit({"rn", std::string("t3"), "North", OrgKind::Region})->contains(QStringLiteral("itself")));
    refused(edits.editUnit({"rn", std::string("rn"), "North", OrgKind::Region}), "Parent:");
    refused(edits.editUnit({"rn", std::string("co"), "North", OrgKind::Team}), "Kind:"); // t3 is under it
    CHECK(undo.count() == 2);

    // Rename and move: Team Two under North; undo puts it back.
    REQUIRE_FALSE(edits.editUnit({"t2", std::string("rn"), "Team Two North", OrgKind::Team}));
    CHECK(unitOf(f.units(), "t2")->name == "Team Two North");
    undo.undo();
    CHECK(unitOf(f.units(), "t2")->name == "Team Two");
    CHECK(unitOf(f.units(), "t2")->parentId == std::optional<std::string>("co"));

    // Removing: refused while a unit has reps or units under it; an empty team goes, and comes back on undo.
    REQUIRE(edits.removeUnit("t1"));
    CHECK(edits.removeUnit("t1")->contains(QStringLiteral("3 rep")));
    CHECK(edits.removeUnit("rn")->contains(QStringLiteral("under it")));
    CHECK(edits.removeUnit("co"));
    REQUIRE_FALSE(edits.removeUnit("t3"));
    CHECK_FALSE(unitOf(f.units(), "t3"));
    undo.undo();
    CHECK(unitOf(f.units(), "t3"));

    // Reps: added to a team, edited (role, level, leave date), refused with the field named.
    const Rep dan{"r9", "Dan Wu", "t3", Role::Rep, Level::Junior, d("2026-03-02"), std::string("r3"), true,
                  std::nullopt};
    REQUIRE_FALSE(edits.addRep(dan));
    CHECK(f.rep("r9")->orgUnitId == "t3");
    refused(edits.addRep(dan), "ID:");
    Rep edited = dan;
    edited.level = Level::Mid;
    edited.leftOn = d("2026-02-01");
    refused(edits.editRep(edited), "Leave date:");
    edited.leftOn = d("2026-06-30");
    REQUIRE_FALSE(edits.editRep(edited));
    CHECK(f.rep("r9")->level == Level::Mid);
    CHECK(f.rep("r9")->leftOn == d("2026-06-30"));
    undo.undo();
    CHECK(f.rep("r9")->level == Level::Junior);
    CHECK_FALSE(f.rep("r9")->leftOn);
    edited = dan;
    edited.orgUnitId = "t2";
    refused(edits.editRep(edited), "Unit:"); // moves go through Move Rep
    Rep carol = *f.rep("r3");
    carol.managerId = "r9"; // r9 reports to r3 already
    refused(edits.editRep(carol), "Manager:");
    carol.managerId = "r3";
    refused(edits.editRep(carol), "Manager:");
    undo.undo(); // the new rep goes again
    CHECK_FALSE(f.rep("r9"));

    // The tree shows what was added.
    panel.resize(1100, 700);
    panel.show();
    panel.setAsOf(QDate(2026, 3, 15));
    waitReady(panel);
    CHECK(panel.select(QStringLiteral("unit:t3")));
    CHECK(panel.findChild<QPushButton*>(QStringLiteral("removeUnitButton"))->isEnabled());
}

TEST_CASE("unit and rep edits based on rows changed by someone else are refused, edit and undo", "[team-edit][stale]")
{
    EditFixture f;
    TeamPanel panel(&f.document);
    TeamEdits& edits = *panel.edits();
    QUndoStack& undo = *f.document.undoStack();
    QStringList warnings;
    DialogHooks::setMessageHook([&](QMessageBox::Icon, const QString&, const QString& text) {
        warnings << text;
        return true;
    });
    const auto otherWriter = [&](auto change) {
        storage::Workspace other(f.path);
        storage::SqlOrgRepository org(other);
        change(org);
    };

    // The form showed t1 as it was; salesctl renamed it meanwhile: the form's edit is refused, nothing written.
    const OrgUnit shown = *unitOf(f.units(), "t1");
    otherWriter([&](storage::SqlOrgRepository& org) {
        OrgUnit u = shown;
        u.name = "Team One (renamed elsewhere)";
        org.save(u);
    });
    OrgUnit mine = shown;
    mine.name = "Team Uno";
    const auto error = edits.editUnit(mine, shown);
    REQUIRE(error);
    CHECK(error->contains(QStringLiteral("t1")));
    CHECK(error->contains(QStringLiteral("Team One (renamed elsewhere)")));
    CHECK(unitOf(f.units(), "t1")->name == "Team One (renamed elsewhere)");
    CHECK(undo.count() == 0);

    // A rep edit saved, then changed by someone else: its undo is refused and leaves the other change in place.
    Rep r1 = *f.rep("r1");
    Rep edited = r1;
    edited.level = r1.level == Level::Senior ? Level::Mid : Level::Senior;
    REQUIRE_FALSE(edits.editRep(edited, r1));
    REQUIRE(undo.count() == 1);
    otherWriter([&](storage::SqlOrgRepository& org) {
        Rep theirs = edited;
        theirs.name = "Renamed by a colleague";
        org.save(theirs);
    });
    undo.undo();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].contains(QStringLiteral("r1")));
    CHECK(warnings[0].contains(QStringLiteral("Renamed by a colleague")));
    CHECK(f.rep("r1")->name == "Renamed by a colleague");
    CHECK(f.rep("r1")->level == edited.level);
    CHECK(undo.count() == 0); // the refused command left the stack
    DialogHooks::clear();
}

TEST_CASE("training and coaching-note edits based on records changed by someone else are refused",
          "[team-edit][stale]")
{
    EditFixture f;
    TeamPanel panel(&f.document);
    TeamEdits& edits = *panel.edits();
    QUndoStack& undo = *f.document.undoStack();
    DialogHooks::setMessageHook([](QMessageBox::Icon, const QString&, const QString&) { return true; });
    const auto otherWriter = [&](auto change) {
        storage::Workspace other(f.path);
        storage::SqlDailyRepository daily(other);
        change(daily);
    };

    // tr1 as the form showed it; a colleague marks it completed meanwhile; the form's edit is refused.
    const TrainingRecord shown = *unitOf(f.records().training, "tr1");
    otherWriter([&](storage::SqlDailyRepository& daily) {
        TrainingRecord t = shown;
        t.completedOn = d("2026-03-01");
        daily.saveTraining(t);
    });
    TrainingRecord mine = shown;
    mine.course = "Consultative selling II";
    const auto refused = edits.saveTraining(mine, shown);
    REQUIRE(refused);
    CHECK(refused->contains(QStringLiteral("tr1")));
    CHECK(refused->contains(QStringLiteral("completed 2026-03-01")));
    CHECK(unitOf(f.records().training, "tr1")->course == "Consultative selling");
    CHECK(undo.count() == 0);

    // A note added, then edited by a colleague: undoing the add is refused and the colleague's text stays.
    const CoachingNote note{"cn-x", "r1", d("2026-03-02"), std::string("Manager"), "First note"};
    REQUIRE_FALSE(edits.saveCoachingNote(note));
    otherWriter([&](storage::SqlDailyRepository& daily) {
        CoachingNote theirs = note;
        theirs.note = "Their text";
        daily.saveCoachingNote(theirs);
    });
    undo.undo();
    CHECK(unitOf(f.records().coachingNotes, "cn-x")->note == "Their text");
    CHECK(undo.count() == 0);
    DialogHooks::clear();
}

TEST_CASE("the unit and rep forms name the field that does not parse", "[daily][team-edit]")
{
    const std::vector<OrgUnit> units{{"co", std::nullopt, "Company", OrgKind::Company},
                                     {"t1", std::string("co"), "Team One", OrgKind::Team}};
    UnitDialog unit(units, std::nullopt, "U-1");
    QString error;
    CHECK_FALSE(unit.result(&error));
    CHECK(error.startsWith(QStringLiteral("Name:")));
    unit.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("新团队"));
    const auto u = unit.result(&error);
    REQUIRE(u);
    CHECK(u->parentId == std::optional<std::string>("co")); // teams are not offered as parents
    CHECK(u->kind == OrgKind::Team);

    RepDialog rep(units, {}, std::nullopt, "R-1", "t1");
    rep.findChild<QLineEdit*>(QStringLiteral("nameEdit"))->setText(QStringLiteral("王芳"));
    rep.findChild<QLineEdit*>(QStringLiteral("hireDateEdit"))->setText(QStringLiteral("2026-02-30"));
    CHECK_FALSE(rep.result(&error));
    CHECK(error.startsWith(QStringLiteral("Hire date:")));
    rep.findChild<QLineEdit*>(QStringLiteral("hireDateEdit"))->setText(QStringLiteral("2026-02-02"));
    rep.findChild<QLineEdit*>(QStringLiteral("leftOnEdit"))->setText(QStringLiteral("2026-01-31"));
    CHECK_FALSE(rep.result(&error));
    CHECK(error.startsWith(QStringLiteral("Leave date:")));
    rep.findChild<QLineEdit*>(QStringLiteral("leftOnEdit"))->clear();
    const auto r = rep.result(&error);
    REQUIRE(r);
    CHECK(r->orgUnitId == "t1");
    CHECK(r->hireDate == d("2026-02-02"));

    TrainingDialog training({"revenue", "visits"}, {"TR-1", "r1", {}, TrainingKind::NewHire, std::nullopt, std::nullopt});
    CHECK_FALSE(training.result(&error));
    CHECK(error.startsWith(QStringLiteral("Course:")));
    training.findChild<QLineEdit*>(QStringLiteral("courseEdit"))->setText(QStringLiteral("Visit planning"));
    training.findChild<QLineEdit*>(QStringLiteral("completedOnEdit"))->setText(QStringLiteral("soon"));
    CHECK_FALSE(training.result(&error));
    CHECK(error.startsWith(QStringLiteral("Completed on:")));

    CoachingNoteDialog note({"CN-1", "r1", d("2026-03-13"), std::nullopt, {}});
    CHECK_FALSE(note.result(&error));
    CHECK(error.startsWith(QStringLiteral("Note:")));
    note.findChild<QLineEdit*>(QStringLiteral("notedOnEdit"))->setText(QStringLiteral("13/03/2026"));
    note.findChild<QPlainTextEdit*>(QStringLiteral("noteEdit"))->setPlainText(QStringLiteral("Pipeline review"));
    CHECK_FALSE(note.result(&error));
    CHECK(error.startsWith(QStringLiteral("Date:")));
}

TEST_CASE("training, coaching notes and the visit plan of a rep, undoable, read by the meeting pack",
          "[daily][team-edit]")
{
    EditFixture f;
    TeamPanel panel(&f.document);
    panel.resize(1200, 760);
    panel.show();
    panel.setAsOf(QDate(2026, 3, 15));
    waitReady(panel);
    REQUIRE(panel.select(QStringLiteral("rep:r1")));
    QUndoStack& undo = *f.document.undoStack();
    TeamEdits& edits = *panel.edits();

    // Training: a new course for the visits gap; the table shows it at once; undo removes it.
    auto* training = panel.findChild<QTableWidget*>(QStringLiteral("trainingTableWidget"));
    REQUIRE(training->rowCount() == 1);
    REQUIRE_FALSE(edits.saveTraining({"TR-2", "r1", "Visit planning", TrainingKind::Continuing, std::nullopt,
                                      std::string("visits")}));
    REQUIRE(training->rowCount() == 2);
    const QString planning = QStringLiteral("Visit planning");
    REQUIRE(rowOf(training, planning) >= 0);
    CHECK(training->item(rowOf(training, planning), 2)->text() == QStringLiteral("open"));
    CHECK(training->item(rowOf(training, planning), 4)->text() == QStringLiteral("score 30.00")); // visits 3 / 10
    CHECK(edits.saveTraining({"TR-3", "r1", "", TrainingKind::Continuing, std::nullopt, std::nullopt})
              ->startsWith(QStringLiteral("Course:")));
    const auto completed = [&] {
        for (const TrainingRecord& t : f.records().training)
            if (t.id == "TR-2")
                return t.completedOn.has_value();
        return false;
    };
    // Mark Completed on the selected row, then undo.
    training->selectRow(rowOf(training, planning));
    auto* complete = panel.findChild<QPushButton*>(QStringLiteral("completeTrainingButton"));
    REQUIRE(complete->isEnabled());
    QTest::mouseClick(complete, Qt::LeftButton);
    CHECK(completed());
    CHECK(training->item(rowOf(training, planning), 2)->text() != QStringLiteral("open"));
    undo.undo();
    CHECK_FALSE(completed());
    training->selectRow(rowOf(training, planning));
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("removeTrainingButton")), Qt::LeftButton);
    CHECK(training->rowCount() == 1);
    undo.undo();
    CHECK(training->rowCount() == 2);

    // Coaching notes: added, edited, removed; undo each.
    auto* notes = panel.findChild<QTableWidget*>(QStringLiteral("coachingNotesTable"));
    REQUIRE(notes->rowCount() == 0);
    REQUIRE_FALSE(edits.saveCoachingNote({"CN-1", "r1", d("2026-03-13"), std::string("Mgr"), "Close op3 this month"}));
    REQUIRE(notes->rowCount() == 1);
    CHECK(notes->item(0, 2)->text() == QStringLiteral("Close op3 this month"));
    REQUIRE_FALSE(edits.saveCoachingNote({"CN-1", "r1", d("2026-03-13"), std::string("Mgr"), "Close op3 by the 31st"}));
    CHECK(notes->item(0, 2)->text() == QStringLiteral("Close op3 by the 31st"));
    undo.undo();
    CHECK(notes->item(0, 2)->text() == QStringLiteral("Close op3 this month"));
    CHECK(edits.saveCoachingNote({"CN-2", "r1", d("2026-03-13"), std::nullopt, ""})->startsWith(QStringLiteral("Note:")));
    notes->selectRow(0);
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("removeNoteButton")), Qt::LeftButton);
    CHECK(notes->rowCount() == 0);
    undo.undo();
    CHECK(notes->rowCount() == 1);

    // Visit plan of week 2026-W11 (9–15 March): Alice visited c1 on the 10th and 12th and called it on the 11th.
    VisitPlanWidget* plan = panel.visitPlan();
    CHECK(plan->week() == QStringLiteral("2026-W11"));
    auto* table = plan->findChild<QTableWidget*>(QStringLiteral("visitPlanTable"));
    auto* summary = plan->findChild<QLabel*>(QStringLiteral("visitSummaryLabel"));
    REQUIRE(table->rowCount() == 1); // c1, visited without a plan
    CHECK(summary->text().contains(QStringLiteral("Planned 0")));
    CHECK(summary->text().contains(QStringLiteral("no plan")));
    auto* customer = plan->findChild<QComboBox*>(QStringLiteral("planCustomerCombo"));
    customer->setEditText(QStringLiteral("c3"));
    QTest::mouseClick(plan->findChild<QPushButton*>(QStringLiteral("addPlanButton")), Qt::LeftButton);
    customer->setCurrentIndex(customer->findData(QStringLiteral("c1")));
    QTest::mouseClick(plan->findChild<QPushButton*>(QStringLiteral("addPlanButton")), Qt::LeftButton);
    // Planned c1 and c3; c1 visited → 1 of 2 = 50%; nothing visited without a plan; 2 visits, 1 call.
    REQUIRE(table->rowCount() == 2);
    CHECK(summary->text().contains(QStringLiteral("Planned 2 · visited 1 of them (50%) · 0 visited without a plan")));
    CHECK(summary->text().contains(QStringLiteral("visits 2, calls 1")));
    CHECK(table->item(1, 2)->text() == QStringLiteral("not visited yet"));
    // Refused: planned twice, an unknown customer; nothing pushed.
    QString warned;
    DialogHooks::setMessageHook([&](auto, const QString&, const QString& text) {
        warned = text;
        return true;
    });
    const int count = undo.count();
    QTest::mouseClick(plan->findChild<QPushButton*>(QStringLiteral("addPlanButton")), Qt::LeftButton);
    CHECK(warned.contains(QStringLiteral("already planned")));
    customer->setEditText(QStringLiteral("nope"));
    QTest::mouseClick(plan->findChild<QPushButton*>(QStringLiteral("addPlanButton")), Qt::LeftButton);
    CHECK(warned.startsWith(QStringLiteral("Customer: there is no customer nope")));
    DialogHooks::clear();
    CHECK(undo.count() == count);
    // Remove c3 from the plan, undo.
    table->selectRow(1);
    QTest::mouseClick(plan->findChild<QPushButton*>(QStringLiteral("removePlanButton")), Qt::LeftButton);
    CHECK(f.records().visitPlans.size() == 1);
    undo.undo();
    CHECK(f.records().visitPlans.size() == 2);

    // The meeting pack of Team One for that week reads the plan and the coaching note.
    {
        storage::Workspace ws(f.path);
        const Dataset data = ws.loadDataset();
        const DatasetIndex index(data);
        const DailyRecords records = storage::SqlDailyRepository(ws).load();
        const MeetingPack pack = buildMeetingPack(index, f.document.settings(), records, "t1", Period::week(2026, 11));
        const PackVisitRow* alice = nullptr;
        for (const PackVisitRow& row : pack.visits)
            if (row.repId == "r1")
                alice = &row;
        REQUIRE(alice);
        CHECK(alice->planned == 2);
        CHECK(alice->plannedDone == 1);
        CHECK(alice->completion == Rational(1, 2));
        const PackRepPage* page = nullptr;
        for (const PackRepPage& p : pack.pages)
            if (p.rep->id == "r1")
                page = &p;
        REQUIRE(page);
        REQUIRE(page->notes.size() == 1);
        CHECK(page->notes[0].note == "Close op3 this month");
        CHECK(page->training.size() == 2);
    }
}

TEST_CASE("customer care per rep: key dates and customers not contacted for N days", "[daily][team-edit]")
{
    EditFixture f;
    TeamPanel panel(&f.document);
    panel.resize(1200, 760);
    panel.show();
    panel.setAsOf(QDate(2026, 3, 15));
    waitReady(panel);
    REQUIRE(panel.select(QStringLiteral("rep:r1")));
    CareListWidget* care = panel.careList();
    care->setNotContactedDays(60);
    // Alice owns c1 only: birthday 1980-03-20 → 2026-03-20, 5 days after the 15th (within 14); last contact the
    // 12th: 3 days, under 60.
    REQUIRE(care->reminders().size() == 1);
    CHECK(care->reminders()[0].kind == CareReminder::Kind::Birthday);
    CHECK(care->reminders()[0].days == 5);
    // N = 3: 15 − 12 = 3 ≥ 3, listed after the key dates.
    care->setNotContactedDays(3);
    REQUIRE(care->reminders().size() == 2);
    CHECK(care->reminders()[1].kind == CareReminder::Kind::NotContacted);
    CHECK(care->reminders()[1].date == d("2026-03-12"));
    care->setNotContactedDays(4);
    CHECK(care->reminders().size() == 1);
    CHECK(care->findChild<QTableWidget*>(QStringLiteral("careTable"))->rowCount() == 1);
}

// Stale edits in the app (issue 8, "two writers"): the undo commands of settings, targets and appraisals are based
// on the versions they read; a change saved meanwhile by someone else (here a second connection to the same file,
// as another window or salesctl would, under another user's name) refuses the step: nothing is written, the user
// is told who changed what and what it reads now, and the command leaves the undo stack.

#include "app/ChangeAppraisal.h"
#include "app/DialogHooks.h"
#include "app/TargetCommands.h"
#include "app/WorkspaceDocument.h"
#include "io/Import.h"
#include "io/WorkspaceJson.h"
#include "storage/AuditLog.h"
#include "storage/RowVersion.h"
#include "storage/SqlAppraisalRepository.h"
#include "storage/SqlTargetPlanRepository.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>
#include <QUndoStack>

using namespace sd;
using namespace sd::app;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    WorkspaceDocument document;
    QString path;
    QStringList warnings;
    Fixture()
    {
        path = dir.filePath(QStringLiteral("w.sqlite"));
        {
            storage::Workspace ws(path);
            REQUIRE(io::importFolder(ws, SALESDESK_TEST_DATA "/csv/good").written);
        }
        document.open(path);
        DialogHooks::setMessageHook([this](QMessageBox::Icon, const QString&, const QString& text) {
            warnings << text;
            return true;
        });
    }
    ~Fixture() { DialogHooks::clear(); }

    // Another person's change through a connection of its own.
    template <class F> void otherWriter(F&& change)
    {
        storage::AuditLog::setSignedInUser("colleague");
        {
            storage::Workspace other(path);
            change(other);
        }
        storage::AuditLog::setSignedInUser({});
    }
};

const TargetKey kKey{OwnerRef{OwnerKind::Rep, "S1"}, Metric::Revenue, "2026Q2", Segment::All};

void saveDraft(storage::Workspace& ws, std::int64_t cents)
{
    storage::SqlTargetPlanRepository(ws).saveDrafts(
        {TargetPlan{kKey, cents, TargetState::Draft, std::nullopt, std::nullopt, std::nullopt, 0}},
        storage::AuditLog::currentUser(), storage::AuditLog::nowUtc());
}

} // namespace

TEST_CASE("a settings undo meeting another writer's settings is refused and tells who", "[reliability][stale]")
{
    Fixture f;
    WorkspaceSettings mine = f.document.settings();
    mine.stallDays = 45;
    f.document.editSettings(mine);
    REQUIRE(f.document.undoStack()->count() == 1);
    REQUIRE(f.warnings.isEmpty());

    f.otherWriter([](storage::Workspace& ws) {
        WorkspaceSettings theirs = io::loadSettings(ws);
        theirs.stallDays = 60;
        io::saveSettings(ws, theirs);
    });
    f.document.undoStack()->undo();
    REQUIRE(f.warnings.size() == 1);
    CHECK(f.warnings[0].contains(QStringLiteral("colleague")));
    CHECK(f.warnings[0].contains(QStringLiteral("stall_days")));
    CHECK(f.warnings[0].contains(QStringLiteral("Change Settings")));
    CHECK(f.document.undoStack()->count() == 0);
    // Nothing was written: the colleague's value stands, and the document shows it.
    CHECK(io::loadSettings(*f.document.workspace()).stallDays == 60);
    CHECK(f.document.settings().stallDays == 60);
}

TEST_CASE("a settings edit based on settings changed since they were read is refused", "[reliability][stale]")
{
    Fixture f;
    WorkspaceSettings mine = f.document.settings(); // read now
    f.otherWriter([](storage::Workspace& ws) {
        WorkspaceSettings theirs = io::loadSettings(ws);
        theirs.stallDays = 60;
        io::saveSettings(ws, theirs);
    });
    mine.currency = "USD";
    f.document.editSettings(mine);
    REQUIRE(f.warnings.size() == 1);
    CHECK(f.warnings[0].contains(QStringLiteral("colleague")));
    CHECK(f.document.undoStack()->count() == 0);
    CHECK(io::loadSettings(*f.document.workspace()).stallDays == 60);
    CHECK(io::loadSettings(*f.document.workspace()).currency != "USD");
}

TEST_CASE("a target edit's undo meeting another writer's figure is refused with the current figure",
          "[reliability][stale][targets]")
{
    Fixture f;
    std::vector<TargetPlan> drafts{TargetPlan{kKey, 2000000, TargetState::Draft, std::string("S1"),
                                              std::string("revenue"), std::nullopt, 0}};
    bool changed = false;
    f.document.undoStack()->push(
        new SaveTargetDrafts(&f.document, nullptr, drafts, QStringLiteral("Edit target"), [&] { changed = true; }));
    REQUIRE(f.warnings.isEmpty());
    REQUIRE(f.document.undoStack()->count() == 1);

    f.otherWriter([](storage::Workspace& ws) { saveDraft(ws, 3000000); }); // 30,000.00
    changed = false;
    f.document.undoStack()->undo();
    REQUIRE(f.warnings.size() == 1);
    CHECK(f.warnings[0].contains(QStringLiteral("colleague")));
    CHECK(f.warnings[0].contains(QStringLiteral("30000.00"))); // what it reads now
    CHECK(f.document.undoStack()->count() == 0);
    CHECK(changed); // the view reloads
    CHECK(*storage::SqlTargetPlanRepository(*f.document.workspace()).plan(kKey)->amount == 3000000);

    // Without anyone else, undo and redo go through.
    f.warnings.clear();
    f.document.undoStack()->push(
        new SaveTargetDrafts(&f.document, nullptr, drafts, QStringLiteral("Edit target"), [] {}));
    f.document.undoStack()->undo();
    f.document.undoStack()->redo();
    CHECK(f.warnings.isEmpty());
    CHECK(*storage::SqlTargetPlanRepository(*f.document.workspace()).plan(kKey)->amount == 2000000);
}

TEST_CASE("an appraisal step based on a record changed since it was shown is refused", "[reliability][stale]")
{
    Fixture f;
    AppraisalRecord before;
    before.repId = "S1";
    before.period = "2026Q1";
    CycleStep step;
    step.record = before;
    step.record.state = AppraisalState::SelfReview;
    step.record.updatedAt = storage::AuditLog::nowUtc();
    step.event = AppraisalEvent{"S1", "2026Q1", step.record.updatedAt, "me", "advance", AppraisalState::Open,
                                AppraisalState::SelfReview, ""};

    // The colleague opens the self review first.
    f.otherWriter([&](storage::Workspace& ws) {
        AppraisalRecord theirs = step.record;
        theirs.selfComment = "theirs";
        storage::SqlAppraisalRepository(ws).save(theirs, step.event);
    });
    std::optional<AppraisalRecord> shown;
    f.document.undoStack()->push(new ChangeAppraisal(&f.document, before, step, QStringLiteral("Advance"),
                                                     &f.document, [&](const AppraisalRecord& r) { shown = r; }));
    REQUIRE(f.warnings.size() == 1);
    CHECK(f.warnings[0].contains(QStringLiteral("colleague")));
    CHECK(f.warnings[0].contains(QStringLiteral("self_review")));
    CHECK(f.document.undoStack()->count() == 0);
    REQUIRE(shown); // the view gets the current record
    CHECK(shown->selfComment == "theirs");
    CHECK(storage::SqlAppraisalRepository(*f.document.workspace()).record("S1", "2026Q1")->selfComment == "theirs");

    // Based on what is stored now, the step and its undo go through; an undo after a colleague's change does not.
    f.warnings.clear();
    const AppraisalRecord current = *shown;
    CycleStep comment{current, step.event};
    comment.record.selfComment = "mine";
    comment.event.action = "self_comment";
    comment.event.fromState = comment.event.toState = AppraisalState::SelfReview;
    f.document.undoStack()->push(new ChangeAppraisal(&f.document, current, comment, QStringLiteral("Comment"),
                                                     &f.document, [](const AppraisalRecord&) {}));
    CHECK(f.warnings.isEmpty());
    f.otherWriter([&](storage::Workspace& ws) {
        AppraisalRecord theirs = comment.record;
        theirs.managerComment = "manager";
        storage::SqlAppraisalRepository(ws).save(theirs, comment.event);
    });
    f.document.undoStack()->undo();
    REQUIRE(f.warnings.size() == 1);
    CHECK(storage::SqlAppraisalRepository(*f.document.workspace()).record("S1", "2026Q1")->managerComment
          == "manager");
}

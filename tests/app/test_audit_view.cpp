// The audit log view (Edit → Audit Log…): pages fetched as the list scrolls, filters by record kind, user, text
// and dates, sorting by a header, nothing editable; and the stale-edit message when an opportunity edit's undo
// meets a change made meanwhile by another writer.

#include "app/AuditLogDialog.h"
#include "app/AuditLogModel.h"
#include "app/DialogHooks.h"
#include "app/EditOpportunity.h"
#include "app/WorkspaceDocument.h"
#include "io/Import.h"
#include "storage/AuditLog.h"
#include "storage/SqlFunnelChangeRepository.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sd;
using namespace sd::app;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    WorkspaceDocument document;
    QString path;
    Fixture()
    {
        path = dir.filePath(QStringLiteral("w.sqlite"));
        {
            storage::Workspace ws(path);
            REQUIRE(io::importFolder(ws, SALESDESK_TEST_DATA "/csv/good").written);
        }
        document.open(path);
    }
};

} // namespace

TEST_CASE("the audit view pages, filters and sorts the log and edits nothing", "[reliability][audit]")
{
    Fixture f;
    {
        storage::AuditLog log(*f.document.workspace());
        // 450 stage changes by alice, then one plan change by bob, the newest of all (opening the workspace may
        // have written settings rows of its own, dated now).
        for (int i = 0; i < 450; ++i)
            log.append({0, "2026-11-01T10:00:00Z", "alice", "stage", "O" + std::to_string(i), "stage",
                        R"({"value":"lead"})", R"({"value":"won"})"});
        log.append({0, "2099-01-01T08:00:00Z", "bob", "plan", "workspace", "incentive_plans", "[]",
                    R"([{"code":"zz_token_plan"}])"});
    }
    const long long all = storage::AuditLog(*f.document.workspace()).count({});
    storage::AuditFilter plans;
    plans.entity = "plan";
    const long long planRows = storage::AuditLog(*f.document.workspace()).count(plans);
    AuditLogDialog dialog(&f.document);
    AuditLogModel* model = dialog.model();
    CHECK(model->totalCount() == all);
    // Only the first page is read; the rest as the view scrolls.
    CHECK(model->rowCount() == AuditLogModel::kPageSize);
    REQUIRE(model->canFetchMore({}));
    model->fetchMore({});
    CHECK(model->rowCount() == 2 * AuditLogModel::kPageSize);
    // Newest first: bob's plan change heads the list.
    CHECK(model->index(0, AuditLogModel::User).data().toString() == QStringLiteral("bob"));
    CHECK(model->index(0, AuditLogModel::Entity).data().toString() == QStringLiteral("Incentive plan"));
    CHECK_FALSE(model->flags(model->index(0, AuditLogModel::After)) & Qt::ItemIsEditable);

    auto* entity = dialog.findChild<QComboBox*>(QStringLiteral("auditEntity"));
    REQUIRE(entity);
    entity->setCurrentIndex(entity->findData(QStringLiteral("plan")));
    CHECK(model->totalCount() == planRows);
    CHECK(model->index(0, AuditLogModel::User).data().toString() == QStringLiteral("bob"));
    entity->setCurrentIndex(0);
    auto* user = dialog.findChild<QComboBox*>(QStringLiteral("auditUser"));
    REQUIRE(user);
    user->setCurrentIndex(user->findData(QStringLiteral("alice")));
    CHECK(model->totalCount() == 450);
    user->setCurrentIndex(0);

    auto* text = dialog.findChild<QLineEdit*>(QStringLiteral("auditText"));
    REQUIRE(text);
    text->setText(QStringLiteral("ZZ_TOKEN"));
    QTRY_COMPARE(model->totalCount(), 1LL);
    text->clear();
    QTRY_COMPARE(model->totalCount(), all);

    // Sorting by user ascending puts alice first.
    model->sort(AuditLogModel::User, Qt::AscendingOrder);
    CHECK(model->index(0, AuditLogModel::User).data().toString() == QStringLiteral("alice"));
}

TEST_CASE("an undo meeting another writer's change tells the user the current value", "[reliability][rowversion]")
{
    Fixture f;
    QStringList warnings;
    DialogHooks::setMessageHook([&warnings](QMessageBox::Icon, const QString&, const QString& text) {
        warnings << text;
        return true;
    });
    storage::OpportunityEdit e;
    e.opportunityId = "O1";
    e.field = ChangeField::Amount;
    e.newValue = "6000000"; // 60,000.00
    e.effectiveOn = Date::parseOrThrow("2026-03-01");
    e.changedBy = "tester";
    f.document.undoStack()->push(EditOpportunity::create(&f.document, {e}));
    REQUIRE(f.document.undoStack()->count() == 1);

    // Another window (a second connection to the same file) changes O1's amount meanwhile.
    {
        storage::Workspace other(f.path);
        storage::OpportunityEdit theirs = e;
        theirs.newValue = "7000000";
        storage::SqlFunnelChangeRepository(other).apply(theirs);
    }
    f.document.undoStack()->undo();
    DialogHooks::clear();
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].contains(QStringLiteral("O1")));
    CHECK(warnings[0].contains(QStringLiteral("7000000"))); // the value stored now
    // The refused undo changed nothing and the command is gone from the stack.
    CHECK(f.document.undoStack()->count() == 0);
    storage::Workspace check(f.path);
    storage::SqlFunnelChangeRepository repo(check);
    CHECK(repo.changesOf("O1").back().newValue == "7000000");
}

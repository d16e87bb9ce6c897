// A full disk during a save from the app (issue 8, "bad files"): simulated for real with SQLite's
// `PRAGMA max_page_count` on the document's connection, which makes a write that needs one more page fail with
// SQLITE_FULL exactly as a full disk does. The user gets a clear message naming the workspace; nothing of the
// change is written; the workspace still opens and passes PRAGMA integrity_check.

#include "app/CustomerEdits.h"
#include "app/DialogHooks.h"
#include "app/WorkspaceDocument.h"
#include "io/Import.h"
#include "io/WorkspaceJson.h"
#include "storage/Backup.h"
#include "storage/SqlCustomerRepository.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace sd;
using namespace sd::app;

namespace {

// No page may be added to the document's workspace from now on.
void fillDisk(WorkspaceDocument& document)
{
    QSqlQuery q(document.workspace()->database());
    REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(q.next());
    const long long pages = q.value(0).toLongLong();
    REQUIRE(q.exec(QStringLiteral("PRAGMA max_page_count = ") + QString::number(pages)));
}

} // namespace

TEST_CASE("a full disk during an app save: a clear message, nothing written, the workspace still opens",
          "[reliability][badfile][fulldisk]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.sqlite"));
    {
        storage::Workspace ws(path);
        REQUIRE(io::importFolder(ws, SALESDESK_TEST_DATA "/csv/good").written);
    }
    QStringList warnings;
    DialogHooks::setMessageHook([&warnings](QMessageBox::Icon, const QString&, const QString& text) {
        warnings << text;
        return true;
    });
    std::string nameBefore;
    std::size_t stageCriteriaBefore = 0;
    {
        WorkspaceDocument document;
        document.open(path);
        nameBefore = storage::SqlCustomerRepository(*document.workspace()).byId("C1")->name;
        stageCriteriaBefore = document.settings().stages.front().exitCriteria.size();
        fillDisk(document);

        SECTION("the settings dialog's OK")
        {
            // Some 200 KB of exit criteria: the settings row needs new pages.
            WorkspaceSettings bigger = document.settings();
            for (int i = 0; i < 2000; ++i)
                bigger.stages.front().exitCriteria.push_back("criterion " + std::to_string(i) + std::string(90, 'x'));
            document.editSettings(bigger);
            REQUIRE(warnings.size() == 1);
            CHECK(warnings[0].contains(QStringLiteral("w.sqlite")));
            CHECK(warnings[0].contains(QStringLiteral("is full")));
            CHECK(warnings[0].contains(QStringLiteral("unchanged")));
            CHECK(document.undoStack()->count() == 0);
            CHECK(document.settings().stages.front().exitCriteria.size() == stageCriteriaBefore);
        }
        SECTION("a customer edit")
        {
            Customer c = *storage::SqlCustomerRepository(*document.workspace()).byId("C1");
            c.name = std::string(300000, 'n'); // overflow pages
            const auto refused = CustomerEdits(&document).editCustomer(c);
            REQUIRE(refused);
            CHECK(refused->contains(QStringLiteral("w.sqlite")));
            CHECK(refused->contains(QStringLiteral("is full")));
            CHECK(document.undoStack()->count() == 0);
        }
    }
    DialogHooks::clear();
    // The workspace is unchanged, passes the integrity check and opens.
    CHECK(storage::Backup::problem(path).empty());
    storage::Workspace reopened(path);
    CHECK(storage::SqlCustomerRepository(reopened).byId("C1")->name == nameBefore);
    CHECK(io::loadSettings(reopened).stages.front().exitCriteria.size() == stageCriteriaBefore);
    QSqlQuery check(reopened.database());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
}

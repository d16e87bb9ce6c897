// GUI smoke test (offscreen): the frame, its sections, a workspace created and imported through the menus'
// code path with the dialog hooks, the customers table and its search, undo of settings, a newer schema refused.

#include "app/CustomerDetailWidget.h"
#include "app/CustomerTableModel.h"
#include "app/CustomersPanel.h"
#include "app/DialogHooks.h"
#include "app/ErrorListDialog.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/PlaceholderPanel.h"
#include "app/WorkspaceDocument.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sd;
using namespace sd::app;

namespace {

// Answers every file dialog with `path` and records every message box.
struct Hooks
{
    QString path;
    QStringList messages;

    Hooks()
    {
        DialogHooks::setPathHook([this](DialogHooks::PathKind, const QString&) { return path; });
        DialogHooks::setMessageHook([this](QMessageBox::Icon, const QString&, const QString& text) {
            messages.append(text);
            return true;
        });
    }
    ~Hooks() { DialogHooks::clear(); }
};

QAction* action(QWidget& w, const char* name)
{
    auto* a = w.findChild<QAction*>(QString::fromLatin1(name));
    REQUIRE(a);
    return a;
}

void clickRow(QListWidget* list, int row)
{
    const QRect rect = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

} // namespace

TEST_CASE("main window: sections, new workspace, CSV import, customers, search and details")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    Hooks hooks;
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    WorkspaceDocument document;
    MainWindow window(&document, &language);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    // File ▸ New Workspace…, answered by the hook.
    hooks.path = dir.filePath(QStringLiteral("team"));
    action(window, "newWorkspaceAction")->trigger();
    REQUIRE(document.isOpen());
    CHECK(QFileInfo(document.path()).fileName() == QStringLiteral("team.sqlite"));
    CHECK(hooks.messages.isEmpty());

    // Every section through the sidebar, and never an empty pane.
    auto* list = window.findChild<QListWidget*>(QStringLiteral("sectionList"));
    auto* stack = window.findChild<QStackedWidget*>(QStringLiteral("sectionStack"));
    REQUIRE(list);
    REQUIRE(stack);
    REQUIRE(list->count() == 7);
    for (int row = 0; row < list->count(); ++row) {
        clickRow(list, row);
        CHECK(stack->currentIndex() == row);
        QWidget* current = stack->currentWidget();
        REQUIRE(current);
        if (auto* placeholder = qobject_cast<PlaceholderPanel*>(current)) {
            CHECK_FALSE(placeholder->findChild<QLabel*>(QStringLiteral("titleLabel"))->text().isEmpty());
            CHECK_FALSE(placeholder->findChild<QLabel*>(QStringLiteral("featuresLabel"))->text().isEmpty());
        }
    }
    CHECK(window.currentSection() == Section::Team);
    // View ▸ Funnel (Ctrl+3).
    auto* funnel = action(window, "funnelSectionAction");
    CHECK(funnel->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_3));
    funnel->trigger();
    CHECK(window.currentSection() == Section::Funnel);

    // File ▸ Import CSV Folder… on the worker thread, the same code path as the menu.
    hooks.path = QStringLiteral(SALESDESK_TEST_DATA "/csv/good");
    action(window, "importCsvAction")->trigger();
    CHECK(hooks.messages.isEmpty());
    CHECK(document.count("customers") == 2);
    CHECK(window.findChild<QLabel*>(QStringLiteral("countsLabel"))->text().contains(QStringLiteral("2 customers")));

    window.showSection(Section::Customers);
    auto* view = window.findChild<QTableView*>(QStringLiteral("customerTableView"));
    REQUIRE(view);
    REQUIRE(view->model()->rowCount() == 2);
    // Sorted by name: "Shanghai Trading Co., Ltd." before "北京客户" (code points).
    CHECK(view->model()->index(0, CustomerTableModel::IdColumn).data().toString() == QStringLiteral("C1"));

    // Search, after the typing pause.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("customerSearchLineEdit"));
    REQUIRE(search);
    search->setText(QStringLiteral("北京"));
    CHECK(view->model()->rowCount() == 2); // not yet: debounced
    REQUIRE(QTest::qWaitFor([&] { return view->model()->rowCount() == 1; }, 3000));
    CHECK(view->model()->index(0, CustomerTableModel::IdColumn).data().toString() == QStringLiteral("C2"));
    search->clear();
    REQUIRE(QTest::qWaitFor([&] { return view->model()->rowCount() == 2; }, 3000));
    search->setText(QStringLiteral("RETAIL")); // the industry, case-insensitive
    window.customersPanel()->applySearchNow();
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(view->model()->index(0, CustomerTableModel::IdColumn).data().toString() == QStringLiteral("C1"));

    // Header click sorts on the server: by ID descending.
    search->clear();
    window.customersPanel()->applySearchNow();
    view->sortByColumn(CustomerTableModel::IdColumn, Qt::DescendingOrder);
    CHECK(view->model()->index(0, CustomerTableModel::IdColumn).data().toString() == QStringLiteral("C2"));
    view->sortByColumn(CustomerTableModel::IdColumn, Qt::AscendingOrder);

    // Selecting C1 shows its details: orders.csv has D1 (50000.00) and D3 (300) for C1, neither cancelled, so
    // ordered = 50000.00 + 300.00 = ¥50,300.00; payments PAY1 20000.00 + PAY2 30000 = ¥50,000.00.
    view->setCurrentIndex(view->model()->index(0, CustomerTableModel::NameColumn));
    auto* detail = window.findChild<CustomerDetailWidget*>(QStringLiteral("customerDetailWidget"));
    REQUIRE(detail);
    REQUIRE(detail->details());
    CHECK(detail->details()->row.customer.id == "C1");
    CHECK(detail->details()->orders.size() == 2);
    CHECK(detail->details()->payments.size() == 2);
    QStringList labels;
    for (const QLabel* label : detail->findChildren<QLabel*>())
        labels.append(label->text());
    CHECK(labels.contains(QStringLiteral("¥50,300.00")));
    CHECK(labels.contains(QStringLiteral("¥50,000.00")));
    CHECK(detail->findChild<QLabel*>(QStringLiteral("customerNameLabel"))->text()
          == QStringLiteral("Shanghai Trading Co., Ltd."));

    // Edit ▸ Undo restores settings changed through the document's undo stack.
    WorkspaceSettings changed = document.settings();
    changed.stallDays = 45;
    document.editSettings(changed);
    CHECK(document.settings().stallDays == 45);
    REQUIRE(action(window, "undoAction")->isEnabled());
    action(window, "undoAction")->trigger();
    CHECK(document.settings().stallDays == 30);
    action(window, "redoAction")->trigger();
    CHECK(document.settings().stallDays == 45);

    // Settings JSON: export, change, import back (one undoable step).
    hooks.path = dir.filePath(QStringLiteral("settings.json"));
    action(window, "exportSettingsAction")->trigger();
    REQUIRE(QFileInfo::exists(hooks.path));
    changed.stallDays = 60;
    document.editSettings(changed);
    action(window, "importSettingsAction")->trigger();
    CHECK(hooks.messages.isEmpty());
    CHECK(document.settings().stallDays == 45);

    // A folder with errors: nothing written, every error listed in a dialog the user can copy from.
    hooks.path = QStringLiteral(SALESDESK_TEST_DATA "/csv/bad");
    action(window, "importCsvAction")->trigger();
    auto* errors = window.findChild<ErrorListDialog*>(QStringLiteral("errorListDialog"));
    REQUIRE(errors);
    const QString text = errors->findChild<QPlainTextEdit*>(QStringLiteral("errorTextEdit"))->toPlainText();
    CHECK(text.contains(QStringLiteral(".csv:")));
    CHECK(errors->findChild<QPlainTextEdit*>(QStringLiteral("errorTextEdit"))->isReadOnly());
    QTest::mouseClick(errors->findChild<QPushButton*>(QStringLiteral("copyButton")), Qt::LeftButton);
    CHECK(QApplication::clipboard()->text() == text);
    errors->close();
    CHECK(document.count("customers") == 2);
}

TEST_CASE("a workspace from a newer Salesdesk is refused with a message, keeping the open one")
{
    QTemporaryDir dir;
    Hooks hooks;
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    WorkspaceDocument document;
    MainWindow window(&document, &language);

    const QString current = dir.filePath(QStringLiteral("current.sqlite"));
    const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        storage::Workspace create(newer);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bump"));
        db.setDatabaseName(newer);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 999")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bump"));

    hooks.path = current;
    action(window, "openWorkspaceAction")->trigger();
    REQUIRE(document.path() == current);
    hooks.path = newer;
    action(window, "openWorkspaceAction")->trigger();
    REQUIRE(hooks.messages.size() == 1);
    CHECK(hooks.messages[0].contains(QStringLiteral("newer")));
    CHECK(document.path() == current);
}

TEST_CASE("View > Refresh shows what another writer saved since the workspace was read")
{
    QTemporaryDir dir;
    Hooks hooks;
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    WorkspaceDocument document;
    MainWindow window(&document, &language);
    CHECK_FALSE(action(window, "refreshAction")->isEnabled());

    const QString path = dir.filePath(QStringLiteral("w.sqlite"));
    {
        storage::Workspace create(path);
    }
    hooks.path = path;
    action(window, "openWorkspaceAction")->trigger();
    REQUIRE(document.path() == path);
    auto* counts = window.findChild<QLabel*>(QStringLiteral("countsLabel"));
    REQUIRE(counts);
    CHECK(counts->text().startsWith(QStringLiteral("0 reps")));

    // Another writer (salesctl, a second window) adds an org unit and a rep.
    {
        storage::Workspace other(path);
        QSqlQuery q(other.database());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO org_units (id, name, kind) VALUES ('C', 'Acme', 'company')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO reps (id, name, org_unit_id, role, level, hire_date) VALUES "
                                      "('e1', 'Li Lei', 'C', 'rep', 'mid', '2024-01-01')")));
    }
    REQUIRE(action(window, "refreshAction")->isEnabled());
    CHECK(action(window, "refreshAction")->shortcut() == QKeySequence(QKeySequence::Refresh));
    action(window, "refreshAction")->trigger();
    CHECK(counts->text().startsWith(QStringLiteral("1 rep · ")));
}

TEST_CASE("the language switches at run time")
{
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    WorkspaceDocument document;
    MainWindow window(&document, &language);
    auto* list = window.findChild<QListWidget*>(QStringLiteral("sectionList"));
    CHECK(list->item(0)->text() == QStringLiteral("Dashboard"));
    language.setLanguage(QStringLiteral("zh_CN"));
    QApplication::processEvents();
    CHECK(list->item(0)->text() == QStringLiteral("仪表盘"));
    language.setLanguage(QStringLiteral("en"));
    QApplication::processEvents();
    CHECK(list->item(0)->text() == QStringLiteral("Dashboard"));
}

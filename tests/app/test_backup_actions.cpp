// File ▸ Back Up / Restore Workspace, the scheduled backup on open, and bad workspace files in the app: every
// problem is a message box naming the file, no crash, the open workspace kept (issue 8, points 2 and 5).

#include "app/BackupActions.h"
#include "app/DialogHooks.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/WorkspaceController.h"
#include "app/WorkspaceDocument.h"
#include "storage/Backup.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::app;

namespace {

struct Hooks
{
    QString path;
    QStringList messages;
    bool answer = true;

    Hooks()
    {
        DialogHooks::setPathHook([this](DialogHooks::PathKind, const QString&) { return path; });
        DialogHooks::setMessageHook([this](QMessageBox::Icon, const QString&, const QString& text) {
            messages.append(text);
            return answer;
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

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// A workspace holding the small CSV example of the tests.
void makeWorkspace(const QString& path, WorkspaceController& controller, WorkspaceDocument& document)
{
    REQUIRE(controller.openWorkspace(path));
    REQUIRE(controller.importCsvFolder(QStringLiteral(SALESDESK_TEST_DATA "/csv/good")));
    REQUIRE(document.count("customers") > 0);
}

// Keeps the scheduled backup off (or on) for one test, restoring the user's setting after it.
struct ScheduleSetting
{
    QVariant saved = QSettings().value(QStringLiteral("backup/intervalHours"));
    explicit ScheduleSetting(int hours) { QSettings().setValue(QStringLiteral("backup/intervalHours"), hours); }
    ~ScheduleSetting()
    {
        if (saved.isValid())
            QSettings().setValue(QStringLiteral("backup/intervalHours"), saved);
        else
            QSettings().remove(QStringLiteral("backup/intervalHours"));
    }
};

} // namespace

TEST_CASE("File menu: back up the workspace and restore it, refusing a file that is not a workspace", "[backup]")
{
    QTemporaryDir dir;
    ScheduleSetting off(0);
    Hooks hooks;
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    WorkspaceDocument document;
    MainWindow window(&document, &language);
    auto* controller = window.findChild<WorkspaceController*>();
    REQUIRE(controller);
    const QString ws = dir.filePath(QStringLiteral("sales.sqlite"));
    makeWorkspace(ws, *controller, document);
    const long long customers = document.count("customers");

    // Back up.
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    hooks.path = copy;
    action(window, "backupWorkspaceAction")->trigger();
    REQUIRE(hooks.messages.isEmpty());
    CHECK(storage::Backup::problem(copy).empty());

    // A text file is refused, naming it; the workspace stays open and unchanged.
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    writeBytes(text, "hello\n");
    hooks.path = text;
    action(window, "restoreWorkspaceAction")->trigger();
    REQUIRE(hooks.messages.size() == 2); // the question, then the refusal
    CHECK(hooks.messages[1].contains(QStringLiteral("notes.txt")));
    CHECK(hooks.messages[1].contains(QStringLiteral("not an SQLite database")));
    CHECK(document.isOpen());
    CHECK(document.path() == ws);
    CHECK(document.count("customers") == customers);

    // The workspace loses its customers' data (an empty workspace in its place), then the backup is restored.
    document.close();
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(ws + QString::fromLatin1(suffix));
    REQUIRE(controller->openWorkspace(ws));
    REQUIRE(document.count("customers") == 0);
    hooks.messages.clear();
    hooks.path = copy;
    action(window, "restoreWorkspaceAction")->trigger();
    REQUIRE(hooks.messages.size() == 2); // the question, then the confirmation
    CHECK(hooks.messages[1].contains(QStringLiteral("restored")));
    CHECK(document.path() == ws);
    CHECK(document.count("customers") == customers);
    CHECK(QDir(storage::Backup::folder(ws)).entryList({QStringLiteral("sales-before-restore-*.sqlite")}).size() == 1);

    // Answering No changes nothing.
    hooks.messages.clear();
    hooks.answer = false;
    hooks.path = text;
    action(window, "restoreWorkspaceAction")->trigger();
    CHECK(hooks.messages.size() == 1);
    CHECK(document.count("customers") == customers);
}

TEST_CASE("opening a file that is not a workspace shows a message naming it and keeps the open one", "[backup]")
{
    QTemporaryDir dir;
    ScheduleSetting off(0);
    Hooks hooks;
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    WorkspaceDocument document;
    MainWindow window(&document, &language);
    const QString current = dir.filePath(QStringLiteral("current.sqlite"));
    hooks.path = current;
    action(window, "openWorkspaceAction")->trigger();
    REQUIRE(document.path() == current);

    const QString png = dir.filePath(QStringLiteral("picture.png"));
    writeBytes(png, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) + QByteArray(100, '\x03'));
    const QString truncated = dir.filePath(QStringLiteral("half.sqlite"));
    {
        storage::Workspace full(dir.filePath(QStringLiteral("full.sqlite")));
    }
    {
        QFile f(dir.filePath(QStringLiteral("full.sqlite")));
        REQUIRE(f.open(QIODevice::ReadOnly));
        writeBytes(truncated, f.readAll().left(8192));
    }
    for (const auto& [path, reason] : {std::pair{png, "not an SQLite database"}, std::pair{truncated, "truncated"}}) {
        hooks.messages.clear();
        hooks.path = path;
        action(window, "openWorkspaceAction")->trigger();
        REQUIRE(hooks.messages.size() == 1);
        CHECK(hooks.messages[0].contains(QFileInfo(path).fileName()));
        CHECK(hooks.messages[0].contains(QString::fromLatin1(reason)));
        CHECK(document.path() == current);
    }
}

TEST_CASE("opening a workspace writes a scheduled backup when the last one is older than the interval", "[backup]")
{
    QTemporaryDir dir;
    ScheduleSetting daily(24);
    Hooks hooks;
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    WorkspaceDocument document;
    MainWindow window(&document, &language);
    auto* controller = window.findChild<WorkspaceController*>();
    auto* backups = window.findChild<BackupActions*>();
    REQUIRE(controller);
    REQUIRE(backups);
    const QString ws = dir.filePath(QStringLiteral("daily.sqlite"));
    makeWorkspace(ws, *controller, document);
    backups->waitForScheduled();
    CHECK(storage::Backup::scheduledBackups(ws).empty()); // it was empty when it was opened

    document.close();
    REQUIRE(controller->openWorkspace(ws));
    backups->waitForScheduled();
    const auto written = storage::Backup::scheduledBackups(ws);
    REQUIRE(written.size() == 1);
    CHECK(storage::Backup::problem(written.front()).empty());

    // Opened again within the day: no second backup.
    document.close();
    REQUIRE(controller->openWorkspace(ws));
    backups->waitForScheduled();
    CHECK(storage::Backup::scheduledBackups(ws).size() == 1);
}

// Screenshots of the reliability screens for docs/screenshots (hidden: run with "[.screenshots-reliability]" and
// SALESDESK_SHOT_WORKSPACE = a COPY of a demo workspace (rows are written), SALESDESK_SHOT_DIR = the output folder):
// the backup schedule, the restore confirmation and its refusal of a file that is not a workspace, the audit log
// viewer and a stale-edit message, in English and Chinese. The modal dialogs are real (no DialogHooks hook):
// each is grabbed when it shows, then answered.

#include "app/AuditLogDialog.h"
#include "app/BackupActions.h"
#include "app/DialogHooks.h"
#include "app/MainWindow.h"
#include "app/TargetCommands.h"
#include "app/WorkspaceDocument.h"
#include "storage/AuditLog.h"
#include "storage/SqlTargetPlanRepository.h"
#include "storage/Workspace.h"

#include "ScreenshotSupport.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <deque>

using namespace sd;
using namespace sd::app;

namespace {

// Answers the next modal dialogs in order: saves a picture of each (when a file is given), then presses the
// button (QMessageBox) or rejects it.
class ModalScript
{
public:
    struct Step
    {
        QString file;
        QMessageBox::StandardButton button = QMessageBox::NoButton;
    };
    explicit ModalScript(std::deque<Step> steps)
        : m_steps(std::move(steps))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { poll(); });
        m_timer.start(100);
    }
    bool done() const { return m_steps.empty(); }

private:
    void poll()
    {
        QWidget* modal = QApplication::activeModalWidget();
        // A background task's progress dialog is not a step: it closes by itself when the work is done.
        if (!modal || modal == m_last || !modal->isVisible() || m_steps.empty() || qobject_cast<QProgressDialog*>(modal))
            return;
        m_last = modal;
        const Step step = m_steps.front();
        m_steps.pop_front();
        QTest::qWait(150); // laid out and painted
        if (!step.file.isEmpty())
            CHECK(modal->grab().save(step.file));
        if (auto* box = qobject_cast<QMessageBox*>(modal); box && step.button != QMessageBox::NoButton)
            box->button(step.button)->click();
        else if (auto* dialog = qobject_cast<QDialog*>(modal))
            dialog->reject();
    }
    std::deque<Step> m_steps;
    QPointer<QWidget> m_last;
    QTimer m_timer;
};

const TargetKey kShotKey{OwnerRef{OwnerKind::Unit, "EAST"}, Metric::Revenue, "2026Q3", Segment::All};

void saveDraft(storage::Workspace& ws, std::int64_t cents, const char* user)
{
    storage::AuditLog::setSignedInUser(user);
    storage::SqlTargetPlanRepository(ws).saveDrafts(
        {TargetPlan{kShotKey, cents, TargetState::Draft, std::nullopt, std::nullopt, std::nullopt, 0}},
        storage::AuditLog::currentUser(), storage::AuditLog::nowUtc());
    storage::AuditLog::setSignedInUser({});
}

} // namespace

TEST_CASE("Reliability screenshots", "[.screenshots-reliability]")
{
    const test::ShotPaths paths = test::shotPaths();
    const QString& workspace = paths.workspace;
    const QString& outDir = paths.outDir;
    DialogHooks::clear();
    {
        // A few changes by colleagues for the audit log.
        storage::Workspace ws(workspace);
        saveDraft(ws, 120000000, "li.na");
        saveDraft(ws, 125000000, "wang.wei");
    }
    const QString notWorkspace = outDir + QStringLiteral("/../not-a-workspace.sqlite");
    {
        QFile f(notWorkspace);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("name,amount\nAlpha,100\n");
    }
    for (const QString& lang : test::shotLanguages()) {
        test::ShotWindow frame(workspace, lang);
        WorkspaceDocument& doc = frame.doc;
        MainWindow& window = frame.window;
        window.show();
        auto* backups = window.findChild<BackupActions*>();
        REQUIRE(backups);
        const QString suffix = QLatin1Char('-') + lang + QStringLiteral(".png");

        {
            ModalScript script({{outDir + QStringLiteral("/reliability-backup-schedule") + suffix}});
            backups->scheduleDialog();
            CHECK(script.done());
        }
        {
            DialogHooks::setPathHook([&](DialogHooks::PathKind, const QString&) { return notWorkspace; });
            ModalScript script({{outDir + QStringLiteral("/reliability-restore-confirm") + suffix, QMessageBox::Yes},
                                {outDir + QStringLiteral("/reliability-restore-refused") + suffix, QMessageBox::Ok}});
            backups->restoreDialog();
            DialogHooks::clear();
            CHECK(script.done());
        }
        REQUIRE(doc.isOpen());
        {
            AuditLogDialog audit(&doc, &window);
            audit.resize(1100, 520);
            audit.show();
            QTest::qWait(400);
            CHECK(audit.grab().save(outDir + QStringLiteral("/reliability-audit-log") + suffix));
        }
        {
            // My edit of a target, then a colleague's figure, then my undo.
            std::vector<TargetPlan> drafts{
                TargetPlan{kShotKey, 130000000, TargetState::Draft, std::nullopt, std::nullopt, std::nullopt, 0}};
            doc.undoStack()->push(new SaveTargetDrafts(&doc, &window, drafts,
                                                       QCoreApplication::translate("TargetsPanel", "Edit target %1")
                                                           .arg(QString::fromStdString(kShotKey.toString())),
                                                       [] {}));
            {
                storage::Workspace other(workspace);
                saveDraft(other, 128000000, "zhang.wei");
            }
            ModalScript script({{outDir + QStringLiteral("/reliability-stale-edit") + suffix, QMessageBox::Ok}});
            doc.undoStack()->undo();
            CHECK(script.done());
        }
    }
    QFile::remove(notWorkspace);
}

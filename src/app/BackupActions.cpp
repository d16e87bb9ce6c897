#include "app/BackupActions.h"

#include "app/BackgroundTask.h"
#include "app/DialogHooks.h"
#include "app/WorkspaceController.h"
#include "app/WorkspaceDocument.h"
#include "storage/Backup.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QSettings>
#include <QSpinBox>
#include <QThread>

#include <spdlog/spdlog.h>

namespace sd::app {

namespace {

const char* const kIntervalKey = "backup/intervalHours";
const char* const kKeepKey = "backup/keep";

} // namespace

BackupActions::BackupActions(QWidget* window, WorkspaceDocument* document, WorkspaceController* controller)
    : QObject(window)
    , m_window(window)
    , m_document(document)
    , m_controller(controller)
    , m_backupAction(new QAction(this))
    , m_restoreAction(new QAction(this))
    , m_scheduleAction(new QAction(this))
{
    m_backupAction->setObjectName(QStringLiteral("backupWorkspaceAction"));
    m_restoreAction->setObjectName(QStringLiteral("restoreWorkspaceAction"));
    m_scheduleAction->setObjectName(QStringLiteral("backupScheduleAction"));
    connect(m_backupAction, &QAction::triggered, this, &BackupActions::backupDialog);
    connect(m_restoreAction, &QAction::triggered, this, &BackupActions::restoreDialog);
    connect(m_scheduleAction, &QAction::triggered, this, &BackupActions::scheduleDialog);
    connect(m_document, &WorkspaceDocument::workspaceChanged, this, [this] {
        updateState();
        startScheduled();
    });
    connect(this, &BackupActions::scheduledBackupDone, this, [this](const QString& written, const QString& error) {
        if (!written.isEmpty())
            Q_EMIT m_controller->statusMessage(
                tr("Scheduled backup written to %1").arg(QDir::toNativeSeparators(written)));
        else if (!error.isEmpty())
            Q_EMIT m_controller->statusMessage(tr("The scheduled backup failed: %1").arg(error));
    });
    window->installEventFilter(this);
    retranslate();
    updateState();
}

BackupActions::~BackupActions()
{
    waitForScheduled();
}

QList<QAction*> BackupActions::actions() const
{
    return {m_backupAction, m_restoreAction, m_scheduleAction};
}

int BackupActions::intervalHours()
{
    return QSettings().value(QString::fromLatin1(kIntervalKey), 24).toInt();
}

int BackupActions::keep()
{
    return QSettings().value(QString::fromLatin1(kKeepKey), 7).toInt();
}

void BackupActions::waitForScheduled()
{
    if (m_scheduled)
        m_scheduled->wait();
}

bool BackupActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void BackupActions::retranslate()
{
    m_backupAction->setText(tr("&Back Up Workspace…"));
    m_restoreAction->setText(tr("&Restore Workspace from Backup…"));
    m_scheduleAction->setText(tr("Backup &Schedule…"));
}

void BackupActions::updateState()
{
    // A team server's backups are pg_dump's, made on the server (docs/team-server.md); these actions copy a file.
    const bool open = m_document->isOpen() && !m_document->workspace()->isServer();
    m_backupAction->setEnabled(open);
    m_restoreAction->setEnabled(open);
}

void BackupActions::startScheduled()
{
    const int interval = intervalHours();
    // A team server is backed up on the server (pg_dump, docs/team-server.md), not by each client.
    if (!m_document->isOpen() || m_document->workspace()->isServer() || interval <= 0
        || (m_scheduled && !m_scheduled->isFinished()) || m_document->count("reps") == 0)
        return;
    const QString path = m_document->path();
    const int keepCount = keep();
    // Its own connection on a worker thread (the online backup API reads a consistent snapshot while the app
    // writes), so a large workspace never freezes the window.
    QThread* thread = QThread::create([this, path, interval, keepCount] {
        QString written, error;
        try {
            written = storage::Backup::runScheduled(path, interval, keepCount);
        } catch (const std::exception& e) {
            error = QString::fromUtf8(e.what());
            spdlog::warn("scheduled backup of {} failed: {}", path.toStdString(), e.what());
        }
        QMetaObject::invokeMethod(
            this, [this, written, error] { Q_EMIT scheduledBackupDone(written, error); }, Qt::QueuedConnection);
    });
    if (m_scheduled)
        m_scheduled->deleteLater();
    m_scheduled = thread;
    connect(thread, &QThread::finished, this, [this, thread] {
        if (m_scheduled == thread) {
            thread->deleteLater();
            m_scheduled = nullptr;
        }
    });
    thread->start(QThread::LowPriority);
}

void BackupActions::backupDialog()
{
    if (!m_document->isOpen())
        return;
    const QString source = m_document->path();
    const QFileInfo info(source);
    const QString suggested = storage::Backup::folder(source) + QStringLiteral("/") + info.completeBaseName()
        + QStringLiteral("-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))
        + QStringLiteral(".sqlite");
    QDir().mkpath(storage::Backup::folder(source));
    QString target = DialogHooks::saveFileName(m_window, tr("Back Up Workspace"), suggested,
                                               tr("Salesdesk workspaces (*.sqlite)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".sqlite");
    const auto error = BackgroundTask::run(
        m_window, tr("Back Up Workspace"), tr("Backing up to %1…").arg(QDir::toNativeSeparators(target)),
        [source, target](BackgroundTask::Context&) { storage::Backup::copy(source, target); });
    if (error) {
        DialogHooks::warning(m_window, tr("Backup failed"),
                             tr("The workspace could not be backed up:\n\n%1").arg(*error));
        return;
    }
    Q_EMIT m_controller->statusMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(target)));
}

void BackupActions::restoreDialog()
{
    if (!m_document->isOpen())
        return;
    const QString workspace = m_document->path();
    const QString from
        = DialogHooks::openFileName(m_window, tr("Restore Workspace from Backup"), storage::Backup::folder(workspace),
                                    tr("Salesdesk workspaces (*.sqlite);;All files (*)"));
    if (from.isEmpty())
        return;
    if (!DialogHooks::question(m_window, tr("Restore Workspace from Backup"),
                               tr("Replace everything in %1 with the backup %2?\n\nThe current content is kept in "
                                  "the backups folder beside the workspace.")
                                   .arg(QDir::toNativeSeparators(workspace), QDir::toNativeSeparators(from))))
        return;
    // The document's connection and its loaded data go first; the workspace is reopened afterwards either way.
    m_document->close();
    QString kept;
    const auto error = BackgroundTask::run(
        m_window, tr("Restore Workspace from Backup"),
        tr("Checking and restoring %1…").arg(QDir::toNativeSeparators(from)),
        [&kept, workspace, from](BackgroundTask::Context&) { kept = storage::Backup::restore(workspace, from); });
    m_controller->openWorkspace(workspace);
    if (error) {
        DialogHooks::warning(m_window, tr("Restore refused"),
                             tr("The backup could not be restored; the workspace was not changed.\n\n%1").arg(*error));
        return;
    }
    DialogHooks::information(
        m_window, tr("Restore Workspace from Backup"),
        kept.isEmpty()
            ? tr("%1 was restored from %2.").arg(QDir::toNativeSeparators(workspace), QDir::toNativeSeparators(from))
            : tr("%1 was restored from %2.\n\nThe replaced content is kept in %3.")
                  .arg(QDir::toNativeSeparators(workspace), QDir::toNativeSeparators(from),
                       QDir::toNativeSeparators(kept)));
}

void BackupActions::scheduleDialog()
{
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("backupScheduleDialog"));
    dialog.setWindowTitle(tr("Backup Schedule"));
    auto* layout = new QFormLayout(&dialog);
    auto* interval = new QSpinBox(&dialog);
    interval->setObjectName(QStringLiteral("backupIntervalSpin"));
    interval->setRange(0, 24 * 365);
    interval->setSuffix(tr(" h"));
    interval->setSpecialValueText(tr("never"));
    interval->setValue(intervalHours());
    auto* keepSpin = new QSpinBox(&dialog);
    keepSpin->setObjectName(QStringLiteral("backupKeepSpin"));
    keepSpin->setRange(1, 1000);
    keepSpin->setValue(keep());
    layout->addRow(tr("Back up when the last backup is older than:"), interval);
    layout->addRow(tr("Scheduled backups kept:"), keepSpin);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QSettings().setValue(QString::fromLatin1(kIntervalKey), interval->value());
    QSettings().setValue(QString::fromLatin1(kKeepKey), keepSpin->value());
}

} // namespace sd::app

#pragma once

#include <QObject>
#include <QString>

#include <QList>

class QAction;
class QThread;
class QWidget;

namespace sd::app {

class WorkspaceController;
class WorkspaceDocument;

// The File menu's backup actions (Back Up Workspace…, Restore Workspace…, Backup Schedule…) and the scheduled
// backup written on a worker thread when a workspace is opened and its newest scheduled backup is older than the
// interval (QSettings "backup/intervalHours", default 24, 0 = never; "backup/keep", default 7).
class BackupActions : public QObject
{
    Q_OBJECT

public:
    BackupActions(QWidget* window, WorkspaceDocument* document, WorkspaceController* controller);
    ~BackupActions() override;

    QList<QAction*> actions() const;
    static int intervalHours();
    static int keep();
    // Waits for a scheduled backup still being written (tests, closing the window).
    void waitForScheduled();

public Q_SLOTS:
    void backupDialog();
    void restoreDialog();
    void scheduleDialog();

Q_SIGNALS:
    // The scheduled backup finished: the file written, or an empty path with the error.
    void scheduledBackupDone(const QString& path, const QString& error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateState();
    void startScheduled();

    QWidget* m_window;
    WorkspaceDocument* m_document;
    WorkspaceController* m_controller;
    QAction* m_backupAction;
    QAction* m_restoreAction;
    QAction* m_scheduleAction;
    QThread* m_scheduled = nullptr;
};

} // namespace sd::app

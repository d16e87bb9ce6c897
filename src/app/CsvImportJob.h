#pragma once

#include "app/BackgroundTask.h"
#include "io/ImportReport.h"

#include <QString>
#include <QStringList>

namespace sd::app {

// One CSV-folder import into a workspace file, as run on a worker thread: it opens its own Workspace connection
// (Qt SQL connections belong to one thread) and runs io::importFolder, which validates everything and writes only
// when there is no error (all or nothing, INTERCHANGE.md); the progress dialog's Cancel stops it.
class CsvImportJob
{
public:
    CsvImportJob(QString workspacePath, QString folder);

    // A workspace-JSON file imported with the folder (the demo's workspace.json); by default the workspace's
    // stored settings are used to check the folder.
    void setSettingsFile(const QString& path) { m_settingsFile = path; }
    // Maps the job's progress into [from, to] of the task's bar (the demo generation uses the first part).
    void setProgressRange(double from, double to);

    // Runs the import; throws (StorageError, a bad settings file) for problems that are not import errors.
    io::ImportReport run(BackgroundTask::Context& context) const;

    // The report's errors as lines for the error list ("orders.csv:17: amount: …"), with a last line saying how
    // many more there were when the report kept only the first ones.
    static QStringList errorLines(const io::ImportReport& report);
    // "customers.csv: 120, orders.csv: 800" for the status bar.
    static QString countsText(const io::ImportReport& report);

private:
    QString m_workspacePath;
    QString m_folder;
    QString m_settingsFile;
    double m_from = 0.0;
    double m_to = 1.0;
};

} // namespace sd::app

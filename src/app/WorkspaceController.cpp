#include "app/WorkspaceController.h"

#include "app/AboutDialog.h"
#include "app/BackgroundTask.h"
#include "app/CsvImportJob.h"
#include "app/DialogHooks.h"
#include "app/ErrorListDialog.h"
#include "app/LanguageManager.h"
#include "app/RecentWorkspaces.h"
#include "app/SettingsDialog.h"
#include "app/WorkspaceDocument.h"
#include "domain/Error.h"
#include "io/DemoGenerator.h"
#include "io/Logging.h"
#include "io/WorkspaceJson.h"
#include "storage/Workspace.h"

#include <QDate>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <spdlog/spdlog.h>

namespace sd::app {

WorkspaceController::WorkspaceController(WorkspaceDocument* document, LanguageManager* language, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_language(language)
    , m_window(window)
{
}

QString WorkspaceController::lastFolder() const
{
    const QString folder = QSettings().value(QStringLiteral("lastFolder")).toString();
    return folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : folder;
}

void WorkspaceController::rememberFolder(const QString& path)
{
    const QFileInfo info(path);
    QSettings().setValue(QStringLiteral("lastFolder"), info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}

bool WorkspaceController::openWorkspace(const QString& path)
{
    try {
        m_document->open(path);
    } catch (const std::exception& e) {
        spdlog::warn("cannot open workspace {}: {}", path.toStdString(), e.what());
        DialogHooks::warning(m_window, tr("Cannot open the workspace"),
                             tr("The workspace %1 could not be opened:\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), QString::fromUtf8(e.what())));
        return false;
    }
    RecentWorkspaces::add(path);
    Q_EMIT recentChanged();
    Q_EMIT statusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void WorkspaceController::newWorkspace()
{
    QString path
        = DialogHooks::saveFileName(m_window, tr("New Workspace"), lastFolder(), tr("Salesdesk workspaces (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // Never overwrite data: a file that exists is opened, as the user most likely meant.
        if (!DialogHooks::question(m_window, tr("New Workspace"),
                                   tr("%1 already exists. Open it instead?").arg(QDir::toNativeSeparators(path))))
            return;
    }
    rememberFolder(path);
    openWorkspace(path);
}

void WorkspaceController::openWorkspaceDialog()
{
    const QString path = DialogHooks::openFileName(m_window, tr("Open Workspace"), lastFolder(),
                                                   tr("Salesdesk workspaces (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    openWorkspace(path);
}

void WorkspaceController::importCsvFolderDialog()
{
    if (!m_document->isOpen())
        return;
    const QString folder = DialogHooks::existingDirectory(m_window, tr("Import CSV Folder"), lastFolder());
    if (folder.isEmpty())
        return;
    rememberFolder(folder);
    importCsvFolder(folder);
}

std::optional<io::ImportReport> WorkspaceController::importCsvFolder(const QString& folder)
{
    if (!m_document->isOpen())
        return std::nullopt;
    CsvImportJob job(m_document->path(), folder);
    io::ImportReport report;
    const auto error = BackgroundTask::run(
        m_window, tr("Import CSV Folder"), tr("Importing %1…").arg(QDir::toNativeSeparators(folder)),
        [&job, &report](BackgroundTask::Context& context) { report = job.run(context); });
    if (error) {
        DialogHooks::warning(m_window, tr("Import failed"), tr("The folder could not be imported:\n\n%1").arg(*error));
        return std::nullopt;
    }
    if (report.cancelled || BackgroundTask::lastRunCancelled()) {
        Q_EMIT statusMessage(tr("Import cancelled; nothing was written."));
        return report;
    }
    if (!report.ok()) {
        auto* dialog = new ErrorListDialog(
            tr("Import errors"),
            tr("%n error(s) in %1. Nothing was imported: fix the files and import the folder again.", nullptr,
               int(report.errorCount))
                .arg(QDir::toNativeSeparators(folder)),
            CsvImportJob::errorLines(report), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return report;
    }
    m_document->reload();
    Q_EMIT statusMessage(
        tr("Imported %1 (%2).").arg(QDir::toNativeSeparators(folder), CsvImportJob::countsText(report)));
    return report;
}

void WorkspaceController::importSettingsDialog()
{
    if (!m_document->isOpen())
        return;
    const QString path = DialogHooks::openFileName(m_window, tr("Import Workspace Settings"), lastFolder(),
                                                   tr("Workspace settings (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    try {
        m_document->editSettings(io::readSettingsFile(path.toStdString()));
    } catch (const io::SettingsError& e) {
        QStringList lines;
        for (const io::JsonIssue& issue : e.issues())
            lines.append(QString::fromStdString(issue.toString()));
        auto* dialog
            = new ErrorListDialog(tr("Cannot import the settings"),
                                  tr("%1 is not a valid workspace settings file:").arg(QDir::toNativeSeparators(path)),
                                  lines.isEmpty() ? QStringList{QString::fromUtf8(e.what())} : lines, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
        return;
    } catch (const std::exception& e) {
        DialogHooks::warning(
            m_window, tr("Cannot import the settings"),
            tr("%1 could not be read:\n\n%2").arg(QDir::toNativeSeparators(path), QString::fromUtf8(e.what())));
        return;
    }
    Q_EMIT statusMessage(tr("Settings imported from %1.").arg(QDir::toNativeSeparators(path)));
}

void WorkspaceController::exportSettingsDialog()
{
    if (!m_document->isOpen())
        return;
    const QString path = DialogHooks::saveFileName(m_window, tr("Export Workspace Settings"),
                                                   lastFolder() + QStringLiteral("/workspace.json"),
                                                   tr("Workspace settings (*.json)"));
    if (path.isEmpty())
        return;
    rememberFolder(path);
    QFile file(path);
    const std::string json = io::writeWorkspaceJson(m_document->settings());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(json.data(), qint64(json.size())) != qint64(json.size()) || !file.flush()) {
        DialogHooks::warning(
            m_window, tr("Cannot export the settings"),
            tr("%1 could not be written:\n\n%2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    Q_EMIT statusMessage(tr("Settings exported to %1.").arg(QDir::toNativeSeparators(path)));
}

void WorkspaceController::showSettingsDialog()
{
    SettingsDialog dialog(m_document->settings(), m_language->language(), m_document->isOpen(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_language->setLanguage(dialog.language());
    if (!m_document->isOpen())
        return;
    try {
        m_document->editSettings(dialog.settings());
    } catch (const std::exception& e) {
        DialogHooks::warning(m_window, tr("Cannot save the settings"), QString::fromUtf8(e.what()));
    }
}

void WorkspaceController::showAbout()
{
    AboutDialog dialog(m_window);
    dialog.exec();
}

void WorkspaceController::openLogFolder()
{
    const QString folder = io::logDirectory();
    QDir().mkpath(folder);
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
        DialogHooks::information(m_window, tr("Log folder"),
                                 tr("The log files are in %1").arg(QDir::toNativeSeparators(folder)));
}

QString WorkspaceController::demoWorkspacePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return folder + QStringLiteral("/demo.sqlite");
}

bool WorkspaceController::buildDemoWorkspace(const QString& path)
{
    QTemporaryDir temp;
    if (!temp.isValid()) {
        DialogHooks::warning(m_window, tr("Demo workspace"), tr("No temporary folder could be created."));
        return false;
    }
    if (m_document->path() == path)
        m_document->close();
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);

    const QString csvFolder = temp.path();
    io::ImportReport report;
    const auto error
        = BackgroundTask::run(m_window, tr("Demo workspace"), tr("Creating a demo company to explore Salesdesk with…"),
                              [&](BackgroundTask::Context& context) {
                                  const QDate today = QDate::currentDate();
                                  io::DemoOptions options;
                                  options.size = io::DemoSize::Small;
                                  options.seed = 1;
                                  options.asOf = Date::fromYmd(today.year(), today.month(), today.day());
                                  options.outDir = csvFolder.toStdString();
                                  options.cancel = &context.cancel;
                                  options.progress = [&context](int percent, const std::string& step) {
                                      context.progress(0.4 * percent / 100.0, QString::fromStdString(step));
                                  };
                                  io::generateDemo(options);
                                  CsvImportJob job(path, csvFolder);
                                  job.setSettingsFile(csvFolder + QStringLiteral("/workspace.json"));
                                  job.setProgressRange(0.4, 1.0);
                                  report = job.run(context);
                              });
    if (BackgroundTask::lastRunCancelled())
        return false;
    if (error || !report.ok()) {
        // Leave no half-built demo behind: the next start tries again.
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        QString details = error ? *error : CsvImportJob::errorLines(report).mid(0, 20).join(QLatin1Char('\n'));
        DialogHooks::warning(m_window, tr("Demo workspace"),
                             tr("The demo workspace could not be built:\n\n%1").arg(details));
        return false;
    }
    return openWorkspace(path);
}

} // namespace sd::app

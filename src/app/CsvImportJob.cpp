#include "app/CsvImportJob.h"

#include "io/Import.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <filesystem>

namespace sd::app {

namespace {

// The importer's phase ("customers.csv", "settings", "writing") as a line for the progress dialog.
QString phaseText(const std::string& phase)
{
    const QString text = QString::fromStdString(phase);
    if (text.endsWith(QLatin1String(".csv")))
        return QCoreApplication::translate("CsvImportJob", "Checking %1…").arg(text);
    if (phase == "settings")
        return QCoreApplication::translate("CsvImportJob", "Reading the settings…");
    if (phase == "writing")
        return QCoreApplication::translate("CsvImportJob", "Writing to the workspace…");
    return {};
}

} // namespace

CsvImportJob::CsvImportJob(QString workspacePath, QString folder)
    : m_workspacePath(std::move(workspacePath))
    , m_folder(std::move(folder))
{
}

void CsvImportJob::setProgressRange(double from, double to)
{
    m_from = from;
    m_to = to;
}

io::ImportReport CsvImportJob::run(BackgroundTask::Context& context) const
{
    context.progress(m_from, QCoreApplication::translate("CsvImportJob", "Opening the workspace…"));
    storage::Workspace ws(m_workspacePath);
    const double span = m_to - m_from;
    io::ImportOptions options;
    if (!m_settingsFile.isEmpty())
        options.workspaceJson = std::filesystem::path(m_settingsFile.toStdString());
    options.cancel = &context.cancel;
    options.progress = [&context, this, span](double fraction, const std::string& phase) {
        context.progress(m_from + span * fraction, phaseText(phase));
    };
    io::ImportReport report = io::importFolder(ws, std::filesystem::path(m_folder.toStdString()), options);
    spdlog::info("import of {} into {}: {} errors, cancelled {}, written {}", m_folder.toStdString(),
                 m_workspacePath.toStdString(), report.errorCount, report.cancelled, report.written);
    context.progress(m_to);
    return report;
}

QStringList CsvImportJob::errorLines(const io::ImportReport& report)
{
    QStringList lines;
    for (const io::ImportIssue& issue : report.errors)
        lines.append(QString::fromStdString(issue.toString()));
    const long long more = report.errorCount - static_cast<long long>(report.errors.size());
    if (more > 0)
        lines.append(QCoreApplication::translate("CsvImportJob", "… and %n more error(s)", nullptr, int(more)));
    return lines;
}

QString CsvImportJob::countsText(const io::ImportReport& report)
{
    QStringList parts;
    for (const auto& [file, count] : report.counts)
        parts.append(QStringLiteral("%1: %2").arg(QString::fromStdString(file)).arg(count));
    return parts.join(QStringLiteral(", "));
}

} // namespace sd::app

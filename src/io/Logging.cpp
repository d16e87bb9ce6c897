#include "io/Logging.h"

#include <QDir>
#include <QStandardPaths>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

namespace sd::io {

QString logDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/logs");
}

void initLogging(const QString& name, bool verbose)
{
    try {
        const QString dir = logDirectory();
        QDir().mkpath(dir);
        const std::string file = QString(dir + QLatin1Char('/') + name + QStringLiteral(".log")).toStdString();
        auto logger = spdlog::rotating_logger_mt("salesdesk", file, 5 * 1024 * 1024, 5);
        spdlog::set_default_logger(logger);
    } catch (const spdlog::spdlog_ex&) {
        spdlog::set_default_logger(spdlog::null_logger_mt("salesdesk-null"));
    }
    spdlog::set_level(verbose ? spdlog::level::debug : spdlog::level::info);
    spdlog::flush_on(spdlog::level::warn);
}

} // namespace sd::io

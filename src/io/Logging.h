#pragma once

#include <QString>

namespace sd::io {

// Sets up spdlog: a rotating file (5 × 5 MB) in the platform's app data folder
// (QStandardPaths::AppLocalDataLocation/logs/<name>.log), level info, or debug with verbose.
// Never throws: when the folder cannot be written, logging goes nowhere.
void initLogging(const QString& name, bool verbose);

// The folder the log files are written to.
QString logDirectory();

} // namespace sd::io

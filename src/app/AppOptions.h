#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sd::app {

// The application's command line: --workspace PATH, --demo, --screenshot FILE, --section NAME, --lang zh_CN|en,
// --verbose, --help.
struct AppOptions
{
    QString workspace;
    bool demo = false;
    QString screenshot;
    QString section;
    QString language;
    bool verbose = false;
    bool help = false;

    // Parses the arguments (the first is the program); std::nullopt with a message on a malformed line.
    static std::optional<AppOptions> parse(const QStringList& arguments, QString* error);
    static QString helpText();
};

} // namespace sd::app

#include "app/AppOptions.h"

#include "app/LanguageManager.h"
#include "app/SectionInfo.h"

#include <QCoreApplication>

namespace sd::app {

std::optional<AppOptions> AppOptions::parse(const QStringList& arguments, QString* error)
{
    AppOptions options;
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments[i];
        // Both "--name value" and "--name=value".
        QString name = arg;
        std::optional<QString> inlineValue;
        if (arg.startsWith(QLatin1String("--")) && arg.contains(QLatin1Char('='))) {
            name = arg.section(QLatin1Char('='), 0, 0);
            inlineValue = arg.section(QLatin1Char('='), 1);
        }
        const auto value = [&](QString& out) -> bool {
            if (inlineValue) {
                out = *inlineValue;
            } else if (i + 1 < arguments.size()) {
                out = arguments[++i];
            } else {
                return false;
            }
            return !out.isEmpty();
        };
        if (name == QLatin1String("--workspace")) {
            if (!value(options.workspace))
                return fail(QStringLiteral("--workspace needs a file path"));
        } else if (name == QLatin1String("--screenshot")) {
            if (!value(options.screenshot))
                return fail(QStringLiteral("--screenshot needs a PNG file path"));
        } else if (name == QLatin1String("--section")) {
            if (!value(options.section) || !SectionInfo::fromKey(options.section))
                return fail(QStringLiteral("--section needs one of dashboard, targets, funnel, kpi, incentives, "
                                           "customers, team"));
        } else if (name == QLatin1String("--lang")) {
            if (!value(options.language) || !LanguageManager::available().contains(options.language))
                return fail(QStringLiteral("--lang needs zh_CN or en"));
        } else if (name == QLatin1String("--demo")) {
            options.demo = true;
        } else if (name == QLatin1String("--verbose") || name == QLatin1String("-v")) {
            options.verbose = true;
        } else if (name == QLatin1String("--help") || name == QLatin1String("-h")) {
            options.help = true;
        } else if (name.startsWith(QLatin1Char('-'))) {
            return fail(QStringLiteral("unknown option: ") + arg);
        } else if (options.workspace.isEmpty()) {
            options.workspace = arg; // "salesdesk file.sqlite", as file managers call it
        } else {
            return fail(QStringLiteral("unexpected argument: ") + arg);
        }
    }
    if (options.demo && !options.workspace.isEmpty())
        return fail(QStringLiteral("--demo and --workspace exclude each other"));
    return options;
}

QString AppOptions::helpText()
{
    return QStringLiteral("usage: salesdesk [--workspace PATH | --demo] [--section NAME] [--lang zh_CN|en]\n"
                          "                 [--screenshot FILE] [--verbose]\n"
                          "\n"
                          "  --workspace PATH   open (or create) this workspace file\n"
                          "  --demo             build the demo workspace afresh and open it\n"
                          "  --section NAME     show dashboard, targets, funnel, kpi, incentives, customers or team\n"
                          "  --lang LANG        user interface language: zh_CN or en\n"
                          "  --screenshot FILE  save the main window as PNG once it is shown, then quit\n"
                          "  --verbose          debug logging\n");
}

} // namespace sd::app

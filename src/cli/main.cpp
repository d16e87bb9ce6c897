// salesctl: the command line over the Salesdesk library (INTERCHANGE.md, "Command line").

#include "cli/Commands.h"
#include "domain/Error.h"
#include "io/Logging.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <iostream>
#include <memory>

namespace {

void printUsage()
{
    using sd::cli::tr;
    std::fputs(QCoreApplication::translate(
                   "sd::cli",
                   "usage: salesctl [--db PATH|URL] [--lang zh_CN|en] [--json] [--verbose] [--no-backup] COMMAND …\n"
                   "\n"
                   "commands:\n"
                   "  import DIR [--workspace FILE]     load a CSV folder (and settings)\n"
                   "  info                              what the workspace holds\n"
                   "  demo --size small|large --out DIR write a demo company as a CSV folder\n"
                   "  targets decompose|show …          decompose targets; targets, actuals, attainment\n"
                   "  funnel [weekly] …                 funnel figures; the weekly change report\n"
                   "  receivables --as-of D             receivables aging\n"
                   "  kpi score --period Q              KPI scores, totals and grades\n"
                   "  appraisal export --period Q --xlsx F [--pdf-dir D]\n"
                   "  incentive calc --period P         commission, bonuses and contests per rep\n"
                   "  meeting-pack --unit ID --week W --pdf F|--xlsx F\n"
                   "  backup --out FILE                 copy the workspace (online backup)\n"
                   "  restore --from FILE               replace the workspace with a checked backup\n"
                   "  migrate --from FILE|URL --to URL|FILE  copy a workspace to a PostgreSQL server or back\n"
                   "\n"
                   "--db also takes a server: postgresql://user@host:port/database?sslmode=require\n")
                   .toLocal8Bit()
                   .constData(),
               stdout);
}

// Printing (PDF) needs Qt's font and text engine, which a QGuiApplication brings; the other commands stay on a
// QCoreApplication so they need no display and start faster.
bool needsGui(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--pdf" || arg == "--pdf-dir" || arg.starts_with("--pdf=") || arg.starts_with("--pdf-dir=")
            || arg == "meeting-pack")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> app;
    if (needsGui(argc, argv)) {
#ifdef Q_OS_LINUX
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
            && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Salesdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("salesdesk"));

    std::vector<std::string> args;
    for (int i = 1; i < argc; ++i)
        args.emplace_back(argv[i]);

    sd::cli::CliContext ctx;
    try {
        ctx = sd::cli::CliContext::parse(args);
    } catch (const sd::cli::CliError& e) {
        std::cerr << "salesctl: " << e.what() << '\n';
        return e.code();
    }

    QTranslator translator;
    const QString lang = ctx.lang().empty() ? QLocale::system().name() : QString::fromStdString(ctx.lang());
    if (translator.load(QStringLiteral(":/i18n/salesdesk_") + lang))
        QCoreApplication::installTranslator(&translator);

    sd::io::initLogging(QStringLiteral("salesctl"), ctx.verbose());

    if (ctx.words().empty() || ctx.flag("--help") || ctx.words()[0] == "help") {
        printUsage();
        return ctx.words().empty() && !ctx.flag("--help") ? 2 : 0;
    }

    const std::string& cmd = ctx.words()[0];
    try {
        if (cmd == "import")
            return sd::cli::runImport(ctx);
        if (cmd == "info")
            return sd::cli::runInfo(ctx);
        if (cmd == "demo")
            return sd::cli::runDemo(ctx);
        if (cmd == "targets")
            return sd::cli::runTargets(ctx);
        if (cmd == "funnel")
            return sd::cli::runFunnel(ctx);
        if (cmd == "receivables")
            return sd::cli::runReceivables(ctx);
        if (cmd == "kpi")
            return sd::cli::runKpi(ctx);
        if (cmd == "appraisal")
            return sd::cli::runAppraisal(ctx);
        if (cmd == "incentive")
            return sd::cli::runIncentive(ctx);
        if (cmd == "meeting-pack")
            return sd::cli::runMeetingPack(ctx);
        if ((cmd == "backup" || cmd == "restore") && ctx.isServerDb())
            return sd::cli::runServerBackup(ctx);
        if (cmd == "migrate")
            return sd::cli::runMigrate(ctx);
        if (cmd == "backup")
            return sd::cli::runBackup(ctx);
        if (cmd == "restore")
            return sd::cli::runRestore(ctx);
        if (cmd == "team")
            return sd::cli::runTeam(ctx);
        std::cerr << "salesctl: " << sd::cli::trs("unknown command: ") << cmd << '\n';
        printUsage();
        return 2;
    } catch (const sd::cli::CliError& e) {
        std::cerr << "salesctl: " << e.what() << '\n';
        return e.code();
    } catch (const sd::storage::StorageError& e) {
        std::cerr << "salesctl: " << e.what() << '\n';
        return 1;
    } catch (const sd::DomainError& e) {
        std::cerr << "salesctl: " << e.what() << '\n';
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "salesctl: " << sd::cli::trs("unexpected error: ") << e.what() << '\n';
        return 1;
    }
}

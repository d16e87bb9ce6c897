// salesdesk: the desktop application.

#include "app/AppOptions.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/StartupRunner.h"
#include "app/WorkspaceDocument.h"
#include "io/Logging.h"

#include <QApplication>

#include <spdlog/spdlog.h>

#include <cstdio>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Salesdesk"));
    QApplication::setApplicationName(QStringLiteral("salesdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("Salesdesk"));
    QApplication::setApplicationVersion(QStringLiteral(SALESDESK_VERSION));

    QString error;
    const auto options = sd::app::AppOptions::parse(QApplication::arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "salesdesk: %s\n", error.toLocal8Bit().constData());
        return 2;
    }
    if (options->help) {
        std::fputs(sd::app::AppOptions::helpText().toLocal8Bit().constData(), stdout);
        return 0;
    }

    sd::io::initLogging(QStringLiteral("salesdesk"), options->verbose);
    spdlog::flush_on(spdlog::level::info);
    spdlog::info("salesdesk {} starting", SALESDESK_VERSION);

    sd::app::LanguageManager language;
    language.setLanguage(options->language.isEmpty() ? sd::app::LanguageManager::preferred() : options->language);

    sd::app::WorkspaceDocument document;
    sd::app::MainWindow window(&document, &language);
    window.show();

    sd::app::StartupRunner startup(&window, *options);
    startup.start();
    const int code = QApplication::exec();
    spdlog::info("salesdesk exiting with {}", code);
    return code;
}

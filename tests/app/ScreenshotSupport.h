#pragma once

// What the hidden screenshot tests ([.screenshots-*]) share: the workspace copy and the output folder they are
// given (SALESDESK_SHOT_WORKSPACE, SALESDESK_SHOT_DIR), the two languages, and per language the workspace opened
// with the interface in that language, in a main window of the fixed 1280 × 800 frame.

#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/WorkspaceDocument.h"

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>

namespace sd::app::test {

struct ShotPaths
{
    QString workspace; // a copy of a demo workspace (some tests write rows)
    QString outDir;
};

// The paths from the environment; the test fails when one is missing.
inline ShotPaths shotPaths()
{
    ShotPaths paths{qEnvironmentVariable("SALESDESK_SHOT_WORKSPACE"), qEnvironmentVariable("SALESDESK_SHOT_DIR")};
    REQUIRE_FALSE(paths.workspace.isEmpty());
    REQUIRE_FALSE(paths.outDir.isEmpty());
    return paths;
}

inline QStringList shotLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

// The workspace opened with the language chosen first, so that every panel is built translated.
struct ShotDocument
{
    LanguageManager language;
    WorkspaceDocument doc;
    ShotDocument(const QString& workspace, const QString& lang)
    {
        language.setLanguage(lang);
        doc.open(workspace);
    }
};

// The main window on it, 1280 × 800, not shown yet.
struct ShotWindow : ShotDocument
{
    MainWindow window;
    ShotWindow(const QString& workspace, const QString& lang)
        : ShotDocument(workspace, lang)
        , window(&doc, &language)
    {
        window.resize(1280, 800);
    }
};

} // namespace sd::app::test

// Funnel screenshots for docs/screenshots (hidden; not part of the suite): the funnel, the weekly review and the
// forecast tabs of the Funnel section, in en and zh_CN, on a copy of a demo workspace.
//   SALESDESK_SHOT_WORKSPACE=copy.sqlite SALESDESK_SHOT_DIR=docs/screenshots test_app "[.screenshots-funnel]"

#include "app/FunnelPanel.h"
#include "app/MainWindow.h"
#include "app/SectionInfo.h"
#include "app/WorkspaceDocument.h"

#include "ScreenshotSupport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace sd;
using namespace sd::app;

TEST_CASE("Funnel screenshots", "[.screenshots-funnel]")
{
    const test::ShotPaths paths = test::shotPaths();
    const QString& workspace = paths.workspace;
    const QString& outDir = paths.outDir;
    for (const QString& lang : test::shotLanguages()) {
        test::ShotWindow frame(workspace, lang);
        MainWindow& window = frame.window;
        window.show();
        window.showSection(Section::Funnel);
        auto* panel = window.findChild<FunnelPanel*>();
        REQUIRE(panel);
        QSignalSpy spy(panel, &FunnelPanel::viewUpdated);
        for (int i = 0; i < 300 && (spy.isEmpty() || panel->isComputing()); ++i)
            spy.wait(200);
        REQUIRE_FALSE(panel->isComputing());
        auto* tabs = panel->findChild<QTabWidget*>(QStringLiteral("funnelTabs"));
        REQUIRE(tabs);
        const char* names[] = {"view", "weekly", "forecast"};
        for (int t = 0; t < tabs->count() && t < 3; ++t) {
            tabs->setCurrentIndex(t);
            QTest::qWait(800);
            CHECK(window.grab().save(outDir + QStringLiteral("/funnel-%1-%2.png").arg(QLatin1String(names[t]), lang)));
        }
    }
}

// Screenshots of the Team section's entry screens for docs/screenshots (hidden: run with "[.screenshots-team-edit]"
// and SALESDESK_SHOT_WORKSPACE = a COPY of a demo workspace (rows are written), SALESDESK_SHOT_DIR = the output
// folder, SALESDESK_SHOT_REP, SALESDESK_SHOT_DATE = YYYY-MM-DD, SALESDESK_SHOT_PLAN = customer ids to plan,
// comma-separated). Takes the visit plan, the coaching notes, the training and the care list, in English and Chinese.

#include "app/CareListWidget.h"
#include "app/MainWindow.h"
#include "app/SectionInfo.h"
#include "app/TeamEdits.h"
#include "app/TeamPanel.h"
#include "app/WorkspaceDocument.h"
#include "domain/Period.h"

#include "ScreenshotSupport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace sd;
using namespace sd::app;

TEST_CASE("Team entry screenshots", "[.screenshots-team-edit]")
{
    const test::ShotPaths paths = test::shotPaths();
    const QString& workspace = paths.workspace;
    const QString& outDir = paths.outDir;
    const QString repId = qEnvironmentVariable("SALESDESK_SHOT_REP");
    const QDate day = QDate::fromString(qEnvironmentVariable("SALESDESK_SHOT_DATE"), Qt::ISODate);
    const QStringList plan = qEnvironmentVariable("SALESDESK_SHOT_PLAN").split(QLatin1Char(','), Qt::SkipEmptyParts);
    REQUIRE(day.isValid());
    bool seeded = false;
    for (const QString& lang : test::shotLanguages()) {
        test::ShotWindow frame(workspace, lang);
        MainWindow& window = frame.window;
        auto* panel = qobject_cast<TeamPanel*>(window.sectionWidget(Section::Team));
        REQUIRE(panel);
        window.show();
        window.showSection(Section::Team);
        panel->setAsOf(day);
        for (int i = 0; i < 300 && !panel->isReady(); ++i) {
            QSignalSpy spy(panel, &TeamPanel::dataReady);
            spy.wait(200);
        }
        REQUIRE(panel->isReady());
        REQUIRE(panel->select(QStringLiteral("rep:") + repId));
        const std::string rep = repId.toStdString();
        const Date date = Date::fromYmd(day.year(), day.month(), day.day());
        if (!seeded) {
            seeded = true;
            const std::string week = Period::weekOf(date).label();
            for (const QString& c : plan)
                panel->edits()->addVisitPlan({rep, week, c.toStdString(), std::nullopt});
            panel->edits()->saveCoachingNote({"CN-SHOT-1", rep, date.addDays(-7), std::string("Manager"),
                                              "Pipeline review: two proposals stalled; call both this week."});
            panel->edits()->saveCoachingNote({"CN-SHOT-2", rep, date.addDays(-1), std::string("Manager"),
                                              "Collections: follow up the two overdue invoices before Friday."});
            panel->edits()->saveTraining({"TR-SHOT-1", rep, "Visit planning", TrainingKind::Continuing, std::nullopt,
                                          std::string("visits")});
            panel->edits()->saveTraining({"TR-SHOT-2", rep, "Negotiation basics", TrainingKind::NewHire,
                                          date.addDays(-90), std::string("revenue")});
        }
        auto* tabs = panel->findChild<QTabWidget*>(QStringLiteral("teamTabWidget"));
        const struct
        {
            int tab;
            const char* name;
        } shots[] = {{2, "visit-plan"}, {3, "coaching"}, {1, "training"}, {4, "care"}};
        for (const auto& shot : shots) {
            tabs->setCurrentIndex(shot.tab);
            if (shot.tab == 4)
                panel->careList()->setNotContactedDays(30);
            QTest::qWait(300);
            window.grab().save(outDir + QStringLiteral("/team-%1-%2.png").arg(QString::fromLatin1(shot.name), lang));
        }
    }
}

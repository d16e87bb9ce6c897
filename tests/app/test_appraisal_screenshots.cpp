// Screenshots of the KPI & Appraisal view for docs/screenshots (hidden: run with "[.screenshots-appraisal]" and
// SALESDESK_SHOT_WORKSPACE = a copy of a demo workspace, SALESDESK_SHOT_DIR = the output folder, optionally
// SALESDESK_SHOT_PERIOD = the quarter and SALESDESK_SHOT_REP = the rep). Takes the view, the rep's scorecard with
// the 360 breakdown, the 360 review entry and the rep's PDF form (appraisal-form-<lang>.pdf, to be rendered with
// pdftoppm), in English and Chinese.

#include "app/AppraisalDetailWidget.h"
#include "app/AppraisalPanel.h"
#include "app/AppraisalScoring.h"
#include "app/ReviewEntryWidget.h"
#include "app/WorkspaceDocument.h"
#include "io/AppraisalExport.h"
#include "storage/SqlAppraisalRepository.h"
#include "storage/Workspace.h"

#include "ScreenshotSupport.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace sd::app;

TEST_CASE("Appraisal screenshots", "[.screenshots-appraisal]")
{
    const test::ShotPaths paths = test::shotPaths();
    const QString& workspace = paths.workspace;
    const QString& outDir = paths.outDir;
    const QString period = qEnvironmentVariable("SALESDESK_SHOT_PERIOD", QStringLiteral("2026Q3"));
    const std::string repId = qEnvironmentVariable("SALESDESK_SHOT_REP").toStdString();
    for (const QString& lang : test::shotLanguages()) {
        test::ShotDocument frame(workspace, lang);
        WorkspaceDocument& doc = frame.doc;
        AppraisalPanel panel(&doc);
        panel.resize(1400, 820);
        panel.show();
        panel.setPeriod(period);
        for (int i = 0; i < 600; ++i) {
            const ScoredAppraisal* s = panel.scoring()->current();
            if (s && !panel.scoring()->isBusy() && panel.shown().get() == s)
                break;
            QSignalSpy spy(panel.scoring(), &AppraisalScoring::scored);
            spy.wait(100);
        }
        REQUIRE(panel.shown());
        if (!repId.empty())
            REQUIRE(panel.selectRep(repId));
        QTest::qWait(300);
        panel.grab().save(outDir + QStringLiteral("/appraisal-view-%1.png").arg(lang));
        panel.detail()->grab().save(outDir + QStringLiteral("/appraisal-detail-%1.png").arg(lang));

        panel.detail()->showReviewTab();
        auto* reviews = panel.reviewEntry()->findChild<QTableWidget*>(QStringLiteral("reviewsTable"));
        if (reviews->rowCount() > 0)
            reviews->setCurrentCell(0, 0);
        QTest::qWait(200);
        panel.detail()->grab().save(outDir + QStringLiteral("/appraisal-review-entry-%1.png").arg(lang));

        const auto shown = panel.shown();
        const auto records = sd::storage::SqlAppraisalRepository(*doc.workspace()).records(shown->period.label());
        const sd::io::AppraisalExport ex(*shown->index, shown->settings, shown->result, records);
        const QString pdf = outDir + QStringLiteral("/appraisal-form-%1.pdf").arg(lang);
        for (const sd::RepScorecard& card : shown->result.reps)
            if (card.rep->id == panel.currentRepId())
                ex.writePdfForm(card, pdf.toStdString());
    }
}

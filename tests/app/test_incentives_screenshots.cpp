// Screenshots of the Incentives view for docs/screenshots (hidden: run with "[.screenshots-incentives]" and
// SALESDESK_SHOT_WORKSPACE = a copy of a demo workspace, SALESDESK_SHOT_DIR = the output folder, SALESDESK_SHOT_PERIOD
// = the month). Takes the payouts with a statement, the statement scrolled to its explanation, the what-if, the
// leaderboard and the plan editor (and a refused tier), in English and Chinese.

#include "app/IncentivePlanEditor.h"
#include "app/IncentivesPanel.h"
#include "app/MainWindow.h"
#include "app/SectionInfo.h"
#include "app/WorkspaceDocument.h"

#include "ScreenshotSupport.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTest>

using namespace sd::app;

TEST_CASE("Incentives screenshots", "[.screenshots-incentives]")
{
    const test::ShotPaths paths = test::shotPaths();
    const QString& workspace = paths.workspace;
    const QString& outDir = paths.outDir;
    const QString period = qEnvironmentVariable("SALESDESK_SHOT_PERIOD", QStringLiteral("2026-10"));
    for (const QString& lang : test::shotLanguages()) {
        test::ShotWindow frame(workspace, lang);
        MainWindow& window = frame.window;
        auto* panel = qobject_cast<IncentivesPanel*>(window.sectionWidget(Section::Incentives));
        REQUIRE(panel);
        panel->findChild<QComboBox*>(QStringLiteral("periodCombo"))->setEditText(period);
        QSignalSpy spy(panel, &IncentivesPanel::calculationFinished);
        window.show();
        window.showSection(Section::Incentives);
        if (!panel->isCalculating())
            panel->calculate();
        REQUIRE(spy.wait(60000));
        auto* view = panel->findChild<QTableView*>(QStringLiteral("payoutTableView"));
        view->setCurrentIndex(view->model()->index(2, 0));
        QTest::qWait(300);
        window.grab().save(outDir + QStringLiteral("/incentives-view-%1.png").arg(lang));

        auto* tabs = panel->findChild<QTabWidget*>(QStringLiteral("incentiveTabs"));
        tabs->setCurrentIndex(1);
        auto* category = panel->findChild<QComboBox*>(QStringLiteral("whatIfCategoryCombo"));
        category->setCurrentIndex(std::max(0, category->findData(QStringLiteral("standard"))));
        QTest::keyClicks(panel->findChild<QLineEdit*>(QStringLiteral("whatIfAmountEdit")), QStringLiteral("80000"));
        QTest::qWait(200);
        window.grab().save(outDir + QStringLiteral("/incentives-whatif-%1.png").arg(lang));

        tabs->setCurrentIndex(2);
        QTest::qWait(200);
        window.grab().save(outDir + QStringLiteral("/incentives-leaderboard-%1.png").arg(lang));

        // The statement scrolled to the explanation of its commission.
        tabs->setCurrentIndex(0);
        auto* browser = panel->findChild<QTextBrowser*>(QStringLiteral("statementBrowser"));
        QTest::qWait(200);
        browser->verticalScrollBar()->setValue(browser->verticalScrollBar()->maximum() * 2 / 5);
        window.grab().save(outDir + QStringLiteral("/incentives-statement-%1.png").arg(lang));

        // The plan editor: the form, then a tier that does not ascend refused with field and row.
        tabs->setCurrentIndex(3);
        panel->findChild<QPushButton*>(QStringLiteral("editPlansButton"))->click();
        IncentivePlanEditor* editor = nullptr;
        for (auto* e : panel->findChildren<IncentivePlanEditor*>())
            if (e->isVisible())
                editor = e;
        REQUIRE(editor);
        editor->resize(1180, 780);
        QTest::qWait(200);
        editor->grab().save(outDir + QStringLiteral("/incentives-planeditor-%1.png").arg(lang));
        auto* tiers = editor->findChild<QTableWidget*>(QStringLiteral("tiersTable"));
        if (tiers && tiers->rowCount() >= 2) {
            tiers->item(1, 0)->setText(QStringLiteral("0"));
            QTest::qWait(100);
            editor->grab().save(outDir + QStringLiteral("/incentives-planeditor-error-%1.png").arg(lang));
        }
        editor->reject();
        tabs->setCurrentIndex(0);
    }
}

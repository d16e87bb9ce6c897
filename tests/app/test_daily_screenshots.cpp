// Screenshots of the daily-process screens for docs/screenshots (hidden: run with "[.screenshots-daily]" and
// SALESDESK_SHOT_WORKSPACE = a COPY of a demo workspace (a unit is added and deactivated), SALESDESK_SHOT_DIR = the
// output folder, SALESDESK_SHOT_DATE = YYYY-MM-DD, SALESDESK_SHOT_TEAM = a team id, SALESDESK_SHOT_CUSTOMER = a
// customer id). Takes the receivables page, a team's talent ladder, the unit deactivation (the tree with the inactive
// unit shown, and the refusal for a team that still has reps) and a customer's details, in English and Chinese.

#include "app/CustomerReceivablesWidget.h"
#include "app/CustomersPanel.h"
#include "app/MainWindow.h"
#include "app/SectionInfo.h"
#include "app/TeamEdits.h"
#include "app/TeamPanel.h"
#include "app/TeamUnitStatus.h"
#include "app/WorkspaceDocument.h"
#include "storage/SqlOrgRepository.h"
#include "storage/Workspace.h"

#include "ScreenshotSupport.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace sd;
using namespace sd::app;

namespace {

void waitTeam(TeamPanel* panel)
{
    for (int i = 0; i < 600 && !panel->isReady(); ++i) {
        QSignalSpy spy(panel, &TeamPanel::dataReady);
        spy.wait(200);
    }
    REQUIRE(panel->isReady());
}

void waitReceivables(CustomerReceivablesWidget* w)
{
    for (int i = 0; i < 600 && !w->isReady(); ++i) {
        QSignalSpy spy(w, &CustomerReceivablesWidget::reportReady);
        spy.wait(200);
    }
    REQUIRE(w->isReady());
}

} // namespace

TEST_CASE("Daily process screenshots", "[.screenshots-daily]")
{
    const test::ShotPaths paths = test::shotPaths();
    const QString& workspace = paths.workspace;
    const QString& outDir = paths.outDir;
    const QDate day = QDate::fromString(qEnvironmentVariable("SALESDESK_SHOT_DATE"), Qt::ISODate);
    const std::string team = qEnvironmentVariable("SALESDESK_SHOT_TEAM").toStdString();
    const std::string customer = qEnvironmentVariable("SALESDESK_SHOT_CUSTOMER").toStdString();
    REQUIRE(day.isValid());
    const auto shot = [&](QWidget& w, const char* name, const QString& lang) {
        QTest::qWait(300);
        REQUIRE(w.grab().save(outDir + QStringLiteral("/daily-%1-%2.png").arg(QString::fromLatin1(name), lang)));
    };
    bool seeded = false;
    for (const QString& lang : test::shotLanguages()) {
        test::ShotWindow frame(workspace, lang);
        WorkspaceDocument& doc = frame.doc;
        MainWindow& window = frame.window;
        window.show();

        // Receivables: aging, overdue, credit risk.
        auto* customers = qobject_cast<CustomersPanel*>(window.sectionWidget(Section::Customers));
        REQUIRE(customers);
        window.showSection(Section::Customers);
        customers->showReceivables();
        customers->receivables()->setAsOf(day);
        waitReceivables(customers->receivables());
        shot(window, "receivables", lang);
        customers->receivables()->setGrouping(CustomerReceivablesWidget::Grouping::Rep);
        shot(window, "receivables-reps", lang);

        // A customer's details.
        customers->findChild<QTabWidget*>(QStringLiteral("customersTabWidget"))->setCurrentIndex(0);
        customers->showCustomer(customer);
        shot(window, "customer-detail", lang);

        // The team's talent ladder.
        auto* panel = qobject_cast<TeamPanel*>(window.sectionWidget(Section::Team));
        REQUIRE(panel);
        window.showSection(Section::Team);
        panel->setAsOf(day);
        waitTeam(panel);
        if (!seeded) {
            seeded = true;
            // An empty team next to the shown one, closed: it leaves the tree.
            const auto units = storage::SqlOrgRepository(*doc.workspace()).orgUnits();
            std::optional<std::string> parent;
            for (const OrgUnit& u : units)
                if (u.id == team)
                    parent = u.parentId;
            REQUIRE_FALSE(panel->edits()->addUnit({"T-CLOSED", parent, "Team West (pilot)", OrgKind::Team}));
            const Date on = Date::fromYmd(day.year(), day.month(), day.day());
            REQUIRE_FALSE(TeamUnitStatus::deactivate(&doc, "T-CLOSED", on));
            waitTeam(panel);
        }
        REQUIRE(panel->select(QStringLiteral("unit:") + QString::fromStdString(team)));
        panel->findChild<QTabWidget*>(QStringLiteral("teamTabWidget"))->setCurrentIndex(0);
        shot(window, "team-ladder", lang);

        // Deactivation: the inactive unit shown on request, then the refusal for the team that still has reps.
        panel->findChild<QCheckBox*>(QStringLiteral("showInactiveUnitsCheckBox"))->setChecked(true);
        REQUIRE(panel->select(QStringLiteral("unit:T-CLOSED")));
        shot(window, "unit-deactivation", lang);
        panel->findChild<QCheckBox*>(QStringLiteral("showInactiveUnitsCheckBox"))->setChecked(false);
        const storage::SqlOrgRepository org(*doc.workspace());
        const auto units = org.orgUnits();
        const Date on = Date::fromYmd(day.year(), day.month(), day.day());
        for (const OrgUnit& u : units)
            if (u.id == team) {
                QMessageBox box(QMessageBox::Warning, TeamPanel::tr("Team"),
                                TeamUnitStatus::blockedMessage(u, org.deactivationBlockers(team, on), on),
                                QMessageBox::Ok, &window);
                box.show();
                QTest::qWait(300);
                REQUIRE(box.grab().save(outDir + QStringLiteral("/daily-unit-refused-%1.png").arg(lang)));
            }
    }
}

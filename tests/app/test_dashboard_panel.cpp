// The Dashboard section on tests/data/daily (see tests/cli/test_meeting_pack_cli.cpp for the fixture), as of
// 2026-03-15, with r3 moved from t1 to t2 effective 2026-03-09.

#include "app/CustomersPanel.h"
#include "app/DashboardPanel.h"
#include "app/DatasetCache.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "app/WorkspaceDocument.h"
#include "io/Import.h"
#include "storage/SqlDailyRepository.h"
#include "storage/SqlOrgRepository.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace sd;
using namespace sd::app;

namespace {

struct DailyFixture
{
    QTemporaryDir dir;
    WorkspaceDocument document;
    DailyFixture()
    {
        const QString path = dir.filePath(QStringLiteral("w.sqlite"));
        {
            storage::Workspace ws(path);
            io::ImportOptions options;
            options.workspaceJson = SALESDESK_TEST_DATA "/daily/workspace.json";
            REQUIRE(io::importFolder(ws, SALESDESK_TEST_DATA "/daily", options).written);
            storage::SqlDailyRepository(ws).moveRep("r3", "t2", Date::parseOrThrow("2026-03-09"));
        }
        document.open(path);
    }
};

// Waits until the panel shows figures for the owner and day.
const DashboardFigures& waitForFigures(DashboardPanel& panel, const std::string& owner, const char* day)
{
    for (int i = 0; i < 100; ++i) {
        const DashboardFigures* f = panel.figures();
        if (f && f->owner.toString() == owner && f->today == Date::parseOrThrow(day))
            return *f;
        QSignalSpy spy(&panel, &DashboardPanel::figuresReady);
        spy.wait(200);
    }
    FAIL("the dashboard never showed " << owner << " as of " << day);
    return *panel.figures();
}

QString labelText(DashboardPanel& panel, const char* name)
{
    auto* label = panel.findChild<QLabel*>(QString::fromLatin1(name));
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("dashboard tiles are filled for a team, and a tile opens its section", "[daily]")
{
    DailyFixture f;
    DashboardPanel panel(&f.document);
    panel.resize(1100, 800);
    panel.show();
    panel.setAsOf(QDate(2026, 3, 15));
    auto* owner = panel.findChild<QComboBox*>(QStringLiteral("ownerFilterComboBox"));
    REQUIRE(owner);
    waitForFigures(panel, "unit:co", "2026-03-15");
    // Company, Team One with Alice and Bob, Team Two with Carol.
    CHECK(owner->count() == 6);
    owner->setCurrentIndex(owner->findData(QStringLiteral("unit:t1")));
    const DashboardFigures& fig = waitForFigures(panel, "unit:t1", "2026-03-15");

    // Revenue to 03-15 with r3's results staying in t1 up to 03-08: month o3 1500 + o2 800 = 2300 / 5000 = 46.0%;
    // quarter + o1 2000 = 4300 / 5000 = 86.0%. No collections target: the bars say so.
    REQUIRE(fig.revenue.month);
    CHECK(fig.revenue.month->actual == 230000);
    CHECK(panel.findChild<QProgressBar*>(QStringLiteral("revenueMonthBar"))->format() == QStringLiteral("46.0%"));
    CHECK(panel.findChild<QProgressBar*>(QStringLiteral("revenueMonthBar"))->value() == 46);
    CHECK(panel.findChild<QProgressBar*>(QStringLiteral("revenueQuarterBar"))->format() == QStringLiteral("86.0%"));
    CHECK(panel.findChild<QProgressBar*>(QStringLiteral("collectionsMonthBar"))->format() == QStringLiteral("no target"));

    // Funnel of r1 and r2 (r3's op4 moved with it): op1 qualify 1000 × 25% + op2 lead 500 × 10% + op3 proposal
    // 700 × 50% = 650.00 weighted, 2,200.00 open.
    CHECK(fig.funnel.openCount == 3);
    CHECK(fig.funnel.weightedTotal.cents() == 65000);
    CHECK(labelText(panel, "funnelSummaryLabel").contains(QStringLiteral("650.00")));
    CHECK(labelText(panel, "funnelSummaryLabel").contains(QStringLiteral("2,200.00")));

    // Receivables of r1 and r2: o1 1200 + o5 600 + o2 800 = 2600; overdue o1 + o5 = 1800, over 90 days o5 600;
    // c1 over its limit; March collection rate 300 / 2100 = 14.3%.
    CHECK(fig.balanceCents == 260000);
    CHECK(fig.overdueCents == 180000);
    CHECK(fig.over90Cents == 60000);
    CHECK(fig.creditFlags == 1);
    CHECK(labelText(panel, "collectionsSummaryLabel").contains(QStringLiteral("14.3%")));

    // Stalled: op3 in proposal since 01-20, 54 days ≥ 30.
    CHECK(fig.stalledCount == 1);
    CHECK(labelText(panel, "stalledSummaryLabel").contains(QStringLiteral("Acme expansion")));
    // Care: Acme's birthday 03-20 is 5 days ahead; nobody in t1 is 60 days without contact.
    CHECK(fig.keyDatesCount == 1);
    CHECK(fig.notContactedCount == 0);
    CHECK(labelText(panel, "careSummaryLabel").contains(QStringLiteral("Acme")));
    // Contest (no plan with a contest: revenue this month): Bob 800.00 ranks 1, Alice has nothing above 0.
    REQUIRE(fig.leaderboard.size() == 1);
    CHECK(fig.leaderboard[0].repId == "r2");
    CHECK(labelText(panel, "contestSummaryLabel").contains(QStringLiteral("Bob Li")));

    QSignalSpy open(&panel, &DashboardPanel::openSection);
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("attainmentOpenButton")), Qt::LeftButton);
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).value<Section>() == Section::Targets);
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("contestOpenButton")), Qt::LeftButton);
    CHECK(open.at(1).at(0).value<Section>() == Section::Incentives);
}

TEST_CASE("the collections tile opens the Customers section on its Receivables page", "[daily]")
{
    DailyFixture f;
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    MainWindow window(&f.document, &language);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.showSection(Section::Dashboard);
    auto* panel = window.findChild<DashboardPanel*>(QStringLiteral("dashboardPanel"));
    REQUIRE(panel);
    auto* button = panel->findChild<QPushButton*>(QStringLiteral("collectionsOpenButton"));
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton);
    CHECK(window.currentSection() == Section::Customers);
    REQUIRE(window.customersPanel());
    auto* tabs = window.customersPanel()->findChild<QTabWidget*>(QStringLiteral("customersTabWidget"));
    REQUIRE(tabs);
    CHECK(tabs->currentIndex() == 1);
    CHECK(tabs->tabText(tabs->currentIndex()) == QStringLiteral("Receivables"));

    // The other tiles still open their section only: the care tile shows the Customers section as it was.
    window.customersPanel()->findChild<QTabWidget*>(QStringLiteral("customersTabWidget"))->setCurrentIndex(0);
    window.showSection(Section::Dashboard);
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("careOpenButton")), Qt::LeftButton);
    CHECK(window.currentSection() == Section::Customers);
    CHECK(tabs->currentIndex() == 0);
}

TEST_CASE("the owner filter leaves out deactivated units unless one is the owner shown", "[daily][org-status]")
{
    DailyFixture f;
    {
        // t3: an empty team deactivated before the dashboard opens; t4: an empty team, active for now.
        storage::SqlOrgRepository org(*f.document.workspace());
        org.save(OrgUnit{"t3", "co", "Team Three", OrgKind::Team});
        org.save(OrgUnit{"t4", "co", "Team Four", OrgKind::Team});
        org.deactivateUnit("t3", Date::parseOrThrow("2026-03-01"));
    }
    f.document.reload();
    DashboardPanel panel(&f.document);
    panel.resize(1100, 800);
    panel.show();
    panel.setAsOf(QDate(2026, 3, 15));
    auto* owner = panel.findChild<QComboBox*>(QStringLiteral("ownerFilterComboBox"));
    REQUIRE(owner);
    waitForFigures(panel, "unit:co", "2026-03-15");
    // Company, Team One with Alice and Bob, Team Two with Carol, Team Four; not Team Three.
    CHECK(owner->count() == 7);
    CHECK(owner->findData(QStringLiteral("unit:t3")) < 0);
    REQUIRE(owner->findData(QStringLiteral("unit:t4")) >= 0);

    // Team Four is deactivated while it is the owner shown: it stays, marked, until another owner is chosen.
    owner->setCurrentIndex(owner->findData(QStringLiteral("unit:t4")));
    waitForFigures(panel, "unit:t4", "2026-03-15");
    storage::SqlOrgRepository(*f.document.workspace()).deactivateUnit("t4", Date::parseOrThrow("2026-03-10"));
    f.document.reload();
    auto marked = [&] {
        return owner->itemText(owner->findData(QStringLiteral("unit:t4"))).contains(QStringLiteral("inactive"));
    };
    for (int i = 0; i < 50 && !marked(); ++i) {
        QSignalSpy spy(&panel, &DashboardPanel::figuresReady);
        spy.wait(200);
    }
    const int t4 = owner->findData(QStringLiteral("unit:t4"));
    REQUIRE(t4 >= 0);
    CHECK(owner->currentIndex() == t4);
    CHECK(owner->itemText(t4).contains(QStringLiteral("Team Four (inactive)")));
    waitForFigures(panel, "unit:t4", "2026-03-15");

    owner->setCurrentIndex(owner->findData(QStringLiteral("unit:co")));
    waitForFigures(panel, "unit:co", "2026-03-15");
    f.document.reload();
    for (int i = 0; i < 50 && owner->findData(QStringLiteral("unit:t4")) >= 0; ++i) {
        QSignalSpy spy(&panel, &DashboardPanel::figuresReady);
        spy.wait(200);
    }
    CHECK(owner->findData(QStringLiteral("unit:t4")) < 0);
    CHECK(owner->findData(QStringLiteral("unit:t3")) < 0);
    CHECK(owner->count() == 6);
    CHECK(owner->currentData().toString() == QStringLiteral("unit:co"));
}

TEST_CASE("on reopening, the dashboard shows the figures saved last time until the fresh ones are computed",
          "[daily][dashboard]")
{
    DailyFixture f;
    const QString path = f.dir.filePath(QStringLiteral("w.sqlite"));
    const std::string today = QDate::currentDate().toString(Qt::ISODate).toStdString();
    DashboardSummary saved;
    QString funnelText;
    {
        DashboardPanel panel(&f.document);
        panel.show();
        auto* owner = panel.findChild<QComboBox*>(QStringLiteral("ownerFilterComboBox"));
        waitForFigures(panel, "unit:co", today.c_str());
        owner->setCurrentIndex(owner->findData(QStringLiteral("unit:t1")));
        waitForFigures(panel, "unit:t1", today.c_str());
        REQUIRE(panel.summary());
        CHECK_FALSE(panel.savedAt().isValid());
        saved = *panel.summary();
        funnelText = labelText(panel, "funnelSummaryLabel");
    }

    // The next session: the saved figures of the owner shown last are on the tiles before any row is loaded (no
    // event has been processed yet), marked as saved; the fresh figures then replace them.
    {
        WorkspaceDocument again;
        again.open(path);
        DashboardPanel panel(&again);
        QSignalSpy shown(&panel, &DashboardPanel::savedFiguresShown);
        panel.show();
        REQUIRE(shown.count() == 1);
        CHECK(panel.figures() == nullptr);
        REQUIRE(panel.summary());
        CHECK(*panel.summary() == saved);
        CHECK(panel.savedAt().isValid());
        CHECK(panel.findChild<QComboBox*>(QStringLiteral("ownerFilterComboBox"))->currentData().toString()
              == QStringLiteral("unit:t1"));
        CHECK(labelText(panel, "funnelSummaryLabel") == funnelText);
        CHECK(labelText(panel, "dashboardStatusLabel").contains(QStringLiteral("saved")));
        waitForFigures(panel, "unit:t1", today.c_str());
        CHECK_FALSE(panel.savedAt().isValid());
        CHECK(*panel.summary() == saved); // nothing changed in between
        CHECK(labelText(panel, "dashboardStatusLabel").startsWith(QStringLiteral("As of")));
    }

    // Other data at the same place (here: a rep more) is not shown the figures of the old data.
    storage::SqlOrgRepository(*f.document.workspace()).save(Rep{"r9", "Dan Wu", "t2", Role::Rep, Level::Mid, Date::parseOrThrow("2025-01-01"), std::nullopt, true, std::nullopt});
    {
        WorkspaceDocument again;
        again.open(path);
        DashboardPanel panel(&again);
        QSignalSpy shown(&panel, &DashboardPanel::savedFiguresShown);
        panel.show();
        CHECK(shown.count() == 0);
        CHECK(panel.summary() == nullptr);
        CHECK(labelText(panel, "dashboardStatusLabel") == QStringLiteral("Loading the workspace…"));
    }
}

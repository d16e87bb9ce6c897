// The dashboard's one-pass figures against the engines on the small demo workspace (a copy of
// /work/data/small.sqlite, or SALESDESK_SMALL_WORKSPACE): attainment of revenue and collections (TargetMonitor::views)
// and the month's collection rate (ReceivablesEngine::collectionRateOf) for the company, a region, a team and a rep.
// Skipped when the file is not there.

#include "domain/Dashboard.h"
#include "io/WorkspaceJson.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

using namespace sd;

TEST_CASE("dashboard figures equal the engines' on the small demo workspace", "[daily][dashboard]")
{
    const char* env = std::getenv("SALESDESK_SMALL_WORKSPACE");
    const QString source = QString::fromLocal8Bit(env ? env : "/work/data/small.sqlite");
    if (!QFile::exists(source)) {
        WARN("no small demo workspace at " << source.toStdString() << ": skipped");
        return;
    }
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("small.sqlite"));
    REQUIRE(QFile::copy(source, copy));
    storage::Workspace ws(copy);
    const WorkspaceSettings settings = io::loadSettings(ws);
    const Dataset ds = ws.loadDataset(storage::PartAll);
    const DatasetIndex index(ds);
    const ActualsEngine actuals(index, settings);
    const TargetLookup targets(ds.targets);
    const TargetMonitor monitor(actuals, targets, settings);
    const ReceivablesEngine receivables(index, settings);
    DashboardContext dashboard(index, settings);
    const FiscalCalendar cal = settings.calendar();

    REQUIRE(index.root());
    const OrgUnit* region = index.childUnits(index.root()->id).at(0);
    const OrgUnit* team = index.childUnits(region->id).at(0);
    const Rep* rep = index.repsDirectlyIn(team->id).at(0);
    std::size_t withTarget = 0;
    for (const Date today : {Date::parseOrThrow("2026-11-26"), Date::parseOrThrow("2026-03-31"),
                             Date::parseOrThrow("2025-07-01")}) {
        for (const OwnerRef& owner : {OwnerRef{OwnerKind::Unit, index.root()->id}, OwnerRef{OwnerKind::Unit, region->id},
                                      OwnerRef{OwnerKind::Unit, team->id}, OwnerRef{OwnerKind::Rep, rep->id}}) {
            INFO(today.toString() << " " << owner.toString());
            const DashboardFigures f = dashboard.compute(owner, today);
            for (const Metric metric : {Metric::Revenue, Metric::Collections}) {
                const TargetMonitor::Views expected = monitor.views(owner, metric, Segment::All, today);
                const TargetMonitor::Views& got = metric == Metric::Revenue ? f.revenue : f.collections;
                for (auto [e, g] : {std::pair{&expected.month, &got.month}, std::pair{&expected.quarter, &got.quarter},
                                    std::pair{&expected.year, &got.year}}) {
                    REQUIRE(e->has_value() == g->has_value());
                    if (!*e)
                        continue;
                    ++withTarget;
                    CHECK((*g)->actual == (*e)->actual);
                    CHECK((*g)->target == (*e)->target);
                    CHECK((*g)->attainment == (*e)->attainment);
                    CHECK((*g)->gap == (*e)->gap);
                    CHECK((*g)->runRate == (*e)->runRate);
                    CHECK((*g)->elapsedWorkingDays == (*e)->elapsedWorkingDays);
                }
            }
            const Period month = Period::monthOf(today);
            const CollectionRate rate = receivables.collectionRateOf(owner, month.firstDay(cal), month.lastDay(cal));
            CHECK(f.collectionRate.dueCents == rate.dueCents);
            CHECK(f.collectionRate.collectedCents == rate.collectedCents);
            CHECK(f.collectionRate.dueOrders == rate.dueOrders);
            CHECK(f.collectionRate.rate == rate.rate);
            std::int64_t balance = 0;
            for (const Receivable& r : receivables.receivables(today, owner))
                balance += r.balanceCents;
            CHECK(f.balanceCents == balance);
        }
    }
    CHECK(withTarget > 0);
}

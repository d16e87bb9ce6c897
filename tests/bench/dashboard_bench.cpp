// Dashboard benchmark (docs/performance.md, "Dashboard"): loads a workspace as the panel does (every part, the kept
// team memberships), then times what the panel's worker computes — the engines' context, the company view (the
// one-pass figures of the day), the company again, a region, a team and a rep. Prints JSON with wall, thread-CPU and
// process-CPU (every thread) milliseconds per step. With --dump FILE, every figure of every view is written to FILE
// as text (to check that a faster version gives exactly the same figures: diff two dumps).
//
//   dashboard_bench WORKSPACE.sqlite [YYYY-MM-DD] [--dump FILE]

#include "domain/Dashboard.h"
#include "io/WorkspaceJson.h"
#include "storage/SqlDailyRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>

using namespace sd;

namespace {

struct Timer
{
    std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
    timespec cpu{};
    timespec processCpu{};
    Timer()
    {
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu);
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &processCpu);
    }
    double wallMs() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall).count();
    }
    static double since(clockid_t clock, const timespec& from)
    {
        timespec now{};
        clock_gettime(clock, &now);
        return double(now.tv_sec - from.tv_sec) * 1e3 + double(now.tv_nsec - from.tv_nsec) / 1e6;
    }
    double cpuMs() const { return since(CLOCK_THREAD_CPUTIME_ID, cpu); }
    // Every thread's CPU (the dashboard runs part of a day's first view on a second thread).
    double processCpuMs() const { return since(CLOCK_PROCESS_CPUTIME_ID, processCpu); }
};

void report(const std::string& step, const Timer& t, bool last = false)
{
    std::printf("  \"%s\": {\"wall_ms\": %.1f, \"cpu_ms\": %.1f, \"process_cpu_ms\": %.1f}%s\n", step.c_str(),
                t.wallMs(), t.cpuMs(), t.processCpuMs(), last ? "" : ",");
    std::fflush(stdout);
}

std::string opt(const std::optional<Rational>& r) { return r ? r->toString() : "-"; }

void dumpViews(std::ostream& out, const char* name, const TargetMonitor::Views& views)
{
    for (const auto* v : {&views.month, &views.quarter, &views.year}) {
        out << name;
        if (!*v) {
            out << " none\n";
            continue;
        }
        const TargetStatus& s = **v;
        out << ' ' << s.period.label() << " target " << s.target << " actual " << s.actual << " att "
            << opt(s.attainment) << " gap " << s.gap << " run " << (s.runRate ? std::to_string(*s.runRate) : "-")
            << ' ' << s.from.toString() << ".." << s.to.toString() << ' ' << s.elapsedWorkingDays << '/'
            << s.workingDays << '\n';
    }
}

void dump(std::ostream& out, const std::string& step, const DashboardFigures& f)
{
    out << "== " << step << ' ' << f.owner.toString() << ' ' << f.today.toString() << '\n';
    dumpViews(out, "revenue", f.revenue);
    dumpViews(out, "collections", f.collections);
    const FunnelSnapshot& s = f.funnel;
    out << "funnel open " << s.openCount << ' ' << s.openAmount.toString() << " weighted "
        << s.weightedExactCents.toString() << ' ' << s.weightedTotal.toString() << " won " << s.wonCount << " lost "
        << s.lostCount << " unknown " << s.unknownStageCount << " winrate " << opt(f.winRate) << '\n';
    for (const StageFigures& st : s.stages)
        out << "stage " << st.code << ' ' << st.count << ' ' << st.amount.toString() << ' ' << st.weighted.toString()
            << '\n';
    out << "receivables " << f.balanceCents << " overdue " << f.overdueCents << " over90 " << f.over90Cents
        << " flags " << f.creditFlags << " rate " << f.collectionRate.dueCents << ' ' << f.collectionRate.collectedCents
        << ' ' << f.collectionRate.dueOrders << ' ' << opt(f.collectionRate.rate) << '\n';
    out << "stalled " << f.stalledCount << ' ' << f.stalledAmount.toString() << '\n';
    for (const StalledDeal& d : f.stalled)
        out << "  " << d.opportunity->id << ' ' << d.stage << ' ' << d.daysInStage << '\n';
    out << "care " << f.keyDatesCount << ' ' << f.notContactedCount << '\n';
    for (const CareReminder& c : f.care)
        out << "  " << static_cast<int>(c.kind) << ' ' << c.customer->id << ' ' << c.date.toString() << ' ' << c.days
            << '\n';
    out << "contest " << f.contestMetric << ' ' << f.contestPeriod << '\n';
    for (const ContestPlace& p : f.leaderboard) {
        out << "  " << p.repId << ' ' << p.value.toString() << ' ' << (p.rank ? *p.rank : 0) << ' ' << p.prizeCents;
        for (const std::string& t : p.titles)
            out << ' ' << t;
        out << '\n';
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    std::vector<std::string> args(argv + 1, argv + argc);
    std::ofstream dumpFile;
    for (std::size_t i = 0; i + 1 < args.size(); ++i)
        if (args[i] == "--dump") {
            dumpFile.open(args[i + 1]);
            const auto at = args.begin() + static_cast<std::ptrdiff_t>(i);
            args.erase(at, at + 2);
            break;
        }
    if (args.empty()) {
        std::fprintf(stderr, "usage: dashboard_bench WORKSPACE.sqlite [YYYY-MM-DD] [--dump FILE]\n");
        return 2;
    }
    const Date today = args.size() > 1 ? Date::parseOrThrow(args[1]) : Date::parseOrThrow("2026-11-26");
    storage::Workspace ws(QString::fromLocal8Bit(args[0].c_str()));
    const WorkspaceSettings settings = io::loadSettings(ws);
    std::printf("{\n");
    Timer load;
    const Dataset ds = ws.loadDataset(storage::PartAll);
    const DailyRecords records = storage::SqlDailyRepository(ws).load();
    report("load_dataset", load);
    Timer index;
    const DatasetIndex idx(ds);
    report("dataset_index", index);
    Timer context;
    DashboardContext dashboard(idx, settings, records.unitHistory);
    report("dashboard_context", context);

    const OrgUnit* root = idx.root();
    const OrgUnit* region = root && !idx.childUnits(root->id).empty() ? idx.childUnits(root->id).front() : nullptr;
    const OrgUnit* team = region && !idx.childUnits(region->id).empty() ? idx.childUnits(region->id).front() : nullptr;
    const Rep* rep = team && !idx.repsDirectlyIn(team->id).empty() ? idx.repsDirectlyIn(team->id).front() : nullptr;
    std::int64_t checksum = 0;
    auto run = [&](const std::string& step, const std::optional<OwnerRef>& owner) {
        Timer t;
        const DashboardFigures f = dashboard.compute(owner, today);
        report(step, t);
        if (dumpFile.is_open())
            dump(dumpFile, step, f);
        checksum += f.balanceCents + (f.revenue.year ? f.revenue.year->actual : 0);
    };
    run("company_first", std::nullopt);
    run("company_again", std::nullopt);
    if (region)
        run("region " + region->id, OwnerRef{OwnerKind::Unit, region->id});
    if (team)
        run("team " + team->id, OwnerRef{OwnerKind::Unit, team->id});
    if (rep)
        run("rep " + rep->id, OwnerRef{OwnerKind::Rep, rep->id});
    std::printf("  \"checksum\": %lld\n}\n", static_cast<long long>(checksum));
    return 0;
}

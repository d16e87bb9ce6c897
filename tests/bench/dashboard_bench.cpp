// Dashboard benchmark (docs/performance.md, "Dashboard"): loads a workspace as the panel does (every part, the kept
// team memberships), then times what the panel's worker computes — the engines' context, the company view (the
// one-pass figures of the day), the company again, a region, a team and a rep. Prints JSON with wall and thread-CPU
// milliseconds per step.
//
//   dashboard_bench WORKSPACE.sqlite [YYYY-MM-DD]

#include "domain/Dashboard.h"
#include "io/WorkspaceJson.h"
#include "storage/SqlDailyRepository.h"
#include "storage/Workspace.h"

#include <QCoreApplication>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <string>

using namespace sd;

namespace {

struct Timer
{
    std::chrono::steady_clock::time_point wall = std::chrono::steady_clock::now();
    timespec cpu{};
    Timer() { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &cpu); }
    double wallMs() const
    {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - wall).count();
    }
    double cpuMs() const
    {
        timespec now{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec - cpu.tv_sec) * 1e3 + double(now.tv_nsec - cpu.tv_nsec) / 1e6;
    }
};

void report(const std::string& step, const Timer& t, bool last = false)
{
    std::printf("  \"%s\": {\"wall_ms\": %.1f, \"cpu_ms\": %.1f}%s\n", step.c_str(), t.wallMs(), t.cpuMs(),
                last ? "" : ",");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: dashboard_bench WORKSPACE.sqlite [YYYY-MM-DD]\n");
        return 2;
    }
    const Date today = argc > 2 ? Date::parseOrThrow(argv[2]) : Date::parseOrThrow("2026-11-26");
    storage::Workspace ws(QString::fromLocal8Bit(argv[1]));
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

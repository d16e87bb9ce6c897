// Targets benchmark (docs/performance.md, "Targets"): decomposes a company target down to every rep of a workspace by
// month and ISO week, and times what opening the Targets view computes (organisation, stored targets, the grid).
// Prints JSON with wall and thread-CPU milliseconds per step.
//
//   targets_bench WORKSPACE.sqlite [FISCAL_YEAR]

#include "app/TargetGrid.h"
#include "domain/Actuals.h"
#include "domain/DatasetIndex.h"
#include "domain/TargetDecomposition.h"
#include "domain/WeekTargets.h"
#include "io/WorkspaceJson.h"
#include "storage/SqlTargetPlanRepository.h"
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

void report(const char* step, const Timer& t, bool last = false)
{
    std::printf("  \"%s\": {\"wall_ms\": %.1f, \"cpu_ms\": %.1f}%s\n", step, t.wallMs(), t.cpuMs(), last ? "" : ",");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: targets_bench WORKSPACE.sqlite [FISCAL_YEAR]\n");
        return 2;
    }
    const int year = argc > 2 ? std::stoi(argv[2]) : 2027;
    storage::Workspace ws(QString::fromLocal8Bit(argv[1]));
    const WorkspaceSettings settings = io::loadSettings(ws);
    const FiscalCalendar cal = settings.calendar();
    std::printf("{\n");

    // What the view needs before it is usable: the organisation (DatasetCache, PartOrg), the stored targets and
    // their lifecycle rows of one metric and year, the grid.
    Timer org;
    const Dataset orgData = ws.loadDataset(storage::PartOrg);
    report("view_load_org", org);
    Timer plans;
    const auto stored = storage::SqlTargetPlanRepository(ws).plans(Metric::Revenue, app::TargetGrid::storedPeriods(year, cal),
                                                             Segment::All);
    report("view_read_targets", plans);
    Timer grid;
    app::TargetGridRequest request{Metric::Revenue, Segment::All, year, false, cal};
    const auto g = app::TargetGrid::build(orgData, stored, request);
    report("view_build_grid", grid);
    Timer gridWeeks;
    request.weeks = true;
    const auto gw = app::TargetGrid::build(orgData, stored, request);
    report("view_build_grid_with_weeks", gridWeeks);

    // The decomposition: every figure exact, company → regions → teams → 2,000 reps, 12 months, 2 segments.
    Timer load;
    const Dataset ds = ws.loadDataset(storage::PartOrg | storage::PartCustomers | storage::PartOrders | storage::PartPayments);
    report("decompose_load_dataset", load);
    Timer index;
    const DatasetIndex idx(ds);
    const ActualsEngine actuals(idx, settings);
    report("decompose_index", index);
    const TargetDecomposer decomposer(actuals, settings);
    DecompositionRequest req;
    req.owner = OwnerRef{OwnerKind::Unit, idx.root()->id};
    req.period = Period::year(year);
    req.amount = 100000000000; // 1,000,000,000.00
    req.toReps = true;
    req.existingShare = Rational(7, 10);
    std::size_t reps = 0;
    const auto countReps = [&](const Decomposition& d) {
        reps = 0;
        for (const DecomposedNode& n : d.nodes)
            reps += n.owner.kind == OwnerKind::Rep;
    };
    for (OrgMethod m : {OrgMethod::Equal, OrgMethod::Capacity}) {
        Timer t;
        const Decomposition d = decomposer.decompose(req);
        countReps(d);
        report(m == OrgMethod::Equal ? "decompose_equal_share_given" : "decompose_capacity_share_given", t);
        req.method = OrgMethod::Capacity;
    }
    req.method = OrgMethod::Equal;
    req.existingShare.reset();
    Timer hist;
    const Decomposition d = decomposer.decompose(req);
    report("decompose_equal_share_from_history", hist);
    req.method = OrgMethod::History;
    req.seasonality = SeasonalityMethod::History;
    Timer allHist;
    const Decomposition dh = decomposer.decompose(req);
    report("decompose_history_org_months_share", allHist);

    // Weeks: every rep's ISO weeks of the year from its months' working days.
    Timer weeks;
    const std::vector<Period> months = d.months;
    std::int64_t checksum = 0;
    std::size_t weekCells = 0;
    const Period firstWeek = Period::weekOf(req.period.firstDay(cal));
    std::vector<Period> weekList;
    for (Date day = isoWeekMonday(firstWeek.yearNumber(), firstWeek.index()); day <= req.period.lastDay(cal);
         day = day.addDays(7))
        weekList.push_back(Period::weekOf(day));
    for (const DecomposedNode& n : d.nodes) {
        if (n.owner.kind != OwnerKind::Rep)
            continue;
        const std::vector<std::optional<std::int64_t>> amounts(n.months.begin(), n.months.end());
        for (const auto& w : weekTargets(weekList, months, amounts)) {
            checksum += w.value_or(0);
            ++weekCells;
        }
    }
    report("weeks_all_reps", weeks);
    std::printf("  \"reps\": %zu, \"nodes\": %zu, \"grid_rows\": %zu, \"stored_rows\": %zu, \"week_cells\": %zu,"
                " \"week_checksum\": %lld, \"history_nodes\": %zu\n}\n",
                reps, d.nodes.size(), g.rows().size() + gw.rows().size() * 0, stored.size(), weekCells,
                static_cast<long long>(checksum), dh.nodes.size());
    return 0;
}

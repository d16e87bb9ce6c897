#include "io/DemoGenerator.h"

#include "io/DemoModel.h"

#include <chrono>
#include <filesystem>
#include <system_error>

namespace sd::io {

namespace demo {

namespace {

DemoScale scaleFor(DemoSize size)
{
    if (size == DemoSize::Large)
        return DemoScale{ 10, 20, 2000, 200000, 1000000, 1500000, 3000000 };
    return DemoScale{ 4, 3, 100, 3000, 10000, 12000, 60000 };
}

Date todayUtc()
{
    const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
    return Date::fromDays(static_cast<std::int32_t>(days.time_since_epoch().count()));
}

} // namespace

int seasonality(int month)
{
    static const int kFactors[12] = { 900, 650, 1000, 1000, 1050, 1150, 900, 900, 1050, 950, 1100, 1300 };
    return kFactors[month - 1];
}

DemoModel::DemoModel(const DemoOptions& o)
    : opts(o)
    , scale(scaleFor(o.size))
    , rng(o.seed)
    , asOf(o.asOf == Date() ? todayUtc() : o.asOf)
    , start(Date::fromYmd(asOf.year() - 2, 1, 1))
    , currentYear(asOf.year())
    , months(36)
{
}

Date DemoModel::seasonalDate(Date from, Date to)
{
    if (to <= from)
        return from;
    for (;;) {
        const Date d = from.addDays(static_cast<int>(rng.below(to - from + 1)));
        // Business happens mostly on working days: a weekend day is kept one time in five.
        const int weight = d.isWorkingDay() ? seasonality(d.month()) : seasonality(d.month()) / 5;
        if (rng.below(1300) < weight)
            return d;
    }
}

void DemoModel::checkCancel() const
{
    if (opts.cancel && opts.cancel->load(std::memory_order_relaxed))
        throw DemoCancelled();
}

void DemoModel::progress(int percent, const std::string& step) const
{
    if (opts.progress)
        opts.progress(percent, step);
}

} // namespace demo

bool demoSizeFromText(const std::string& text, DemoSize& out)
{
    if (text == "small")
        out = DemoSize::Small;
    else if (text == "large")
        out = DemoSize::Large;
    else
        return false;
    return true;
}

DemoSummary generateDemo(const DemoOptions& options)
{
    if (options.outDir.empty())
        throw DemoError("no output folder given for the demo data");
    if (options.asOf != Date() && (options.asOf.year() < 2000 || options.asOf.year() > 2200))
        throw DemoError("the demo as-of date must lie between 2000 and 2200, not " + options.asOf.toString());
    std::error_code ec;
    std::filesystem::create_directories(options.outDir, ec);
    if (ec || !std::filesystem::is_directory(options.outDir))
        throw DemoError("cannot create the folder " + options.outDir + ": "
                        + (ec ? ec.message() : std::string("not a folder")));

    demo::DemoModel m(options);
    DemoSummary summary;
    summary.outDir = options.outDir;

    m.progress(0, "organisation");
    demo::buildOrganisation(m);
    demo::buildProducts(m);
    demo::buildCustomers(m);
    m.checkCancel();
    demo::writeMasterData(m, summary);
    m.progress(5, "sales");
    demo::generateSales(m, summary);
    m.progress(92, "targets");
    int visitsTarget = 0;
    demo::writeTargetsAndAppraisal(m, summary, visitsTarget);
    m.checkCancel();
    demo::writeWorkspace(m, visitsTarget, summary);
    m.progress(100, "done");
    return summary;
}

} // namespace sd::io

#include "cli/Commands.h"

#include "io/DemoGenerator.h"

#include <QDate>

#include <chrono>
#include <cstdio>
#include <iostream>

namespace sd::cli {

// salesctl demo --size small|large --out DIR [--seed N] [--as-of YYYY-MM-DD]
int runDemo(const CliContext& ctx)
{
    ctx.checkKnownOptions({"--size", "--out", "--seed", "--as-of"});
    if (ctx.words().size() > 1)
        throw CliError(trs("demo takes no positional arguments: ") + ctx.words()[1], 2);

    io::DemoOptions opts;
    const std::string size = ctx.option("--size").value_or("small");
    if (!io::demoSizeFromText(size, opts.size))
        throw CliError(trs("--size must be small or large, not ") + size, 2);
    opts.outDir = ctx.requireOption("--out");
    if (auto seed = ctx.option("--seed")) {
        size_t used = 0;
        try {
            opts.seed = std::stoull(*seed, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == 0 || used != seed->size() || (*seed)[0] == '-')
            throw CliError(trs("--seed must be a whole number, not ") + *seed, 2);
    }
    if (auto asOf = ctx.option("--as-of")) {
        auto d = Date::parse(*asOf);
        if (!d)
            throw CliError(trs("--as-of must be a date YYYY-MM-DD, not ") + *asOf, 2);
        opts.asOf = *d;
    } else {
        const QDate today = QDate::currentDate();
        opts.asOf = Date::fromYmd(today.year(), today.month(), today.day());
    }
    if (!ctx.json() && ctx.verbose()) {
        opts.progress = [last = -1](int percent, const std::string& step) mutable {
            if (percent / 10 != last / 10 || percent == 100)
                std::cerr << percent << "% " << step << '\n';
            last = percent;
        };
    }

    const auto started = std::chrono::steady_clock::now();
    io::DemoSummary summary;
    try {
        summary = io::generateDemo(opts);
    } catch (const io::DemoError& e) {
        throw CliError(e.what(), 1);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

    if (ctx.json()) {
        Json files = Json::object();
        for (const auto& [name, rows] : summary.files)
            files[name] = rows;
        CliContext::printJson(Json{{"out", summary.outDir}, {"files", files}});
        return 0;
    }
    std::printf("%s %s (%.1f s)\n", trs("demo data written to").c_str(), summary.outDir.c_str(), seconds);
    for (const auto& [name, rows] : summary.files)
        std::printf("  %-20s %10lld\n", name.c_str(), static_cast<long long>(rows));
    return 0;
}

} // namespace sd::cli

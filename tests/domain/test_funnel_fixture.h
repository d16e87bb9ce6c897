#pragma once

// A small hand-worked funnel fixture shared by the test_funnel*.cpp files (default stages:
// lead 1 (10 %), qualify 2 (25 %), proposal 3 (50 %), negotiate 4 (75 %), commit 5 (90 %), won 6).

#include "domain/Funnel.h"

#include <initializer_list>
#include <memory>
#include <utility>

namespace sd::test {

inline Date d(const char* text) { return Date::parseOrThrow(text); }

inline Opportunity makeOpp(const char* id, const char* amount, const char* created,
                           std::initializer_list<std::pair<const char*, const char*>> history,
                           const char* expectedClose = nullptr, const char* owner = "r1")
{
    Opportunity o;
    o.id = id;
    o.name = id;
    o.customerId = "c1";
    o.ownerRepId = owner;
    o.amount = Money::parseOrThrow(amount);
    o.createdOn = d(created);
    if (expectedClose)
        o.expectedCloseOn = d(expectedClose);
    for (const auto& [stage, date] : history)
        o.history.push_back(StageEntry{stage, d(date)});
    o.stage = o.history.empty() ? "lead" : o.history.back().stage;
    return o;
}

// The main fixture: skipped stages, a regression, two changes on one day, a deal created and won
// the same day, a reopened lost deal, a deal won then reopened, a deal from before the window,
// and one created after the as-of date.
struct FunnelFixture
{
    std::vector<Opportunity> rows{
        // A: skips qualify; won 2026-02-20 (cycle 2026-01-05 → 02-20 = 26 + 20 = 46 days).
        makeOpp("A", "1000.00", "2026-01-05", {{"lead", "2026-01-05"}, {"proposal", "2026-01-10"}, {"won", "2026-02-20"}},
                "2026-02-28"),
        // B: regression negotiate → qualify.
        makeOpp("B", "500.00", "2026-01-10",
                {{"lead", "2026-01-10"}, {"qualify", "2026-01-15"}, {"negotiate", "2026-02-01"}, {"qualify", "2026-02-10"}},
                "2026-05-15"),
        // C: two changes on 2026-02-03 (qualify then proposal: proposal is in force).
        makeOpp("C", "200.00", "2026-02-01", {{"lead", "2026-02-01"}, {"qualify", "2026-02-03"}, {"proposal", "2026-02-03"}},
                "2026-04-01"),
        // D: created and won the same day (cycle 0).
        makeOpp("D", "300.00", "2026-02-15", {{"lead", "2026-02-15"}, {"won", "2026-02-15"}}),
        // E: lost, reopened, now at commit.
        makeOpp("E", "400.00", "2026-01-20",
                {{"lead", "2026-01-20"}, {"lost", "2026-02-10"}, {"lead", "2026-02-25"}, {"commit", "2026-03-10"}},
                "2026-06-30"),
        // F: created before the window, lost inside it.
        makeOpp("F", "250.00", "2025-11-01", {{"lead", "2025-11-01"}, {"qualify", "2025-12-01"}, {"lost", "2026-03-05"}}),
        // G: won 2026-03-01 (cycle 02-05 → 03-01 = 24 days), reopened at negotiate 03-15.
        makeOpp("G", "600.00", "2026-02-05",
                {{"lead", "2026-02-05"}, {"negotiate", "2026-02-20"}, {"won", "2026-03-01"}, {"negotiate", "2026-03-15"}},
                "2026-04-30"),
        // H: no history rows: at lead since creation.
        makeOpp("H", "150.00", "2026-03-20", {}, "2026-04-15"),
        // I: created after the as-of date 2026-03-31.
        makeOpp("I", "999.00", "2026-04-02", {{"lead", "2026-04-02"}}, "2026-04-20"),
    };
    WorkspaceSettings settings;

    OpportunityList list() const
    {
        OpportunityList l;
        for (const auto& o : rows)
            l.push_back(&o);
        return l;
    }
};

} // namespace sd::test

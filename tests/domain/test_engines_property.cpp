// Property tests across the pay and appraisal engines (issue 8, "money can't drift"), over seeded random
// workspaces: every statement line sums to its component, components to the statement total, a commission is
// its exact SPEC §7 value rounded once, and a KPI total is the exact weighted mean of the applicable scores
// (weights rescaled to 100) rounded once. The decomposition's property test is test_targets_property.cpp.
#include "domain/Actuals.h"
#include "domain/DatasetIndex.h"
#include "domain/Incentives.h"
#include "domain/KpiScoring.h"
#include "domain/TargetLookup.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <memory>
#include <random>

using namespace sd;

namespace {

struct Rng
{
    std::mt19937_64 gen;
    std::int64_t between(std::int64_t lo, std::int64_t hi) // inclusive; portable (no distribution objects)
    {
        return lo + static_cast<std::int64_t>(gen() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    bool chance(int percent) { return between(1, 100) <= percent; }
};

Date day(int month, int dayOfMonth)
{
    return Date::fromYmd(2026, month, dayOfMonth);
}

// A team of reps with random orders (some cancelled, some later, some split between reps), payments,
// targets (some missing) and one random monthly plan: commission on a random base with random ascending
// tiers, threshold, cap and category multipliers, plus a bonus.
struct RandomWorld
{
    Dataset ds;
    WorkspaceSettings settings;
    std::unique_ptr<DatasetIndex> index;
    std::unique_ptr<ActualsEngine> actuals;
    std::unique_ptr<TargetLookup> targets;
    std::unique_ptr<IncentiveEngine> engine;

    explicit RandomWorld(Rng& rng)
    {
        ds.orgUnits = {{"co", std::nullopt, "Co", OrgKind::Company}, {"t1", std::string("co"), "Team", OrgKind::Team}};
        const int reps = static_cast<int>(rng.between(1, 5));
        for (int i = 0; i < reps; ++i)
            ds.reps.push_back({"r" + std::to_string(i), "Rep", "t1", Role::Rep, Level::Mid, Date::fromYmd(2020, 1, 1),
                               std::nullopt, true, std::nullopt});
        ds.products = {{"pa", "A", "std"}, {"pb", "B", "strategic"}, {"pc", "C", "service"}};
        ds.customers = {{"c1", "Cust", "r0", std::nullopt, Date::fromYmd(2020, 1, 1), 30, std::nullopt, std::nullopt,
                         std::nullopt}};
        const int orders = static_cast<int>(rng.between(0, 40));
        int payments = 0;
        for (int i = 0; i < orders; ++i) {
            Order o;
            o.id = "o" + std::to_string(100 + i);
            o.customerId = "c1";
            o.repId = "r" + std::to_string(rng.between(0, reps - 1));
            o.productId = std::string(1, 'p') + static_cast<char>('a' + rng.between(0, 2));
            o.orderDate = day(static_cast<int>(rng.between(8, 11)), static_cast<int>(rng.between(1, 28)));
            // Mostly positive amounts; a few credit notes (negative) and odd cents to make ties and rounding.
            const std::int64_t cents = rng.chance(10) ? -rng.between(1, 500000) : rng.between(1, 20000000);
            o.amount = Money::fromCents(cents);
            o.grossProfit = Money::fromCents(cents / static_cast<std::int64_t>(rng.between(1, 4)));
            if (rng.chance(15)) {
                const Date cancel = o.orderDate.addDays(static_cast<int>(rng.between(0, 60)));
                if (cancel <= day(11, 30))
                    o.cancelledOn = cancel;
            }
            if (reps > 1 && rng.chance(25)) { // split credit: shares in hundredths summing to 1
                const auto first = rng.between(1, 99);
                const std::string other = "r" + std::to_string((std::stoi(o.repId.substr(1)) + 1) % reps);
                ds.orderCredits.push_back({o.id, o.repId, Rational(first, 100), false});
                ds.orderCredits.push_back({o.id, other, Rational(100 - first, 100), false});
            }
            if (cents > 0 && rng.chance(60)) {
                const std::int64_t paid = rng.between(1, cents);
                ds.payments.push_back({"pay" + std::to_string(1000 + payments++), o.id,
                                       o.orderDate.addDays(static_cast<int>(rng.between(0, 40))),
                                       Money::fromCents(paid)});
            }
            ds.orders.push_back(o);
        }
        for (const auto& rep : ds.reps)
            for (int month = 8; month <= 11; ++month)
                for (Metric metric : {Metric::Revenue, Metric::GrossProfit, Metric::Collections})
                    if (rng.chance(85))
                        ds.targets.push_back({OwnerRef{OwnerKind::Rep, rep.id}, metric,
                                              Period::month(2026, month).label(), Segment::All,
                                              rng.between(rng.chance(5) ? 0 : 1, 5000000000)});

        PlanComponent comm;
        comm.type = PlanComponent::Type::Commission;
        const Metric bases[] = {Metric::Revenue, Metric::GrossProfit, Metric::Collections};
        comm.base = bases[rng.between(0, 2)];
        comm.mode = rng.chance(50) ? CommissionMode::Marginal : CommissionMode::Retroactive;
        Rational from(0);
        const int tiers = static_cast<int>(rng.between(1, 4));
        for (int k = 0; k < tiers; ++k) {
            comm.tiers.push_back({from, Rational(rng.between(0, 2000), 10000)}); // 0 … 20 % in basis points
            from = from + Rational(rng.between(1, 80), 100);
        }
        if (rng.chance(30))
            comm.threshold = Rational(rng.between(0, 90), 100);
        if (rng.chance(30))
            comm.cap = Money::fromCents(rng.between(0, 3000000));
        if (rng.chance(60))
            comm.categoryMultipliers["strategic"] = Rational(rng.between(50, 300), 100);
        if (rng.chance(30))
            comm.categoryMultipliers["service"] = Rational(rng.between(0, 200), 100);
        PlanComponent bonus;
        bonus.type = PlanComponent::Type::Bonus;
        bonus.metric = "revenue";
        bonus.steps = {{Rational(1, 2), Money::fromCents(rng.between(0, 100000))},
                       {Rational(1), Money::fromCents(rng.between(0, 500000))}};
        IncentivePlan plan;
        plan.code = "rep_monthly";
        plan.components = {comm, bonus};
        settings.incentivePlans = {plan};

        index = std::make_unique<DatasetIndex>(ds);
        actuals = std::make_unique<ActualsEngine>(*index, settings);
        targets = std::make_unique<TargetLookup>(ds.targets);
        engine = std::make_unique<IncentiveEngine>(*actuals, *targets, settings, GradeProvider{});
    }
};

// The commission of SPEC §7 from A, T, Σ amount × multiplier and the plan, exact (before the one rounding).
std::optional<Rational> exactCommission(const PlanComponent& c, const ComponentResult& r)
{
    const Rational A = Rational::fromCents(*r.actual);
    const Rational T = Rational::fromCents(*r.target);
    if (*r.actual <= 0)
        return Rational(0);
    const Rational a = A / T;
    if (c.threshold && a < *c.threshold)
        return Rational(0);
    Rational c0(0);
    if (c.mode == CommissionMode::Marginal) {
        for (size_t k = 0; k < c.tiers.size(); ++k) {
            const Rational lo = c.tiers[k].first * T;
            Rational hi = A;
            if (k + 1 < c.tiers.size())
                hi = std::min(A, c.tiers[k + 1].first * T);
            if (hi > lo)
                c0 = c0 + c.tiers[k].second * (hi - lo);
        }
    } else {
        size_t k = 0;
        while (k + 1 < c.tiers.size() && c.tiers[k + 1].first <= a)
            ++k;
        c0 = c.tiers[k].second * A;
    }
    const Rational e = c0 / A;
    Rational weighted(0);
    for (const auto& line : r.lines)
        weighted = weighted + Rational::fromCents(line.amountCents) * line.multiplier;
    Rational value = e * weighted;
    if (c.cap && value > Rational::fromCents(c.cap->cents()))
        value = Rational::fromCents(c.cap->cents());
    return value;
}

std::int64_t roundedCents(const Rational& money)
{
    return static_cast<std::int64_t>((money * 100).roundHalfAwayFromZero());
}

} // namespace

TEST_CASE("Property: statements add up to the cent and a commission is rounded once", "[property][incentives]")
{
    int paidCommissions = 0, clawbacks = 0, cappedCommissions = 0;
    for (std::uint64_t seed = 1; seed <= 300; ++seed) {
        Rng rng{std::mt19937_64(seed)};
        RandomWorld w(rng);
        const PlanComponent& plan = w.settings.incentivePlans[0].components[0];
        for (const auto& rep : w.ds.reps) {
            for (int month = 9; month <= 11; ++month) {
                INFO("seed " << seed << ", rep " << rep.id << ", 2026-" << month);
                const auto st = w.engine->statement(rep, Period::month(2026, month));
                std::int64_t total = 0;
                for (const auto& comp : st.components) {
                    if (comp.isError()) {
                        CHECK_FALSE(comp.error.empty()); // an error says why, never a silent zero
                        continue;
                    }
                    total += *comp.amountCents;
                    if (comp.kind == ComponentKind::Commission || comp.kind == ComponentKind::Clawback) {
                        std::int64_t lines = 0;
                        for (const auto& line : comp.lines)
                            lines += line.shareCents;
                        // Lines share C by §2 (or are the clawed-back shares): they sum to the component exactly.
                        if (!comp.lines.empty())
                            CHECK(lines == *comp.amountCents);
                        if (comp.kind == ComponentKind::Clawback && !comp.lines.empty())
                            ++clawbacks;
                    }
                    if (comp.kind == ComponentKind::Commission) {
                        REQUIRE(comp.actual);
                        REQUIRE(comp.target);
                        const auto exact = exactCommission(plan, comp);
                        CHECK(*comp.amountCents == roundedCents(*exact));
                        paidCommissions += *comp.amountCents != 0 ? 1 : 0;
                        cappedCommissions += comp.capApplied ? 1 : 0;
                    }
                }
                CHECK(st.totalCents == total);
            }
        }
    }
    // The random worlds reach every case the properties are about.
    CHECK(paidCommissions > 300);
    CHECK(clawbacks > 20);
    CHECK(cappedCommissions > 20);
}

TEST_CASE("Property: a KPI total is the weighted mean of the applicable scores, rounded once", "[property][kpi]")
{
    const WorkspaceSettings defaults;
    for (std::uint64_t seed = 1; seed <= 2000; ++seed) {
        Rng rng{std::mt19937_64(seed)};
        INFO("seed " << seed);
        // Random weights summing to exactly 100 (in hundredths), some items not applicable.
        const int n = static_cast<int>(rng.between(1, 8));
        std::vector<std::int64_t> weights(static_cast<size_t>(n), 0);
        std::int64_t left = 10000;
        for (int i = 0; i + 1 < n; ++i) {
            weights[static_cast<size_t>(i)] = rng.between(0, left);
            left -= weights[static_cast<size_t>(i)];
        }
        weights.back() = left;
        std::vector<ItemScore> items;
        Rational applicable(0), weightedSum(0);
        std::optional<Rational> lo, hi;
        Rational rescaledSum(0);
        for (int i = 0; i < n; ++i) {
            ItemScore item;
            item.kpi = "k" + std::to_string(i);
            item.weight = Rational(weights[static_cast<size_t>(i)], 100);
            item.applicable = rng.chance(80);
            if (item.applicable) {
                item.score = Rational(rng.between(0, 1200000), 9973); // exact, not a round decimal
                applicable = applicable + item.weight;
                weightedSum = weightedSum + item.weight * *item.score;
                if (item.weight > Rational(0)) {
                    lo = lo ? std::min(*lo, *item.score) : *item.score;
                    hi = hi ? std::max(*hi, *item.score) : *item.score;
                }
            } else {
                item.reason = NotApplicableReason::NoTarget;
            }
            items.push_back(item);
        }
        const auto total = totalOf(items, defaults.grades);
        if (applicable == Rational(0)) {
            CHECK_FALSE(total.rounded); // nothing applicable: no total, no grade
            CHECK_FALSE(total.grade);
            continue;
        }
        // The applicable weights rescaled to 100 sum to exactly 100.
        for (const auto& item : items)
            if (item.applicable)
                rescaledSum = rescaledSum + item.weight * 100 / applicable;
        CHECK(rescaledSum == Rational(100));
        const Rational exact = weightedSum / applicable;
        REQUIRE(total.exact);
        CHECK(*total.exact == exact);
        REQUIRE(total.rounded);
        CHECK(*total.rounded == Rational(static_cast<std::int64_t>((exact * 100).roundHalfAwayFromZero()), 100));
        CHECK(*total.exact >= *lo);
        CHECK(*total.exact <= *hi);
        CHECK(total.grade == gradeFor(*total.rounded, defaults.grades));
    }
}

// Property test of the decomposition (SPEC §3 with §2): over thousands of seeded random org trees,
// weights and amounts, children always sum exactly to the parent, months to the period, segments to
// the month, and no part is a whole cent (unit) or more off its exact quota.
#include "domain/Actuals.h"
#include "domain/Error.h"
#include "domain/TargetDecomposition.h"

#include <catch2/catch.hpp>

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
    Rational decimal(std::int64_t maxUnits) { return Rational(between(0, maxUnits * 1000000), 1000000); }
};

Dataset randomCompany(Rng& rng, std::vector<OwnerRef>& nodes)
{
    Dataset ds;
    int nextUnit = 0, nextRep = 0;
    OrgUnit root{ "u" + std::to_string(nextUnit++), std::nullopt, "root", OrgKind::Company };
    ds.orgUnits.push_back(root);
    std::vector<std::pair<std::string, int>> frontier{ { root.id, 0 } };
    const int maxDepth = static_cast<int>(rng.between(1, 3));
    while (!frontier.empty()) {
        auto [id, depth] = frontier.back();
        frontier.pop_back();
        if (depth < maxDepth && (depth == 0 || rng.between(0, 3) > 0)) {
            const int n = static_cast<int>(rng.between(1, 4));
            for (int i = 0; i < n; ++i) {
                OrgUnit u{ "u" + std::to_string(nextUnit++), id, "unit",
                           depth + 1 == maxDepth ? OrgKind::Team : OrgKind::Region };
                ds.orgUnits.push_back(u);
                frontier.push_back({ u.id, depth + 1 });
            }
            if (rng.between(0, 2) == 0) { // a manager on a non-team unit: never a child, never capacity
                Rep m;
                m.id = "r" + std::to_string(nextRep++);
                m.orgUnitId = id;
                m.role = Role::RegionalManager;
                m.hireDate = Date::fromYmd(2010, 1, 1);
                ds.reps.push_back(m);
            }
        } else {
            const int n = static_cast<int>(rng.between(1, 5)); // at least one active rep per team
            for (int i = 0; i < n; ++i) {
                Rep r;
                r.id = "r" + std::to_string(nextRep++);
                r.orgUnitId = id;
                r.level = static_cast<Level>(rng.between(0, 2));
                r.hireDate = Date::fromYmd(2020, 1, 1).addDays(static_cast<int>(rng.between(0, 1800)));
                ds.reps.push_back(r);
            }
            if (rng.between(0, 3) == 0) {
                Rep gone;
                gone.id = "r" + std::to_string(nextRep++);
                gone.orgUnitId = id;
                gone.hireDate = Date::fromYmd(2019, 1, 1);
                gone.leftOn = Date::fromYmd(2025, 6, 30);
                ds.reps.push_back(gone);
            }
        }
    }
    for (const OrgUnit& u : ds.orgUnits)
        nodes.push_back({ OwnerKind::Unit, u.id });
    for (const Rep& r : ds.reps)
        nodes.push_back({ OwnerKind::Rep, r.id });
    return ds;
}

// |part − exact| < 1.
bool withinOne(std::int64_t part, const Rational& exact)
{
    Rational diff = Rational(part) - exact;
    return diff > Rational(-1) && diff < Rational(1);
}

} // namespace

TEST_CASE("targets property: random trees always add up exactly, every part within a unit of its quota")
{
    Rng rng{ std::mt19937_64(20260315) };
    int checkedNodes = 0;
    for (int iter = 0; iter < 3000; ++iter) {
        std::vector<OwnerRef> owners;
        Dataset ds = randomCompany(rng, owners);
        DatasetIndex index(ds);
        WorkspaceSettings settings;
        settings.fiscalYearStartMonth = static_cast<int>(rng.between(1, 12));
        ActualsEngine engine(index, settings);
        TargetDecomposer decomposer(engine, settings);

        DecompositionRequest req;
        req.owner = { OwnerKind::Unit, ds.orgUnits.front().id };
        req.metric = rng.between(0, 4) == 0 ? Metric::NewCustomers : Metric::Revenue;
        const bool quarter = rng.between(0, 2) == 0;
        req.period = quarter ? Period::quarter(2026, static_cast<int>(rng.between(1, 4))) : Period::year(2026);
        req.amount = req.metric == Metric::NewCustomers ? rng.between(0, 500) : rng.between(0, 1000000000000LL);
        // no orders: history falls back to equal at every split (checked as equal below)
        req.method = static_cast<OrgMethod>(rng.between(0, 3));
        req.toReps = rng.between(0, 1) == 1;
        if (req.method == OrgMethod::Weights) {
            // one weight per node that is split (weights for anything else are an error by design);
            // never zero, since an all-zero sibling group is an error too
            std::vector<OwnerRef> todo{ req.owner };
            while (!todo.empty()) {
                OwnerRef o = todo.back();
                todo.pop_back();
                for (const OwnerRef& c : decomposer.childrenOf(o, req.period)) {
                    req.weights[c] = rng.decimal(1000) + Rational(1, 1000000);
                    if (req.toReps)
                        todo.push_back(c);
                }
            }
        }
        if (rng.between(0, 4) == 0)
            req.seasonality = SeasonalityMethod::History; // no history: equal months
        else if (rng.between(0, 1)) {
            req.seasonality = SeasonalityMethod::Weights;
            for (std::size_t m = 0; m < (quarter ? 3u : 12u); ++m)
                req.seasonalityWeights.push_back(rng.decimal(10) + Rational(1, 1000000));
        }
        if (rng.between(0, 2))
            req.existingShare = rng.decimal(1);
        if (rng.between(0, 3) == 0)
            req.overAssign = Rational(1) + Rational(rng.between(0, 300000), 1000000);

        Decomposition d = decomposer.decompose(req);
        const FiscalCalendar cal = settings.calendar();
        REQUIRE(d.total.amount == d.assigned);
        if (req.overAssign)
            REQUIRE(withinOne(d.assigned, Rational(req.amount) * *req.overAssign));
        else
            REQUIRE(d.assigned == req.amount);

        std::vector<const DecomposedNode*> all{ &d.total };
        for (const DecomposedNode& n : d.nodes)
            all.push_back(&n);
        for (const DecomposedNode* parent : all) {
            if (parent->leaf)
                continue;
            std::vector<const DecomposedNode*> kids;
            for (const DecomposedNode& n : d.nodes)
                if (n.parent == parent->owner)
                    kids.push_back(&n);
            REQUIRE_FALSE(kids.empty());
            std::vector<Rational> w;
            for (const DecomposedNode* k : kids)
                w.push_back(req.method == OrgMethod::Equal || req.method == OrgMethod::History ? Rational(1)
                                : req.method == OrgMethod::Weights ? req.weights.at(k->owner)
                                                                   : decomposer.capacityOf(k->owner, req.period));
            Rational sum(0);
            for (const Rational& x : w)
                sum += x;
            std::int64_t total = 0;
            for (std::size_t i = 0; i < kids.size(); ++i) {
                total += kids[i]->amount;
                REQUIRE(withinOne(kids[i]->amount, Rational(parent->amount) * w[i] / sum));
            }
            REQUIRE(total == parent->amount);
            for (std::size_t m = 0; m < d.months.size(); ++m) {
                std::int64_t months = 0, ex = 0, nw = 0;
                for (const DecomposedNode* k : kids) {
                    months += k->months[m];
                    ex += k->existing[m];
                    nw += k->fresh[m];
                }
                REQUIRE(parent->months[m] == months);
                REQUIRE(parent->existing[m] == ex);
                REQUIRE(parent->fresh[m] == nw);
            }
        }
        for (const DecomposedNode* n : all) {
            ++checkedNodes;
            REQUIRE(n->months.size() == req.period.months(cal).size());
            std::int64_t sum = 0;
            for (std::size_t m = 0; m < n->months.size(); ++m) {
                sum += n->months[m];
                REQUIRE(n->existing[m] + n->fresh[m] == n->months[m]);
                REQUIRE(n->existing[m] >= 0);
                REQUIRE(n->fresh[m] >= 0);
            }
            REQUIRE(sum == n->amount);
            REQUIRE(n->existingTotal() + n->freshTotal() == n->amount);
            if (!n->leaf)
                continue;
            Rational wsum(0);
            for (const Rational& x : req.seasonalityWeights)
                wsum += x;
            for (std::size_t m = 0; m < n->months.size(); ++m) {
                const Rational quota = req.seasonalityWeights.empty()
                    ? Rational(n->amount) / Rational(static_cast<long long>(n->months.size()))
                    : Rational(n->amount) * req.seasonalityWeights[m] / wsum;
                REQUIRE(withinOne(n->months[m], quota));
                REQUIRE(withinOne(n->existing[m], Rational(n->months[m]) * *n->existingShare));
            }
        }
    }
    CHECK(checkedNodes > 10000);
}

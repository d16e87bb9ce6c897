// The demo company's master data: org tree, people, products and customers (kept in memory, written once).

#include "io/DemoCsvWriter.h"
#include "io/DemoModel.h"
#include "io/DemoNames.h"

#include <algorithm>
#include <cstdio>
#include <unordered_set>

namespace sd::io::demo {

namespace {

std::string numberedId(const char* prefix, long n, int width)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%0*ld", prefix, width, n);
    return buf;
}

Level levelForTenure(DemoRandom& rng, int days)
{
    if (days < 540)
        return Level::Junior;
    if (days < 1460)
        return rng.chance(750) ? Level::Mid : Level::Junior;
    return rng.chance(550) ? Level::Senior : Level::Mid;
}

// "YYYY-MM-DD" in [from, to].
Date between(DemoRandom& rng, Date from, Date to)
{
    return to <= from ? from : from.addDays(static_cast<int>(rng.below(to - from + 1)));
}

} // namespace

void buildOrganisation(DemoModel& m)
{
    auto& rng = m.rng;
    const auto& regionDefs = demoRegions();
    const Date asOf = m.asOf;
    const int width = m.scale.reps >= 1000 ? 5 : 4;
    auto addRep = [&](int unit, Role role, Level level, Date hire, int manager) {
        DemoRep r;
        r.id = numberedId("E", static_cast<long>(m.reps.size()) + 1, width);
        r.name = personName(rng);
        r.unit = unit;
        r.role = role;
        r.level = level;
        r.hire = hire;
        r.manager = manager;
        r.skill = rng.betweenInt(750, 1250);
        r.region = m.units[static_cast<size_t>(unit)].region;
        m.reps.push_back(std::move(r));
        return static_cast<int>(m.reps.size()) - 1;
    };

    m.units.push_back(DemoUnit{ "HQ", -1, "华信智能科技有限公司", OrgKind::Company, -1, 0 });
    m.companyHead
        = addRep(0, Role::SeniorManager, Level::Senior, between(rng, asOf.addDays(-4400), asOf.addDays(-3300)), -1);
    addRep(0, Role::SeniorManager, Level::Senior, between(rng, asOf.addDays(-3000), asOf.addDays(-1500)),
           m.companyHead);

    const int regionCount = std::min<int>(m.scale.regions, static_cast<int>(regionDefs.size()));
    const int teamCount = regionCount * m.scale.teamsPerRegion;
    const int managers = 2 + regionCount + (regionCount + 1) / 2 + teamCount;
    const int members = std::max(teamCount, m.scale.reps - managers);

    for (int r = 0; r < regionCount; ++r) {
        const auto& def = regionDefs[static_cast<size_t>(r)];
        m.units.push_back(DemoUnit{ std::string(def.id), 0, std::string(def.name), OrgKind::Region, r, 0 });
        const int regionUnit = static_cast<int>(m.units.size()) - 1;
        m.regions.push_back(regionUnit);
        const int rm = addRep(regionUnit, Role::RegionalManager, Level::Senior,
                              between(rng, asOf.addDays(-3600), m.start.addDays(-400)), m.companyHead);
        m.regionManager.push_back(rm);
        if (r % 2 == 0)
            addRep(regionUnit, Role::SeniorManager, Level::Senior,
                   between(rng, asOf.addDays(-3600), m.start.addDays(-200)), rm);
        for (int t = 0; t < m.scale.teamsPerRegion; ++t) {
            const int city = t % static_cast<int>(def.cities.size());
            const int number = t / static_cast<int>(def.cities.size());
            char id[32];
            std::snprintf(id, sizeof id, "%s-%02d", std::string(def.id).c_str(), t + 1);
            std::string name = std::string(def.cities[static_cast<size_t>(city)]);
            if (m.scale.teamsPerRegion > static_cast<int>(def.cities.size()))
                name += teamNumber(number);
            name += def.international ? "团队" : "组";
            m.units.push_back(DemoUnit{ id, regionUnit, name, OrgKind::Team, r, city });
            const int teamUnit = static_cast<int>(m.units.size()) - 1;
            const int team = static_cast<int>(m.teams.size());
            m.teams.push_back(teamUnit);
            const int lead = addRep(teamUnit, Role::Rep, Level::Senior,
                                    between(rng, asOf.addDays(-3000), m.start.addDays(-180)), rm);
            m.reps[static_cast<size_t>(lead)].team = team;
            m.teamLead.push_back(lead);

            // Spread the remaining members over the teams, a little uneven.
            const int base = members / teamCount;
            int n = base - 1 + rng.betweenInt(0, 2);
            if (team == teamCount - 1) {
                int made = 0;
                for (const auto& rep : m.reps)
                    made += rep.team >= 0 && rep.role == Role::Rep ? 1 : 0;
                n = std::max(2, members + teamCount - made);
            }
            for (int i = 0; i < n; ++i) {
                const int roll = rng.betweenInt(0, 999);
                Date hire;
                if (roll < 60)
                    hire = asOf.addDays(-rng.betweenInt(5, 88)); // new hires, still ramping
                else if (roll < 170)
                    hire = asOf.addDays(-rng.betweenInt(90, 364));
                else if (roll < 420)
                    hire = asOf.addDays(-rng.betweenInt(365, 1100));
                else
                    hire = asOf.addDays(-rng.betweenInt(1100, 3600));
                const int idx = addRep(teamUnit, Role::Rep, Level::Mid, hire, lead);
                DemoRep& rep = m.reps[static_cast<size_t>(idx)];
                rep.team = team;
                if (hire < asOf.addDays(-400) && rng.chance(110)) {
                    const Date earliest = std::max(hire.addDays(180), m.start.addDays(30));
                    rep.left = true;
                    rep.leftOn = between(rng, earliest, asOf.addDays(-5));
                }
                rep.level = levelForTenure(rng, (rep.left ? rep.leftOn : asOf) - hire);
            }
        }
    }
}

void buildProducts(DemoModel& m)
{
    long n = 0;
    for (const auto& def : demoProducts()) {
        DemoProduct p;
        p.id = numberedId("P", ++n, 3);
        p.name = std::string(def.name);
        p.category = std::string(def.category);
        p.lo = def.lo;
        p.hi = def.hi;
        p.marginLo = def.marginLo;
        p.marginHi = def.marginHi;
        m.products.push_back(std::move(p));
    }
}

void buildCustomers(DemoModel& m)
{
    auto& rng = m.rng;
    const auto& regionDefs = demoRegions();
    const int teamCount = static_cast<int>(m.teams.size());
    std::vector<std::vector<int>> activeMembers(static_cast<size_t>(teamCount));
    std::vector<int> teamWeights(static_cast<size_t>(teamCount), 0);
    for (int i = 0; i < static_cast<int>(m.reps.size()); ++i) {
        const DemoRep& r = m.reps[static_cast<size_t>(i)];
        if (r.team < 0)
            continue;
        teamWeights[static_cast<size_t>(r.team)] += 1;
        if (r.activeOn(m.asOf)) {
            // More established reps carry more accounts.
            const int copies = r.level == Level::Senior ? 4
                : r.level == Level::Mid                 ? 3
                                                        : (m.asOf - r.hire < 90 ? 1 : 2);
            for (int c = 0; c < copies; ++c)
                activeMembers[static_cast<size_t>(r.team)].push_back(i);
        }
    }

    const int width = m.scale.customers >= 100000 ? 6 : 5;
    std::unordered_set<std::string> names;
    names.reserve(static_cast<size_t>(m.scale.customers) * 2);
    m.customers.reserve(static_cast<size_t>(m.scale.customers));
    m.poolCustomers.assign(static_cast<size_t>(teamCount), {});
    for (int i = 0; i < m.scale.customers; ++i) {
        DemoCustomer c;
        c.id = numberedId("C", i + 1, width);
        c.pool = rng.weighted(teamWeights);
        const DemoUnit& team = m.units[static_cast<size_t>(m.teams[static_cast<size_t>(c.pool)])];
        const auto& region = regionDefs[static_cast<size_t>(team.region)];
        const auto& members = activeMembers[static_cast<size_t>(c.pool)];
        c.owner = rng.chance(30) ? m.regionManager[static_cast<size_t>(team.region)]
                                 : members[static_cast<size_t>(rng.below(static_cast<std::int64_t>(members.size())))];
        const int city = rng.chance(750) ? team.city
                                         : static_cast<int>(rng.below(static_cast<std::int64_t>(region.cities.size())));
        const bool english = rng.chance(region.international ? 850 : 120);
        CompanyName name = companyName(rng, region.cities[static_cast<size_t>(city)], english);
        for (int attempt = 0; attempt < 12 && names.count(name.full); ++attempt)
            name = companyName(rng, region.cities[static_cast<size_t>(city)], english);
        for (int branch = 2; names.count(name.full); ++branch)
            name.full = name.full
                + (english ? " (Branch " + std::to_string(branch) + ")" : "（" + std::to_string(branch) + "号分公司）");
        names.insert(name.full);
        c.name = std::move(name.full);
        c.shortName = std::move(name.shortName);
        c.industry = std::move(name.industry);
        m.customers.push_back(std::move(c));
        // Credit limits and care-plan dates are drawn when written, so they need no memory.
        m.customers.back().payer = rng.weighted({ 580, 250, 140, 30 });
        static const int kTerms[] = { 30, 45, 60, 90 };
        m.customers.back().terms = kTerms[rng.weighted({ 400, 200, 250, 150 })];
        m.customers.back().created = rng.chance(350) ? between(rng, m.start.addDays(-2200), m.start.addDays(-1))
                                                     : m.seasonalDate(m.start, m.asOf);
    }
    for (int i = 0; i < static_cast<int>(m.customers.size()); ++i) {
        const DemoCustomer& c = m.customers[static_cast<size_t>(i)];
        m.poolCustomers[static_cast<size_t>(c.pool)].push_back(i);
        m.reps[static_cast<size_t>(c.owner)].ownCustomers.push_back(i);
    }
    auto byCreated = [&](int a, int b) {
        const auto& ca = m.customers[static_cast<size_t>(a)];
        const auto& cb = m.customers[static_cast<size_t>(b)];
        return ca.created != cb.created ? ca.created < cb.created : a < b;
    };
    for (auto& pool : m.poolCustomers)
        std::sort(pool.begin(), pool.end(), byCreated);
    for (auto& rep : m.reps)
        std::sort(rep.ownCustomers.begin(), rep.ownCustomers.end(), byCreated);
}

} // namespace sd::io::demo

namespace sd::io::demo {

void writeMasterData(DemoModel& m, DemoSummary& summary)
{
    auto& rng = m.rng;
    const std::string dir = m.opts.outDir + "/";
    {
        DemoCsvWriter w(dir + "org_units.csv", { "id", "parent_id", "name", "kind" });
        for (const auto& u : m.units) {
            w.plain(u.id);
            if (u.parent >= 0)
                w.plain(m.units[static_cast<size_t>(u.parent)].id);
            else
                w.empty();
            w.text(u.name).plain(toCode(u.kind));
            w.endRow();
        }
        w.close();
        summary.files.emplace_back(w.fileName(), w.rows());
    }
    {
        DemoCsvWriter w(
            dir + "reps.csv",
            { "id", "name", "org_unit_id", "role", "level", "hire_date", "manager_id", "active", "left_on" });
        for (const auto& r : m.reps) {
            w.plain(r.id).text(r.name).plain(m.units[static_cast<size_t>(r.unit)].id).plain(toCode(r.role));
            w.plain(toCode(r.level)).date(r.hire);
            if (r.manager >= 0)
                w.plain(m.reps[static_cast<size_t>(r.manager)].id);
            else
                w.empty();
            w.plain(r.left ? "0" : "1");
            if (r.left)
                w.date(r.leftOn);
            else
                w.empty();
            w.endRow();
        }
        w.close();
        summary.files.emplace_back(w.fileName(), w.rows());
    }
    {
        DemoCsvWriter w(dir + "products.csv", { "id", "name", "category" });
        for (const auto& p : m.products) {
            w.plain(p.id).text(p.name).plain(p.category);
            w.endRow();
        }
        w.close();
        summary.files.emplace_back(w.fileName(), w.rows());
    }
    {
        DemoCsvWriter w(dir + "customers.csv",
                        { "id", "name", "owner_rep_id", "industry", "created_on", "payment_terms_days", "credit_limit",
                          "birthday", "founded_on" });
        static const std::int64_t kLimits[] = { 50000, 100000, 200000, 300000, 500000, 1000000, 2000000, 5000000 };
        const Date earliestBirthday = Date::fromYmd(1960, 1, 1);
        const Date latestBirthday = Date::fromYmd(1996, 12, 31);
        const Date earliestFounding = Date::fromYmd(1980, 1, 1);
        for (const auto& c : m.customers) {
            w.plain(c.id).text(c.name).plain(m.reps[static_cast<size_t>(c.owner)].id).text(c.industry).date(c.created);
            w.integer(c.terms);
            if (rng.chance(820))
                w.money(kLimits[rng.weighted({ 120, 200, 220, 160, 140, 90, 50, 20 })] * 100);
            else
                w.empty();
            if (rng.chance(600)) // the key contact's birthday
                w.date(earliestBirthday.addDays(static_cast<int>(rng.below(latestBirthday - earliestBirthday + 1))));
            else
                w.empty();
            if (rng.chance(800)) {
                const Date latest = std::max(earliestFounding.addDays(400), c.created.addDays(-200));
                w.date(earliestFounding.addDays(static_cast<int>(rng.below(latest - earliestFounding + 1))));
            } else {
                w.empty();
            }
            w.endRow();
        }
        w.close();
        summary.files.emplace_back(w.fileName(), w.rows());
    }
}

} // namespace sd::io::demo

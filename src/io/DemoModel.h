#pragma once

// Internal to the demo generator: the in-memory part of the fictional company (org, people, products,
// customers) and the per-rep monthly tallies the targets are set from. Sales rows are streamed, not kept.

#include "domain/Date.h"
#include "domain/Model.h"
#include "io/DemoGenerator.h"
#include "io/DemoRandom.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sd::io::demo {

struct DemoScale
{
    int regions = 4;
    int teamsPerRegion = 3;
    int reps = 100;
    int customers = 3000;
    int opportunities = 10000;
    int orders = 12000;
    int activities = 60000;
};

struct DemoUnit
{
    std::string id;
    int parent = -1;
    std::string name;
    OrgKind kind = OrgKind::Team;
    int region = -1; // index into DemoModel::regions (regions and teams)
    int city = 0; // index into the region's city list (teams)
};

struct DemoRep
{
    std::string id;
    std::string name;
    int unit = 0;
    Role role = Role::Rep;
    Level level = Level::Mid;
    Date hire;
    bool left = false;
    Date leftOn;
    int manager = -1;
    int team = -1; // team position in DemoModel::teams, for reps in teams
    int region = -1; // region position in DemoModel::regions
    int skill = 1000; // per mille, drives deal flow, win rate, csat and reviews
    std::vector<int> ownCustomers; // customers owned at as-of, ascending created_on

    bool isSeller() const { return role != Role::SeniorManager; }
    bool activeOn(Date d) const { return hire <= d && (!left || d <= leftOn); }
};

struct DemoProduct
{
    std::string id;
    std::string name;
    std::string category; // standard, strategic, service
    std::int64_t lo = 0; // deal size range, yuan
    std::int64_t hi = 0;
    int marginLo = 300; // gross margin, per mille
    int marginHi = 400;
};

struct DemoCustomer
{
    std::string id;
    std::string name;
    std::string shortName;
    std::string industry;
    int pool = 0; // team position
    int owner = 0; // rep index
    Date created;
    int terms = 30;
    int payer = 0; // 0 prompt, 1 normal, 2 slow, 3 bad
    std::int32_t firstOrder = INT32_MAX; // days of the first non-cancelled order
    int firstOrderRep = -1;
};

struct DemoModel
{
    explicit DemoModel(const DemoOptions& o);

    DemoOptions opts;
    DemoScale scale;
    DemoRandom rng;
    Date asOf;
    Date start; // first day of the fiscal year two years before the as-of year
    int currentYear; // fiscal (= calendar) year of asOf
    int months; // months from start to the end of the current year

    std::vector<DemoUnit> units;
    std::vector<int> regions; // unit indexes
    std::vector<int> teams; // unit indexes
    std::vector<int> teamLead; // per team: rep index
    std::vector<int> regionManager; // per region: rep index (regional_manager)
    int companyHead = 0;
    std::vector<DemoRep> reps;
    std::vector<DemoProduct> products;
    std::vector<DemoCustomer> customers;
    std::vector<std::vector<int>> poolCustomers; // per team, ascending created_on

    // Per rep × month since start: booked revenue, gross profit, collections (cents), visits.
    std::vector<std::int64_t> revenue, grossProfit, collections;
    std::vector<std::int32_t> visits;

    int monthIndex(Date d) const { return (d.year() - start.year()) * 12 + d.month() - 1; }
    size_t slot(int rep, Date d) const { return static_cast<size_t>(rep) * months + monthIndex(d); }
    // A date in [from, to] drawn with the company's monthly seasonality.
    Date seasonalDate(Date from, Date to);
    void checkCancel() const;
    void progress(int percent, const std::string& step) const;
};

// Monthly seasonality (per mille; Chinese New Year dip, year-end push).
int seasonality(int month);

void buildOrganisation(DemoModel& m);
void buildProducts(DemoModel& m);
void buildCustomers(DemoModel& m);
void writeMasterData(DemoModel& m, DemoSummary& summary);
void generateSales(DemoModel& m, DemoSummary& summary);
void writeTargetsAndAppraisal(DemoModel& m, DemoSummary& summary, int& visitsTargetPerQuarter);
void writeWorkspace(const DemoModel& m, int visitsTargetPerQuarter, DemoSummary& summary);

} // namespace sd::io::demo

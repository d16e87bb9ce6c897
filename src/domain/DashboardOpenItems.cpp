#include "domain/DashboardOpenItems.h"

#include "domain/Funnel.h"

#include <algorithm>

namespace sd {

namespace {

bool biggerDeal(const StalledDeal& a, const StalledDeal& b)
{
    if (a.opportunity->amount != b.opportunity->amount)
        return a.opportunity->amount > b.opportunity->amount;
    return a.opportunity->id < b.opportunity->id;
}

bool soonerDate(const CareReminder& a, const CareReminder& b)
{
    if (a.days != b.days)
        return a.days < b.days;
    if (a.customer->id != b.customer->id)
        return a.customer->id < b.customer->id;
    return a.kind < b.kind;
}

bool longerSilence(const CareReminder& a, const CareReminder& b)
{
    return a.days != b.days ? a.days > b.days : a.customer->id < b.customer->id;
}

// The first `limit` of the merged lists (each sorted by `before`), sorted.
template <typename T, typename Less>
std::vector<T> firstOf(const std::vector<const std::vector<T>*>& lists, std::size_t limit, Less before)
{
    std::vector<T> out;
    for (const std::vector<T>* list : lists)
        out.insert(out.end(), list->begin(),
                   list->begin() + static_cast<std::ptrdiff_t>(std::min(limit, list->size())));
    std::sort(out.begin(), out.end(), before);
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace

Date nextAnniversary(Date d, Date today)
{
    int year = 0, month = 0, day = 0;
    d.ymd(year, month, day);
    const int thisYear = today.year();
    for (int y = thisYear; y <= thisYear + 1; ++y) {
        const Date candidate = Date::fromYmd(y, month, std::min(day, Date::daysInMonth(y, month)));
        if (candidate >= today)
            return candidate;
    }
    return today;
}

DashboardOpenItems::DashboardOpenItems(const DashboardIndex& positions, const WorkspaceSettings& settings, Date today,
                                       const DashboardOptions& options)
    : m_positions(positions)
    , m_settings(settings)
    , m_today(today)
    , m_careHorizonDays(options.careHorizonDays)
    , m_notContactedDays(options.notContactedDays)
{
    const FiscalCalendar cal = settings.calendar();
    m_yearFirst = Period::yearOf(today, cal).firstDay(cal);
    const std::size_t stages = settings.stages.size();
    m_reps.resize(positions.repCount());
    for (RepItems& rep : m_reps) {
        rep.stageCount.assign(stages, 0);
        rep.stageCents.assign(stages, 0);
    }
    const Dataset& ds = positions.data();
    for (std::size_t i = 0; i < ds.opportunities.size(); ++i)
        if (const std::uint32_t rep = positions.opportunityRep(i); rep < m_reps.size())
            addOpportunity(ds.opportunities[i], m_reps[rep]);
    const std::vector<std::optional<Date>> lastContacts = positions.lastContacts(today);
    for (std::size_t i = 0; i < ds.customers.size(); ++i)
        if (const std::uint32_t rep = positions.customerRep(i); rep < m_reps.size())
            addCustomer(ds.customers[i], lastContacts[i], m_reps[rep]);
    for (RepItems& rep : m_reps) {
        std::sort(rep.stalled.begin(), rep.stalled.end(), biggerDeal);
        std::sort(rep.keyDates.begin(), rep.keyDates.end(), soonerDate);
        std::sort(rep.silent.begin(), rep.silent.end(), longerSilence);
    }
}

bool DashboardOpenItems::answers(Date today, const DashboardOptions& options) const
{
    return today == m_today && options.careHorizonDays == m_careHorizonDays
           && options.notContactedDays == m_notContactedDays;
}

void DashboardOpenItems::addOpportunity(const Opportunity& o, RepItems& rep)
{
    const FunnelStages stages(m_settings);
    // winLossTally over [fiscal year's first day, today].
    if (const auto e = terminalEntryFor(o, m_today); e && e->date >= m_yearFirst)
        ++(e->won ? rep.yearWon : rep.yearLost);
    // funnelSnapshot and the stalled deals: the state in force at the end of the day.
    const auto state = stateAsOf(o, stages, m_today);
    if (!state)
        return;
    if (!stages.isOpen(state->position)) {
        if (state->position == stages.wonPosition())
            ++rep.won;
        else if (state->position == 0)
            ++rep.lost;
        else
            ++rep.unknown;
        return;
    }
    const std::size_t k = static_cast<std::size_t>(state->position - 1);
    ++rep.stageCount[k];
    rep.stageCents[k] += o.amount.cents();
    const StageDef& def = stages.stage(state->position);
    const int days = m_today - state->enteredOn;
    if (days < def.stallDays.value_or(m_settings.stallDays))
        return;
    ++rep.stalledCount;
    rep.stalledAmount += o.amount;
    rep.stalled.push_back({&o, def.code, days});
}

void DashboardOpenItems::addCustomer(const Customer& c, std::optional<Date> lastContact, RepItems& rep)
{
    if (c.createdOn > m_today)
        return;
    for (auto [kind, date] : {std::pair{CareReminder::Kind::Birthday, c.birthday},
                              std::pair{CareReminder::Kind::Founded, c.foundedOn}}) {
        if (!date)
            continue;
        const Date next = nextAnniversary(*date, m_today);
        if (next - m_today <= m_careHorizonDays)
            rep.keyDates.push_back({kind, &c, next, next - m_today});
    }
    const Date last = lastContact.value_or(c.createdOn);
    if (m_today - last >= m_notContactedDays)
        rep.silent.push_back({CareReminder::Kind::NotContacted, &c, last, m_today - last});
}

void DashboardOpenItems::fill(DashboardFigures& f, const std::vector<std::uint32_t>& repPositions,
                              const DashboardOptions& options) const
{
    const FunnelStages stages(m_settings);
    const std::size_t n = m_settings.stages.size();
    std::vector<std::int64_t> count(n, 0);
    std::vector<Money> amount(n);
    std::int64_t yearWon = 0;
    std::int64_t yearLost = 0;
    std::vector<const std::vector<StalledDeal>*> stalled;
    std::vector<const std::vector<CareReminder>*> keyDates;
    std::vector<const std::vector<CareReminder>*> silent;
    FunnelSnapshot& snap = f.funnel;
    snap = FunnelSnapshot{};
    snap.asOf = m_today;
    for (const std::uint32_t position : repPositions) {
        const RepItems& rep = m_reps[position];
        for (std::size_t k = 0; k < n; ++k) {
            count[k] += rep.stageCount[k];
            amount[k] += Money::fromCents(rep.stageCents[k]);
        }
        snap.wonCount += rep.won;
        snap.lostCount += rep.lost;
        snap.unknownStageCount += rep.unknown;
        yearWon += rep.yearWon;
        yearLost += rep.yearLost;
        f.stalledCount += rep.stalledCount;
        f.stalledAmount += rep.stalledAmount;
        f.keyDatesCount += rep.keyDates.size();
        f.notContactedCount += rep.silent.size();
        stalled.push_back(&rep.stalled);
        keyDates.push_back(&rep.keyDates);
        silent.push_back(&rep.silent);
    }
    // As funnelSnapshot finishes: Σ amount × p/100 exactly, rounded once per stage and once for the total.
    snap.stages.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
        StageFigures& s = snap.stages[k];
        s.code = stages.stage(static_cast<int>(k) + 1).code;
        s.count = count[k];
        s.amount = amount[k];
        const Rational exact = Rational(s.amount.cents()) * stages.stage(static_cast<int>(k) + 1).probability
                               / Rational(100);
        s.weighted = Money::fromExactCents(exact);
        snap.weightedExactCents += exact;
        snap.openCount += s.count;
        snap.openAmount += s.amount;
    }
    snap.weightedTotal = Money::fromExactCents(snap.weightedExactCents);
    f.winRate = yearWon + yearLost == 0 ? std::nullopt
                                        : std::optional<Rational>(Rational(yearWon) / Rational(yearWon + yearLost));
    f.stalled = firstOf(stalled, options.listLimit, biggerDeal);
    f.care = firstOf(keyDates, options.listLimit, soonerDate);
    const auto longest = firstOf(silent, options.listLimit, longerSilence);
    f.care.insert(f.care.end(), longest.begin(), longest.end());
}

} // namespace sd

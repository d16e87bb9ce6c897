#include "domain/Incentives.h"

#include "domain/Bonus.h"
#include "domain/Error.h"
#include "domain/IncentivePlans.h"

#include <algorithm>
#include <cstdint>

namespace sd {

namespace {

bool inRange(Date d, Date first, Date last) { return d >= first && d <= last; }

Rational multiplierFor(const PlanComponent& c, const std::string& category)
{
    auto it = c.categoryMultipliers.find(category);
    return it == c.categoryMultipliers.end() ? Rational(1) : it->second;
}

// SPEC §6: the non-overlay shares of an order with credit rows sum to exactly 1; empty when they do.
std::string creditShareError(const DatasetIndex& index, const Order& order)
{
    const auto& credits = index.creditsOfOrder(order);
    if (credits.empty())
        return {};
    Rational sum;
    for (const OrderCredit* c : credits) {
        if (!c->share.isPositive())
            return "order " + order.id + ": the credit share of rep " + c->repId + " is not positive (" +
                   c->share.toString() + ")";
        if (!c->overlay)
            sum += c->share;
    }
    if (sum != Rational(1))
        return "order " + order.id + ": its credit splits sum to " + sum.toString() + ", not 1 (100%)";
    return {};
}

void checkPeriod(const Period& period)
{
    if (period.kind() != PeriodKind::Month && period.kind() != PeriodKind::Quarter)
        throw DomainError("incentives are paid per month or per quarter, not for " + period.label());
}

} // namespace

IncentiveEngine::IncentiveEngine(const ActualsEngine& actuals, const TargetLookup& targets,
                                 const WorkspaceSettings& settings, GradeProvider grades)
    : m_actuals(actuals)
    , m_targets(targets)
    , m_settings(settings)
    , m_grades(std::move(grades))
    , m_cal(settings.calendar())
{
    validatePlans(settings);
}

const IncentivePlan* IncentiveEngine::planFor(const Rep& rep, const Period& period) const
{
    return selectPlan(m_settings.incentivePlans, rep.role, rep.level, period.kind(), period.firstDay(m_cal));
}

std::vector<const Rep*> IncentiveEngine::repsOnPlans(const Period& period) const
{
    checkPeriod(period);
    const Date first = period.firstDay(m_cal);
    const Date last = period.lastDay(m_cal);
    std::vector<const Rep*> out;
    for (const Rep& r : m_actuals.index().data().reps)
        if (r.isActiveIn(first, last) && planFor(r, period))
            out.push_back(&r);
    std::sort(out.begin(), out.end(), [](const Rep* a, const Rep* b) { return a->id < b->id; });
    return out;
}

IncentiveStatement IncentiveEngine::statement(const Rep& rep, const Period& period) const
{
    return compute(rep, period, nullptr);
}

WhatIfResult IncentiveEngine::whatIf(const Rep& rep, const Period& period, const WhatIf& extra) const
{
    WhatIfResult out;
    out.before = compute(rep, period, nullptr);
    out.after = compute(rep, period, &extra);
    const IncentivePlan* plan = planFor(rep, period);
    for (const ComponentResult& c : out.after.components) {
        if (c.kind != ComponentKind::Commission || c.metric != toCode(extra.metric) || c.isError())
            continue;
        out.next = nextMilestone(plan->components[static_cast<size_t>(c.planIndex)], *c.actual, *c.target);
        break;
    }
    return out;
}

IncentiveStatement IncentiveEngine::compute(const Rep& rep, const Period& period, const WhatIf* extra) const
{
    checkPeriod(period);
    IncentiveStatement st;
    st.repId = rep.id;
    st.repName = rep.name;
    st.period = period.label();
    const IncentivePlan* plan = planFor(rep, period);
    if (!plan)
        return st;
    st.planCode = plan->code;
    const Date first = period.firstDay(m_cal);
    const Date last = period.lastDay(m_cal);
    const OwnerRef owner{OwnerKind::Rep, rep.id};

    bool clawsBack = false;
    for (size_t i = 0; i < plan->components.size(); ++i) {
        const PlanComponent& c = plan->components[i];
        ComponentResult r;
        switch (c.type) {
        case PlanComponent::Type::Commission:
            r = commission(rep, c, period, extra);
            clawsBack = clawsBack || c.base != Metric::Collections;
            break;
        case PlanComponent::Type::Bonus: {
            const Metric m = *metricFromCode(c.metric);
            std::int64_t actual = m_actuals.repActual(m, rep.id, first, last);
            if (extra && extra->metric == m)
                actual += extra->amount.cents();
            r = computeBonus(c, actual, m_targets.targetFor(owner, m, period, m_cal), st.period);
            break;
        }
        case PlanComponent::Type::GradeBonus: {
            std::optional<AppraisalGrade> grade;
            if (m_grades)
                grade = m_grades(rep.id, period);
            r = computeGradeBonus(c, grade, st.period);
            break;
        }
        case PlanComponent::Type::Contest:
            r = contest(rep, *plan, i, period);
            break;
        }
        r.planIndex = static_cast<int>(i);
        st.components.push_back(std::move(r));
    }
    // Always shown for revenue/gross-profit commission plans; otherwise only when something is clawed back
    // (an order booked under an earlier revenue plan), so a collections plan shows no clawback.
    ComponentResult claw = clawback(rep, period);
    if (clawsBack || *claw.amountCents != 0)
        st.components.push_back(std::move(claw));
    for (const ComponentResult& c : st.components)
        if (c.amountCents)
            st.totalCents += *c.amountCents;
    return st;
}

std::vector<IncentiveLine> IncentiveEngine::commissionLines(const Rep& rep, Metric base, Date first, Date last,
                                                            std::string& error) const
{
    const DatasetIndex& index = m_actuals.index();
    std::vector<IncentiveLine> lines;
    auto categoryOf = [&](const Order& o) {
        const Product* p = index.product(o.productId);
        return p ? p->category : std::string();
    };
    auto checkShares = [&](const Order& o) {
        if (error.empty())
            error = creditShareError(index, o);
    };
    for (const Order* o : m_actuals.ordersCreditedTo(rep.id)) {
        if (base == Metric::Collections) {
            for (const Payment* p : index.paymentsOfOrder(*o)) {
                if (!inRange(p->paidOn, first, last))
                    continue;
                checkShares(*o);
                std::int64_t cents = 0;
                for (const auto& [repId, share] : m_actuals.paymentCredits(*p))
                    if (repId == rep.id)
                        cents += share;
                lines.push_back({p->id, o->id, categoryOf(*o), cents, Rational(1), 0, {}, false, false});
            }
            continue;
        }
        // Orders dated in the period and not cancelled within it; later cancellations are clawed back.
        if (!inRange(o->orderDate, first, last) || o->isCancelledBy(last))
            continue;
        checkShares(*o);
        std::int64_t cents = 0;
        for (const CreditLine& l : m_actuals.creditLines(*o))
            if (l.repId == rep.id)
                cents += base == Metric::Revenue ? l.amountCents : l.grossProfitCents;
        lines.push_back({o->id, o->id, categoryOf(*o), cents, Rational(1), 0, {}, false, false});
    }
    std::sort(lines.begin(), lines.end(), [](const IncentiveLine& a, const IncentiveLine& b) { return a.id < b.id; });
    return lines;
}

ComponentResult IncentiveEngine::commission(const Rep& rep, const PlanComponent& c, const Period& period,
                                            const WhatIf* extra) const
{
    std::string creditError;
    auto lines = commissionLines(rep, c.base, period.firstDay(m_cal), period.lastDay(m_cal), creditError);
    for (IncentiveLine& l : lines)
        l.multiplier = multiplierFor(c, l.category);
    if (extra && extra->metric == c.base) {
        IncentiveLine l;
        l.id = "what-if";
        l.category = extra->category;
        l.amountCents = extra->amount.cents();
        l.multiplier = multiplierFor(c, extra->category);
        l.hypothetical = true;
        lines.push_back(std::move(l)); // after the real lines, which are in id order
    }
    const auto target = m_targets.targetFor(OwnerRef{OwnerKind::Rep, rep.id}, c.base, period, m_cal);
    ComponentResult r = computeCommission(c, target, std::move(lines), period.label());
    if (!creditError.empty()) {
        r.amountCents.reset();
        r.error = creditError;
        for (IncentiveLine& l : r.lines)
            l.shareCents = 0;
    }
    return r;
}

const std::map<std::string, std::int64_t>& IncentiveEngine::bookedShares(const Rep& rep, const Period& period) const
{
    const std::string key = rep.id + '\x1f' + period.label();
    auto it = m_booked.find(key);
    if (it != m_booked.end())
        return it->second;
    std::map<std::string, std::int64_t> shares;
    if (const IncentivePlan* plan = planFor(rep, period)) {
        for (const PlanComponent& c : plan->components) {
            if (c.type != PlanComponent::Type::Commission || c.base == Metric::Collections)
                continue;
            const ComponentResult r = commission(rep, c, period, nullptr);
            if (r.isError())
                continue;
            for (const IncentiveLine& l : r.lines)
                shares[l.id] += l.shareCents;
        }
    }
    return m_booked.emplace(key, std::move(shares)).first->second;
}

ComponentResult IncentiveEngine::clawback(const Rep& rep, const Period& period) const
{
    ComponentResult r;
    r.kind = ComponentKind::Clawback;
    const Date first = period.firstDay(m_cal);
    const Date last = period.lastDay(m_cal);
    const DatasetIndex& index = m_actuals.index();
    std::int64_t total = 0;
    for (const Order* o : m_actuals.ordersCreditedTo(rep.id)) {
        if (!o->cancelledOn || !inRange(*o->cancelledOn, first, last) || o->orderDate >= first)
            continue;
        const Period booked = period.kind() == PeriodKind::Month ? Period::monthOf(o->orderDate)
                                                                 : Period::quarterOf(o->orderDate, m_cal);
        const std::map<std::string, std::int64_t>* approved
            = m_approved ? m_approved(rep.id, booked.label()) : nullptr;
        const auto& shares = approved ? *approved : bookedShares(rep, booked);
        auto it = shares.find(o->id);
        const std::int64_t cents = it == shares.end() ? 0 : -it->second;
        const Product* p = index.product(o->productId);
        r.lines.push_back({o->id, o->id, p ? p->category : std::string(), cents, Rational(1), cents,
                           booked.label(), false, approved != nullptr});
        total += cents;
    }
    r.amountCents = total;
    return r;
}

Rational IncentiveEngine::metricValue(const std::string& code, const Rep& rep, const Period& period) const
{
    const Date first = period.firstDay(m_cal);
    const Date last = period.lastDay(m_cal);
    if (auto m = metricFromCode(code))
        return Rational(m_actuals.repActual(*m, rep.id, first, last));
    const Dataset& ds = m_actuals.index().data();
    if (code == "visits") {
        long long n = 0;
        for (const Activity& a : ds.activities)
            if (a.repId == rep.id && a.kind == ActivityKind::Visit && inRange(a.date, first, last))
                ++n;
        return Rational(n);
    }
    const std::string label = period.label();
    for (const KpiValue& v : ds.kpiValues)
        if (v.repId == rep.id && v.period == label && v.code == code)
            return v.value;
    return Rational(0);
}

ComponentResult IncentiveEngine::contest(const Rep& rep, const IncentivePlan& plan, size_t index,
                                         const Period& period) const
{
    const PlanComponent& c = plan.components[index];
    const std::string key = std::to_string(reinterpret_cast<std::uintptr_t>(&plan)) + '#' + std::to_string(index) +
                            '\x1f' + period.label();
    auto it = m_contests.find(key);
    if (it == m_contests.end()) {
        std::vector<ContestEntry> entries;
        for (const Rep* r : repsOnPlans(period))
            if (planFor(*r, period) == &plan)
                entries.push_back({r->id, metricValue(c.metric, *r, period)});
        it = m_contests.emplace(key, rankContest(std::move(entries), c.prizes)).first;
    }
    ComponentResult r;
    r.kind = ComponentKind::Contest;
    r.metric = c.metric;
    auto metric = metricFromCode(c.metric);
    r.moneyMetric = metric && isMoneyMetric(*metric);
    r.contestants = static_cast<int>(it->second.size());
    r.amountCents = 0;
    auto place = std::find_if(it->second.begin(), it->second.end(),
                              [&](const ContestPlace& p) { return p.repId == rep.id; });
    if (place == it->second.end()) {
        r.value = metricValue(c.metric, rep, period); // not a contestant (not active in the period)
        return r;
    }
    r.value = place->value;
    r.rank = place->rank;
    r.amountCents = place->prizeCents;
    r.titles = place->titles;
    return r;
}

} // namespace sd

#include "domain/TargetLifecycle.h"

#include <algorithm>
#include <array>

namespace sd {

std::string_view toCode(TargetState s)
{
    return s == TargetState::Approved ? "approved" : "draft";
}

std::optional<TargetState> targetStateFromCode(std::string_view code)
{
    if (code == "draft")
        return TargetState::Draft;
    if (code == "approved")
        return TargetState::Approved;
    return std::nullopt;
}

std::string TargetKey::toString() const
{
    return owner.toString() + " " + std::string(sd::toCode(metric)) + " " + period + " " + std::string(sd::toCode(segment));
}

LifecycleError::LifecycleError(LifecycleIssue issue, TargetKey key)
    : DomainError(describe(issue, key))
    , m_issue(issue)
    , m_key(std::move(key))
{
}

std::string describe(LifecycleIssue issue, const TargetKey& key)
{
    const std::string k = key.toString();
    switch (issue) {
    case LifecycleIssue::NegativeAmount:
        return "the target " + k + " cannot be negative";
    case LifecycleIssue::ApprovedLocked:
        return "the target " + k + " is approved and locked: change it with a revision and a reason";
    case LifecycleIssue::NotApproved:
        return "the target " + k + " is a draft: edit it directly (only an approved target is revised)";
    case LifecycleIssue::AlreadyApproved:
        return "the target " + k + " is already approved";
    case LifecycleIssue::NoAmount:
        return "the target " + k + " has no figure to approve";
    case LifecycleIssue::NoResponsible:
        return "the target " + k + " has no responsible person (目标三定)";
    case LifecycleIssue::NoKpi:
        return "the target " + k + " feeds no KPI item (目标三定)";
    case LifecycleIssue::EmptyReason:
        return "a revision of " + k + " needs a reason";
    case LifecycleIssue::Unchanged:
        return "the revision of " + k + " gives the figure already approved";
    }
    return k;
}

std::string trimmedReason(std::string_view reason)
{
    auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    std::size_t b = 0, e = reason.size();
    while (b < e && isSpace(reason[b]))
        ++b;
    while (e > b && isSpace(reason[e - 1]))
        --e;
    return std::string(reason.substr(b, e - b));
}

std::optional<LifecycleIssue> checkEdit(const TargetPlan& plan, std::int64_t newAmount)
{
    if (plan.state == TargetState::Approved)
        return LifecycleIssue::ApprovedLocked;
    if (newAmount < 0)
        return LifecycleIssue::NegativeAmount;
    return std::nullopt;
}

std::optional<LifecycleIssue> checkApprove(const TargetPlan& plan)
{
    if (plan.state == TargetState::Approved)
        return LifecycleIssue::AlreadyApproved;
    if (!plan.amount)
        return LifecycleIssue::NoAmount;
    if (*plan.amount < 0)
        return LifecycleIssue::NegativeAmount;
    if (!plan.responsibleRepId || plan.responsibleRepId->empty())
        return LifecycleIssue::NoResponsible;
    if (!plan.kpiCode || plan.kpiCode->empty())
        return LifecycleIssue::NoKpi;
    return std::nullopt;
}

std::optional<LifecycleIssue> checkRevise(const TargetPlan& plan, std::int64_t newAmount, std::string_view reason)
{
    if (plan.state != TargetState::Approved)
        return LifecycleIssue::NotApproved;
    if (trimmedReason(reason).empty())
        return LifecycleIssue::EmptyReason;
    if (newAmount < 0)
        return LifecycleIssue::NegativeAmount;
    if (plan.amount && *plan.amount == newAmount)
        return LifecycleIssue::Unchanged;
    return std::nullopt;
}

TargetPlan applyEdit(const TargetPlan& plan, std::int64_t newAmount)
{
    if (auto issue = checkEdit(plan, newAmount))
        throw LifecycleError(*issue, plan.key);
    TargetPlan out = plan;
    out.amount = newAmount;
    return out;
}

LifecycleStep applyApprove(const TargetPlan& plan, const std::string& by, const std::string& at)
{
    if (auto issue = checkApprove(plan))
        throw LifecycleError(*issue, plan.key);
    LifecycleStep step{plan, {}};
    step.plan.state = TargetState::Approved;
    step.plan.version = plan.version + 1;
    step.version = TargetVersion{step.plan.version, *plan.amount, std::string(), by, at};
    return step;
}

LifecycleStep applyRevise(const TargetPlan& plan, std::int64_t newAmount, const std::string& reason,
                          const std::string& by, const std::string& at)
{
    if (auto issue = checkRevise(plan, newAmount, reason))
        throw LifecycleError(*issue, plan.key);
    LifecycleStep step{plan, {}};
    step.plan.amount = newAmount;
    step.plan.version = plan.version + 1;
    step.version = TargetVersion{step.plan.version, newAmount, trimmedReason(reason), by, at};
    return step;
}

TargetReconciliation reconcile(std::optional<std::int64_t> topDown, std::span<const std::optional<std::int64_t>> submissions)
{
    TargetReconciliation r;
    std::int64_t sum = 0;
    bool any = false;
    for (const auto& s : submissions) {
        if (s) {
            sum += *s;
            any = true;
        } else {
            ++r.missing;
        }
    }
    if (any)
        r.bottomUp = sum;
    if (any && topDown)
        r.gap = *topDown - sum;
    return r;
}

Allocation allocationOf(std::int64_t parent, std::span<const std::int64_t> children)
{
    Allocation a;
    for (std::int64_t c : children)
        a.childrenSum += c;
    a.difference = a.childrenSum - parent;
    a.status = a.difference == 0 ? AllocationStatus::Balanced
                                 : (a.difference < 0 ? AllocationStatus::Under : AllocationStatus::Over);
    return a;
}

std::optional<std::string> defaultResponsible(const OwnerRef& owner, const std::vector<OrgUnit>& units,
                                              const std::vector<Rep>& reps, Date first, Date last)
{
    if (owner.kind == OwnerKind::Rep)
        return owner.id;
    auto unitOf = [&](const std::string& id) -> const OrgUnit* {
        auto it = std::find_if(units.begin(), units.end(), [&](const OrgUnit& u) { return u.id == id; });
        return it == units.end() ? nullptr : &*it;
    };
    const OrgUnit* unit = unitOf(owner.id);
    for (int guard = 0; unit && guard < 64; ++guard) {
        const std::array<Role, 2> order = unit->kind == OrgKind::Company
                                              ? std::array<Role, 2>{Role::SeniorManager, Role::RegionalManager}
                                              : std::array<Role, 2>{Role::RegionalManager, Role::SeniorManager};
        for (Role role : order) {
            const Rep* best = nullptr;
            for (const Rep& r : reps)
                if (r.orgUnitId == unit->id && r.role == role && r.isActiveIn(first, last) && (!best || r.id < best->id))
                    best = &r;
            if (best)
                return best->id;
        }
        unit = unit->parentId ? unitOf(*unit->parentId) : nullptr;
    }
    return std::nullopt;
}

std::string defaultKpiCode(Metric metric)
{
    return std::string(toCode(metric));
}

} // namespace sd

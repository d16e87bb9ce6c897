#include "domain/StatementLifecycle.h"

#include "domain/Error.h"

#include <map>
#include <tuple>

namespace sd {

std::string_view toCode(StatementState state)
{
    switch (state) {
    case StatementState::Calculated:
        return "calculated";
    case StatementState::Reviewed:
        return "reviewed";
    case StatementState::Approved:
        return "approved";
    }
    return "calculated";
}

std::optional<StatementState> statementStateFromCode(std::string_view code)
{
    for (StatementState s : {StatementState::Calculated, StatementState::Reviewed, StatementState::Approved})
        if (toCode(s) == code)
            return s;
    return std::nullopt;
}

bool StatementSnapshot::hasError() const
{
    for (const SnapshotComponent& c : components)
        if (!c.amountCents)
            return true;
    return false;
}

StatementSnapshot snapshotOf(const IncentiveStatement& statement, const std::string& calculatedAt)
{
    StatementSnapshot s;
    s.repId = statement.repId;
    s.period = statement.period;
    s.planCode = statement.planCode;
    s.totalCents = statement.totalCents;
    s.calculatedAt = calculatedAt;
    for (const ComponentResult& c : statement.components) {
        s.components.push_back({std::string(toCode(c.kind)), c.metric, c.amountCents, c.isError() ? c.error : ""});
        if (c.kind != ComponentKind::Commission || c.isError() || c.metric == "collections")
            continue;
        for (const IncentiveLine& l : c.lines)
            if (!l.hypothetical)
                s.bookedShares[l.id] += l.shareCents;
    }
    return s;
}

bool sameFigures(const StatementSnapshot& a, const StatementSnapshot& b)
{
    return a.planCode == b.planCode && a.components == b.components && a.totalCents == b.totalCents;
}

std::vector<ComponentChange> compareSnapshots(const StatementSnapshot& before, const StatementSnapshot& after)
{
    using Key = std::tuple<std::string, std::string, int>;
    const auto keyed = [](const StatementSnapshot& s) {
        std::map<std::pair<std::string, std::string>, int> seen;
        std::vector<std::pair<Key, const SnapshotComponent*>> out;
        for (const SnapshotComponent& c : s.components)
            out.push_back({Key{c.type, c.metric, seen[{c.type, c.metric}]++}, &c});
        return out;
    };
    const auto oldKeyed = keyed(before);
    const auto newKeyed = keyed(after);
    std::map<Key, const SnapshotComponent*> oldByKey(oldKeyed.begin(), oldKeyed.end());
    std::map<Key, const SnapshotComponent*> newByKey(newKeyed.begin(), newKeyed.end());

    std::vector<ComponentChange> changes;
    for (const auto& [key, c] : newKeyed) {
        const auto it = oldByKey.find(key);
        const SnapshotComponent* old = it == oldByKey.end() ? nullptr : it->second;
        if (old && *old == *c)
            continue;
        ComponentChange ch;
        ch.type = c->type;
        ch.metric = c->metric;
        ch.inOld = old != nullptr;
        ch.inNew = true;
        ch.newCents = c->amountCents;
        ch.newError = c->error;
        if (old) {
            ch.oldCents = old->amountCents;
            ch.oldError = old->error;
        }
        changes.push_back(ch);
    }
    for (const auto& [key, c] : oldKeyed) {
        if (newByKey.count(key))
            continue;
        ComponentChange ch;
        ch.type = c->type;
        ch.metric = c->metric;
        ch.inOld = true;
        ch.oldCents = c->amountCents;
        ch.oldError = c->error;
        changes.push_back(ch);
    }
    return changes;
}

StatementReconciliation reconcile(const std::optional<StatementSnapshot>& stored, const StatementSnapshot& calculated)
{
    StatementReconciliation r;
    r.calculatedTotalCents = calculated.totalCents;
    if (!stored) {
        r.outcome = StatementReconciliation::Outcome::New;
        r.keep = calculated;
        r.keep.state = StatementState::Calculated;
        r.storedTotalCents = calculated.totalCents;
        return r;
    }
    r.storedTotalCents = stored->totalCents;
    if (sameFigures(*stored, calculated)) {
        r.outcome = StatementReconciliation::Outcome::Unchanged;
        r.keep = *stored;
        return r;
    }
    r.differences = compareSnapshots(*stored, calculated);
    switch (stored->state) {
    case StatementState::Calculated:
        r.outcome = StatementReconciliation::Outcome::Updated;
        r.keep = calculated;
        break;
    case StatementState::Reviewed:
        r.outcome = StatementReconciliation::Outcome::ReviewReset;
        r.keep = calculated;
        break;
    case StatementState::Approved:
        r.outcome = StatementReconciliation::Outcome::Differs;
        r.keep = *stored;
        return r;
    }
    r.keep.state = StatementState::Calculated;
    r.keep.reviewedBy.clear();
    r.keep.reviewedAt.clear();
    r.keep.approvedBy.clear();
    r.keep.approvedAt.clear();
    return r;
}

namespace {

std::string who(const StatementSnapshot& s)
{
    return "the statement of " + s.repId + " for " + s.period;
}

} // namespace

StatementSnapshot reviewStatement(const StatementSnapshot& s, const std::string& by, const std::string& at)
{
    if (s.state != StatementState::Calculated)
        throw DomainError(who(s) + " is " + std::string(toCode(s.state))
                          + "; only a calculated statement can be reviewed");
    StatementSnapshot out = s;
    out.state = StatementState::Reviewed;
    out.reviewedBy = by;
    out.reviewedAt = at;
    return out;
}

StatementSnapshot approveStatement(const StatementSnapshot& s, const std::string& by, const std::string& at)
{
    if (s.state != StatementState::Reviewed)
        throw DomainError(who(s) + " is " + std::string(toCode(s.state))
                          + "; only a reviewed statement can be approved");
    for (const SnapshotComponent& c : s.components)
        if (!c.amountCents)
            throw DomainError(who(s) + " cannot be approved: its " + c.type + " component is an error (" + c.error
                              + "); fix the cause and calculate again");
    StatementSnapshot out = s;
    out.state = StatementState::Approved;
    out.approvedBy = by;
    out.approvedAt = at;
    return out;
}

StatementSnapshot reopenStatement(const StatementSnapshot& s, const StatementSnapshot& calculated)
{
    if (s.state == StatementState::Calculated)
        throw DomainError(who(s) + " is already calculated; there is nothing to reopen");
    if (calculated.repId != s.repId || calculated.period != s.period)
        throw DomainError(who(s) + " cannot be reopened with the figures of another statement");
    StatementSnapshot out = calculated;
    out.state = StatementState::Calculated;
    out.reviewedBy.clear();
    out.reviewedAt.clear();
    out.approvedBy.clear();
    out.approvedAt.clear();
    return out;
}

} // namespace sd

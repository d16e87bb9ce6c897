#include "domain/PipelineBridge.h"

#include "domain/Error.h"

#include <algorithm>
#include <charconv>
#include <string_view>
#include <unordered_map>

namespace sd {

std::string_view toCode(BridgeKind k)
{
    switch (k) {
    case BridgeKind::New:
        return "new";
    case BridgeKind::PulledIn:
        return "pulled_in";
    case BridgeKind::Increased:
        return "increased";
    case BridgeKind::Decreased:
        return "decreased";
    case BridgeKind::PushedOut:
        return "pushed_out";
    case BridgeKind::Won:
        return "won";
    case BridgeKind::Lost:
        return "lost";
    }
    return "new";
}

Money PipelineBridge::computedEnd() const
{
    return startAmount + step(BridgeKind::New).amount + step(BridgeKind::PulledIn).amount
           + step(BridgeKind::Increased).amount - step(BridgeKind::Decreased).amount
           - step(BridgeKind::PushedOut).amount - step(BridgeKind::Won).amount - step(BridgeKind::Lost).amount;
}

namespace {

const OpportunityChange* firstAfter(const std::vector<const OpportunityChange*>& changes, ChangeField field, Date d)
{
    for (const OpportunityChange* c : changes)
        if (c->field == field && c->changedOn > d)
            return c;
    return nullptr;
}

struct EndState
{
    bool exists = false;
    int position = FunnelStages::kUnknown;
    Money amount;
    std::optional<Date> close;
};

EndState endState(const Opportunity& o, const std::vector<const OpportunityChange*>& changes,
                  const FunnelStages& stages, Date d)
{
    EndState s;
    const auto state = stateAsOf(o, stages, d);
    if (!state)
        return s;
    s.exists = true;
    s.position = state->position;
    s.amount = amountAsOf(o, changes, d);
    s.close = expectedCloseAsOf(o, changes, d);
    return s;
}

bool inPipeline(const EndState& s, const FunnelStages& stages, Date periodLast)
{
    return s.exists && stages.isOpen(s.position) && s.close && *s.close <= periodLast;
}

} // namespace

Money amountAsOf(const Opportunity& o, const std::vector<const OpportunityChange*>& changes, Date d)
{
    const OpportunityChange* c = firstAfter(changes, ChangeField::Amount, d);
    if (!c)
        return o.amount;
    std::int64_t cents = 0;
    const char* first = c->oldValue.data();
    const char* last = first + c->oldValue.size();
    const auto r = std::from_chars(first, last, cents);
    if (r.ec != std::errc() || r.ptr != last)
        throw DomainError("opportunity " + o.id + ": bad amount in its change history: " + c->oldValue);
    return Money::fromCents(cents);
}

std::optional<Date> expectedCloseAsOf(const Opportunity& o, const std::vector<const OpportunityChange*>& changes,
                                      Date d)
{
    const OpportunityChange* c = firstAfter(changes, ChangeField::ExpectedClose, d);
    if (!c)
        return o.expectedCloseOn;
    return Date::parse(c->oldValue);
}

PipelineBridge pipelineBridge(const OpportunityList& opps, const std::vector<OpportunityChange>& changes,
                              const WorkspaceSettings& settings, Date start, Date end, Date periodLast)
{
    const FunnelStages stages(settings);
    std::unordered_map<std::string_view, std::vector<const OpportunityChange*>> byOpp;
    for (const OpportunityChange& c : changes)
        if (c.field == ChangeField::Amount || c.field == ChangeField::ExpectedClose)
            byOpp[c.opportunityId].push_back(&c);
    static const std::vector<const OpportunityChange*> kNone;

    PipelineBridge b;
    b.start = start;
    b.end = end;
    b.periodLast = periodLast;
    auto add = [&](const Opportunity* o, BridgeKind k, Money amount, const EndState& s0, const EndState& s1) {
        BridgeStep& st = b.steps[static_cast<size_t>(k)];
        ++st.count;
        st.amount += amount;
        b.lines.push_back(BridgeLine{o, k, amount, s0.amount, s1.amount, s0.close, s1.close});
    };
    for (const Opportunity* o : opps) {
        auto it = byOpp.find(o->id);
        const auto& ch = it == byOpp.end() ? kNone : it->second;
        const EndState s0 = endState(*o, ch, stages, start);
        const EndState s1 = endState(*o, ch, stages, end);
        const bool in0 = inPipeline(s0, stages, periodLast);
        const bool in1 = inPipeline(s1, stages, periodLast);
        if (in0) {
            ++b.startCount;
            b.startAmount += s0.amount;
        }
        if (in1) {
            ++b.endCount;
            b.endAmount += s1.amount;
        }
        if (in0 && in1) {
            const Money delta = s1.amount - s0.amount;
            if (delta.isPositive())
                add(o, BridgeKind::Increased, delta, s0, s1);
            else if (delta.isNegative())
                add(o, BridgeKind::Decreased, -delta, s0, s1);
        } else if (in0) {
            if (s1.position == stages.wonPosition())
                add(o, BridgeKind::Won, s0.amount, s0, s1);
            else if (s1.position == 0)
                add(o, BridgeKind::Lost, s0.amount, s0, s1);
            else
                add(o, BridgeKind::PushedOut, s0.amount, s0, s1);
        } else if (in1) {
            const bool openAtStart = s0.exists && stages.isOpen(s0.position);
            add(o, openAtStart ? BridgeKind::PulledIn : BridgeKind::New, s1.amount, s0, s1);
        }
    }
    std::sort(b.lines.begin(), b.lines.end(),
              [](const BridgeLine& x, const BridgeLine& y) { return x.opportunity->id < y.opportunity->id; });
    return b;
}

} // namespace sd

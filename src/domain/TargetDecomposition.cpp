#include "domain/TargetDecomposition.h"

#include "domain/Error.h"
#include "domain/SegmentActuals.h"

#include <set>

namespace sd {

std::int64_t DecomposedNode::existingTotal() const
{
    std::int64_t s = 0;
    for (std::int64_t v : existing)
        s += v;
    return s;
}

std::int64_t DecomposedNode::freshTotal() const
{
    std::int64_t s = 0;
    for (std::int64_t v : fresh)
        s += v;
    return s;
}

struct TargetDecomposer::Context
{
    const DecompositionRequest& req;
    std::vector<Period> months;
    std::vector<DecomposedNode> nodes;
    std::vector<std::string> notices;
    std::set<OwnerRef> usedWeights;
    bool historyFellBack = false;
};

TargetDecomposer::TargetDecomposer(const ActualsEngine& actuals, const WorkspaceSettings& settings)
    : m_actuals(actuals)
    , m_index(actuals.index())
    , m_settings(settings)
    , m_cal(settings.calendar())
{
}

bool TargetDecomposer::ownerExists(const OwnerRef& owner) const
{
    return owner.kind == OwnerKind::Unit ? m_index.unit(owner.id) != nullptr : m_index.rep(owner.id) != nullptr;
}

std::vector<OwnerRef> TargetDecomposer::childrenOf(const OwnerRef& owner, const Period& period) const
{
    std::vector<OwnerRef> out;
    if (owner.kind == OwnerKind::Rep)
        return out;
    const auto& units = m_index.childUnits(owner.id);
    if (!units.empty()) {
        for (const OrgUnit* u : units)
            out.push_back({ OwnerKind::Unit, u->id });
        return out;
    }
    const Date first = period.firstDay(m_cal);
    const Date last = period.lastDay(m_cal);
    for (const Rep* r : m_index.repsDirectlyIn(owner.id))
        if (r->isActiveIn(first, last))
            out.push_back({ OwnerKind::Rep, r->id });
    return out;
}

Rational TargetDecomposer::capacityOf(const OwnerRef& owner, const Period& period) const
{
    const Date first = period.firstDay(m_cal);
    const Date last = period.lastDay(m_cal);
    if (owner.kind == OwnerKind::Rep) {
        const Rep* r = m_index.rep(owner.id);
        return r && r->isActiveIn(first, last) ? repCapacity(*r, first, m_settings.capacity) : Rational(0);
    }
    Rational sum(0);
    for (const Rep* r : m_index.repsUnder(owner.id))
        if (m_index.childUnits(r->orgUnitId).empty() && r->isActiveIn(first, last))
            sum += repCapacity(*r, first, m_settings.capacity);
    return sum;
}

Decomposition TargetDecomposer::decompose(const DecompositionRequest& req) const
{
    if (!ownerExists(req.owner))
        throw DomainError("unknown owner " + req.owner.toString());
    if (req.period.kind() == PeriodKind::Week)
        throw DomainError(
            "a week (" + req.period.label()
            + ") cannot be decomposed: give a fiscal year, quarter or month; week targets follow from the "
              "months' working days");
    if (req.amount < 0)
        throw DomainError("the target to decompose must not be negative");
    if (req.existingShare && (req.existingShare->isNegative() || *req.existingShare > Rational(1)))
        throw DomainError("the existing-customer share must be between 0 and 1, not " + req.existingShare->toString());
    if (req.method == OrgMethod::Weights && req.weights.empty())
        throw DomainError("the weights method needs a weight for every child");

    Context ctx{ req, req.period.months(m_cal), {}, {}, {} };
    if (req.seasonality == SeasonalityMethod::Weights && req.seasonalityWeights.size() != ctx.months.size())
        throw DomainError("seasonality for " + req.period.label() + " needs " + std::to_string(ctx.months.size())
                          + " weights, one per month, not " + std::to_string(req.seasonalityWeights.size()));
    if (childrenOf(req.owner, req.period).empty())
        throw DomainError(req.owner.kind == OwnerKind::Rep
                              ? req.owner.toString() + " is a rep: a rep's target has no org children to decompose into"
                              : req.owner.toString() + " has no child units and no reps active in " + req.period.label()
                                  + " to receive the target");

    Decomposition out;
    out.owner = req.owner;
    out.metric = req.metric;
    out.period = req.period;
    out.amount = req.amount;
    out.assigned = req.overAssign ? overAssigned(req.amount, *req.overAssign) : req.amount;
    out.months = ctx.months;

    ctx.nodes.push_back(DecomposedNode{ req.owner, std::nullopt, 0, false, out.assigned, {}, {}, {}, std::nullopt });
    splitNode(ctx, req.owner, out.assigned, 0);

    if (req.method == OrgMethod::Weights)
        for (const auto& [owner, w] : req.weights)
            if (!ctx.usedWeights.count(owner))
                throw DomainError("a weight is given for " + owner.toString()
                                  + ", which is not a child being split under " + req.owner.toString() + " in "
                                  + req.period.label());

    out.total = std::move(ctx.nodes.front());
    out.nodes.assign(std::make_move_iterator(ctx.nodes.begin() + 1), std::make_move_iterator(ctx.nodes.end()));
    out.notices = std::move(ctx.notices);
    out.historyFellBack = ctx.historyFellBack;
    return out;
}

void TargetDecomposer::splitNode(Context& ctx, const OwnerRef& owner, std::int64_t amount, int depth) const
{
    const DecompositionRequest& req = ctx.req;
    const std::size_t selfIdx = ctx.nodes.size() - 1;
    const std::vector<OwnerRef> children = childrenOf(owner, req.period);
    const std::string what = "the children of " + owner.toString();

    std::vector<Rational> weights;
    switch (req.method) {
    case OrgMethod::Equal:
        weights.assign(children.size(), Rational(1));
        break;
    case OrgMethod::Weights:
        for (const OwnerRef& c : children) {
            auto it = req.weights.find(c);
            if (it == req.weights.end())
                throw DomainError("no weight is given for " + c.toString() + " (a child of " + owner.toString() + ")");
            ctx.usedWeights.insert(c);
            weights.push_back(it->second);
        }
        break;
    case OrgMethod::History: {
        const Period prev = req.period.previousYear();
        std::vector<std::int64_t> actuals;
        for (const OwnerRef& c : children)
            actuals.push_back(m_actuals.ownerActual(req.metric, c, prev.firstDay(m_cal), prev.lastDay(m_cal)));
        HistoryWeights hw = historyWeights(actuals);
        ctx.historyFellBack = ctx.historyFellBack || hw.fellBackToEqual;
        if (hw.fellBackToEqual)
            ctx.notices.push_back("history of " + what + " in " + prev.label() + " (" + std::string(toCode(req.metric))
                                  + ") is all zero: split equally");
        weights = std::move(hw.weights);
        break;
    }
    case OrgMethod::Capacity:
        for (const OwnerRef& c : children)
            weights.push_back(capacityOf(c, req.period));
        break;
    }
    const std::vector<std::int64_t> parts
        = splitTarget(amount, weights, what + " (" + std::string(toCode(req.method)) + ")");

    std::vector<std::size_t> childIdx;
    for (std::size_t i = 0; i < children.size(); ++i) {
        const OwnerRef& c = children[i];
        childIdx.push_back(ctx.nodes.size());
        ctx.nodes.push_back(DecomposedNode{ c, owner, depth + 1, true, parts[i], {}, {}, {}, std::nullopt });
        bool descend = req.toReps && c.kind == OwnerKind::Unit;
        if (descend && childrenOf(c, req.period).empty()) {
            ctx.notices.push_back(c.toString() + " has no reps active in " + req.period.label()
                                  + ": its share stays on the unit");
            descend = false;
        }
        if (descend) {
            ctx.nodes.back().leaf = false;
            splitNode(ctx, c, parts[i], depth + 1);
        } else {
            splitLeafInTime(ctx, ctx.nodes.back());
        }
    }

    const std::size_t n = ctx.months.size();
    DecomposedNode& self = ctx.nodes[selfIdx];
    self.months.assign(n, 0);
    self.existing.assign(n, 0);
    self.fresh.assign(n, 0);
    for (std::size_t ci : childIdx) {
        const DecomposedNode& c = ctx.nodes[ci];
        for (std::size_t m = 0; m < n; ++m) {
            self.months[m] += c.months[m];
            self.existing[m] += c.existing[m];
            self.fresh[m] += c.fresh[m];
        }
    }
}

void TargetDecomposer::splitLeafInTime(Context& ctx, DecomposedNode& node) const
{
    const DecompositionRequest& req = ctx.req;
    const std::string what = node.owner.toString() + " in " + req.period.label();

    std::vector<Rational> weights;
    switch (req.seasonality) {
    case SeasonalityMethod::Equal:
        break;
    case SeasonalityMethod::Weights:
        weights = req.seasonalityWeights;
        break;
    case SeasonalityMethod::History: {
        std::vector<std::int64_t> actuals;
        for (const Period& m : req.period.previousYear().months(m_cal))
            actuals.push_back(m_actuals.ownerActual(req.metric, node.owner, m.firstDay(m_cal), m.lastDay(m_cal)));
        HistoryWeights hw = historyWeights(actuals);
        if (hw.fellBackToEqual)
            ctx.notices.push_back("monthly history of " + node.owner.toString() + " in "
                                  + req.period.previousYear().label() + " is all zero: months split equally");
        else
            weights = std::move(hw.weights);
        break;
    }
    }
    node.months = splitIntoMonths(node.amount, ctx.months.size(), weights, what);

    Rational share = defaultExistingShare();
    if (req.existingShare) {
        share = *req.existingShare;
    } else {
        const Period lastYear = Period::year(req.period.fiscalYear(m_cal) - 1);
        const Date first = lastYear.firstDay(m_cal);
        const Date last = lastYear.lastDay(m_cal);
        const std::int64_t total = m_actuals.ownerActual(req.metric, node.owner, first, last);
        const std::int64_t existing
            = segmentActual(m_actuals, req.metric, node.owner, Segment::Existing, first, last, first);
        if (auto h = historyExistingShare(existing, total))
            share = *h;
        else
            ctx.notices.push_back("no " + std::string(toCode(req.metric)) + " history for " + node.owner.toString()
                                  + " in " + lastYear.label() + ": segments split 70/30 (existing/new)");
    }
    node.existingShare = share;
    node.existing.clear();
    node.fresh.clear();
    for (std::int64_t m : node.months) {
        SegmentAmounts s = splitSegments(m, share);
        node.existing.push_back(s.existing);
        node.fresh.push_back(s.fresh);
    }
}

} // namespace sd

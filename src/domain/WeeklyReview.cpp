#include "domain/WeeklyReview.h"

#include <algorithm>

namespace sd {

WeeklyReview weeklyReview(WeeklyReport report, const DatasetIndex& index, const WorkspaceSettings& settings,
                          size_t moverLimit)
{
    const FunnelStages stages(settings);
    WeeklyReview review;
    auto line = [&](const WeeklyEntry& e) {
        WeeklyReviewLine l;
        l.opportunity = e.opportunity;
        l.category = e.category;
        if (e.startPosition != FunnelStages::kUnknown)
            l.fromStage = std::string(stages.code(e.startPosition));
        l.toStage = std::string(stages.code(e.endPosition));
        if (const Customer* c = index.customer(e.opportunity->customerId))
            l.customerName = c->name;
        if (const Rep* r = index.rep(e.opportunity->ownerRepId))
            l.ownerName = r->name;
        if (const auto state = stateAsOf(*e.opportunity, stages, report.end)) {
            l.enteredOn = state->enteredOn;
            l.daysInStage = report.end - state->enteredOn;
        }
        return l;
    };
    for (const WeeklyEntry& e : report.entries) {
        switch (e.category) {
        case WeeklyCategory::Stalled:
            review.stalled.push_back(line(e));
            break;
        case WeeklyCategory::Unchanged:
            break;
        default:
            review.movers.push_back(line(e));
        }
    }
    std::sort(review.stalled.begin(), review.stalled.end(), [](const WeeklyReviewLine& a, const WeeklyReviewLine& b) {
        if (a.daysInStage != b.daysInStage)
            return a.daysInStage > b.daysInStage;
        if (a.opportunity->amount != b.opportunity->amount)
            return a.opportunity->amount > b.opportunity->amount;
        return a.opportunity->id < b.opportunity->id;
    });
    std::sort(review.movers.begin(), review.movers.end(), [](const WeeklyReviewLine& a, const WeeklyReviewLine& b) {
        if (a.opportunity->amount != b.opportunity->amount)
            return a.opportunity->amount > b.opportunity->amount;
        return a.opportunity->id < b.opportunity->id;
    });
    if (review.movers.size() > moverLimit)
        review.movers.resize(moverLimit);
    review.report = std::move(report);
    return review;
}

} // namespace sd

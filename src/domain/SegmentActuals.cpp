#include "domain/SegmentActuals.h"

namespace sd {

namespace {

std::int64_t existingRepActual(const ActualsEngine& engine, Metric metric, std::string_view repId, Date first,
                               Date last, Date segmentStart)
{
    auto inRange = [&](Date d) { return d >= first && d <= last; };
    std::int64_t total = 0;
    switch (metric) {
    case Metric::Revenue:
    case Metric::GrossProfit:
        for (const Order* o : engine.ordersCreditedTo(repId)) {
            const bool booked = inRange(o->orderDate);
            const bool cancelled = o->cancelledOn && inRange(*o->cancelledOn);
            if (booked == cancelled || !engine.isExistingCustomer(o->customerId, segmentStart))
                continue;
            std::int64_t credit = 0;
            for (const CreditLine& l : engine.creditLines(*o))
                if (l.repId == repId)
                    credit += metric == Metric::Revenue ? l.amountCents : l.grossProfitCents;
            total += booked ? credit : -credit;
        }
        break;
    case Metric::Collections:
        for (const Order* o : engine.ordersCreditedTo(repId)) {
            if (!engine.isExistingCustomer(o->customerId, segmentStart))
                continue;
            for (const Payment* p : engine.index().paymentsOfOrder(*o)) {
                if (!inRange(p->paidOn))
                    continue;
                for (const auto& [rid, cents] : engine.paymentCredits(*p))
                    if (rid == repId)
                        total += cents;
            }
        }
        break;
    case Metric::NewCustomers:
        // A customer whose first order is in the range had no order before it: never existing.
        break;
    }
    return total;
}

std::int64_t existingActual(const ActualsEngine& engine, Metric metric, const OwnerRef& owner, Date first, Date last,
                            Date segmentStart)
{
    if (owner.kind == OwnerKind::Rep)
        return existingRepActual(engine, metric, owner.id, first, last, segmentStart);
    std::int64_t total = 0;
    if (const UnitAttribution* units = engine.unitAttribution()) {
        // Team moves: each rep over the days it was in the unit (docs/daily.md).
        for (const Rep* r : units->repsDuring(owner.id, first, last))
            for (const auto& [from, to] : units->daysIn(*r, owner.id, first, last))
                total += existingRepActual(engine, metric, r->id, from, to, segmentStart);
        return total;
    }
    for (const Rep* r : engine.index().repsUnder(owner.id))
        total += existingRepActual(engine, metric, r->id, first, last, segmentStart);
    return total;
}

} // namespace

std::int64_t segmentActual(const ActualsEngine& engine, Metric metric, const OwnerRef& owner, Segment segment,
                           Date first, Date last, Date segmentStart)
{
    if (last < first)
        return 0;
    switch (segment) {
    case Segment::All:
        return engine.ownerActual(metric, owner, first, last);
    case Segment::Existing:
        return existingActual(engine, metric, owner, first, last, segmentStart);
    case Segment::New:
        return engine.ownerActual(metric, owner, first, last)
            - existingActual(engine, metric, owner, first, last, segmentStart);
    }
    return 0;
}

} // namespace sd

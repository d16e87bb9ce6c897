#pragma once

#include "domain/Actuals.h"

#include <cstdint>

namespace sd {

// Actuals of SPEC §6 restricted to a customer segment of SPEC §3: `existing` counts only the
// lines of customers that had a never-cancelled order dated before `segmentStart`, `new` the
// others, `all` everything (ActualsEngine::ownerActual). existing + new = all exactly.
// Lines are the engine's: order credits on the order date, their negation on the cancellation
// date, payment credits on the payment date; new_customers are never existing customers.
std::int64_t segmentActual(const ActualsEngine& engine, Metric metric, const OwnerRef& owner, Segment segment,
                           Date first, Date last, Date segmentStart);

} // namespace sd

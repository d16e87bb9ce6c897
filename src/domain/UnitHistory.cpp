#include "domain/UnitHistory.h"

namespace sd {

std::string_view toCode(TrainingKind k)
{
    return k == TrainingKind::NewHire ? "new_hire" : "continuing";
}

std::optional<TrainingKind> trainingKindFromCode(std::string_view code)
{
    if (code == "new_hire")
        return TrainingKind::NewHire;
    if (code == "continuing")
        return TrainingKind::Continuing;
    return std::nullopt;
}

std::int64_t UnitHistory::unitActual(const ActualsEngine& actuals, Metric metric, std::string_view unitId, Date first,
                                     Date last) const
{
    std::int64_t sum = 0;
    for (const Rep* r : repsDuring(unitId, first, last))
        for (const auto& [from, to] : daysIn(*r, unitId, first, last))
            sum += actuals.repActual(metric, r->id, from, to);
    return sum;
}

} // namespace sd

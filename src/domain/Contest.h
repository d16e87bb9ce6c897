#pragma once

// Contest (销售竞赛/SPIF) ranking of SPEC §7 as a pure function.

#include "domain/Rational.h"
#include "domain/Settings.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sd {

struct ContestEntry
{
    std::string repId;
    Rational value;
};

// One contestant's place: shown rank (the tie group's first; none when the value is not above 0),
// its share of the money prizes of the ranks its group covers, and every title among them.
struct ContestPlace
{
    std::string repId;
    Rational value;
    std::optional<int> rank;
    std::int64_t prizeCents = 0;
    std::vector<std::string> titles;
};

// Ranks by exact value descending (only values above 0); a tie group covering ranks p…p+g−1
// shares the money prizes of those ranks by §2 in ascending rep id, and each member gets every
// title among them. Returned in ranking order, then the reps without a rank in ascending id.
std::vector<ContestPlace> rankContest(std::vector<ContestEntry> entries, const std::vector<Prize>& prizes);

} // namespace sd

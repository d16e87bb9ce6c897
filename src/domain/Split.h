#pragma once

#include "domain/Rational.h"

#include <cstdint>
#include <span>
#include <vector>

namespace sd {

// The exact split of SPEC §2: total (cents or whole units, any sign) over parts with weights
// (Σw ≠ 0, mixed signs allowed), given in the parts' stable order. Each part gets the floor
// of its exact quota; the leftover units go one each to the largest fractional remainders,
// ties to the earlier part. The result always sums to total. Throws DomainError when Σw = 0.
std::vector<std::int64_t> exactSplit(std::int64_t total, std::span<const Rational> weights);

// Convenience: equal weights over n parts (n > 0).
std::vector<std::int64_t> equalSplit(std::int64_t total, std::size_t n);

} // namespace sd

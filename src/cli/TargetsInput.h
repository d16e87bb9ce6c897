#pragma once

// The input files of `salesctl targets decompose`: --weights FILE and --seasonality FILE.

#include "domain/DatasetIndex.h"
#include "domain/Rational.h"

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace sd::cli {

// Child weights: CSV with the header `owner,weight` (owner as unit:ID, rep:ID or a bare id), or
// JSON {"ID": weight, …} (keys likewise). A bare id must name exactly one unit or rep of the
// workspace. Weights are decimals ≥ 0 with up to 6 fractional digits. Throws CliError naming the
// file and line (CSV) or key (JSON).
std::map<OwnerRef, Rational> readWeightsFile(const std::filesystem::path& path, const DatasetIndex& index);

// Seasonality weights: one decimal per non-empty line, or a JSON array of numbers/strings.
std::vector<Rational> readSeasonalityFile(const std::filesystem::path& path);

// A decimal option value with up to 6 fractional digits (--existing-share, --over-assign).
Rational parseDecimalOption(const std::string& option, const std::string& text);

} // namespace sd::cli

#pragma once

// Shared by `salesctl targets decompose` and `salesctl targets show`.

#include "cli/CliContext.h"
#include "domain/Settings.h"

#include <cstdint>
#include <string>

namespace sd::storage {
class Workspace;
}

namespace sd::cli {

int runTargetsDecompose(const CliContext& ctx); // TargetsCommand.cpp
int runTargetsShow(const CliContext& ctx); // TargetsShow.cpp

// The workspace's settings (io::loadSettings), invalid stored settings as a CliError.
WorkspaceSettings loadTargetsSettings(storage::Workspace& ws);
// A target figure: money as "1234.50" for money metrics, a whole number for new_customers.
Json amountJson(Metric metric, std::int64_t value);
std::string amountText(Metric metric, std::int64_t value);
Metric parseMetricOption(const std::string& text);
// Right-aligns text in a column of the text tables.
std::string padLeft(const std::string& s, std::size_t width);
std::string padRight(const std::string& s, std::size_t width);

} // namespace sd::cli

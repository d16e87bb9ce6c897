#pragma once

#include "app/TargetGrid.h"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace sd::app {

// Writes the Targets grid to an xlsx file (io::XlsxBook): one row per org row (indented by depth), the period columns,
// bottom-up, gap, actual and attainment, header frozen. `titles` are the translated column titles in model order
// after the name and responsible columns. Throws io::ExportError; leaves no file behind on failure.
void exportTargetGrid(const std::string& path, const TargetGrid& grid,
                      const std::unordered_map<std::string, std::int64_t>& actuals,
                      const std::unordered_map<std::string, std::string>& repNames, const std::vector<std::string>& titles,
                      const std::string& sheetName);

} // namespace sd::app

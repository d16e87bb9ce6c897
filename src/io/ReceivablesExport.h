#pragma once

// The receivables report (SPEC §5) as an xlsx workbook: aging per customer, rep and org unit, the overdue list
// and the credit-risk flags; `salesctl receivables --xlsx` and the app's export both call it.

#include "domain/Receivables.h"

#include <string>

namespace sd::io {

// Sheets: summary (company aging and collection rate), customers, reps, units, overdue, credit risk.
// Throws ExportError; nothing is left behind on failure.
void writeReceivablesXlsx(const ReceivablesReport& report, const std::string& ownerLabel, const std::string& currency,
                          const std::string& path);

} // namespace sd::io

#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace sd::io {

// One error or warning of an import: a file, the physical line where the record starts (0 when
// the problem is not tied to a line, e.g. a JSON path or a whole file), a column (a CSV column or
// a JSON path) and the message.
struct ImportIssue
{
    std::string file;
    int line = 0;
    std::string column;
    std::string message;

    // "orders.csv:17: amount: more than two decimals: '12.345'" (parts that are empty are left out).
    std::string toString() const;
};

// What an import did or would do: rows read per file, every error and warning.
struct ImportReport
{
    static constexpr size_t kMaxStoredIssues = 100000; // beyond this only the counts grow

    std::vector<std::pair<std::string, long long>> counts; // file name → records, in reading order
    std::vector<ImportIssue> errors;
    std::vector<ImportIssue> warnings;
    long long errorCount = 0;   // may exceed errors.size() when there are very many
    long long warningCount = 0;
    bool cancelled = false;
    bool written = false; // the batch (and settings) were written to the workspace

    bool ok() const { return errorCount == 0 && !cancelled; }
    void addError(ImportIssue issue);
    void addWarning(ImportIssue issue);
    // Errors in file reading order, then by line (files named in `fileOrder` first, in that order).
    void sortIssues(const std::vector<std::string>& fileOrder);
};

// Called now and then during an import: fraction done in [0, 1] and a short phase text.
using ProgressCallback = std::function<void(double fraction, const std::string& phase)>;

} // namespace sd::io

#include "io/ImportReport.h"

#include <algorithm>

namespace sd::io {

std::string ImportIssue::toString() const
{
    std::string s = file;
    if (line > 0)
        s += ":" + std::to_string(line);
    if (!column.empty())
        s += (s.empty() ? "" : ": ") + column;
    s += (s.empty() ? "" : ": ") + message;
    return s;
}

void ImportReport::addError(ImportIssue issue)
{
    ++errorCount;
    if (errors.size() < kMaxStoredIssues)
        errors.push_back(std::move(issue));
}

void ImportReport::addWarning(ImportIssue issue)
{
    ++warningCount;
    if (warnings.size() < kMaxStoredIssues)
        warnings.push_back(std::move(issue));
}

void ImportReport::sortIssues(const std::vector<std::string>& fileOrder)
{
    auto rank = [&](const std::string& f) {
        auto it = std::find(fileOrder.begin(), fileOrder.end(), f);
        return it == fileOrder.end() ? -1 : int(it - fileOrder.begin());
    };
    auto less = [&](const ImportIssue& a, const ImportIssue& b) {
        int ra = rank(a.file), rb = rank(b.file);
        if (ra != rb)
            return ra < rb;
        return a.line < b.line;
    };
    std::stable_sort(errors.begin(), errors.end(), less);
    std::stable_sort(warnings.begin(), warnings.end(), less);
}

} // namespace sd::io

#pragma once

// The demo-data generator (`salesctl demo`, the app's first-start workspace): a fictional company
// written as a CSV folder plus workspace.json in the formats of INTERCHANGE.md.

#include "domain/Date.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace sd::io {

enum class DemoSize
{
    Small, // a real mid-size company: ~100 reps, ~3,000 customers, ~10,000 opportunities
    Large // benchmark volume: 2,000 reps, 200,000 customers, 1,000,000 opportunities
};

// What to generate and where. Same size + seed + as-of date gives byte-identical files on every platform.
struct DemoOptions
{
    DemoSize size = DemoSize::Small;
    std::uint64_t seed = 1;
    Date asOf; // "today" of the data: nothing is dated after it except expected close dates and targets
    std::string outDir; // created when missing; existing demo files in it are overwritten
    // Called now and then with a percentage (0–100) and what is being written.
    std::function<void(int percent, const std::string& step)> progress;
    // When set and it becomes true, generation stops by throwing DemoCancelled (files may be incomplete).
    const std::atomic<bool>* cancel = nullptr;
};

// The files written, in writing order, with their data-row counts (header not counted; workspace.json: 1).
struct DemoSummary
{
    std::string outDir;
    std::vector<std::pair<std::string, std::int64_t>> files;
};

// Thrown when a file cannot be created or written; the message names the file and the reason.
class DemoError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Thrown when DemoOptions::cancel was raised.
class DemoCancelled : public DemoError
{
public:
    DemoCancelled()
        : DemoError("demo generation cancelled")
    {
    }
};

DemoSummary generateDemo(const DemoOptions& options);

// Parses "small" / "large" into out; false (out untouched) for anything else.
bool demoSizeFromText(const std::string& text, DemoSize& out);

} // namespace sd::io

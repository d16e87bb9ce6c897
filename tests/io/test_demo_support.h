#pragma once

// Helpers for the demo-generator tests: a small RFC 4180 reader of our own (independent of the importer)
// and one shared generated `small` folder.

#include "io/DemoGenerator.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace demotest {

struct CsvTable
{
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;

    int col(const std::string& name) const
    {
        for (size_t i = 0; i < header.size(); ++i)
            if (header[i] == name)
                return static_cast<int>(i);
        throw std::runtime_error("no column " + name);
    }
};

inline std::string readFile(const std::filesystem::path& p)
{
    std::ifstream in(p, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot open " + p.string());
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline CsvTable readCsv(const std::filesystem::path& p)
{
    const std::string text = readFile(p);
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    bool fieldStarted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            record.push_back(field);
            field.clear();
            fieldStarted = false;
        } else if (c == '\n') {
            if (!field.empty() && field.back() == '\r')
                field.pop_back();
            record.push_back(field);
            records.push_back(record);
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            if (c == '"')
                throw std::runtime_error("stray quote in " + p.string());
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        throw std::runtime_error("unterminated quote in " + p.string());
    if (!record.empty() || !field.empty()) {
        record.push_back(field);
        records.push_back(record);
    }
    CsvTable t;
    if (records.empty())
        return t;
    t.header = records.front();
    t.rows.assign(records.begin() + 1, records.end());
    for (const auto& r : t.rows)
        if (r.size() != t.header.size())
            throw std::runtime_error("ragged row in " + p.string());
    return t;
}

constexpr std::uint64_t kSeed = 20261118;
inline sd::Date testAsOf()
{
    return sd::Date::fromYmd(2026, 11, 18);
} // a Wednesday

// A temporary folder removed at exit.
class TempDir
{
public:
    explicit TempDir(const std::string& tag)
    {
        m_path = std::filesystem::temp_directory_path()
            / ("salesdesk-demo-test-" + tag + "-"
               + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
        std::filesystem::remove_all(m_path);
    }
    ~TempDir()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

inline sd::io::DemoSummary generateSmall(const std::filesystem::path& dir, std::uint64_t seed = kSeed)
{
    sd::io::DemoOptions o;
    o.size = sd::io::DemoSize::Small;
    o.seed = seed;
    o.asOf = testAsOf();
    o.outDir = dir.string();
    return sd::io::generateDemo(o);
}

// The shared `small` folder, generated once per test run.
struct SharedSmall
{
    TempDir dir{ "shared" };
    sd::io::DemoSummary summary;
    std::map<std::string, CsvTable> tables;

    SharedSmall()
    {
        summary = generateSmall(dir.path());
        for (const auto& entry : std::filesystem::directory_iterator(dir.path()))
            if (entry.path().extension() == ".csv")
                tables[entry.path().filename().string()] = readCsv(entry.path());
    }
    const CsvTable& operator[](const std::string& file) const { return tables.at(file); }
};

inline const SharedSmall& shared()
{
    static SharedSmall s;
    return s;
}

} // namespace demotest

#pragma once

// Reads exported files back with independent tools, for the export tests: openpyxl for xlsx (through
// tests/support/xlsx_dump.py) and pdftotext for PDF. Both come from Debian packages (python3-openpyxl,
// poppler-utils) that scripts/install-deps.sh --test installs.

#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>

namespace sd::test {

inline std::string runAndCapture(const std::string& command)
{
    std::string out;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    if (!pipe)
        throw std::runtime_error("cannot run " + command);
    std::array<char, 65536> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0)
        out.append(buffer.data(), n);
    return out;
}

// {"sheets": [{"name", "freeze", "rows": [[...]], "formats": [[...]]}]}
inline nlohmann::json readXlsx(const std::string& path)
{
    const std::string command = std::string(SALESDESK_PYTHON) + " " SALESDESK_SOURCE_DIR "/tests/support/xlsx_dump.py '"
                                + path + "'";
    return nlohmann::json::parse(runAndCapture(command));
}

// The PDF's text in reading order (pdftotext -layout), pages separated by form feeds.
inline std::string pdfText(const std::string& path)
{
    return runAndCapture("pdftotext -layout '" + path + "' -");
}

} // namespace sd::test

#pragma once

#include "domain/Model.h"
#include "domain/Rational.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace sd::cli {

using Json = nlohmann::ordered_json;

// A user-facing command-line error: printed to stderr, exit code `code` (2 = usage, 1 = data/other).
class CliError : public std::runtime_error
{
public:
    CliError(const std::string& what, int code = 1)
        : std::runtime_error(what)
        , m_code(code)
    {
    }
    int code() const { return m_code; }

private:
    int m_code;
};

// The parsed command line: command words, options (anywhere on the line), global flags.
class CliContext
{
public:
    // Parses argv; throws CliError(…, 2) on a malformed line.
    static CliContext parse(const std::vector<std::string>& args);

    const std::vector<std::string>& words() const { return m_words; } // command words and positionals
    bool json() const { return m_json; }
    bool verbose() const { return m_verbose; }
    std::string lang() const { return m_lang; }
    QString dbPath() const;
    // --db names a PostgreSQL server (postgresql://…) rather than a workspace file.
    bool isServerDb() const;
    // --db for messages: a server URL without its password.
    QString dbDisplay() const;
    // --no-backup: a server workspace is upgraded to a newer schema without a pg_dump first.
    bool noBackup() const { return m_noBackup; }

    bool flag(const std::string& name) const; // e.g. "--to-reps"
    std::optional<std::string> option(const std::string& name) const;
    std::string requireOption(const std::string& name) const; // throws CliError(…, 2)
    // Throws CliError(…, 2) when an option not in `known` (nor a global one) was given.
    void checkKnownOptions(const std::vector<std::string>& known) const;

    // --owner unit:ID|rep:ID (default: none = the whole company).
    std::optional<OwnerRef> owner() const;

    // Writes the JSON document to stdout (only with --json).
    static void printJson(const Json& doc);

private:
    std::vector<std::string> m_words;
    std::map<std::string, std::string> m_options;
    std::vector<std::string> m_flags;
    bool m_json = false;
    bool m_verbose = false;
    bool m_noBackup = false;
    std::string m_lang;
    std::string m_db;
};

// JSON helpers shared by the commands.
Json moneyJson(std::int64_t cents);                             // "1234.50"
Json ratioJson(const std::optional<Rational>& r, int places = 4); // number rounded half away from zero, or null
Json countJson(std::int64_t n);

// Translation helper for the command line's own messages.
QString tr(const char* text);
std::string trs(const char* text);

} // namespace sd::cli

#include "cli/CliContext.h"

#include "domain/Money.h"
#include "storage/PgDump.h"
#include "storage/WorkspaceUrl.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <iostream>

namespace sd::cli {

namespace {

// Options that take no value.
const std::vector<std::string> kFlags = {"--json", "--verbose", "--to-reps", "--save", "--help", "--force",
                                         "--no-backup"};

} // namespace

CliContext CliContext::parse(const std::vector<std::string>& args)
{
    CliContext ctx;
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.rfind("--", 0) != 0 || a == "--") {
            ctx.m_words.push_back(a);
            continue;
        }
        std::string name = a;
        std::optional<std::string> value;
        auto eq = a.find('=');
        if (eq != std::string::npos) {
            name = a.substr(0, eq);
            value = a.substr(eq + 1);
        }
        if (std::find(kFlags.begin(), kFlags.end(), name) != kFlags.end()) {
            if (value)
                throw CliError(QCoreApplication::translate("sd::cli", "option takes no value: ").toStdString() + name,
                               2);
            if (name == "--json")
                ctx.m_json = true;
            else if (name == "--no-backup")
                ctx.m_noBackup = true;
            else if (name == "--verbose")
                ctx.m_verbose = true;
            else
                ctx.m_flags.push_back(name);
            continue;
        }
        if (!value) {
            if (i + 1 >= args.size())
                throw CliError(QCoreApplication::translate("sd::cli", "missing value for option ").toStdString() + name,
                               2);
            value = args[++i];
        }
        if (name == "--db")
            ctx.m_db = *value;
        else if (name == "--lang")
            ctx.m_lang = *value;
        else
            ctx.m_options[name] = *value;
    }
    // A global flag: every command opens its workspace itself, so the storage layer is told here.
    storage::PgDump::setBackupBeforeUpgrade(!ctx.m_noBackup);
    if (!ctx.m_lang.empty() && ctx.m_lang != "zh_CN" && ctx.m_lang != "en")
        throw CliError(QCoreApplication::translate("sd::cli", "unknown language (use zh_CN or en): ").toStdString()
                           + ctx.m_lang,
                       2);
    return ctx;
}

QString CliContext::dbPath() const
{
    if (m_db.empty())
        return QStringLiteral("salesdesk.sqlite");
    return QString::fromStdString(m_db);
}

bool CliContext::isServerDb() const
{
    return storage::WorkspaceUrl::isServerUrl(dbPath());
}

QString CliContext::dbDisplay() const
{
    if (!isServerDb())
        return dbPath();
    try {
        return storage::WorkspaceUrl::parse(dbPath()).toString(false);
    } catch (const std::exception&) {
        return QStringLiteral("postgresql://…");
    }
}

bool CliContext::flag(const std::string& name) const
{
    return std::find(m_flags.begin(), m_flags.end(), name) != m_flags.end();
}

std::optional<std::string> CliContext::option(const std::string& name) const
{
    auto it = m_options.find(name);
    if (it == m_options.end())
        return std::nullopt;
    return it->second;
}

std::string CliContext::requireOption(const std::string& name) const
{
    auto v = option(name);
    if (!v)
        throw CliError(QCoreApplication::translate("sd::cli", "missing required option ").toStdString() + name, 2);
    return *v;
}

void CliContext::checkKnownOptions(const std::vector<std::string>& known) const
{
    for (const auto& [name, value] : m_options)
        if (std::find(known.begin(), known.end(), name) == known.end())
            throw CliError(
                QCoreApplication::translate("sd::cli", "unknown option for this command: ").toStdString() + name, 2);
    for (const auto& name : m_flags)
        if (std::find(known.begin(), known.end(), name) == known.end())
            throw CliError(
                QCoreApplication::translate("sd::cli", "unknown option for this command: ").toStdString() + name, 2);
}

std::optional<OwnerRef> CliContext::owner() const
{
    auto v = option("--owner");
    if (!v)
        return std::nullopt;
    auto r = OwnerRef::parse(*v);
    if (!r)
        throw CliError(
            QCoreApplication::translate("sd::cli", "--owner must be unit:ID or rep:ID, not ").toStdString() + *v, 2);
    return r;
}

void CliContext::printJson(const Json& doc)
{
    std::string s = doc.dump(2);
    std::fwrite(s.data(), 1, s.size(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

Json moneyJson(std::int64_t cents)
{
    return Money::fromCents(cents).toString();
}

Json ratioJson(const std::optional<Rational>& r, int places)
{
    if (!r)
        return nullptr;
    return std::stod(r->toFixed(places));
}

Json countJson(std::int64_t n)
{
    return n;
}

// The context is the namespace, which is what lupdate files free tr()/trs() calls under (CMake passes it
// -tr-function-alias tr+=trs).
QString tr(const char* text)
{
    return QCoreApplication::translate("sd::cli", text);
}

std::string trs(const char* text)
{
    return tr(text).toStdString();
}

} // namespace sd::cli

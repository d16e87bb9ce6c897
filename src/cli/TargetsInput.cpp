#include "cli/TargetsInput.h"

#include "cli/CliContext.h"
#include "io/Csv.h"

#include <fstream>
#include <sstream>

namespace sd::cli {

namespace {

std::string readAll(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw CliError(trs("cannot read ") + path.string(), 1);
    std::ostringstream ss;
    ss << in.rdbuf();
    std::string text = ss.str();
    if (text.rfind("\xEF\xBB\xBF", 0) == 0)
        text.erase(0, 3);
    return text;
}

std::string trim(std::string_view s)
{
    const char* ws = " \t\r\n";
    auto b = s.find_first_not_of(ws);
    if (b == std::string_view::npos)
        return {};
    auto e = s.find_last_not_of(ws);
    return std::string(s.substr(b, e - b + 1));
}

char firstChar(const std::string& text)
{
    auto p = text.find_first_not_of(" \t\r\n");
    return p == std::string::npos ? '\0' : text[p];
}

std::optional<Rational> parseWeight(const std::string& text)
{
    auto r = Rational::parse(text, 6);
    if (!r || r->isNegative())
        return std::nullopt;
    return r;
}

// The JSON text of a number or a string holding a decimal.
std::string decimalText(const Json& v)
{
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_number())
        return v.dump();
    return {};
}

OwnerRef resolveOwner(const std::string& text, const DatasetIndex& index, const std::string& where)
{
    if (text.find(':') != std::string::npos) {
        auto o = OwnerRef::parse(text);
        if (!o)
            throw CliError(where + trs(": owner must be unit:ID, rep:ID or an id, not ") + text, 1);
        return *o;
    }
    const bool isUnit = index.unit(text) != nullptr;
    const bool isRep = index.rep(text) != nullptr;
    if (isUnit && isRep)
        throw CliError(where + trs(": the id is both a unit and a rep, write unit:") + text + trs(" or rep:") + text,
                       1);
    if (!isUnit && !isRep)
        throw CliError(where + trs(": unknown owner ") + text, 1);
    return {isUnit ? OwnerKind::Unit : OwnerKind::Rep, text};
}

void add(std::map<OwnerRef, Rational>& out, const OwnerRef& o, const Rational& w, const std::string& where)
{
    if (!out.emplace(o, w).second)
        throw CliError(where + trs(": a second weight for ") + o.toString(), 1);
}

} // namespace

std::map<OwnerRef, Rational> readWeightsFile(const std::filesystem::path& path, const DatasetIndex& index)
{
    const std::string text = readAll(path);
    const std::string file = path.filename().string();
    std::map<OwnerRef, Rational> out;
    if (firstChar(text) == '{') {
        Json doc;
        try {
            doc = Json::parse(text);
        } catch (const std::exception& e) {
            throw CliError(file + trs(": not valid JSON: ") + e.what(), 1);
        }
        for (auto it = doc.begin(); it != doc.end(); ++it) {
            const std::string where = file + ": \"" + it.key() + "\"";
            auto w = parseWeight(decimalText(it.value()));
            if (!w)
                throw CliError(where + trs(": the weight must be a decimal ≥ 0 with at most 6 decimals"), 1);
            add(out, resolveOwner(it.key(), index, where), *w, where);
        }
    } else {
        io::CsvReader csv;
        csv.openString(text);
        int ownerCol = -1, weightCol = -1;
        if (csv.next())
            for (size_t i = 0; i < csv.size(); ++i) {
                const std::string h = trim(csv.field(i));
                if (h == "owner")
                    ownerCol = static_cast<int>(i);
                else if (h == "weight")
                    weightCol = static_cast<int>(i);
            }
        if (ownerCol < 0 || weightCol < 0)
            throw CliError(file + trs(":1: the weights file needs the header owner,weight (or a JSON object)"), 1);
        while (csv.next()) {
            const std::string where = file + ":" + std::to_string(csv.line());
            if (!csv.problems().empty())
                throw CliError(where + ": " + csv.problems().front().message, 1);
            if (csv.size() <= static_cast<size_t>(std::max(ownerCol, weightCol)))
                throw CliError(where + trs(": missing owner or weight"), 1);
            auto w = parseWeight(trim(csv.field(static_cast<size_t>(weightCol))));
            if (!w)
                throw CliError(where + trs(": weight: must be a decimal ≥ 0 with at most 6 decimals, not ")
                                   + std::string(csv.field(static_cast<size_t>(weightCol))),
                               1);
            add(out, resolveOwner(trim(csv.field(static_cast<size_t>(ownerCol))), index, where), *w, where);
        }
    }
    if (out.empty())
        throw CliError(file + trs(": no weights in the file"), 1);
    return out;
}

std::vector<Rational> readSeasonalityFile(const std::filesystem::path& path)
{
    const std::string text = readAll(path);
    const std::string file = path.filename().string();
    std::vector<Rational> out;
    if (firstChar(text) == '[') {
        Json doc;
        try {
            doc = Json::parse(text);
        } catch (const std::exception& e) {
            throw CliError(file + trs(": not valid JSON: ") + e.what(), 1);
        }
        for (size_t i = 0; i < doc.size(); ++i) {
            auto w = parseWeight(decimalText(doc[i]));
            if (!w)
                throw CliError(file + ": [" + std::to_string(i)
                                   + trs("]: a seasonality weight must be a decimal ≥ 0 with at most 6 decimals"),
                               1);
            out.push_back(*w);
        }
        return out;
    }
    std::istringstream in(text);
    std::string line;
    int n = 0;
    while (std::getline(in, line)) {
        ++n;
        const std::string t = trim(line);
        if (t.empty())
            continue;
        auto w = parseWeight(t);
        if (!w)
            throw CliError(file + ":" + std::to_string(n)
                               + trs(": a seasonality weight must be a decimal ≥ 0 with at most 6 decimals, not ") + t,
                           1);
        out.push_back(*w);
    }
    return out;
}

Rational parseDecimalOption(const std::string& option, const std::string& text)
{
    auto r = Rational::parse(text, 6);
    if (!r)
        throw CliError(option + trs(" must be a decimal with at most 6 decimals, not ") + text, 2);
    return *r;
}

} // namespace sd::cli

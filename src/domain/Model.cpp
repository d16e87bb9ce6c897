#include "domain/Model.h"

namespace sd {

std::optional<OwnerRef> OwnerRef::parse(std::string_view text)
{
    auto colon = text.find(':');
    if (colon == std::string_view::npos || colon + 1 >= text.size())
        return std::nullopt;
    auto kind = text.substr(0, colon);
    OwnerRef r;
    if (kind == "unit")
        r.kind = OwnerKind::Unit;
    else if (kind == "rep")
        r.kind = OwnerKind::Rep;
    else
        return std::nullopt;
    r.id = std::string(text.substr(colon + 1));
    return r;
}

std::string_view toCode(OrgKind k)
{
    switch (k) {
    case OrgKind::Company: return "company";
    case OrgKind::Region: return "region";
    case OrgKind::Team: return "team";
    }
    return "";
}

std::string_view toCode(Role r)
{
    switch (r) {
    case Role::SeniorManager: return "senior_manager";
    case Role::RegionalManager: return "regional_manager";
    case Role::Rep: return "rep";
    }
    return "";
}

std::string_view toCode(Level l)
{
    switch (l) {
    case Level::Junior: return "junior";
    case Level::Mid: return "mid";
    case Level::Senior: return "senior";
    }
    return "";
}

std::string_view toCode(ActivityKind k)
{
    switch (k) {
    case ActivityKind::Visit: return "visit";
    case ActivityKind::Call: return "call";
    case ActivityKind::Meeting: return "meeting";
    case ActivityKind::Demo: return "demo";
    case ActivityKind::Email: return "email";
    }
    return "";
}

std::string_view toCode(Metric m)
{
    switch (m) {
    case Metric::Revenue: return "revenue";
    case Metric::GrossProfit: return "gross_profit";
    case Metric::Collections: return "collections";
    case Metric::NewCustomers: return "new_customers";
    }
    return "";
}

std::string_view toCode(Segment s)
{
    switch (s) {
    case Segment::All: return "all";
    case Segment::Existing: return "existing";
    case Segment::New: return "new";
    }
    return "";
}

std::optional<OrgKind> orgKindFromCode(std::string_view s)
{
    if (s == "company") return OrgKind::Company;
    if (s == "region") return OrgKind::Region;
    if (s == "team") return OrgKind::Team;
    return std::nullopt;
}

std::optional<Role> roleFromCode(std::string_view s)
{
    if (s == "senior_manager") return Role::SeniorManager;
    if (s == "regional_manager") return Role::RegionalManager;
    if (s == "rep") return Role::Rep;
    return std::nullopt;
}

std::optional<Level> levelFromCode(std::string_view s)
{
    if (s == "junior") return Level::Junior;
    if (s == "mid") return Level::Mid;
    if (s == "senior") return Level::Senior;
    return std::nullopt;
}

std::optional<ActivityKind> activityKindFromCode(std::string_view s)
{
    if (s == "visit") return ActivityKind::Visit;
    if (s == "call") return ActivityKind::Call;
    if (s == "meeting") return ActivityKind::Meeting;
    if (s == "demo") return ActivityKind::Demo;
    if (s == "email") return ActivityKind::Email;
    return std::nullopt;
}

std::optional<Metric> metricFromCode(std::string_view s)
{
    if (s == "revenue") return Metric::Revenue;
    if (s == "gross_profit") return Metric::GrossProfit;
    if (s == "collections") return Metric::Collections;
    if (s == "new_customers") return Metric::NewCustomers;
    return std::nullopt;
}

std::optional<Segment> segmentFromCode(std::string_view s)
{
    if (s == "all") return Segment::All;
    if (s == "existing") return Segment::Existing;
    if (s == "new") return Segment::New;
    return std::nullopt;
}

} // namespace sd

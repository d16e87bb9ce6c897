#pragma once

// The plain entities of a workspace, one struct per row of INTERCHANGE.md's CSV files.
// Value types only: no behaviour beyond small helpers, no Qt, no SQL.

#include "domain/Date.h"
#include "domain/Money.h"
#include "domain/Rational.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sd {

enum class OrgKind { Company, Region, Team };
enum class Role { SeniorManager, RegionalManager, Rep };
enum class Level { Junior, Mid, Senior };
enum class ActivityKind { Visit, Call, Meeting, Demo, Email };
enum class OwnerKind { Unit, Rep };
enum class Metric { Revenue, GrossProfit, Collections, NewCustomers };
enum class Segment { All, Existing, New };

struct OrgUnit
{
    std::string id;
    std::optional<std::string> parentId; // empty for the root
    std::string name;
    OrgKind kind = OrgKind::Team;
};

struct Rep
{
    std::string id;
    std::string name;
    std::string orgUnitId;
    Role role = Role::Rep;
    Level level = Level::Junior;
    Date hireDate;
    std::optional<std::string> managerId;
    bool active = true;
    std::optional<Date> leftOn; // when present it decides, whatever `active` says

    // SPEC §6: hired on or before the last day and not left before the first day.
    // A rep with active = false and no left_on is left out of every period (INTERCHANGE.md).
    bool isActiveIn(Date first, Date last) const
    {
        if (hireDate > last)
            return false;
        if (leftOn)
            return *leftOn >= first;
        return active;
    }
};

struct Product
{
    std::string id;
    std::string name;
    std::string category;
};

struct Customer
{
    std::string id;
    std::string name;
    std::string ownerRepId;
    std::optional<std::string> industry;
    Date createdOn;
    int paymentTermsDays = 30;
    std::optional<Money> creditLimit;
    std::optional<Date> birthday;
    std::optional<Date> foundedOn;
};

struct StageEntry
{
    std::string stage; // an open stage code, "won" or "lost"
    Date enteredOn;
    friend bool operator==(const StageEntry&, const StageEntry&) = default;
};

struct Opportunity
{
    std::string id;
    std::string name;
    std::string customerId;
    std::string ownerRepId;
    Money amount;
    Date createdOn;
    std::optional<Date> expectedCloseOn;
    std::string stage;
    // Stage history in order. Empty means "in `stage` since `createdOn`"; use effectiveHistory().
    std::vector<StageEntry> history;

    std::vector<StageEntry> effectiveHistory() const
    {
        if (history.empty())
            return {StageEntry{stage, createdOn}};
        return history;
    }
};

struct Order
{
    std::string id;
    std::string customerId;
    std::string repId;
    std::string productId;
    Date orderDate;
    Money amount;
    Money grossProfit;
    std::optional<std::string> opportunityId;
    std::optional<Date> cancelledOn;

    bool isCancelledBy(Date d) const { return cancelledOn && *cancelledOn <= d; }
};

struct OrderCredit
{
    std::string orderId;
    std::string repId;
    Rational share;
    bool overlay = false;
};

struct Payment
{
    std::string id;
    std::string orderId;
    Date paidOn;
    Money amount;
};

struct Activity
{
    std::string id;
    std::string repId;
    std::string customerId;
    ActivityKind kind = ActivityKind::Visit;
    Date date;
    std::optional<std::string> opportunityId;
    std::optional<std::string> note;
};

struct OwnerRef
{
    OwnerKind kind = OwnerKind::Unit;
    std::string id;

    // "unit:ID" / "rep:ID".
    std::string toString() const { return (kind == OwnerKind::Unit ? "unit:" : "rep:") + id; }
    static std::optional<OwnerRef> parse(std::string_view text);
    friend bool operator==(const OwnerRef&, const OwnerRef&) = default;
    friend auto operator<=>(const OwnerRef&, const OwnerRef&) = default;
};

struct Target
{
    OwnerRef owner;
    Metric metric = Metric::Revenue;
    std::string period; // a period label
    Segment segment = Segment::All;
    std::int64_t amount = 0; // cents for money metrics, a whole count for new_customers
};

struct KpiValue
{
    std::string repId;
    std::string period;
    std::string code;
    Rational value;
};

struct Review
{
    std::string subjectRepId;
    std::string period; // a quarter label
    std::string reviewerKind; // supervisor, peer, customer, self
    std::optional<std::string> reviewerId;
    Rational score; // 0–100
};

// Text codes used in files and on the command line.
std::string_view toCode(OrgKind);
std::string_view toCode(Role);
std::string_view toCode(Level);
std::string_view toCode(ActivityKind);
std::string_view toCode(Metric);
std::string_view toCode(Segment);
std::optional<OrgKind> orgKindFromCode(std::string_view);
std::optional<Role> roleFromCode(std::string_view);
std::optional<Level> levelFromCode(std::string_view);
std::optional<ActivityKind> activityKindFromCode(std::string_view);
std::optional<Metric> metricFromCode(std::string_view);
std::optional<Segment> segmentFromCode(std::string_view);
inline bool isMoneyMetric(Metric m) { return m != Metric::NewCustomers; }

} // namespace sd

#pragma once

// The meeting pack (五张表与两会, SPEC §5) for one team and ISO week: the five sheets of the weekly sales meeting
// (targets and attainment, customer profile changes, visit plan vs done, opportunity tracker with the week's
// changes, collection tracker) and one 1:1 page per rep for the communication meeting. Pure assembly over the
// existing engines; the rules are in docs/daily.md. Amounts in cents.

#include "domain/Appraisal.h"
#include "domain/DailyRecords.h"
#include "domain/FunnelFigures.h"
#include "domain/FunnelWeekly.h"
#include "domain/Receivables.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sd {

// Which span of a target row: the week itself, or month-, quarter- and year-to-date at the week's Sunday.
enum class PackSpan { Week, Month, Quarter, Year };
std::string_view toCode(PackSpan s);

// Sheet 1: one owner's target for one metric and span against its actual to the week's Sunday.
struct PackTargetRow
{
    OwnerRef owner;
    std::string name;
    Metric metric = Metric::Revenue;
    PackSpan span = PackSpan::Week;
    std::string period;                 // the period label (2026-W47, 2026-11, 2026Q4, 2026)
    std::optional<std::int64_t> target; // nullopt: no target for the period
    std::int64_t actual = 0;            // from the period start to min(period end, Sunday)
    std::optional<Rational> attainment; // actual ÷ target; nullopt without a (non-zero) target
    std::optional<std::int64_t> gap;    // target − actual
};

// Sheet 2: a change of a customer's profile in the week.
struct PackCustomerChange
{
    enum class Kind { Created, FirstOrder, Edited } kind = Kind::Created;
    Date date;
    std::string customerId;
    std::string customerName;
    std::string repId; // the customer's owner (created, edited) or the first order's rep
    std::string field; // edited: the field
    std::optional<std::string> oldValue;
    std::optional<std::string> newValue; // first order: the order id
};
std::string_view toCode(PackCustomerChange::Kind k);

// Sheet 3: a rep's visit plan for the week against the activities done.
struct PackVisitRow
{
    std::string repId;
    std::string repName;
    std::int64_t planned = 0;       // customers planned
    std::int64_t plannedDone = 0;   // planned customers with at least one visit in the week
    std::int64_t unplanned = 0;     // customers visited without a plan
    std::int64_t visits = 0;        // visit activities
    std::int64_t calls = 0;
    std::int64_t meetings = 0;
    std::int64_t demos = 0;
    std::optional<Rational> completion; // plannedDone ÷ planned; nullopt without a plan
};

// Sheet 3 detail: one customer planned or visited by a rep in the week.
struct PackVisitDetail
{
    std::string repId;
    std::string customerId;
    std::string customerName;
    bool planned = false;
    std::vector<Date> visitDates; // visit activities in the week, in date order
};

// Sheet 5: a rep's collections and open balances (orders the rep booked while in the team).
struct PackCollectionRow
{
    std::string repId;
    std::string repName;
    std::int64_t collectedWeek = 0; // payments dated in the week
    AgingTotals aging;              // as of the week's Sunday
    std::int64_t overdue = 0;       // positive balances past due
    CollectionRate monthRate;       // the fiscal month holding the Sunday
};

// One rep's page for the communication meeting (1:1).
struct PackRepPage
{
    const Rep* rep = nullptr;
    std::vector<PackTargetRow> attainment;   // the rep's rows of sheet 1
    FunnelSnapshot funnel;                   // the rep's opportunities as of the Sunday
    std::array<std::int64_t, 7> weekMoves{}; // the rep's opportunities per weekly category
    std::vector<Receivable> overdue;         // most days first
    std::optional<RepScorecard> appraisal;   // the quarter holding the Sunday; nullopt: not appraised
    std::vector<ItemScore> openItems;        // applicable items scored below 100, and items not applicable
    std::vector<TrainingRecord> training;    // the rep's records, items addressed first
    std::vector<CoachingNote> notes;         // up to the Sunday, newest first, at most 5
};

struct MeetingPack
{
    const OrgUnit* unit = nullptr;
    Period week;
    Date monday;
    Date sunday;
    Period quarter; // of the Sunday (appraisal items)
    std::vector<const Rep*> reps; // active in the week and in the unit on one of its days, ascending id

    std::vector<PackTargetRow> targets;
    std::vector<PackCustomerChange> customerChanges; // by date, then customer id, then kind
    std::vector<PackVisitRow> visits;
    std::vector<PackVisitDetail> visitDetails; // by rep, then customer id
    WeeklyReport opportunities;
    PackCollectionRow collectionTotal; // the team (repId = unit id)
    std::vector<PackCollectionRow> collections;
    std::vector<Receivable> overdue; // the team's, most days first, then order id
    std::vector<PackRepPage> pages;
};

// Builds the pack for an org unit and an ISO week ("2026-W47"). Throws DomainError for an unknown unit.
// The index and records must outlive the pack (it points into them).
MeetingPack buildMeetingPack(const DatasetIndex& index, const WorkspaceSettings& settings, const DailyRecords& records,
                             const std::string& unitId, const Period& week);

} // namespace sd

#pragma once

// The rows of the daily process (SPEC §5) that the CSV interchange does not carry: visit plans, coaching notes,
// training records, past team memberships and customer profile changes (schema 6, docs/daily.md).

#include "domain/Date.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sd {

// A customer a rep plans to visit in an ISO week.
struct VisitPlan
{
    std::string repId;
    std::string week; // "2026-W47"
    std::string customerId;
    std::optional<std::string> note;
};

// A note of the communication meeting (1:1 coaching).
struct CoachingNote
{
    std::string id;
    std::string repId;
    Date notedOn;
    std::optional<std::string> author;
    std::string note;
};

enum class TrainingKind { NewHire, Continuing };
std::string_view toCode(TrainingKind k);
std::optional<TrainingKind> trainingKindFromCode(std::string_view code);

// A course a rep takes; kpiCode names the appraisal item it addresses (a gap to close).
struct TrainingRecord
{
    std::string id;
    std::string repId;
    std::string course;
    TrainingKind kind = TrainingKind::Continuing;
    std::optional<Date> completedOn; // nullopt: not completed yet
    std::optional<std::string> kpiCode;
};

// A past membership: the rep was in the unit from `from` to `to`, both inclusive.
struct UnitMembership
{
    std::string repId;
    std::string orgUnitId;
    Date from;
    Date to;
};

// One change of a customer's profile.
struct CustomerChange
{
    std::string customerId;
    Date changedOn;
    std::string field;
    std::optional<std::string> oldValue;
    std::optional<std::string> newValue;
};

struct DailyRecords
{
    std::vector<VisitPlan> visitPlans;
    std::vector<CoachingNote> coachingNotes;   // by rep, then date
    std::vector<TrainingRecord> training;      // by rep, then id
    std::vector<UnitMembership> unitHistory;   // by rep, then from
    std::vector<CustomerChange> customerChanges; // by date
};

} // namespace sd

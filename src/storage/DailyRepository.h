#pragma once

#include "domain/DailyRecords.h"

#include <string>

namespace sd::storage {

// The daily-process rows of schema 6: visit plans, coaching notes, training records, past team memberships
// and customer profile changes.
class DailyRepository
{
public:
    virtual ~DailyRepository() = default;

    virtual DailyRecords load() const = 0;
    virtual void addVisitPlans(const std::vector<VisitPlan>& plans) = 0; // upsert by (rep, week, customer)
    virtual void addCoachingNote(const CoachingNote& note) = 0;
    virtual void saveTraining(const TrainingRecord& record) = 0;         // upsert by id
    virtual void removeTraining(const std::string& id) = 0;
    virtual void addCustomerChange(const CustomerChange& change) = 0;
    virtual void removeVisitPlan(const std::string& repId, const std::string& week, const std::string& customerId) = 0;
    virtual void saveCoachingNote(const CoachingNote& note) = 0; // upsert by id
    virtual void removeCoachingNote(const std::string& id) = 0;

    // Moves a rep to another unit from `effective` on: the current membership (from the day after the latest
    // past membership, or the hire date) is closed on the day before and kept, and the rep's org_unit_id
    // becomes `toUnitId`. Returns the membership that was closed. Throws StorageError when the rep or unit is
    // unknown, the unit is not a team, or `effective` is not after the current membership's first day.
    virtual UnitMembership moveRep(const std::string& repId, const std::string& toUnitId, Date effective) = 0;
    // Undoes a move: removes the closed membership and puts the rep back into its unit.
    virtual void undoMove(const UnitMembership& closed) = 0;
};

} // namespace sd::storage

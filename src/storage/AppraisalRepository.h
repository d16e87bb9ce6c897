#pragma once

#include "domain/AppraisalCycle.h"

#include <optional>
#include <string>
#include <vector>

namespace sd::storage {

// The appraisal cycle's records (one per rep and quarter) and their audit trail. Every function throws
// StorageError on a database problem.
class AppraisalRepository
{
public:
    virtual ~AppraisalRepository() = default;
    // The stored records of a period, by rep id.
    virtual std::vector<AppraisalRecord> records(const std::string& period) const = 0;
    virtual std::optional<AppraisalRecord> record(const std::string& repId, const std::string& period) const = 0;
    // Writes the record and appends its audit event, in one transaction.
    virtual void save(const AppraisalRecord& record, const AppraisalEvent& event) = 0;
    // Appends an audit event that changes no record (an edit of the rep's 360-degree reviews).
    virtual void addEvent(const AppraisalEvent& event) = 0;
    // The audit trail of a rep's appraisal (or of a whole period when repId is empty), oldest first.
    virtual std::vector<AppraisalEvent> events(const std::string& repId, const std::string& period) const = 0;
};

} // namespace sd::storage

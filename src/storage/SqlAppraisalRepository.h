#pragma once

#include "storage/AppraisalRepository.h"

namespace sd::storage {

class Workspace;

// AppraisalRepository over a workspace's SQL connection. A workspace migrated before schema 4 held its tables
// gets them on first use (the migration's statements are idempotent).
class SqlAppraisalRepository : public AppraisalRepository
{
public:
    explicit SqlAppraisalRepository(Workspace& workspace);
    std::vector<AppraisalRecord> records(const std::string& period) const override;
    std::optional<AppraisalRecord> record(const std::string& repId, const std::string& period) const override;
    void save(const AppraisalRecord& record, const AppraisalEvent& event) override;
    void addEvent(const AppraisalEvent& event) override;
    std::vector<AppraisalEvent> events(const std::string& repId, const std::string& period) const override;

private:
    void ensureTables();
    void insertEvent(const AppraisalEvent& event);
    Workspace& m_ws;
};

} // namespace sd::storage

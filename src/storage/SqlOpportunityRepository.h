#pragma once

#include "storage/OpportunityRepository.h"

#include <QString>
#include <QVariant>

namespace sd::storage {

class Workspace;

// OpportunityRepository over a workspace's SQL connection.
class SqlOpportunityRepository : public OpportunityRepository
{
public:
    explicit SqlOpportunityRepository(const Workspace& workspace);
    std::vector<Opportunity> byOwner(const std::string& repId) const override;
    std::optional<Opportunity> byId(const std::string& id) const override;
    void updateStage(const std::string& id, const std::string& stage, Date enteredOn) override;
    void updateAmount(const std::string& id, Money amount) override;
    void updateExpectedClose(const std::string& id, std::optional<Date> expectedCloseOn) override;

private:
    // Opportunities matching `condition` on column `column` (bound to `value`), with their history.
    std::vector<Opportunity> load(const char* column, const std::string& value) const;
    void updateColumn(const std::string& id, const char* column, const QVariant& value, const char* what);
    const Workspace& m_ws;
};

} // namespace sd::storage

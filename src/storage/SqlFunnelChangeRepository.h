#pragma once

#include "storage/FunnelChangeRepository.h"

namespace sd::storage {

class Workspace;

// FunnelChangeRepository over a workspace's SQL connection.
class SqlFunnelChangeRepository : public FunnelChangeRepository
{
public:
    explicit SqlFunnelChangeRepository(const Workspace& workspace);
    std::vector<OpportunityChange> changes() const override;
    std::vector<OpportunityChange> changesOf(const std::string& opportunityId) const override;
    OpportunityChange apply(const OpportunityEdit& edit) override;
    void revertLast(const std::string& opportunityId, std::optional<long long> expectedVersion = {}) override;
    // The opportunity's row_version now (0 when it has none), the base of the next edit's expectedVersion.
    long long rowVersion(const std::string& opportunityId) const;
    std::map<std::string, ForecastCategory> forecastCategories() const override;
    std::vector<ForecastSubmission> submissions(const std::string& period) const override;
    void submitForecast(const ForecastSubmission& submission) override;
    void adjustForecast(const std::string& repId, const std::string& period, Money amount, const std::string& by,
                        const std::string& at) override;

private:
    std::vector<OpportunityChange> read(const std::string* opportunityId) const;
    void setValue(const std::string& id, ChangeField field, const std::string& value);
    const Workspace& m_ws;
};

} // namespace sd::storage

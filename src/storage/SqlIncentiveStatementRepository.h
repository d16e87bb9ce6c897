#pragma once

#include "storage/IncentiveStatementRepository.h"

#include <QString>

namespace sd::storage {

class Workspace;

// IncentiveStatementRepository over a workspace's SQL connection.
class SqlIncentiveStatementRepository : public IncentiveStatementRepository
{
public:
    explicit SqlIncentiveStatementRepository(Workspace& workspace);
    std::optional<StatementSnapshot> find(const std::string& repId, const std::string& period) const override;
    std::vector<StatementSnapshot> ofPeriod(const std::string& period) const override;
    std::vector<StatementSnapshot> approvedBefore(const std::string& periodKindPattern,
                                                  const std::string& period) const override;
    void save(const std::vector<StatementSnapshot>& statements) override;

private:
    std::vector<StatementSnapshot> read(const QString& where, const std::vector<std::string>& binds) const;
    Workspace& m_ws;
};

} // namespace sd::storage

#pragma once

#include "storage/TargetRepository.h"

namespace sd::storage {

class Workspace;

// TargetRepository over a workspace's SQL connection.
class SqlTargetRepository : public TargetRepository
{
public:
    explicit SqlTargetRepository(Workspace& workspace);
    std::vector<Target> list(const std::optional<std::string>& period = std::nullopt) const override;
    std::vector<Target> ofOwner(const OwnerRef& owner) const override;
    void upsert(const std::vector<Target>& targets) override;
    bool remove(const OwnerRef& owner, Metric metric, const std::string& period, Segment segment) override;

private:
    Workspace& m_ws;
};

} // namespace sd::storage

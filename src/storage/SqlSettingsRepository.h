#pragma once

#include "storage/SettingsRepository.h"

namespace sd::storage {

class Workspace;

// SettingsRepository over the workspace's `settings` table.
class SqlSettingsRepository : public SettingsRepository
{
public:
    explicit SqlSettingsRepository(Workspace& workspace);
    std::optional<std::string> value(const std::string& key) const override;
    void setValue(const std::string& key, const std::string& value) override;
    void remove(const std::string& key) override;

private:
    Workspace& m_ws;
};

} // namespace sd::storage

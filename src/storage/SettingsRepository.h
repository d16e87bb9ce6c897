#pragma once

#include <optional>
#include <string>

namespace sd::storage {

// Workspace-level key/value settings (the workspace JSON lives under "workspace"; the GUI may keep
// other keys, e.g. "ui.customers.columns"). Every function throws StorageError on a database problem.
class SettingsRepository
{
public:
    virtual ~SettingsRepository() = default;
    virtual std::optional<std::string> value(const std::string& key) const = 0;
    virtual void setValue(const std::string& key, const std::string& value) = 0;
    virtual void remove(const std::string& key) = 0;
};

} // namespace sd::storage

#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sd::storage {

class Workspace;

// What was copied into one table, as checked after the copy.
struct TableCopy
{
    std::string table;
    long long rows = 0;
    // An order-independent checksum of every value of every row (the same on both sides, whatever the backend).
    std::uint64_t checksum = 0;
    // The sum of each integer column of the table that holds money (cents): amount, gross_profit, credit_limit, …
    long long moneyCents = 0;
};

// Copies a whole workspace into an empty one of the same schema (salesctl migrate: a file to a server and back).
// Every table of the source, in one transaction on the target, foreign keys checked at the commit; before the
// commit each target table is read back and its row count and checksum compared with the source's (read in one
// consistent snapshot). All or nothing: on any difference or error nothing is committed. Throws StorageError.
class WorkspaceCopy
{
public:
    WorkspaceCopy(Workspace& source, Workspace& target);

    // Refuses a target that holds any row. Returns the tables copied, by name.
    std::vector<TableCopy> run();

private:
    void checkTargetEmpty() const;
    std::vector<std::string> copyOrder(const std::vector<std::string>& tables) const;
    TableCopy copyTable(const std::string& table);
    Workspace& m_source;
    Workspace& m_target;
};

} // namespace sd::storage

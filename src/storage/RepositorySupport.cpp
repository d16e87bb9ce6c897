#include "storage/RepositorySupport.h"

#include "storage/Workspace.h"

namespace sd::storage {

void attachHistory(std::vector<Opportunity>& opportunities, QSqlQuery executedHistory)
{
    QtSqlCursor cursor(std::move(executedHistory));
    size_t i = 0;
    while (cursor.next()) {
        const std::string id(cursor.text(0));
        while (i < opportunities.size() && opportunities[i].id < id)
            ++i;
        if (i == opportunities.size() || opportunities[i].id != id)
            throw StorageError("the workspace's stage history names a missing opportunity: " + id);
        opportunities[i].history.push_back(rows::readStageEntry(cursor, 1));
    }
}

} // namespace sd::storage

#pragma once

#include "domain/Dataset.h"
#include "storage/Workspace.h"

#include <QSqlDatabase>

class QThread;

namespace sd::storage {

class SqlDialect;

// Reads the requested parts of a workspace into a Dataset with forward-only queries, each list in
// ascending id order (rows without ids by their natural key); opportunities get their history.
// Stops with LoadCancelled when `requester` (default: the calling thread) is asked to stop.
class DatasetLoader
{
public:
    DatasetLoader(QSqlDatabase db, const SqlDialect& dialect, QThread* requester = nullptr);
    Dataset load(unsigned parts, const DatasetWindow& window = {}) const;

private:
    void loadOpportunities(Dataset& out) const;
    QSqlDatabase m_db;
    const SqlDialect& m_dialect;
    QThread* m_requester;
};

} // namespace sd::storage

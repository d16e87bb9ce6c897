#pragma once

#include "domain/Dataset.h"

#include <QSqlDatabase>

namespace sd::storage {

class SqlDialect;

// Writes an import batch in one transaction (see Workspace::applyImport for the rules): upserts by
// id, replaces histories, credits and reviews per key, upserts targets and KPI values by natural
// key. Foreign keys are checked at the commit, so the batch's rows may come in any order.
class ImportWriter
{
public:
    ImportWriter(QSqlDatabase db, const SqlDialect& dialect);
    // All or nothing; throws StorageError (the database is unchanged then).
    void write(const Dataset& batch);

private:
    void writeRows(const Dataset& batch);
    QSqlDatabase m_db;
    const SqlDialect& m_dialect;
};

} // namespace sd::storage

#pragma once

#include "domain/Dataset.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace sd::storage {

class SqlDialect;

// Writes an import batch in one transaction (see Workspace::applyImport for the rules): upserts by
// id, replaces histories, credits and reviews per key, upserts targets and KPI values by natural
// key. Foreign keys are checked at the commit, so the batch's rows may come in any order.
class ImportWriter
{
public:
    ImportWriter(QSqlDatabase db, const SqlDialect& dialect);
    // All or nothing; throws StorageError (the database is unchanged then). `alsoWrite`, when
    // given, runs inside the same transaction (e.g. saving the settings).
    void write(const Dataset& batch, const std::function<void()>& alsoWrite = {});

private:
    void writeRows(const Dataset& batch);
    // Whether `table` is empty; before a large load into an empty table, drops its secondary
    // indexes, to be rebuilt at the end.
    bool prepareTable(const char* table, size_t batchRows);
    template <class T, class Bind>
    void upsertAll(const std::vector<T>& rows, const char* table, const QStringList& columns, const QStringList& key,
                   Bind bind, const char* what);
    QStringList m_rebuild;
    QSqlDatabase m_db;
    const SqlDialect& m_dialect;
};

} // namespace sd::storage

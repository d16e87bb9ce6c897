#pragma once

#include <QSqlDatabase>

namespace sd::storage {

// An RAII transaction: begun on construction, rolled back on destruction unless commit() was
// called (Strawberry's ScopedTransaction). Throws StorageError when begin or commit fails.
class ScopedTransaction
{
public:
    explicit ScopedTransaction(QSqlDatabase db);
    ~ScopedTransaction();
    ScopedTransaction(const ScopedTransaction&) = delete;
    ScopedTransaction& operator=(const ScopedTransaction&) = delete;

    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace sd::storage

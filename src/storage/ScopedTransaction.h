#pragma once

#include <QSqlDatabase>

namespace sd::storage {

// An RAII write transaction: begun on construction, rolled back on destruction unless commit() was
// called (Strawberry's ScopedTransaction). Throws StorageError when begin or commit fails.
// On SQLite it begins IMMEDIATE: the write lock is taken first, waiting up to the busy timeout for another
// process's writer, so a transaction that reads and then writes never fails half-way with "database is locked".
// A ScopedTransaction made while another is open on the same connection (in this thread) joins it: its commit()
// does nothing and the outer one decides, so a repository may call another's transactional function.
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
    bool m_nested = false;
};

} // namespace sd::storage

#include "storage/ScopedTransaction.h"

#include "storage/Workspace.h"

#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <spdlog/spdlog.h>

namespace sd::storage {

namespace {

// The connections of this thread with a ScopedTransaction open (a Qt SQL connection stays in its thread).
QSet<QString>& openConnections()
{
    thread_local QSet<QString> open;
    return open;
}

// Begins; returns the driver's message on failure, empty on success.
QString begin(QSqlDatabase& db)
{
    if (db.driver() && db.driver()->dbmsType() == QSqlDriver::SQLite) {
        // Qt's QSQLITE driver keeps no transaction state of its own: commit()/rollback() send COMMIT/ROLLBACK.
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return {};
        return q.lastError().text().isEmpty() ? QStringLiteral("unknown error") : q.lastError().text();
    }
    if (db.transaction())
        return {};
    return db.lastError().text().isEmpty() ? QStringLiteral("unknown error") : db.lastError().text();
}

} // namespace

ScopedTransaction::ScopedTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (openConnections().contains(m_db.connectionName())) {
        m_nested = true;
        return;
    }
    if (const QString error = begin(m_db); !error.isEmpty())
        throw StorageError("cannot begin a transaction: " + error.toStdString());
    m_open = true;
    openConnections().insert(m_db.connectionName());
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_nested)
        return;
    if (m_open) {
        openConnections().remove(m_db.connectionName());
        if (!m_db.rollback())
            spdlog::warn("rollback failed: {}", m_db.lastError().text().toStdString());
    }
}

void ScopedTransaction::commit()
{
    if (m_nested || !m_open)
        return;
    if (!m_db.commit()) {
        const std::string error = m_db.lastError().text().toStdString();
        throw StorageError("cannot commit the changes: " + error);
    }
    m_open = false;
    openConnections().remove(m_db.connectionName());
}

} // namespace sd::storage

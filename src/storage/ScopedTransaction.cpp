#include "storage/ScopedTransaction.h"

#include "storage/Workspace.h"

#include <QSqlError>

#include <spdlog/spdlog.h>

namespace sd::storage {

ScopedTransaction::ScopedTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (!m_db.transaction())
        throw StorageError("cannot begin a transaction: " + m_db.lastError().text().toStdString());
    m_open = true;
}

ScopedTransaction::~ScopedTransaction()
{
    if (m_open && !m_db.rollback())
        spdlog::warn("rollback failed: {}", m_db.lastError().text().toStdString());
}

void ScopedTransaction::commit()
{
    if (!m_open)
        return;
    if (!m_db.commit()) {
        const std::string error = m_db.lastError().text().toStdString();
        throw StorageError("cannot commit the changes: " + error);
    }
    m_open = false;
}

} // namespace sd::storage

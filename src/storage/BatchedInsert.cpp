#include "storage/BatchedInsert.h"

#include "storage/Workspace.h"

namespace sd::storage {

BatchedInsert::BatchedInsert(int columns, int rowsPerStatement,
                             std::function<std::unique_ptr<SqlStatement>(int rows)> prepare)
    : m_columns(columns)
    , m_rowsPerStatement(rowsPerStatement < 1 ? 1 : rowsPerStatement)
    , m_prepare(std::move(prepare))
    , m_values(static_cast<size_t>(m_columns) * static_cast<size_t>(m_rowsPerStatement))
{
}

BatchedInsert::Value& BatchedInsert::at(int index)
{
    if (index < 0 || index >= m_columns)
        throw StorageError("an import value was bound past the columns of its row");
    return m_values[static_cast<size_t>(m_rows * m_columns + index)];
}

void BatchedInsert::bindText(int index, std::string_view utf8)
{
    Value& v = at(index);
    v.kind = Value::Kind::Text;
    v.text.assign(utf8.data(), utf8.size());
}

void BatchedInsert::bindInt64(int index, std::int64_t value)
{
    Value& v = at(index);
    v.kind = Value::Kind::Int;
    v.number = value;
}

void BatchedInsert::bindNull(int index) { at(index).kind = Value::Kind::Null; }

void BatchedInsert::exec()
{
    if (++m_rows == m_rowsPerStatement)
        flush();
}

void BatchedInsert::flush()
{
    if (m_rows == 0)
        return;
    const int rows = m_rows;
    m_rows = 0; // a failed batch is not run again (the import's transaction is rolled back)
    std::unique_ptr<SqlStatement> tail;
    SqlStatement* q = nullptr;
    if (rows == m_rowsPerStatement) {
        if (!m_full)
            m_full = m_prepare(rows);
        q = m_full.get();
    } else {
        tail = m_prepare(rows);
        q = tail.get();
    }
    const int count = rows * m_columns;
    for (int i = 0; i < count; ++i) {
        const Value& v = m_values[static_cast<size_t>(i)];
        switch (v.kind) {
        case Value::Kind::Null:
            q->bindNull(i);
            break;
        case Value::Kind::Int:
            q->bindInt64(i, v.number);
            break;
        case Value::Kind::Text:
            q->bindText(i, v.text);
            break;
        }
    }
    q->exec();
}

} // namespace sd::storage

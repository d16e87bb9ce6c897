#pragma once

#include "storage/SqlRow.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace sd::storage {

// An INSERT of one row that is run as one multi-row INSERT (VALUES (…), (…), …) per `rowsPerStatement` rows:
// a row's values are kept as they are bound and exec() ends the row; every `rowsPerStatement` rows, and at
// flush(), the kept rows are bound into a statement of that many rows and run, in the order they were bound.
// SQLite runs such a statement about a third faster per row than the one-row insert (one statement start, one
// cursor open and one end per batch instead of per row). For the first import into empty tables (ImportWriter).
class BatchedInsert : public SqlStatement
{
public:
    // `prepare(rows)` makes the statement for `rows` rows of `columns` parameters each (0-based: row r's column c
    // is parameter r * columns + c).
    BatchedInsert(int columns, int rowsPerStatement, std::function<std::unique_ptr<SqlStatement>(int rows)> prepare);

    void bindText(int index, std::string_view utf8) override;
    void bindInt64(int index, std::int64_t value) override;
    void bindNull(int index) override;
    void exec() override; // ends the row; runs the batch when it is full (throws StorageError then)
    // Runs the rows kept so far (a shorter statement when the batch is not full).
    void flush();

private:
    struct Value
    {
        enum class Kind : std::uint8_t { Null, Int, Text } kind = Kind::Null;
        std::int64_t number = 0;
        std::string text; // reused: no allocation once its capacity is reached
    };
    Value& at(int index);

    int m_columns;
    int m_rowsPerStatement;
    std::function<std::unique_ptr<SqlStatement>(int)> m_prepare;
    std::unique_ptr<SqlStatement> m_full;
    std::vector<Value> m_values; // rowsPerStatement * columns
    int m_rows = 0;
};

} // namespace sd::storage

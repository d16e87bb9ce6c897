#pragma once

#include <cstdint>
#include <string_view>

namespace sd::storage {

// One result row, read by column position. text() stays valid until the cursor moves.
// Lets the row mapping read from Qt queries and, for bulk work, from a dialect's native cursor alike.
class SqlRow
{
public:
    virtual ~SqlRow() = default;
    virtual bool isNull(int column) const = 0;
    virtual std::string_view text(int column) const = 0; // UTF-8
    virtual std::int64_t int64(int column) const = 0;
};

// A forward-only result set.
class SqlCursor : public SqlRow
{
public:
    virtual bool next() = 0; // throws StorageError on a database error
};

// A prepared statement executed many times with positional parameters (0-based). exec() runs it
// with the values bound since the previous exec(); every parameter must be bound before each exec().
class SqlStatement
{
public:
    virtual ~SqlStatement() = default;
    virtual void bindText(int index, std::string_view utf8) = 0;
    virtual void bindInt64(int index, std::int64_t value) = 0;
    virtual void bindNull(int index) = 0;
    virtual void exec() = 0; // throws StorageError naming the statement's purpose
};

} // namespace sd::storage

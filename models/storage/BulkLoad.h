#pragma once

#include "domain/Result.h"

#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ascolto {

class Database;

// Helpers for loading many rows through the SQLite C API (10x fewer allocations than
// QSqlQuery per row). Used inside one transaction by the demo generator and the importers.
namespace BulkLoad {

// Drops the secondary indexes (not the PRIMARY KEY / UNIQUE ones) of the tables and
// returns their CREATE statements: building an index once after a bulk insert is several
// times faster than maintaining it row by row. Call inside the bulk transaction so a
// rollback restores them.
Result<QStringList> dropSecondaryIndexes(Database& db, const QStringList& tables);
// The same for any schema object of the tables ("index", "trigger") whose name matches the
// LIKE pattern (escape character '\\').
Result<QStringList> dropSchemaObjects(Database& db, const char* type, const QStringList& tables,
                                      const QString& nameLike = QStringLiteral("%"));
// The indexes of the table that hold any of the columns, as dropSecondaryIndexes(): a pass
// that rewrites a few columns of every row rebuilds only those.
Result<QStringList> dropIndexesOnColumns(Database& db, const QString& table,
                                         const QStringList& columns);
Status recreateIndexes(Database& db, const QStringList& createStatements);

// The text of a column of the current row (empty for NULL), valid until the next step.
std::string_view columnText(sqlite3_stmt* statement, int column);

// A prepared statement reused for every row: bind, run(), and it resets itself.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    Statement& text(int index, const char* value, int size = -1);
    Statement& text(int index, const std::string& value)
    {
        return text(index, value.data(), int(value.size()));
    }
    Statement& text(int index, const QString& value);
    Statement& integer(int index, qint64 value);
    Statement& null(int index);
    // Text, or NULL when empty.
    Statement& optText(int index, const std::string& value)
    {
        return value.empty() ? null(index) : text(index, value);
    }
    // Steps once; false on error (error() tells why). Always resets and clears bindings.
    bool run();
    QString error() const;

    // Reading: step() while it returns true (a row), then done() tells whether the rows
    // ended (true) or an error stopped them.
    bool step();
    bool done() const { return m_done; }
    qint64 column64(int column) const;
    bool isNull(int column) const;
    // Valid until the next step().
    std::string_view columnText(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_done = false;
};

// Rows of a one-row INSERT gathered and written many to a statement: a million one-row
// statements spend a fifth of a bills file opening and closing their cursors. Values are
// given in parameter order (?1, ?2...); the SQL's parameters are numbered or all anonymous.
// Rows are written when the batch is full and by flush(); a parent's rows are written
// first, so rows may refer to the parent's keys. Inside the caller's transaction.
class BatchInsert
{
public:
    static constexpr int kRows = 64;
    BatchInsert() = default;
    ~BatchInsert();
    BatchInsert(const BatchInsert&) = delete;
    BatchInsert& operator=(const BatchInsert&) = delete;

    // false (error() tells why) when the SQL is not a one-row INSERT ... VALUES(...).
    bool prepare(sqlite3* db, const QByteArray& sql, BatchInsert* parent = nullptr);
    bool isValid() const { return m_one != nullptr; }
    // The row being gathered, value by value.
    BatchInsert& text(std::string_view value);
    BatchInsert& optText(std::string_view value) { return value.empty() ? null() : text(value); }
    BatchInsert& integer(qint64 value);
    BatchInsert& null();
    // Ends the row (it must have one value per parameter); writes the batch when full.
    bool endRow();
    // Writes the rows gathered so far (the parent's first).
    bool flush();
    QString error() const { return m_error; }
    void finalize();

private:
    struct Cell
    {
        enum Kind : quint8
        {
            Null,
            Integer,
            Text
        } kind;
        qint64 value; // the integer, or the text's offset in m_text
        quint32 size;
    };
    bool write(sqlite3_stmt* statement, int rows, int firstRow);
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_one = nullptr;  // one row
    sqlite3_stmt* m_many = nullptr; // kRows rows
    BatchInsert* m_parent = nullptr;
    int m_width = 0;
    std::vector<Cell> m_cells;
    std::string m_text;
    QString m_error;
};

} // namespace BulkLoad
} // namespace ascolto

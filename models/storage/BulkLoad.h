#pragma once

#include "domain/Result.h"

#include <QStringList>

#include <string_view>

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
    // Valid until the next step().
    std::string_view columnText(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_done = false;
};

} // namespace BulkLoad
} // namespace ascolto

#pragma once

#include "domain/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

struct sqlite3_stmt;

namespace ascolto {

class Database;

// What travels between workstations, and the local log of what changed (schema 4,
// change_log). Tables are listed parents first, so rows can be inserted in this order.
namespace ChangeLog {

enum class Kind
{
    Mutable,    // id, version, device_id: merged per field by stamp (FieldMerge, schema 12)
    AppendOnly, // id: inserted once, never changed (assignment only gains its end date)
    Link        // composite key, travels with its parent (key = parent column)
};

struct SyncTable
{
    const char* name;
    Kind kind;
    const char* key;    // column logged in change_log.entity_id
    const char* client; // SQL expression giving the row's client id (row alias "t")
    // Columns computed from other rows' facts (schema 10: paid amounts from the payments
    // allocated): they travel with the row but are recomputed after a bundle is applied,
    // never merged, and a difference in them alone is no conflict. Comma-separated.
    const char* derived = "";
    QStringList derivedColumns() const;
    // The columns of a mutable row that carry a field stamp (schema 12): all of them but the
    // key, the row's version, device and time, and the derived ones.
    QStringList stampedFields(const QStringList& columns) const;
};

const QVector<SyncTable>& tables();
// SQL giving the debtor a row of this table belongs to (row alias "t"); empty for the
// tables that belong to no debtor (clients, users, templates, audit, conflicts).
QString debtorOf(const QString& table);
const SyncTable* table(const QString& name);
QStringList tableNames();

// Highest sequence in the log (0 when empty).
qint64 lastSequence(Database& db);

// Bulk loads: drops the change-log triggers of the tables (inside the caller's
// transaction, so a rollback restores them) and returns their CREATE statements.
// insertsOnly keeps the update triggers (a bulk load that may also update rows).
Result<QStringList> suspendTriggers(Database& db, const QStringList& tables,
                                    bool insertsOnly = false);
Status restoreTriggers(Database& db, const QStringList& createStatements);

// Logs, in one statement, the rows of a table that match the SQL condition (on alias "t";
// empty = every row): how a bulk load records what it wrote.
Status logRows(Database& db, const QString& table, const QString& condition = QString());

// Writes column values (JSON: numbers, text, null) into synced rows, their version left as
// given: what a merge decides for a row both copies already hold (FieldMerge). One prepared
// statement per table and set of columns, kept for the writer's life: compiling an UPDATE
// compiles the table's triggers too (a bundle of 20,000 rows spent 5 s preparing).
class ColumnWriter
{
public:
    explicit ColumnWriter(Database& db)
        : m_db(db)
    {}
    ~ColumnWriter();
    ColumnWriter(const ColumnWriter&) = delete;
    ColumnWriter& operator=(const ColumnWriter&) = delete;
    Status set(const QString& table, const QString& id, const QJsonObject& values);

private:
    Database& m_db;
    QHash<QString, sqlite3_stmt*> m_statements;
};

// Drops entries superseded by a later entry for the same row, up to the sequence.
Status compact(Database& db, qint64 upToSequence);

} // namespace ChangeLog
} // namespace ascolto

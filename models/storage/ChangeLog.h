#pragma once

#include "domain/FieldMerge.h"
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

// What a bundle's merge writes into the store besides the rows it inserts whole (FieldMerge,
// schema 12): merged column values (the row's version left as given), the merged field
// stamps, the change-log entry of each row it changed, and the conflicts it found. One
// prepared statement per kind of write, kept for the writer's life: compiling an UPDATE
// compiles the table's triggers too (a bundle of 20,000 rows spent 5 s preparing).
class MergeWriter
{
public:
    explicit MergeWriter(Database& db)
        : m_db(db)
    {}
    ~MergeWriter();
    MergeWriter(const MergeWriter&) = delete;
    MergeWriter& operator=(const MergeWriter&) = delete;
    Status setColumns(const QString& table, const QString& id, const QJsonObject& values);
    Status setStamp(const QString& table, const QString& id, const QString& field,
                    const FieldMerge::Stamp& stamp);
    // The row changed by the merge: as received (the export folder's bundle does not send it
    // back) or, when it holds something its sender lacks, as local work that goes out again.
    Status logMerged(const QString& table, const QString& id, bool holdsLocalWork);
    // A value that lost to a write that had not seen it. The same conflict found at two
    // offices is one row (its id comes from the losing value's stamp, its time from the later
    // write); found against two different writes, it names the later. Returns whether a new
    // row was written.
    Result<bool> logConflict(const QString& table, const QString& id,
                             const FieldMerge::Conflict& conflict);

private:
    Result<sqlite3_stmt*> prepared(const QString& key, const QString& sql);
    Database& m_db;
    QHash<QString, sqlite3_stmt*> m_statements;
};

// While a bundle is applied the stamp and update triggers stay silent (merged values keep
// the stamps they arrived with; the merge logs what it changes itself): beginApply() inside
// the apply's transaction, endApply() before its commit, with the highest stamp received so
// that the clock never runs behind it (the HLC receive rule).
Status beginApply(Database& db);
Status endApply(Database& db, qint64 highestStampReceived);

// Copies, for rows just inserted whole (ids in temp table `idsTable`), the field stamps that
// came with them in the attached schema `fromSchema`.
Status copyStamps(Database& db, const QString& table, const QString& fromSchema,
                  const QString& idsTable);

// Takes whole the received copies in `fromSchema` of the rows of `table` listed in temp
// table `idsTable` (id, changed): their `written` columns, one UPDATE per value of
// `changed` (one character per column of `indexed`, '1' when it changed, so an index over
// unchanged columns is not rewritten), their stamps (copyStamps), and a change-log entry
// each, as received. For rows the merge would turn into the received copy (SyncBundle).
Status takeReceived(Database& db, const QString& table, const QStringList& written,
                    const QStringList& indexed, const QString& fromSchema, const QString& idsTable);

// How far the store has exported for a peer (a device id, or "*" for the export folder):
// the next export starts after `upTo`.
Status markExported(Database& db, const QString& peer, qint64 upTo, const QString& at,
                    const QString& file = QString());

// Drops entries superseded by a later entry for the same row, up to the sequence.
Status compact(Database& db, qint64 upToSequence);

} // namespace ChangeLog
} // namespace ascolto

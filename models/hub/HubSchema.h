#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

struct sqlite3;

namespace ascolto {

class PgConnection;

// The hub's PostgreSQL schema is derived from the workstation's: the numbered SQLite
// migrations (resources/sql) are the one description of the data, and the hub's DDL is read off
// a store built by them, so the two cannot drift. Types: INTEGER is bigint (cents, counts,
// clocks), a TEXT column named *_at or "at" is timestamptz, one named *_date or *_on is date,
// any other TEXT is text (task.due_at holds an instant or, for all-day items, a date: text).
// Primary keys, NOT NULL, constant defaults and the plain column indexes carry over; CHECKs,
// foreign keys, triggers and partial or expression indexes stay on the workstation side, where
// every row is written (the hub only stores rows a working copy has checked, HubStore).
struct HubColumn
{
    QString name;
    QString pgType;
    bool notNull = false;
    QString defaultSql; // a constant, or empty
};

struct HubIndex
{
    QString name;
    QStringList columns;
    bool unique = false;
};

struct HubTable
{
    QString name;
    QVector<HubColumn> columns;
    QStringList primaryKey;
    QVector<HubIndex> indexes;

    QStringList columnNames() const;
    const HubColumn* column(const QString& name) const;
};

namespace HubSchema {

// Tables a workstation keeps for itself and the hub does not hold: derived summaries, the
// search index, call drafts, CSV mappings and import logs, login throttling, report
// quotations, the apply marker and a scoped device's departures.
bool isLocal(const QString& table);
QString pgType(const QString& table, const QString& column, const QString& sqliteType);

// The tables of an SQLite store the hub holds, as the hub declares them.
Result<QVector<HubTable>> fromSqlite(sqlite3* db);
// The tables of the hub's database (its own bookkeeping aside).
Result<QVector<HubTable>> fromPg(PgConnection& pg);
// The statements that turn `from` into `to`.
QStringList diff(const QVector<HubTable>& from, const QVector<HubTable>& to);
// One line per table, column, key and index, sorted: two schemas that print the same text
// hold the same data the same way (defaults aside).
QString describe(const QVector<HubTable>& tables);

// The hub's schema version (0: none yet) and the latest this build knows (the
// workstation's).
Result<int> version(PgConnection& pg);
int latestVersion();
// Brings the hub's database to `target` (0: the latest), one numbered migration per
// transaction; `applied` gets "schema N" for each.
Status migrate(PgConnection& pg, int target = 0, QStringList* applied = nullptr);

} // namespace HubSchema

class HubSchemaText
{
    Q_DECLARE_TR_FUNCTIONS(HubSchema)
};

} // namespace ascolto

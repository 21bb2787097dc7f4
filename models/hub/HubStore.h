#pragma once

#include "HubSchema.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QStringList>
#include <QVector>

#include <functional>

struct sqlite3;
struct sqlite3_session;
#include <memory>

namespace ascolto {

class Database;
class PgConnection;

// The firm's data on the hub's PostgreSQL server, changed by the workstation's own code.
//
// The hub does not restate the replication model (FieldMerge, SyncAuthority, the scope rules
// of SyncBundle) in SQL for PostgreSQL: every change goes through a working copy. The rows an
// operation needs are copied into a new SQLite store of the workstation's schema (the hub's
// identity, clients, users and devices always; besides them the debtors, clients or rows the
// operation names), the workstation's code runs on it exactly as it runs at a head office
// (SyncBundle::importBundle, exportBundle, the administrator's commands), and every row it
// inserted, changed or deleted (recorded by triggers of the copy) is staged on the server
// (COPY) and replaces the hub's row, in one transaction under the hub's lock; the keys
// written go to the hub's change log (hub_change) too. A failure anywhere leaves the hub as it
// was; the hub keeps nothing outside PostgreSQL but caches (keepWarm), so any number of hub
// processes can serve one database.
class HubStore
{
    Q_DECLARE_TR_FUNCTIONS(HubStore)
public:
    // What a working copy holds besides the hub's identity, clients, users, devices, peers,
    // templates, scorecards, absences and erasures (always).
    struct Scope
    {
        bool everything = false;
        QStringList clientIds;                   // every row of these clients
        QStringList debtorIds;                   // every row of these debtors
        QMap<QString, QStringList> debtorRowsOf; // table -> debtors: their rows of that table
        QMap<QString, QStringList> rowIds;       // table -> keys: those rows
        QString receivedFrom;                    // the bundles already applied from this device
        // A device's changes since its last bundle; with clientIds, also all it holds
        // (device_scope), else what it holds of the debtors copied.
        QString changesFor;
        bool auditLog = false; // every audit row (the chain checks)
    };
    struct Counts
    {
        qint64 hydrated = 0; // rows copied into the working copy
        qint64 written = 0;  // rows written back
        qint64 removed = 0;  // rows deleted at the hub
        // Where the time went: filling the copy, the work on it, writing back and committing.
        qint64 fillMs = 0, workMs = 0, writeMs = 0;
    };

    // A hub whose database is at this build's schema (`ascolto-hub migrate` otherwise).
    static Result<std::unique_ptr<HubStore>> open(const QString& conninfo);
    ~HubStore();

    PgConnection& pg() { return *m_pg; }

    // Runs `work` on a working copy holding `scope` (at least) and writes back what it
    // changed.
    Result<Counts> withWorkingCopy(const Scope& scope,
                                   const std::function<Status(const QString& storePath)>& work);

    // The same, for work on an open store of the copy. `scopeOf` says what a new copy must
    // hold; it is asked only when one is made (a serving hub's copy holds everything).
    using ScopeOf = std::function<Result<Scope>()>;
    Result<Counts> withWorkingStore(const ScopeOf& scopeOf,
                                    const std::function<Status(Database& store)>& work);
    Result<Counts> withWorkingStore(const Scope& scope,
                                    const std::function<Status(Database& store)>& work);

    // For a process that serves many changes (ascolto-hub serve): one working copy of the
    // whole firm kept between changes instead of a new one for each. Before each change it
    // takes what other hub processes wrote since (hub_change, the keys of every row written,
    // in order); after a failed change the rows it touched are read again from the hub. It
    // is a cache: made at the first change (warmUp), dropped with the process, made again when
    // the log no longer reaches back to it, went back (a restore) or a store was loaded.
    void keepWarm();
    Status warmUp();

    // An empty hub takes a whole SQLite store (an existing head office, or a new store made
    // by `ascolto-hub init`): its identity becomes the hub's, so the devices that exchange
    // bundles with it go on with the hub.
    Result<Counts> load(const QString& sqlitePath);
    // Every row of the hub into a new SQLite store at `sqlitePath` (a snapshot a head-office
    // workstation opens, and what the tests compare).
    Result<Counts> dump(const QString& sqlitePath);

    // This process's owner-only folder of working copies (removed at exit, or by the next hub
    // process when this one was killed), for other files that must not outlive it.
    Result<QString> scratchDir();

    // The hub's device id (its identity as a head office); empty before init or load.
    QString deviceId();
    // The clients the users of a device work for (every client for an administrator's or a
    // head office's device).
    Result<QStringList> clientsOfDevice(const QString& deviceId);
    Result<QString> clientIdByCode(const QString& code);

    struct ForeignKey
    {
        QString table, column, parent, parentColumn;
    };
    // The references between the tables the hub holds, as the workstation's schema declares
    // them: a row a working copy receives needs the rows it refers to.
    Result<QVector<ForeignKey>> foreignKeys();

private:
    explicit HubStore(std::unique_ptr<PgConnection> pg, QVector<HubTable> tables);
    Result<QString> workingTemplate();
    // The condition (on alias t) each table's rows meet to be in a copy holding `scope`.
    Result<QHash<QString, QString>> conditionsOf(const Scope& scope);
    // With `tracking`, triggers of the copy record what changes in it (hub_touched).
    Status fill(const QString& path, const QHash<QString, QString>& conditions, Counts& counts,
                bool tracking = true);
    // The rows the copy's work touched replace the hub's; returns the newest change's number
    // (0: nothing written).
    // `last`: the newest change of hub_change when the caller knows it (-1: read it).
    Result<qint64> writeBack(sqlite3* copy, Counts& counts, qint64 last = -1);
    Result<Counts> withNewCopy(const Scope& scope,
                               const std::function<Status(const QString& storePath)>& work);
    Result<Counts> withWarmCopy(const std::function<Status(Database&)>& work);
    Result<Counts> changeWarm(const std::function<Status(Database&)>& work);
    Status catchUp(Counts& counts);
    // The keys of the rows a session of the warm copy saw change, into hub_touched.
    Status recordTouched(sqlite3_session* session);
    // The copy's rows of the keys in `keys` (a relation of tbl, k) become the hub's.
    Status refreshWarm(const QString& keys, Counts& counts);
    void repairWarm();
    void dropWarm();
    std::unique_ptr<PgConnection> m_pg;
    QVector<HubTable> m_tables;
    QString m_templateDir;
    QString m_template;
    // The workstation schema's secondary indexes and triggers, made once a copy is filled.
    QStringList m_afterFill;
    QStringList m_triggerNames, m_triggerSql;
    bool m_keepWarm = false;
    QString m_warmPath;
    std::unique_ptr<Database> m_warmDb;        // kept open: the schema is read once
    QHash<QString, QVector<int>> m_keyColumns; // table -> its key columns' positions in the copy
    qint64 m_warmSeq = -1;                     // the last change of hub_change the warm copy holds
    QVector<ForeignKey> m_foreignKeys;
};

} // namespace ascolto

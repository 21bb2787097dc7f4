#pragma once

#include "HubSchema.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <functional>
#include <memory>

namespace ascolto {

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
// (COPY) and replaces the hub's row, in one transaction under the hub's lock. A failure
// anywhere leaves the hub as it was; the hub keeps nothing outside PostgreSQL, so any number
// of hub processes can serve one database.
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

    // Runs `work` on a working copy holding `scope` and writes back what it changed.
    Result<Counts> withWorkingCopy(const Scope& scope,
                                   const std::function<Status(const QString& storePath)>& work);

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
    std::unique_ptr<PgConnection> m_pg;
    QVector<HubTable> m_tables;
    QString m_templateDir;
    QString m_template;
    // The workstation schema's secondary indexes and triggers, made once a copy is filled.
    QStringList m_afterFill;
    QVector<ForeignKey> m_foreignKeys;
};

} // namespace ascolto

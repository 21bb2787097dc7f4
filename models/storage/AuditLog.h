#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QVector>

namespace ascolto {

class Database;
class Session;

// Append-only record of who changed what. Callers write it inside the same Transaction
// as the change it describes.
//
// Tamper-evident (schema 9): each device chains its own rows. A row's hash is SHA-256 of
// the previous row's hash of the same device and of every value of the row, so changing,
// removing or slipping in a row by hand (sqlite3 on the file) breaks the chain from there.
// What a chain cannot show is rows cut off at its end; the register exports and bundles
// that leave the workstation carry the last hash, which is what a later check compares.
class AuditLog
{
public:
    static Status append(Database& db, const Clock& clock, const Session& session,
                         const QString& action, const QString& entity, const QString& entityId,
                         const QJsonObject& details = {});
    // The same in a transaction of its own: for what changes nothing else in the store
    // (personal data read out of it, a check run), so there is no change to ride with.
    static Status record(Database& db, const Clock& clock, const Session& session,
                         const QString& action, const QString& entity, const QString& entityId,
                         const QJsonObject& details = {});
    // The same with every value given (the demo portfolio writes a fixed id and time).
    // `details` is JSON text or empty.
    static Status appendRow(Database& db, const QString& id, const QString& at,
                            const QString& userId, const QString& action, const QString& entity,
                            const QString& entityId, const QString& details);

    // The first broken link of a device's chain, in words; empty when every chain holds.
    struct Break
    {
        QString deviceId;
        qint64 chainSeq = 0; // the row where the chain breaks
        QString rowId;       // empty when the row is missing
        QString what;        // why, in the reader's language
    };
    struct Verification
    {
        int devices = 0;
        qint64 rows = 0;       // chained rows checked
        qint64 unchained = 0;  // rows written before schema 9
        QVector<Break> breaks; // at most one per device: its first
    };
    static Result<Verification> verify(Database& db);

    // The register of operations (TULPS art. 115): who did what, when, on which debtor,
    // for the rows written from `fromUtc` (included) to `toUtc` (excluded), oldest first.
    // The debtor is the row's own when it is about a debtor, else the one its details name.
    struct RegisterRow
    {
        QString at; // ISO instant, UTC
        QString username, userName, deviceId, action, entity;
        QString customerCode, debtorName, details;
    };
    static Result<QVector<RegisterRow>> registerRows(Database& db, const QDateTime& fromUtc,
                                                     const QDateTime& toUtc);
};

} // namespace ascolto

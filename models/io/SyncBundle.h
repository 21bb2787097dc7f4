#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

namespace ascolto {

class Database;

// Sync bundles: how workstations and head office exchange their work as files. A bundle is
// one SQLite file, sealed for its recipient and signed by its writer (BundleEnvelope): a header
// (format, schema, source device, sequence, time, clients, checksum of the content), the changed
// rows of every synced table with the field stamps of the mutable ones (schema 12). Applying a
// bundle is one transaction: append-only rows are added once; a mutable row both sides hold is
// merged field by field (FieldMerge: the later stamp wins, protections only tighten), and a value
// that loses to an edit made without seeing it goes to conflict_log, which replicates with its
// review state.
namespace SyncBundle {

constexpr int kFormatVersion = 2; // 2: field stamps (schema 12)

struct Header
{
    int formatVersion = 0;
    int schemaVersion = 0;
    QString sourceDevice;
    QString forDevice; // empty: any workstation
    qint64 sequence = 0;
    QString createdAt;
    QStringList clientIds;
    QStringList clientCodes;
    qint64 rows = 0;
    QString checksum;
    QString senderFingerprint; // inspect(): the signing key, for people to compare
};

struct ExportOptions
{
    // The workstation the bundle is for: what changed since the last bundle for it, also
    // relayed from other devices, without the rows it made itself. Empty: the export
    // folder's bundle, this workstation's own changes since the last periodic export.
    QString forDevice;
    // Client codes to include; empty: the clients the device serves (learnt from its
    // bundles), else every client of this store.
    QStringList clientCodes;
    bool full = false; // everything, not only the changes
    qint64 upTo = 0;   // last change-log sequence to include; 0: the latest
    // The next export starts after this one only once markSent() says it arrived (online
    // sync: a bundle the hub never received goes again). Its sequence is used up either way.
    bool markLater = false;
};

struct ExportResult
{
    QString path;
    Header header;
    qint64 changesFrom = 0, changesTo = 0;
    QString peer; // whose export cursor it moves (a device id, "*" for the export folder)
    // A bundle for head office: debtors that had left this device's users' hands and could
    // go once this store's own work had gone out (schema 17).
    int departedDebtors = 0;
};

struct ImportResult
{
    Header header;
    int inserted = 0;
    int updated = 0;
    int kept = 0; // incoming rows older than the store's
    int conflicts = 0;
    int protectionsKept = 0; // do-not-contact, holds, opt-outs a concurrent edit would clear
    // Changes to clients and users their author could not make here: "the change to user
    // mrossi is refused: it was made by ..." (SyncAuthority); the rest of the bundle applies.
    QStringList refusals;
    // Debtors deleted because their client's mandate ended and was erased (storage/Erasure):
    // an erasure the bundle brought, or rows of erased debtors it brought back.
    int erasedDebtors = 0;
    // Debtors that left this device's users' hands (schema 17), removed here; those this
    // device changed wait until its changes have gone out to head office.
    int departedDebtors = 0;
    bool alreadyApplied = false;
    QString text() const;
};

// Writes the bundle under a temporary name and renames it into place.
Result<ExportResult> exportBundle(Database& db, const Clock& clock, const QString& path,
                                  const ExportOptions& options);
// An export made with markLater arrived: the next one starts after it.
Status markSent(Database& db, const ExportResult& sent);
// Reads and checks a bundle without a store: its clear header (devices, sequence, time) and
// that its signature holds for the key it names. Who that key belongs to, and the content
// (encrypted for its recipient), are checked where it is applied.
Result<Header> inspect(const QString& path);
// Checks, then applies. The sender must be enrolled here (a new store pins the sender of its
// first bundle as its head office) and not revoked, the signature must hold for its key, and
// the bundle must be for this device; it is then decrypted beside the store, checked whole
// (PRAGMA integrity_check, header, format) and applied in one transaction.
// Refusals (unsigned, unknown or revoked sender, altered, damaged, future or older format,
// for another device, foreign client, missing parents) change nothing; a bundle already
// applied changes nothing and says so.
Result<ImportResult> importBundle(Database& db, const Clock& clock, const QString& path);

} // namespace SyncBundle

class SyncBundleText
{
    Q_DECLARE_TR_FUNCTIONS(SyncBundle)
};

} // namespace ascolto

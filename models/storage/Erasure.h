#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace ascolto {

class Database;
class Session;

// The end of a mandate (schema 16, issue "Security and privacy"). Once a client's mandate has
// ended and its retention period has passed (ClientRecord::erasableFrom), an administrator
// erases the client's debtors: every row of theirs in every table, with their change-log
// entries, field stamps, sync conflicts, search entries and call drafts, is deleted in one
// transaction. The audit log stays (the register of operations must be kept); its rows name
// a debtor by id only.
//
// The erasure is itself a row (`erasure`) that replicates to every office serving the
// client, carrying the erased debtors' ids and the certificate. Each store that receives it
// deletes the same debtors (afterApply) and keeps their ids, so a row of theirs sent later by
// an office that had not heard of the erasure is deleted again within the same bundle.
//
// The certificate says what was removed without repeating any of it: the client, the dates,
// who erased, how many rows of each table and the amounts billed and paid, and a SHA-256 of
// the erased ids. It is signed with the device's Ed25519 key (the key that signs its sync
// bundles), and verify() checks it anywhere.
class Erasure
{
    Q_DECLARE_TR_FUNCTIONS(Erasure)
public:
    Erasure(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    struct Done
    {
        QString erasureId;
        QByteArray certificate; // signed JSON, as stored and as written to file
        int debtors = 0;
        QMap<QString, qint64> rows; // table -> rows deleted
    };
    // Refused unless the session is an administrator's, the client's mandate has ended and
    // its retention period has passed today, and the store holds debtors of the client.
    Result<Done> eraseClient(const Session& session, const QString& clientId);

    // After a bundle was merged (inside its transaction): the erasures it brought are carried
    // out here, and rows of erased debtors it brought back are deleted. `schema` is the
    // attached bundle. Returns the number of debtors whose rows were deleted.
    static Result<int> afterApply(Database& db, const QString& schema);

    // Debtors that left this device's users' hands (schema 17, `departure`, from head
    // office's bundles): their rows are deleted, with what repeats them, once nothing this
    // store wrote is waiting to go out to its head office (its own changes to them must reach
    // head office first); until then they wait. Inside the caller's transaction. Returns the
    // debtors deleted.
    static Result<int> purgeDeparted(Database& db);
    // Marks the debtors a bundle (attached as `schema`) names as departed, when this store
    // holds them, and unmarks those whose rows it brings again (they are back in this
    // device's users' hands). Inside the caller's transaction.
    static Status noteDepartures(Database& db, const QString& schema, const QString& now);

    // Why no debtor may be added to the client any more (empty when they may): its debtors
    // were erased at the end of its mandate. Ids of imported rows derive from the client's
    // id and keys, so the same file imported again would bring back ids every office has
    // erased (and deletes again as they arrive); a new mandate is set up as a new client.
    static QString closedReason(Database& db, const QString& clientId);

    // A certificate's signature and content.
    struct Verified
    {
        QString fingerprint; // of the signing device's key (Devices::fingerprint)
        QJsonObject content;
    };
    static Result<Verified> verify(const QByteArray& certificate);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

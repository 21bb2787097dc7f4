#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ascolto {

class Database;
class Session;

struct DeviceRecord
{
    QString id;
    QString name;
    QByteArray publicKey; // Ed25519, 32 bytes
    QString kind;         // head_office, branch, workstation
    QString enrolledAt;
    QString revokedAt;   // empty while trusted
    QStringList userIds; // who logs in there (not for a head office)
};

// The devices a store exchanges bundles with, and its own key pair (schema 13): who may send
// this store a bundle, and for whom it may write one. Enrolling and revoking are an
// administrator's acts, audited; the first bundle a new store receives pins its sender as
// the store's head office (the one device it then sends its own work to).
class Devices
{
    Q_DECLARE_TR_FUNCTIONS(Devices)
public:
    Devices(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // This store's Ed25519 key pair, made and kept on first use.
    Result<QByteArray> publicKey();
    Result<QByteArray> secretKey();
    // What an administrator at head office enrols this device from: "ascolto-device:ID:KEY".
    Result<QString> enrolmentRequest();
    // The meta key this store's secret key is kept under (the hub reads its own from its
    // database).
    static QString secretKeyName();
    // Short form of a public key for people to compare (16 hex digits in groups of 4).
    static QString fingerprint(const QByteArray& publicKey);

    Result<DeviceRecord> find(const QString& id) const; // fails when not listed
    Result<QVector<DeviceRecord>> list() const;
    // The device this store sends its own work to (the head office that seeded it); empty
    // when none.
    QString homeDevice() const;
    bool anyListed() const;

    // Enrols a device from its request, with the user names of who logs in there (a
    // workstation or branch needs at least one; a head office none); an administrator's act.
    // A head office enrolled in a store that has none yet becomes the one it sends its own
    // work to.
    Status enrol(const Session& admin, const QString& request, const QString& name,
                 const QString& kind, const QStringList& usernames = {});
    Status revoke(const Session& admin, const QString& id);
    // A new store's first bundle: its sender becomes the head office, without a user.
    Status pinHeadOffice(const QString& id, const QByteArray& publicKey);
    // What a scoped device holds (schema 17, device_scope). scopeChanges() compares the
    // scope a bundle for it is written with (the debtor ids in temp.scope_debtor) with what
    // it holds, into temp.scope_entered (to send whole) and temp.scope_departed (to name);
    // recordScope() takes them into device_scope once the bundle is in place.
    Status scopeChanges(const QString& deviceId);
    Status recordScope(const QString& deviceId);
    // Tests and set-up tools: lists a device with its key, no session (the caller decides).
    Status add(const QString& id, const QString& name, const QByteArray& publicKey,
               const QString& kind, const QString& enrolledBy = QString(),
               const QStringList& userIds = {});

private:
    Status ensureKeys();
    Status makeHome(const QString& id);
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

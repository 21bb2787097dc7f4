#include "Devices.h"

#include "AuditLog.h"
#include "Database.h"
#include "Ids.h"
#include "Session.h"
#include "SqlHelpers.h"
#include "Transaction.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace ascolto {

namespace {

const QString kSecretKey = QStringLiteral("device_secret_key");
const QString kHome = QStringLiteral("sync.home_device");

bool validKind(const QString& kind)
{
    return kind == QLatin1String("head_office") || kind == QLatin1String("branch") ||
           kind == QLatin1String("workstation");
}

// A device row as recordOf() reads it.
const QLatin1String kSelect("SELECT id, name, public_key, kind, enrolled_at, coalesce(revoked_at, "
                            "''), (SELECT group_concat(user_id) FROM device_user u WHERE "
                            "u.device_id = device.id) FROM device");

DeviceRecord recordOf(const QSqlQuery& q)
{
    DeviceRecord d;
    d.id = q.value(0).toString();
    d.name = q.value(1).toString();
    d.publicKey = QByteArray::fromHex(q.value(2).toString().toLatin1());
    d.kind = q.value(3).toString();
    d.enrolledAt = q.value(4).toString();
    d.revokedAt = q.value(5).toString();
    d.userIds = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    return d;
}

} // namespace

Status Devices::ensureKeys()
{
    if (sodium_init() < 0)
        return Status::failure(tr("The cryptography library cannot start."));
    if (m_db.metaValue(kSecretKey).size() == 2 * crypto_sign_SECRETKEYBYTES)
        return Status::success();
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    const QByteArray secret(reinterpret_cast<const char*>(sk), sizeof sk);
    sodium_memzero(sk, sizeof sk);
    return m_db.setMetaValue(kSecretKey, QString::fromLatin1(secret.toHex()));
}

Result<QByteArray> Devices::secretKey()
{
    if (Status s = ensureKeys(); !s)
        return Result<QByteArray>::failure(s.error());
    return QByteArray::fromHex(m_db.metaValue(kSecretKey).toLatin1());
}

Result<QByteArray> Devices::publicKey()
{
    const auto sk = secretKey();
    if (!sk)
        return sk;
    // An Ed25519 secret key ends with its public key.
    return sk->right(crypto_sign_PUBLICKEYBYTES);
}

Result<QString> Devices::enrolmentRequest()
{
    const auto pk = publicKey();
    if (!pk)
        return Result<QString>::failure(pk.error());
    return QStringLiteral("ascolto-device:%1:%2")
        .arg(m_db.deviceId(), QString::fromLatin1(pk->toHex()));
}

QString Devices::secretKeyName()
{
    return kSecretKey;
}

QString Devices::fingerprint(const QByteArray& publicKey)
{
    if (sodium_init() < 0)
        return QString();
    unsigned char hash[8];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(publicKey.data()),
                       quint64(publicKey.size()), nullptr, 0);
    const QString hex = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(hash), sizeof hash).toHex().toUpper());
    return QStringList{hex.mid(0, 4), hex.mid(4, 4), hex.mid(8, 4), hex.mid(12, 4)}.join(
        QLatin1Char('-'));
}

Result<DeviceRecord> Devices::find(const QString& id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("%1 WHERE id = ?").arg(kSelect));
    q.addBindValue(id);
    if (!q.exec())
        return Result<DeviceRecord>::failure(q.lastError().text());
    if (!q.next())
        return Result<DeviceRecord>::failure(tr("The device %1 is not enrolled here.").arg(id));
    return recordOf(q);
}

Result<QVector<DeviceRecord>> Devices::list() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("%1 ORDER BY name, id").arg(kSelect)))
        return Result<QVector<DeviceRecord>>::failure(q.lastError().text());
    QVector<DeviceRecord> out;
    while (q.next())
        out.push_back(recordOf(q));
    return out;
}

QString Devices::homeDevice() const
{
    return m_db.metaValue(kHome);
}

bool Devices::anyListed() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT 1 FROM device LIMIT 1")) && q.next();
}

Status Devices::add(const QString& id, const QString& name, const QByteArray& publicKey,
                    const QString& kind, const QString& enrolledBy, const QStringList& userIds)
{
    if (id.isEmpty() || id == m_db.deviceId())
        return Status::failure(tr("A device cannot enrol itself."));
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return Status::failure(tr("The public key of device %1 is not a 32-byte key.").arg(id));
    if (!validKind(kind))
        return Status::failure(
            tr("The kind of device must be head_office, branch or workstation, not %1.").arg(kind));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO device(id, name, public_key, kind, enrolled_by, "
                             "enrolled_at) VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                             "name = excluded.name, public_key = excluded.public_key, kind = "
                             "excluded.kind, enrolled_by = excluded.enrolled_by, enrolled_at = "
                             "excluded.enrolled_at, revoked_at = NULL"));
    q.addBindValue(id);
    q.addBindValue(name.isEmpty() ? id.left(8) : name);
    q.addBindValue(QString::fromLatin1(publicKey.toHex()));
    q.addBindValue(kind);
    q.addBindValue(enrolledBy.isEmpty() ? QVariant() : QVariant(enrolledBy));
    q.addBindValue(isoUtc(m_clock.nowUtc()));
    if (Status s = execOrFail(q, tr("Enrolling device %1").arg(id)); !s)
        return s;
    QSqlQuery clear(m_db.sql());
    clear.prepare(QStringLiteral("DELETE FROM device_user WHERE device_id = ?"));
    clear.addBindValue(id);
    if (Status s = execOrFail(clear, tr("Enrolling device %1").arg(id)); !s)
        return s;
    for (const QString& user : userIds) {
        QSqlQuery u(m_db.sql());
        u.prepare(QStringLiteral("INSERT INTO device_user(device_id, user_id) VALUES(?, ?)"));
        u.addBindValue(id);
        u.addBindValue(user);
        if (Status s = execOrFail(u, tr("Enrolling device %1").arg(id)); !s)
            return s;
    }
    return Status::success();
}

Status Devices::enrol(const Session& admin, const QString& request, const QString& name,
                      const QString& kind, const QStringList& usernames)
{
    if (!admin.canManageUsers())
        return Status::failure(Session::notAllowed(tr("enrol devices")));
    static const QRegularExpression form(
        QStringLiteral("^ascolto-device:([0-9a-f-]{36}):([0-9a-f]{64})$"));
    const auto m = form.match(request.trimmed());
    if (!m.hasMatch())
        return Status::failure(tr("This is not an enrolment request (expected "
                                  "ascolto-device:ID:KEY, as ascolto-cli device request prints "
                                  "it on the new device)."));
    const QString id = m.captured(1);
    const QByteArray key = QByteArray::fromHex(m.captured(2).toLatin1());
    if (kind != QLatin1String("head_office") && usernames.isEmpty())
        return Status::failure(tr("Name the users who log in on the device (a workstation or a "
                                  "branch receives only what they may see)."));
    QStringList userIds;
    for (const QString& username : usernames) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT id FROM app_user WHERE username = ?"));
        q.addBindValue(username.trimmed());
        if (!q.exec() || !q.next())
            return Status::failure(tr("There is no user %1.").arg(username.trimmed()));
        userIds << q.value(0).toString();
    }
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = add(id, name, key, kind, admin.userId(), userIds); !s)
        return s;
    // A store set up before it heard from head office learns it here.
    if (kind == QLatin1String("head_office") && homeDevice().isEmpty()) {
        if (Status s = makeHome(id); !s)
            return s;
    }
    if (Status s = AuditLog::append(m_db, m_clock, admin, QStringLiteral("device_enrolled"),
                                    QStringLiteral("device"), id,
                                    {{QStringLiteral("name"), name},
                                     {QStringLiteral("kind"), kind},
                                     {QStringLiteral("users"), usernames.join(QLatin1Char(','))},
                                     {QStringLiteral("fingerprint"), fingerprint(key)}});
        !s)
        return s;
    return tx.commit();
}

Status Devices::revoke(const Session& admin, const QString& id)
{
    if (!admin.canManageUsers())
        return Status::failure(Session::notAllowed(tr("revoke devices")));
    const auto known = find(id);
    if (!known)
        return Status::failure(known.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE device SET revoked_at = ? WHERE id = ? AND revoked_at IS "
                             "NULL"));
    q.addBindValue(isoUtc(m_clock.nowUtc()));
    q.addBindValue(id);
    if (Status s = execOrFail(q, tr("Revoking device %1").arg(id)); !s)
        return s;
    if (Status s =
            AuditLog::append(m_db, m_clock, admin, QStringLiteral("device_revoked"),
                             QStringLiteral("device"), id, {{QStringLiteral("name"), known->name}});
        !s)
        return s;
    return tx.commit();
}

Status Devices::scopeChanges(const QString& deviceId)
{
    QSqlQuery q(m_db.sql());
    for (const char* sql :
         {"DROP TABLE IF EXISTS temp.scope_entered", "DROP TABLE IF EXISTS temp.scope_departed",
          "CREATE TEMP TABLE scope_entered AS SELECT s.id FROM temp.scope_debtor s WHERE NOT "
          "EXISTS (SELECT 1 FROM main.device_scope x WHERE x.device_id = :device AND "
          "x.debtor_id = s.id)",
          "CREATE TEMP TABLE scope_departed AS SELECT x.debtor_id AS id FROM main.device_scope x "
          "WHERE x.device_id = :device AND NOT EXISTS (SELECT 1 FROM temp.scope_debtor s WHERE "
          "s.id = x.debtor_id)"}) {
        q.prepare(QString::fromLatin1(sql));
        if (QString::fromLatin1(sql).contains(QLatin1String(":device")))
            q.bindValue(QStringLiteral(":device"), deviceId);
        if (Status s = execOrFail(q, tr("What device %1 holds").arg(deviceId)); !s)
            return s;
    }
    return Status::success();
}

Status Devices::recordScope(const QString& deviceId)
{
    QSqlQuery q(m_db.sql());
    for (const char* sql :
         {"DELETE FROM main.device_scope WHERE device_id = :device AND debtor_id IN (SELECT id "
          "FROM temp.scope_departed)",
          "INSERT OR IGNORE INTO main.device_scope(device_id, debtor_id) SELECT :device, id FROM "
          "temp.scope_entered"}) {
        q.prepare(QString::fromLatin1(sql));
        q.bindValue(QStringLiteral(":device"), deviceId);
        if (Status s = execOrFail(q, tr("What device %1 holds").arg(deviceId)); !s)
            return s;
    }
    return Status::success();
}

Status Devices::pinHeadOffice(const QString& id, const QByteArray& publicKey)
{
    if (Status s = add(id, tr("Head office"), publicKey, QStringLiteral("head_office")); !s)
        return s;
    return makeHome(id);
}

Status Devices::makeHome(const QString& id)
{
    // Its first bundle for head office carries all of its own work, whatever went before.
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("UPDATE sync_peer SET last_export_seq = 0 WHERE device_id = '*'")))
        return Status::failure(q.lastError().text());
    return m_db.setMetaValue(kHome, id);
}

} // namespace ascolto

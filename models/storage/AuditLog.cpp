#include "AuditLog.h"

#include "Database.h"
#include "Ids.h"
#include "Session.h"
#include "SqlHelpers.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace ascolto {

namespace {

const QString kGenesis(64, QLatin1Char('0'));

QString tr(const char* text)
{
    return QCoreApplication::translate("ascolto::AuditLog", text);
}

// The hash of one link: the previous hash and every value of the row, each with its
// length so that no two rows can be written the same way. NULL and '' count as the same
// (no value): what SQL hands back for either is not told apart reliably.
QString linkHash(const QString& previous, const QVariantList& values)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previous.toLatin1());
    for (const QVariant& v : values) {
        const QByteArray bytes = v.toString().toUtf8();
        if (bytes.isEmpty()) {
            h.addData(QByteArrayView("N;"));
            continue;
        }
        h.addData(QByteArray::number(bytes.size()) + ':');
        h.addData(bytes);
    }
    return QString::fromLatin1(h.result().toHex());
}

} // namespace

Status AuditLog::append(Database& db, const Clock& clock, const Session& session,
                        const QString& action, const QString& entity, const QString& entityId,
                        const QJsonObject& details)
{
    return appendRow(
        db, newId(), isoUtc(clock.nowUtc()), session.userId(), action, entity, entityId,
        details.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
}

Status AuditLog::record(Database& db, const Clock& clock, const Session& session,
                        const QString& action, const QString& entity, const QString& entityId,
                        const QJsonObject& details)
{
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = append(db, clock, session, action, entity, entityId, details); !s)
        return s;
    return tx.commit();
}

Status AuditLog::appendRow(Database& db, const QString& id, const QString& at,
                           const QString& userId, const QString& action, const QString& entity,
                           const QString& entityId, const QString& details)
{
    qint64 seq = 1;
    QString previous = kGenesis;
    {
        QSqlQuery last(db.sql());
        last.prepare(QStringLiteral("SELECT chain_seq, hash FROM audit_log WHERE device_id = ? "
                                    "AND chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1"));
        last.addBindValue(db.deviceId());
        if (!last.exec())
            return Status::failure(QStringLiteral("audit: ") + last.lastError().text());
        if (last.next()) {
            seq = last.value(0).toLongLong() + 1;
            previous = last.value(1).toString();
        }
    }
    const QVariantList values{
        id,     at,     nullable(userId),   db.deviceId(),
        action, entity, nullable(entityId), details.isEmpty() ? QVariant() : QVariant(details),
        seq};
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO audit_log(id, at, user_id, device_id, action, entity, "
                             "entity_id, details, chain_seq, prev_hash, hash) VALUES(?, ?, ?, ?, "
                             "?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(previous);
    q.addBindValue(linkHash(previous, values));
    return execOrFail(q, QStringLiteral("audit"));
}

Result<AuditLog::Verification> AuditLog::verify(Database& db)
{
    using R = Result<Verification>;
    Verification v;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE chain_seq IS NULL")) ||
        !q.next())
        return R::failure(q.lastError().text());
    v.unchained = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral(
            "SELECT device_id, chain_seq, id, at, user_id, action, entity, entity_id, details, "
            "prev_hash, hash FROM audit_log WHERE chain_seq IS NOT NULL ORDER BY device_id, "
            "chain_seq")))
        return R::failure(q.lastError().text());
    QString device, previous;
    qint64 expected = 0;
    bool broken = false;
    while (q.next()) {
        const QString rowDevice = q.value(0).toString();
        if (rowDevice != device) {
            device = rowDevice;
            previous = kGenesis;
            expected = 1;
            broken = false;
            ++v.devices;
        }
        if (broken)
            continue;
        ++v.rows;
        const qint64 seq = q.value(1).toLongLong();
        const QString rowId = q.value(2).toString();
        const auto breakHere = [&](qint64 at, const QString& id, const QString& what) {
            v.breaks.push_back({device, at, id, what});
            broken = true;
        };
        if (seq != expected) {
            breakHere(expected, QString(),
                      tr("row %1 of the chain is missing (the next one is %2): a row was "
                         "deleted")
                          .arg(expected)
                          .arg(seq));
            continue;
        }
        if (q.value(9).toString() != previous) {
            breakHere(seq, rowId,
                      tr("it does not follow the row before it: a row was inserted, replaced "
                         "or changed"));
            continue;
        }
        const QVariantList values{rowId,      q.value(3), q.value(4), rowDevice, q.value(5),
                                  q.value(6), q.value(7), q.value(8), seq};
        const QString hash = linkHash(previous, values);
        if (hash != q.value(10).toString()) {
            breakHere(seq, rowId, tr("its values were changed after it was written"));
            continue;
        }
        previous = hash;
        ++expected;
    }
    return v;
}

Result<QVector<AuditLog::RegisterRow>>
AuditLog::registerRows(Database& db, const QDateTime& fromUtc, const QDateTime& toUtc)
{
    using R = Result<QVector<RegisterRow>>;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.at, coalesce(u.username, ''), coalesce(u.display_name, ''), a.device_id, "
        "a.action, a.entity, coalesce(d.customer_code, ''), coalesce(d.display_name, ''), "
        "coalesce(a.details, '') FROM audit_log a LEFT JOIN app_user u ON u.id = a.user_id "
        "LEFT JOIN debtor d ON d.id = CASE WHEN a.entity = 'debtor' THEN a.entity_id ELSE "
        "json_extract(a.details, '$.debtor_id') END WHERE a.at >= ? AND a.at < ? ORDER BY "
        "a.at, a.device_id, a.chain_seq"));
    q.addBindValue(isoUtc(fromUtc));
    q.addBindValue(isoUtc(toUtc));
    if (!q.exec())
        return R::failure(q.lastError().text());
    QVector<RegisterRow> rows;
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                        q.value(6).toString(), q.value(7).toString(), q.value(8).toString()});
    return rows;
}

} // namespace ascolto

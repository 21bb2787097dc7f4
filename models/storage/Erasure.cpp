#include "Erasure.h"

#include "AuditLog.h"
#include "ChangeLog.h"
#include "ClientRepository.h"
#include "Database.h"
#include "Devices.h"
#include "Ids.h"
#include "Session.h"
#include "SqlHelpers.h"
#include "Transaction.h"
#include "UserRepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace ascolto {

namespace {

// The column a table without its own debtor_id hangs from, and the parent's table.
struct Via
{
    const char* column;
    const char* parent;
};
const QHash<QString, Via>& viaParent()
{
    static const QHash<QString, Via> via = {
        {QStringLiteral("plan_invoice"), {"plan_id", "plan"}},
        {QStringLiteral("installment"), {"plan_id", "plan"}},
        {QStringLiteral("payment_allocation"), {"payment_id", "payment"}},
        {QStringLiteral("complaint_invoice"), {"complaint_id", "complaint"}},
    };
    return via;
}

// The tables whose rows belong to a debtor, parents first.
QStringList debtorTables()
{
    QStringList out;
    for (const QString& t : ChangeLog::tableNames()) {
        if (!ChangeLog::debtorOf(t).isEmpty())
            out << t;
    }
    return out;
}

// Which rows of `table` (alias t) belong to the debtors of temp.erase_debtor; `parents`
// lists their plans, payments and complaints.
QString belongs(const QString& table, const QString& parents)
{
    if (table == QLatin1String("debtor"))
        return QStringLiteral("t.id IN (SELECT id FROM temp.erase_debtor)");
    if (const auto it = viaParent().find(table); it != viaParent().end())
        return QStringLiteral("t.%1 IN (SELECT id FROM %2 WHERE debtor_id IN (SELECT id FROM "
                              "temp.erase_debtor))")
            .arg(QLatin1String(it->column), parents);
    return QStringLiteral("t.debtor_id IN (SELECT id FROM temp.erase_debtor)");
}

Status exec(Database& db, const QString& sql)
{
    return db.execScript(sql);
}

// The rows of the debtors in temp.erase_debtor, table by table, into temp.erase_rows; their
// plans, payments and complaints into `parents` (an erasure keeps them in erased_parent, a
// departure in a temporary table). Returns the rows of each table.
Result<QMap<QString, qint64>> collect(Database& db,
                                      const QString& parents = QStringLiteral("main.erased_parent"))
{
    using R = Result<QMap<QString, qint64>>;
    for (const char* parent : {"plan", "payment", "complaint"}) {
        if (Status s = exec(db, QStringLiteral("INSERT OR IGNORE INTO %2(id, debtor_id) SELECT "
                                               "t.id, t.debtor_id FROM main.%1 t WHERE "
                                               "t.debtor_id IN (SELECT id FROM temp.erase_debtor)")
                                    .arg(QLatin1String(parent), parents));
            !s)
            return R::failure(s.error());
    }
    if (Status s = exec(db, QStringLiteral("DROP TABLE IF EXISTS temp.erase_rows; CREATE TEMP "
                                           "TABLE erase_rows(entity TEXT, id TEXT, PRIMARY "
                                           "KEY(entity, id)) WITHOUT ROWID"));
        !s)
        return R::failure(s.error());
    QMap<QString, qint64> rows;
    for (const QString& table : debtorTables()) {
        const ChangeLog::SyncTable& t = *ChangeLog::table(table);
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM main.%1 t WHERE %2")
                        .arg(table, belongs(table, parents))) ||
            !q.next())
            return R::failure(q.lastError().text());
        if (q.value(0).toLongLong() == 0)
            continue;
        rows.insert(table, q.value(0).toLongLong());
        if (Status s = exec(db, QStringLiteral("INSERT OR IGNORE INTO temp.erase_rows(entity, id) "
                                               "SELECT '%1', t.%2 FROM main.%1 t WHERE %3")
                                    .arg(table, QLatin1String(t.key), belongs(table, parents)));
            !s)
            return R::failure(s.error());
    }
    return rows;
}

// Deletes what collect() found, and everything that repeats it: change-log entries, field
// stamps, sync conflicts (with their own log entries), search entries, portfolio rows and
// call drafts. Conflicts of an erased client about rows this store no longer holds go too.
Status deleteCollected(Database& db)
{
    QStringList sql{
        QStringLiteral("DELETE FROM main.change_log WHERE entity = 'conflict_log' AND entity_id "
                       "IN (SELECT c.id FROM main.conflict_log c WHERE (c.entity, c.entity_id) "
                       "IN (SELECT entity, id FROM temp.erase_rows))"),
        QStringLiteral("DELETE FROM main.conflict_log WHERE (entity, entity_id) IN (SELECT "
                       "entity, id FROM temp.erase_rows)"),
        QStringLiteral("DELETE FROM main.change_log WHERE (entity, entity_id) IN (SELECT entity, "
                       "id FROM temp.erase_rows)"),
        QStringLiteral("DELETE FROM main.field_stamp WHERE (entity, entity_id) IN (SELECT "
                       "entity, id FROM temp.erase_rows)"),
        QStringLiteral("DELETE FROM main.search_index WHERE rowid IN (SELECT rowid FROM "
                       "main.debtor WHERE id IN (SELECT id FROM temp.erase_debtor))"),
        QStringLiteral("DELETE FROM main.call_draft WHERE debtor_id IN (SELECT id FROM "
                       "temp.erase_debtor)"),
        QStringLiteral("DELETE FROM main.debtor_summary WHERE debtor_id IN (SELECT id FROM "
                       "temp.erase_debtor)"),
        QStringLiteral("DELETE FROM main.device_scope WHERE debtor_id IN (SELECT id FROM "
                       "temp.erase_debtor)"),
        QStringLiteral("DELETE FROM main.departure WHERE debtor_id IN (SELECT id FROM "
                       "temp.erase_debtor)"),
    };
    QStringList tables = debtorTables();
    std::reverse(tables.begin(), tables.end());
    for (const QString& table : std::as_const(tables)) {
        sql << QStringLiteral("DELETE FROM main.%1 WHERE %2 IN (SELECT id FROM temp.erase_rows "
                              "WHERE entity = '%1')")
                   .arg(table, QLatin1String(ChangeLog::table(table)->key));
        sql << QStringLiteral("DELETE FROM main.change_log WHERE entity = 'conflict_log' AND "
                              "entity_id IN (SELECT c.id FROM main.conflict_log c WHERE c.entity "
                              "= '%1' AND c.client_id IN (SELECT client_id FROM main.erasure) AND "
                              "NOT EXISTS (SELECT 1 FROM main.%1 x WHERE x.%2 = c.entity_id))")
                   .arg(table, QLatin1String(ChangeLog::table(table)->key));
        sql << QStringLiteral("DELETE FROM main.conflict_log WHERE entity = '%1' AND client_id IN "
                              "(SELECT client_id FROM main.erasure) AND NOT EXISTS (SELECT 1 FROM "
                              "main.%1 x WHERE x.%2 = conflict_log.entity_id)")
                   .arg(table, QLatin1String(ChangeLog::table(table)->key));
    }
    for (const QString& statement : std::as_const(sql)) {
        if (Status s = exec(db, statement); !s)
            return s;
    }
    return exec(db, QStringLiteral("DROP TABLE IF EXISTS temp.erase_rows"));
}

// Deleted rows leave no trace in the file: freed pages are overwritten (secure_delete) and the
// search index, which keeps deleted words in its segments until they merge, is merged.
class SecureDelete
{
public:
    explicit SecureDelete(Database& db)
        : m_db(db)
    {
        m_db.execScript(QStringLiteral("PRAGMA secure_delete = ON"));
    }
    ~SecureDelete() { m_db.execScript(QStringLiteral("PRAGMA secure_delete = OFF")); }
    SecureDelete(const SecureDelete&) = delete;
    SecureDelete& operator=(const SecureDelete&) = delete;

private:
    Database& m_db;
};

Status mergeSearchIndex(Database& db)
{
    return db.execScript(
        QStringLiteral("INSERT INTO main.search_index(search_index) VALUES('optimize')"));
}

QByteArray canonical(const QJsonObject& content)
{
    return QJsonDocument(content).toJson(QJsonDocument::Compact);
}

} // namespace

Result<Erasure::Done> Erasure::eraseClient(const Session& session, const QString& clientId)
{
    using R = Result<Done>;
    if (!session.canManageUsers())
        return R::failure(Session::notAllowed(tr("erase a client's debtors")));
    const auto config = ClientRepository(m_db, m_clock).configById(clientId);
    if (!config)
        return R::failure(config.error());
    const ClientRecord& client = config->client;
    if (!client.mandateEndedOn.isValid())
        return R::failure(tr("The mandate of client %1 has not ended: set the date it ended "
                             "first (client settings, mandate_ended_on).")
                              .arg(client.code));
    const QDate from = client.erasableFrom();
    if (m_clock.today() < from)
        return R::failure(tr("The debtors of client %1 are kept until %2 (%n month(s) after the "
                             "mandate ended on %3): they can be erased from %4.",
                             nullptr, client.retentionMonths)
                              .arg(client.code, from.addDays(-1).toString(Qt::ISODate),
                                   client.mandateEndedOn.toString(Qt::ISODate),
                                   from.toString(Qt::ISODate)));
    Devices devices(m_db, m_clock);
    const auto secret = devices.secretKey();
    if (!secret)
        return R::failure(secret.error());
    const auto publicKey = devices.publicKey();
    if (!publicKey)
        return R::failure(publicKey.error());

    const SecureDelete secure(m_db);
    Transaction tx(m_db);
    if (!tx.begun())
        return R::failure(tx.begun().error());
    if (Status s = exec(m_db, QStringLiteral("DROP TABLE IF EXISTS temp.erase_debtor; CREATE TEMP "
                                             "TABLE erase_debtor(id TEXT PRIMARY KEY)"));
        !s)
        return R::failure(s.error());
    QSqlQuery q(m_db.sql());
    if (Status s = execBound(q,
                             QStringLiteral("INSERT INTO temp.erase_debtor(id) SELECT id FROM "
                                            "debtor WHERE client_id = ?"),
                             {clientId}, tr("Listing the client's debtors"));
        !s)
        return R::failure(s.error());
    QStringList ids;
    if (!q.exec(QStringLiteral("SELECT id FROM temp.erase_debtor ORDER BY id")))
        return R::failure(q.lastError().text());
    while (q.next())
        ids << q.value(0).toString();
    if (ids.isEmpty())
        return R::failure(tr("This store holds no debtor of client %1: there is nothing to erase.")
                              .arg(client.code));
    qint64 billed = 0, paid = 0;
    if (!q.exec(QStringLiteral("SELECT (SELECT coalesce(sum(amount_cents), 0) FROM invoice WHERE "
                               "debtor_id IN (SELECT id FROM temp.erase_debtor)), (SELECT "
                               "coalesce(sum(amount_cents), 0) FROM payment WHERE debtor_id IN "
                               "(SELECT id FROM temp.erase_debtor))")) ||
        !q.next())
        return R::failure(q.lastError().text());
    billed = q.value(0).toLongLong();
    paid = q.value(1).toLongLong();
    q.finish(); // the temporary tables it read are dropped below
    const auto rows = collect(m_db);
    if (!rows)
        return R::failure(rows.error());

    Done done;
    done.erasureId = newId();
    done.debtors = int(ids.size());
    done.rows = rows.value();
    const QString now = isoUtc(m_clock.nowUtc());
    QJsonObject counts;
    for (auto it = done.rows.cbegin(); it != done.rows.cend(); ++it)
        counts.insert(it.key(), it.value());
    const QJsonObject content{
        {QStringLiteral("kind"), QStringLiteral("ascolto-erasure-certificate")},
        {QStringLiteral("erasure_id"), done.erasureId},
        {QStringLiteral("client"), QJsonObject{{QStringLiteral("id"), client.id},
                                               {QStringLiteral("code"), client.code},
                                               {QStringLiteral("name"), client.name}}},
        {QStringLiteral("mandate_ended_on"), client.mandateEndedOn.toString(Qt::ISODate)},
        {QStringLiteral("retention_months"), client.retentionMonths},
        {QStringLiteral("erasable_from"), from.toString(Qt::ISODate)},
        {QStringLiteral("erased_at"), now},
        {QStringLiteral("erased_by"),
         QJsonObject{{QStringLiteral("username"), session.username()},
                     {QStringLiteral("display_name"), session.displayName()}}},
        {QStringLiteral("device"),
         QJsonObject{{QStringLiteral("id"), m_db.deviceId()},
                     {QStringLiteral("fingerprint"), Devices::fingerprint(publicKey.value())}}},
        {QStringLiteral("debtors"), done.debtors},
        {QStringLiteral("debtor_ids_sha256"),
         QString::fromLatin1(QCryptographicHash::hash(ids.join(QLatin1Char('\n')).toUtf8(),
                                                      QCryptographicHash::Sha256)
                                 .toHex())},
        {QStringLiteral("rows"), counts},
        {QStringLiteral("billed_cents"), billed},
        {QStringLiteral("paid_cents"), paid},
        {QStringLiteral("kept"),
         QStringLiteral("audit_log: the register of operations (TULPS art. 115); its rows name "
                        "debtors by id only")},
    };
    const QByteArray message = canonical(content);
    unsigned char signature[crypto_sign_BYTES];
    crypto_sign_detached(signature, nullptr, reinterpret_cast<const unsigned char*>(message.data()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char*>(secret->constData()));
    const QJsonObject signedCertificate{
        {QStringLiteral("certificate"), content},
        {QStringLiteral("signature"),
         QString::fromLatin1(
             QByteArray(reinterpret_cast<const char*>(signature), sizeof signature).toHex())},
        {QStringLiteral("public_key"), QString::fromLatin1(publicKey->toHex())}};
    done.certificate = QJsonDocument(signedCertificate).toJson(QJsonDocument::Indented);

    QSqlQuery insert(m_db.sql());
    if (Status s = execBound(
            insert,
            QStringLiteral("INSERT INTO erasure(id, client_id, erased_at, erased_by, debtor_ids, "
                           "certificate, device_id, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
            {done.erasureId, clientId, now, session.userId(),
             QString::fromUtf8(
                 QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)),
             QString::fromUtf8(canonical(signedCertificate)), m_db.deviceId(), now},
            tr("Recording the erasure"));
        !s)
        return R::failure(s.error());
    if (Status s = execBound(insert,
                             QStringLiteral("INSERT OR IGNORE INTO erased_debtor(debtor_id, "
                                            "erasure_id) SELECT id, ? FROM temp.erase_debtor"),
                             {done.erasureId}, tr("Recording the erased debtors"));
        !s)
        return R::failure(s.error());
    if (Status s = deleteCollected(m_db); !s)
        return R::failure(s.error());
    if (Status s = mergeSearchIndex(m_db); !s)
        return R::failure(s.error());
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("erase"),
                                    QStringLiteral("client"), clientId,
                                    {{QStringLiteral("erasure_id"), done.erasureId},
                                     {QStringLiteral("debtors"), done.debtors}});
        !s)
        return R::failure(s.error());
    exec(m_db, QStringLiteral("DROP TABLE IF EXISTS temp.erase_debtor"));
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    // The old pages in the write-ahead log go too.
    exec(m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return done;
}

Result<int> Erasure::afterApply(Database& db, const QString& schema)
{
    using R = Result<int>;
    // Erasures the bundle brought: their debtors join the erased ones.
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("INSERT OR IGNORE INTO main.erased_debtor(debtor_id, erasure_id) "
                               "SELECT j.value, e.id FROM main.erasure e, json_each(e.debtor_ids) "
                               "j WHERE NOT EXISTS (SELECT 1 FROM main.erased_debtor x WHERE "
                               "x.erasure_id = e.id)")))
        return R::failure(q.lastError().text());
    bool needed = q.numRowsAffected() > 0;
    // A store that never erased anything (the usual case) has nothing to look for.
    if (!needed) {
        if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM main.erased_debtor)")) ||
            !q.next())
            return R::failure(q.lastError().text());
        if (!q.value(0).toBool())
            return 0;
    }
    // Rows of erased debtors the bundle brought back (from an office that had not heard of the
    // erasure yet): looked up row by row in the bundle, which is small.
    for (const QString& table : debtorTables()) {
        if (needed)
            break;
        QString test;
        if (table == QLatin1String("debtor"))
            test = QStringLiteral("EXISTS (SELECT 1 FROM main.erased_debtor e WHERE e.debtor_id = "
                                  "t.id)");
        else if (const auto it = viaParent().find(table); it != viaParent().end())
            test = QStringLiteral("EXISTS (SELECT 1 FROM main.erased_parent e WHERE e.id = t.%1)")
                       .arg(QLatin1String(it->column));
        else
            test = QStringLiteral("EXISTS (SELECT 1 FROM main.erased_debtor e WHERE e.debtor_id = "
                                  "t.debtor_id)");
        if (!q.exec(
                QStringLiteral("SELECT 1 FROM %1.%2 t WHERE %3 LIMIT 1").arg(schema, table, test)))
            return R::failure(q.lastError().text());
        needed = q.next();
    }
    if (!needed) {
        if (!q.exec(QStringLiteral("SELECT 1 FROM %1.conflict_log WHERE client_id IN (SELECT "
                                   "client_id FROM main.erasure) LIMIT 1")
                        .arg(schema)))
            return R::failure(q.lastError().text());
        needed = q.next();
    }
    q.finish();
    if (!needed)
        return 0;
    if (Status s = exec(db, QStringLiteral("DROP TABLE IF EXISTS temp.erase_debtor; CREATE TEMP "
                                           "TABLE erase_debtor(id TEXT PRIMARY KEY); INSERT INTO "
                                           "temp.erase_debtor SELECT debtor_id FROM "
                                           "main.erased_debtor"));
        !s)
        return R::failure(s.error());
    const SecureDelete secure(db);
    const auto rows = collect(db);
    if (!rows)
        return R::failure(rows.error());
    if (Status s = deleteCollected(db); !s)
        return R::failure(s.error());
    if (Status s = mergeSearchIndex(db); !s)
        return R::failure(s.error());
    exec(db, QStringLiteral("DROP TABLE IF EXISTS temp.erase_debtor"));
    return int(rows->value(QStringLiteral("debtor")));
}

Result<int> Erasure::purgeDeparted(Database& db)
{
    using R = Result<int>;
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM main.departure")) || !q.next())
        return R::failure(q.lastError().text());
    if (q.value(0).toInt() == 0)
        return 0;
    // Waiting to go out: a row whose latest entry since the last export to head office is
    // this store's own work (as the export selects it).
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM main.change_log c WHERE c.origin = "
                               "'local' AND c.seq > coalesce((SELECT last_export_seq FROM "
                               "main.sync_peer WHERE device_id = '*'), 0) AND NOT EXISTS (SELECT "
                               "1 FROM main.change_log l WHERE l.entity = c.entity AND "
                               "l.entity_id = c.entity_id AND l.seq > c.seq))")) ||
        !q.next())
        return R::failure(q.lastError().text());
    const bool unsent = q.value(0).toBool();
    q.finish();
    if (unsent)
        return 0;
    if (Status s = exec(db, QStringLiteral("DROP TABLE IF EXISTS temp.erase_debtor; CREATE TEMP "
                                           "TABLE erase_debtor(id TEXT PRIMARY KEY); INSERT INTO "
                                           "temp.erase_debtor SELECT debtor_id FROM "
                                           "main.departure; DROP TABLE IF EXISTS "
                                           "temp.depart_parent; CREATE TEMP TABLE "
                                           "depart_parent(id TEXT PRIMARY KEY, debtor_id TEXT)"));
        !s)
        return R::failure(s.error());
    const auto rows = collect(db, QStringLiteral("temp.depart_parent"));
    if (!rows)
        return R::failure(rows.error());
    if (Status s = deleteCollected(db); !s)
        return R::failure(s.error());
    exec(db, QStringLiteral("DROP TABLE IF EXISTS temp.erase_debtor; DROP TABLE IF EXISTS "
                            "temp.depart_parent"));
    return int(rows->value(QStringLiteral("debtor")));
}

Status Erasure::noteDepartures(Database& db, const QString& schema, const QString& now)
{
    QSqlQuery q(db.sql());
    // A bundle without the table (written before schema 17) names no departure.
    if (!q.exec(QStringLiteral("SELECT 1 FROM %1.sqlite_master WHERE type = 'table' AND name = "
                               "'departed'")
                    .arg(schema)))
        return Status::failure(q.lastError().text());
    if (q.next()) {
        q.finish();
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO main.departure(debtor_id, noticed_at) "
                                 "SELECT d.debtor_id, ? FROM %1.departed d WHERE EXISTS (SELECT "
                                 "1 FROM main.debtor x WHERE x.id = d.debtor_id)")
                      .arg(schema));
        q.addBindValue(now);
        if (Status s = execOrFail(q, tr("Noting the debtors that left this device")); !s)
            return s;
    }
    q.finish();
    return exec(db, QStringLiteral("DELETE FROM main.departure WHERE debtor_id IN (SELECT id "
                                   "FROM %1.debtor)")
                        .arg(schema));
}

QString Erasure::closedReason(Database& db, const QString& clientId)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT e.erased_at, c.code FROM erasure e JOIN client c ON c.id = "
                             "e.client_id WHERE e.client_id = ? ORDER BY e.erased_at LIMIT 1"));
    q.addBindValue(clientId);
    if (!q.exec() || !q.next())
        return {};
    const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
    return tr("The debtors of client %1 were erased on %2, at the end of its mandate: no debtor "
              "is added to it any more. A new mandate is set up as a new client (a new code).")
        .arg(q.value(1).toString(),
             QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat));
}

Result<Erasure::Verified> Erasure::verify(const QByteArray& certificate)
{
    using R = Result<Verified>;
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(certificate, &error).object();
    if (error.error != QJsonParseError::NoError ||
        !o.value(QLatin1String("certificate")).isObject())
        return R::failure(tr("This is not an erasure certificate (%1).")
                              .arg(error.error != QJsonParseError::NoError
                                       ? error.errorString()
                                       : tr("no \"certificate\" object")));
    const QJsonObject content = o.value(QLatin1String("certificate")).toObject();
    const QByteArray signature =
        QByteArray::fromHex(o.value(QLatin1String("signature")).toString().toLatin1());
    const QByteArray publicKey =
        QByteArray::fromHex(o.value(QLatin1String("public_key")).toString().toLatin1());
    if (sodium_init() < 0)
        return R::failure(tr("The cryptography library cannot start."));
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES)
        return R::failure(tr("The certificate carries no valid signature or key."));
    const QByteArray message = canonical(content);
    if (crypto_sign_verify_detached(
            reinterpret_cast<const unsigned char*>(signature.constData()),
            reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
            reinterpret_cast<const unsigned char*>(publicKey.constData())) != 0)
        return R::failure(tr("The signature does not match the content: the certificate was "
                             "changed after it was signed."));
    Verified v;
    v.fingerprint = Devices::fingerprint(publicKey);
    v.content = content;
    const QString claimed = content.value(QLatin1String("device"))
                                .toObject()
                                .value(QLatin1String("fingerprint"))
                                .toString();
    if (claimed != v.fingerprint)
        return R::failure(tr("The certificate names the key %1 but was signed with %2.")
                              .arg(claimed, v.fingerprint));
    return v;
}

} // namespace ascolto

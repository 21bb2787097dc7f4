#include "ChangeLog.h"

#include "BulkLoad.h"
#include "ConflictRepository.h"
#include "Database.h"
#include "Ids.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace ascolto::ChangeLog {

namespace {

// Client of a row, for tables without their own client_id.
#define VIA_DEBTOR "(SELECT d.client_id FROM debtor d WHERE d.id = t.debtor_id)"
#define VIA_PLAN "(SELECT p.client_id FROM plan p WHERE p.id = t.plan_id)"

} // namespace

const QVector<SyncTable>& tables()
{
    static const QVector<SyncTable> list = {
        {"client", Kind::Mutable, "id", "t.id"},
        {"app_user", Kind::Mutable, "id", "t.client_id"},
        {"debtor", Kind::Mutable, "id", "t.client_id"},
        {"assignment", Kind::AppendOnly, "id", VIA_DEBTOR},
        {"contact", Kind::Mutable, "id", VIA_DEBTOR},
        {"supply", Kind::Mutable, "id", VIA_DEBTOR},
        {"invoice", Kind::Mutable, "id", "t.client_id", "paid_cents"},
        {"plan", Kind::Mutable, "id", "t.client_id"},
        {"plan_invoice", Kind::Link, "plan_id", VIA_PLAN},
        {"installment", Kind::Mutable, "id", VIA_PLAN, "paid_cents"},
        {"payment", Kind::AppendOnly, "id", "t.client_id"},
        {"payment_allocation", Kind::AppendOnly, "id",
         "(SELECT p.client_id FROM payment p WHERE p.id = t.payment_id)"},
        {"interaction", Kind::AppendOnly, "id", "t.client_id"},
        {"promise", Kind::Mutable, "id", VIA_DEBTOR},
        {"complaint", Kind::Mutable, "id", "t.client_id"},
        {"complaint_invoice", Kind::Link, "complaint_id",
         "(SELECT c.client_id FROM complaint c WHERE c.id = t.complaint_id)"},
        {"survey", Kind::AppendOnly, "id", VIA_DEBTOR},
        {"task", Kind::Mutable, "id", VIA_DEBTOR},
        {"message_template", Kind::Mutable, "id", "t.client_id"},
        {"message", Kind::AppendOnly, "id", VIA_DEBTOR},
        // Schema 14: a scorecard version is never changed; an evaluation goes with the
        // debtor whose call it scores.
        {"scorecard", Kind::AppendOnly, "id", "t.client_id"},
        {"evaluation", Kind::Mutable, "id", "t.client_id"},
        // Schema 15: who covers whom while absent.
        {"absence", Kind::Mutable, "id", "t.client_id"},
        // Schema 16: the end of a mandate, carried out by every store that receives it.
        {"erasure", Kind::AppendOnly, "id", "t.client_id"},
        {"audit_log", Kind::AppendOnly, "id",
         "(SELECT u.client_id FROM app_user u WHERE u.id = t.user_id)"},
        // Schema 12: found once, the same row wherever it is found; review state merged.
        {"conflict_log", Kind::AppendOnly, "id", "t.client_id"},
    };
    return list;
}

QString debtorOf(const QString& table)
{
    static const QHash<QString, QString> via = {
        {QStringLiteral("debtor"), QStringLiteral("t.id")},
        {QStringLiteral("plan_invoice"),
         QStringLiteral("(SELECT p.debtor_id FROM plan p WHERE p.id = t.plan_id)")},
        {QStringLiteral("installment"),
         QStringLiteral("(SELECT p.debtor_id FROM plan p WHERE p.id = t.plan_id)")},
        {QStringLiteral("payment_allocation"),
         QStringLiteral("(SELECT p.debtor_id FROM payment p WHERE p.id = t.payment_id)")},
        {QStringLiteral("complaint_invoice"),
         QStringLiteral("(SELECT c.debtor_id FROM complaint c WHERE c.id = t.complaint_id)")},
    };
    static const QStringList own = {
        QStringLiteral("assignment"),  QStringLiteral("contact"), QStringLiteral("supply"),
        QStringLiteral("invoice"),     QStringLiteral("plan"),    QStringLiteral("payment"),
        QStringLiteral("interaction"), QStringLiteral("promise"), QStringLiteral("complaint"),
        QStringLiteral("survey"),      QStringLiteral("task"),    QStringLiteral("message"),
        QStringLiteral("evaluation")};
    if (own.contains(table))
        return QStringLiteral("t.debtor_id");
    return via.value(table);
}

QStringList SyncTable::derivedColumns() const
{
    return QString::fromLatin1(derived).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

QStringList SyncTable::stampedFields(const QStringList& columns) const
{
    const QStringList skipped =
        derivedColumns() + QStringList{QString::fromLatin1(key), QStringLiteral("version"),
                                       QStringLiteral("device_id"), QStringLiteral("updated_at")};
    QStringList out;
    for (const QString& c : columns) {
        if (!skipped.contains(c))
            out << c;
    }
    return out;
}

const SyncTable* table(const QString& name)
{
    for (const SyncTable& t : tables()) {
        if (name == QLatin1String(t.name))
            return &t;
    }
    return nullptr;
}

QStringList tableNames()
{
    QStringList names;
    for (const SyncTable& t : tables())
        names << QString::fromLatin1(t.name);
    return names;
}

qint64 lastSequence(Database& db)
{
    sqlite3_stmt* st = nullptr;
    qint64 seq = 0;
    if (sqlite3_prepare_v2(db.handle(), "SELECT coalesce(max(seq), 0) FROM change_log", -1, &st,
                           nullptr) == SQLITE_OK &&
        sqlite3_step(st) == SQLITE_ROW)
        seq = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return seq;
}

Result<QStringList> suspendTriggers(Database& db, const QStringList& tableList, bool insertsOnly)
{
    return BulkLoad::dropSchemaObjects(db, "trigger", tableList,
                                       insertsOnly ? QStringLiteral("sync\\_%\\_ins")
                                                   : QStringLiteral("sync\\_%"));
}

Status restoreTriggers(Database& db, const QStringList& createStatements)
{
    return BulkLoad::recreateIndexes(db, createStatements);
}

Status logRows(Database& db, const QString& tableName, const QString& condition)
{
    const SyncTable* t = table(tableName);
    if (!t)
        return Status::failure(QStringLiteral("%1 is not a synced table").arg(tableName));
    const bool link = t->kind == Kind::Link;
    // In key order: the log's (entity, entity_id) index then grows at one place instead of
    // at random ones (a million bills: 4.3 s in file order).
    return db.execScript(
        QStringLiteral(
            "INSERT INTO change_log(entity, entity_id) SELECT %1'%2', t.%3 FROM %2 t%4 ORDER BY 2")
            .arg(link ? QStringLiteral("DISTINCT ") : QString(), tableName,
                 QString::fromLatin1(t->key),
                 condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition));
}

MergeWriter::~MergeWriter()
{
    for (sqlite3_stmt* st : std::as_const(m_statements))
        sqlite3_finalize(st);
}

Result<sqlite3_stmt*> MergeWriter::prepared(const QString& key, const QString& sql)
{
    if (sqlite3_stmt* st = m_statements.value(key))
        return st;
    sqlite3_stmt* st = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db.handle(), utf8.constData(), int(utf8.size()),
                           SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK)
        return Result<sqlite3_stmt*>::failure(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    m_statements.insert(key, st);
    return st;
}

namespace {

void bindText(sqlite3_stmt* st, int i, const QString& v)
{
    const QByteArray b = v.toUtf8();
    sqlite3_bind_text(st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
}

void bindOptional(sqlite3_stmt* st, int i, const QString& v)
{
    if (v.isEmpty())
        sqlite3_bind_null(st, i);
    else
        bindText(st, i, v);
}

Status stepOnce(Database& db, sqlite3_stmt* st, const QString& what)
{
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE)
        return Status::failure(
            QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db.handle()))));
    return Status::success();
}

} // namespace

Status MergeWriter::setColumns(const QString& table, const QString& id, const QJsonObject& values)
{
    if (!ChangeLog::table(table) || values.isEmpty())
        return Status::failure(QStringLiteral("%1 is not a synced table").arg(table));
    const QStringList columns = values.keys();
    QStringList sets;
    for (int i = 0; i < columns.size(); ++i)
        sets << QStringLiteral("%1 = ?%2").arg(columns.at(i)).arg(i + 1);
    const auto st = prepared(table + QLatin1Char(':') + columns.join(QLatin1Char(',')),
                             QStringLiteral("UPDATE main.%1 SET %2 WHERE id = ?%3")
                                 .arg(table, sets.join(QStringLiteral(", ")))
                                 .arg(columns.size() + 1));
    if (!st)
        return Status::failure(QStringLiteral("%1: %2").arg(table, st.error()));
    for (int i = 0; i < columns.size(); ++i) {
        const QJsonValue v = values.value(columns.at(i));
        if (v.isDouble())
            sqlite3_bind_int64(st.value(), i + 1, v.toInteger());
        else if (v.isString())
            bindText(st.value(), i + 1, v.toString());
        else
            sqlite3_bind_null(st.value(), i + 1);
    }
    bindText(st.value(), int(columns.size()) + 1, id);
    return stepOnce(m_db, st.value(), table);
}

Status MergeWriter::setStamp(const QString& table, const QString& id, const QString& field,
                             const FieldMerge::Stamp& stamp)
{
    const auto st = prepared(
        QStringLiteral("stamp"),
        QStringLiteral("INSERT INTO main.field_stamp(entity, entity_id, field, hlc, device, seen, "
                       "live, author) VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(entity, "
                       "entity_id, field) DO UPDATE SET hlc = excluded.hlc, device = "
                       "excluded.device, seen = excluded.seen, live = excluded.live, author = "
                       "excluded.author"));
    if (!st)
        return st.status();
    bindText(st.value(), 1, table);
    bindText(st.value(), 2, id);
    bindText(st.value(), 3, field);
    sqlite3_bind_int64(st.value(), 4, stamp.hlc);
    bindText(st.value(), 5, stamp.device);
    bindText(st.value(), 6, stamp.seenText());
    // Protective columns keep their live tags; the others have none (NULL).
    bindOptional(st.value(), 7,
                 FieldMerge::protectiveColumns(table).contains(field) ? stamp.liveText()
                                                                      : QString());
    bindOptional(st.value(), 8, stamp.author);
    return stepOnce(m_db, st.value(), QStringLiteral("field_stamp"));
}

Status MergeWriter::logMerged(const QString& table, const QString& id, bool holdsLocalWork)
{
    const auto st = prepared(QStringLiteral("log"),
                             QStringLiteral("INSERT INTO change_log(entity, entity_id, origin) "
                                            "VALUES(?, ?, ?)"));
    if (!st)
        return st.status();
    bindText(st.value(), 1, table);
    bindText(st.value(), 2, id);
    bindText(st.value(), 3, holdsLocalWork ? QStringLiteral("local") : QStringLiteral("remote"));
    return stepOnce(m_db, st.value(), QStringLiteral("change_log"));
}

Result<bool> MergeWriter::logConflict(const QString& table, const QString& id,
                                      const FieldMerge::Conflict& c)
{
    using R = Result<bool>;
    const SyncTable* t = ChangeLog::table(table);
    if (!t)
        return R::failure(QStringLiteral("%1 is not a synced table").arg(table));
    const auto clientOf = prepared(QStringLiteral("client:") + table,
                                   QStringLiteral("SELECT %1 FROM main.%2 t WHERE t.id = ?")
                                       .arg(QString::fromLatin1(t->client), table));
    if (!clientOf)
        return R::failure(clientOf.error());
    bindText(clientOf.value(), 1, id);
    const auto* client =
        sqlite3_step(clientOf.value()) == SQLITE_ROW
            ? reinterpret_cast<const char*>(sqlite3_column_text(clientOf.value(), 0))
            : nullptr;
    const QString clientId = client ? QString::fromUtf8(client) : QString();
    sqlite3_reset(clientOf.value());
    const auto st = prepared(
        QStringLiteral("conflict"),
        QStringLiteral("INSERT INTO conflict_log(id, at, entity, entity_id, winner_device, "
                       "winner_version, loser_device, loser_version, loser_values, client_id, "
                       "field) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE "
                       "SET at = excluded.at, winner_device = excluded.winner_device, "
                       "winner_version = excluded.winner_version WHERE %1")
            .arg(ConflictRepository::laterWinnerSql()));
    if (!st)
        return R::failure(st.error());
    const QByteArray key = QStringLiteral("%1|%2|%3|%4|%5")
                               .arg(table, id, c.field)
                               .arg(c.loser.hlc)
                               .arg(c.loser.device)
                               .toUtf8();
    const QString hex = QString::fromLatin1(
        QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(32));
    // The later write's time, from its stamp (HLC: milliseconds times 65,536).
    const qint64 at = qMax(c.winner.hlc, c.loser.hlc) >> 16;
    bindText(
        st.value(), 1,
        QStringLiteral("%1-%2-%3-%4-%5")
            .arg(hex.mid(0, 8), hex.mid(8, 4), hex.mid(12, 4), hex.mid(16, 4), hex.mid(20, 12)));
    bindText(st.value(), 2, isoUtc(QDateTime::fromMSecsSinceEpoch(at, Qt::UTC)));
    bindText(st.value(), 3, table);
    bindText(st.value(), 4, id);
    bindText(st.value(), 5, c.winner.device);
    sqlite3_bind_int64(st.value(), 6, c.winner.hlc);
    bindText(st.value(), 7, c.loser.device);
    sqlite3_bind_int64(st.value(), 8, c.loser.hlc);
    bindText(
        st.value(), 9,
        QString::fromUtf8(
            QJsonDocument(QJsonObject{{c.field, c.loserValue}}).toJson(QJsonDocument::Compact)));
    bindOptional(st.value(), 10, clientId);
    bindText(st.value(), 11, c.field);
    if (Status s = stepOnce(m_db, st.value(), QStringLiteral("conflict_log")); !s)
        return R::failure(s.error());
    return sqlite3_changes(m_db.handle()) > 0;
}

Status beginApply(Database& db)
{
    return db.execScript(QStringLiteral("INSERT INTO main.sync_applying(id) VALUES(1)"));
}

Status endApply(Database& db, qint64 highestStampReceived)
{
    return db.execScript(QStringLiteral("UPDATE main.hlc_clock SET last = max(last, %1); DELETE "
                                        "FROM main.sync_applying")
                             .arg(highestStampReceived));
}

Status copyStamps(Database& db, const QString& table, const QString& fromSchema,
                  const QString& idsTable)
{
    return db.execScript(QStringLiteral("INSERT OR REPLACE INTO main.field_stamp SELECT s.* FROM "
                                        "%1.field_stamp s WHERE s.entity = '%2' AND s.entity_id "
                                        "IN (SELECT id FROM %3)")
                             .arg(fromSchema, table, idsTable));
}

Status takeReceived(Database& db, const QString& table, const QStringList& written,
                    const QStringList& indexed, const QString& fromSchema, const QString& idsTable)
{
    QStringList groups;
    {
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral("SELECT DISTINCT changed FROM %1").arg(idsTable)))
            return Status::failure(q.lastError().text());
        while (q.next())
            groups << q.value(0).toString();
    }
    for (const QString& group : std::as_const(groups)) {
        QStringList sets;
        for (const QString& c : written) {
            const qsizetype i = indexed.indexOf(c);
            if (i < 0 || group.at(i) == QLatin1Char('1'))
                sets << QStringLiteral("%1 = x.%1").arg(c);
        }
        if (Status s = db.execScript(
                QStringLiteral("UPDATE main.%1 SET %2 FROM %3.%1 x WHERE x.id = %1.id AND %1.id IN "
                               "(SELECT id FROM %4 WHERE changed = '%5')")
                    .arg(table, sets.join(QStringLiteral(", ")), fromSchema, idsTable, group));
            !s)
            return s;
    }
    if (Status s = copyStamps(db, table, fromSchema, idsTable); !s)
        return s;
    return db.execScript(QStringLiteral("INSERT INTO change_log(entity, entity_id, origin) SELECT "
                                        "'%1', id, 'remote' FROM %2")
                             .arg(table, idsTable));
}

Status markExported(Database& db, const QString& peer, qint64 upTo, const QString& at,
                    const QString& file)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO sync_peer(device_id, last_export_seq, last_export_at, "
                             "last_export_file) VALUES(:peer, :seq, :at, :file) ON "
                             "CONFLICT(device_id) DO UPDATE SET last_export_seq = "
                             "max(last_export_seq, :seq), last_export_at = :at, "
                             "last_export_file = coalesce(:file, last_export_file)"));
    q.bindValue(QStringLiteral(":peer"), peer);
    q.bindValue(QStringLiteral(":seq"), upTo);
    q.bindValue(QStringLiteral(":at"), at);
    q.bindValue(QStringLiteral(":file"), file.isEmpty() ? QVariant() : QVariant(file));
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

Status compact(Database& db, qint64 upToSequence)
{
    return db.execScript(QStringLiteral("DELETE FROM change_log WHERE seq <= %1 AND EXISTS "
                                        "(SELECT 1 FROM change_log l WHERE l.entity = "
                                        "change_log.entity AND l.entity_id = change_log.entity_id "
                                        "AND l.seq > change_log.seq)")
                             .arg(upToSequence));
}

} // namespace ascolto::ChangeLog

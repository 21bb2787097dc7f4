#include "ChangeLog.h"

#include "BulkLoad.h"
#include "Database.h"

#include <QHash>
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
        QStringLiteral("survey"),      QStringLiteral("task"),    QStringLiteral("message")};
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

ColumnWriter::~ColumnWriter()
{
    for (sqlite3_stmt* st : std::as_const(m_statements))
        sqlite3_finalize(st);
}

Status ColumnWriter::set(const QString& table, const QString& id, const QJsonObject& values)
{
    if (!ChangeLog::table(table) || values.isEmpty())
        return Status::failure(QStringLiteral("%1 is not a synced table").arg(table));
    const QStringList columns = values.keys();
    const QString key = table + QLatin1Char(':') + columns.join(QLatin1Char(','));
    sqlite3_stmt* st = m_statements.value(key);
    if (!st) {
        QStringList sets;
        for (int i = 0; i < columns.size(); ++i)
            sets << QStringLiteral("%1 = ?%2").arg(columns.at(i)).arg(i + 1);
        const QByteArray sql = QStringLiteral("UPDATE main.%1 SET %2 WHERE id = ?%3")
                                   .arg(table, sets.join(QStringLiteral(", ")))
                                   .arg(columns.size() + 1)
                                   .toUtf8();
        if (sqlite3_prepare_v3(m_db.handle(), sql.constData(), int(sql.size()),
                               SQLITE_PREPARE_PERSISTENT, &st, nullptr) != SQLITE_OK)
            return Status::failure(QStringLiteral("%1: %2").arg(
                table, QString::fromUtf8(sqlite3_errmsg(m_db.handle()))));
        m_statements.insert(key, st);
    }
    const auto bindText = [st](int i, const QString& v) {
        const QByteArray b = v.toUtf8();
        sqlite3_bind_text(st, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    };
    for (int i = 0; i < columns.size(); ++i) {
        const QJsonValue v = values.value(columns.at(i));
        if (v.isDouble())
            sqlite3_bind_int64(st, i + 1, v.toInteger());
        else if (v.isString())
            bindText(i + 1, v.toString());
        else
            sqlite3_bind_null(st, i + 1);
    }
    bindText(int(columns.size()) + 1, id);
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    if (rc != SQLITE_DONE)
        return Status::failure(
            QStringLiteral("%1: %2").arg(table, QString::fromUtf8(sqlite3_errmsg(m_db.handle()))));
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

#include "SubjectAccess.h"

#include "AuditLog.h"
#include "Database.h"
#include "Ids.h"
#include "Session.h"
#include "SqlHelpers.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlRecord>

namespace ascolto {

namespace {

struct Source
{
    const char* section;
    const char* sql; // :id is the debtor
};

// One home for what an access request covers.
const QVector<Source>& sources()
{
    static const QVector<Source> list = {
        {"contact", "SELECT * FROM contact WHERE debtor_id = :id ORDER BY kind, value"},
        {"supply", "SELECT * FROM supply WHERE debtor_id = :id ORDER BY point_code"},
        {"invoice", "SELECT * FROM invoice WHERE debtor_id = :id ORDER BY due_date, number"},
        {"payment", "SELECT * FROM payment WHERE debtor_id = :id ORDER BY paid_on"},
        {"payment_allocation",
         "SELECT a.* FROM payment_allocation a JOIN payment p ON p.id = a.payment_id WHERE "
         "p.debtor_id = :id ORDER BY a.created_at"},
        {"interaction",
         "SELECT x.*, u.display_name AS operator_name FROM interaction x LEFT JOIN app_user u "
         "ON u.id = x.operator_id WHERE x.debtor_id = :id ORDER BY x.started_at"},
        {"message", "SELECT * FROM message WHERE debtor_id = :id ORDER BY created_at"},
        {"promise", "SELECT * FROM promise WHERE debtor_id = :id ORDER BY created_at"},
        {"plan", "SELECT * FROM plan WHERE debtor_id = :id ORDER BY created_at"},
        {"installment",
         "SELECT i.* FROM installment i JOIN plan p ON p.id = i.plan_id WHERE p.debtor_id = :id "
         "ORDER BY p.created_at, i.seq"},
        {"complaint", "SELECT * FROM complaint WHERE debtor_id = :id ORDER BY opened_at"},
        {"survey", "SELECT * FROM survey WHERE debtor_id = :id ORDER BY created_at"},
        {"task", "SELECT * FROM task WHERE debtor_id = :id ORDER BY created_at"},
        {"assignment",
         "SELECT a.*, u.display_name AS operator_name FROM assignment a LEFT JOIN app_user u ON "
         "u.id = a.operator_id WHERE a.debtor_id = :id ORDER BY a.from_date"},
        {"call_draft", "SELECT * FROM call_draft WHERE debtor_id = :id ORDER BY started_at"},
        {"audit_log",
         "SELECT a.at, a.action, a.entity, a.entity_id, a.details, u.display_name AS user_name "
         "FROM audit_log a LEFT JOIN app_user u ON u.id = a.user_id WHERE (a.entity = 'debtor' "
         "AND a.entity_id = :id) OR json_extract(a.details, '$.debtor_id') = :id ORDER BY a.at"},
    };
    return list;
}

// Columns that say nothing about the person: replication bookkeeping.
bool bookkeeping(const QString& column)
{
    return column == QLatin1String("version") || column == QLatin1String("device_id");
}

Result<QJsonArray> rowsOf(Database& db, const char* sql, const QString& debtorId)
{
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(sql));
    q.bindValue(QStringLiteral(":id"), debtorId);
    if (!q.exec())
        return Result<QJsonArray>::failure(q.lastError().text());
    QJsonArray rows;
    while (q.next()) {
        const QSqlRecord r = q.record();
        QJsonObject row;
        for (int i = 0; i < r.count(); ++i) {
            if (bookkeeping(r.fieldName(i)))
                continue;
            const QVariant v = r.value(i);
            row.insert(r.fieldName(i), v.isNull() ? QJsonValue() : QJsonValue::fromVariant(v));
        }
        rows.append(row);
    }
    return rows;
}

} // namespace

QStringList SubjectAccess::sections()
{
    QStringList out;
    for (const Source& s : sources())
        out << QLatin1String(s.section);
    return out;
}

Result<QJsonObject> SubjectAccess::collect(Database& db, const Clock& clock, const Session& session,
                                           const QString& debtorId)
{
    using R = Result<QJsonObject>;
    QSqlQuery allowed(db.sql());
    allowed.prepare(QStringLiteral("SELECT count(*) FROM debtor d WHERE d.id = :id AND %1")
                        .arg(session.debtorScope()));
    allowed.bindValue(QStringLiteral(":id"), debtorId);
    session.bindScope(allowed);
    if (!allowed.exec() || !allowed.next())
        return R::failure(allowed.lastError().text());
    if (allowed.value(0).toInt() == 0)
        return R::failure(QCoreApplication::translate(
            "ascolto::SubjectAccess", "This debtor is not in your portfolio: ask your team lead."));
    allowed.finish();

    const auto debtor = rowsOf(db, "SELECT * FROM debtor WHERE id = :id", debtorId);
    if (!debtor)
        return debtor.status();
    QJsonObject sections;
    for (const Source& s : sources()) {
        const auto rows = rowsOf(db, s.sql, debtorId);
        if (!rows)
            return R::failure(QStringLiteral("%1: %2").arg(QLatin1String(s.section), rows.error()));
        sections.insert(QLatin1String(s.section), rows.value());
    }
    QJsonObject out{
        {QStringLiteral("debtor"), debtor->isEmpty() ? QJsonObject() : debtor->first().toObject()},
        {QStringLiteral("sections"), sections},
        {QStringLiteral("made_at"), isoUtc(clock.nowUtc())},
        {QStringLiteral("by"), session.displayName()}};
    if (Status s = AuditLog::record(db, clock, session, QStringLiteral("subject_access"),
                                    QStringLiteral("debtor"), debtorId);
        !s)
        return s;
    return out;
}

} // namespace ascolto

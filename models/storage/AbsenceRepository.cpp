#include "AbsenceRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Ids.h"
#include "SqlHelpers.h"
#include "Transaction.h"

#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

namespace ascolto {

Result<QString> AbsenceRepository::add(const Session& session, const QString& operatorId,
                                       const QString& backupId, const QDate& from, const QDate& to,
                                       const QString& note)
{
    using R = Result<QString>;
    QSqlQuery q(m_db.sql());
    const auto user = [&](const QString& id, QString* name, QString* client) -> Status {
        if (Status s = execBound(q,
                                 QStringLiteral("SELECT display_name, coalesce(client_id, ''), "
                                                "role, active FROM app_user WHERE id = ?"),
                                 {id}, tr("Reading the operators"));
            !s)
            return s;
        if (!q.next() || q.value(2).toString() != QLatin1String("operator") || !q.value(3).toBool())
            return Status::failure(tr("Choose active operators of the client."));
        *name = q.value(0).toString();
        *client = q.value(1).toString();
        return Status::success();
    };
    QString operatorName, operatorClient, backupName, backupClient;
    if (Status s = user(operatorId, &operatorName, &operatorClient); !s)
        return s;
    if (Status s = user(backupId, &backupName, &backupClient); !s)
        return s;
    q.finish();
    if (!session.canManagePortfolio() ||
        (session.role() != Role::Admin && session.clientId() != operatorClient))
        return R::failure(Session::notAllowed(tr("record absences")));
    if (operatorClient != backupClient)
        return R::failure(tr("The backup must work for the same client as %1.").arg(operatorName));
    if (operatorId == backupId)
        return R::failure(tr("Choose a colleague as the backup, not %1.").arg(operatorName));
    if (!from.isValid() || !to.isValid() || to < from)
        return R::failure(tr("The absence needs a first and a last day, the last not before the "
                             "first."));
    if (to < m_clock.today())
        return R::failure(tr("The absence is already over."));
    const QLocale locale;
    // One backup at a time: an absence that overlaps another of the same operator is refused.
    if (Status s = execBound(q,
                             QStringLiteral("SELECT a.from_date, a.to_date, u.display_name FROM "
                                            "absence a JOIN app_user u ON u.id = a.backup_id "
                                            "WHERE a.operator_id = ? AND a.cancelled = 0 AND "
                                            "a.from_date <= ? AND a.to_date >= ?"),
                             {operatorId, isoDate(to), isoDate(from)}, tr("Reading the absences"));
        !s)
        return s;
    if (q.next())
        return R::failure(
            tr("%1 is already away from %2 to %3, covered by %4.")
                .arg(operatorName,
                     locale.toString(QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                     QLocale::ShortFormat),
                     locale.toString(QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                     QLocale::ShortFormat),
                     q.value(2).toString()));
    q.finish();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString id = newId();
    const QString now = isoUtc(m_clock.nowUtc());
    if (Status s = execBound(q,
                             QStringLiteral("INSERT INTO absence(id, client_id, operator_id, "
                                            "backup_id, from_date, to_date, note, created_by, "
                                            "device_id, updated_at, created_at) VALUES(?, ?, ?, "
                                            "?, ?, ?, ?, ?, ?, ?, ?)"),
                             {id, operatorClient, operatorId, backupId, isoDate(from), isoDate(to),
                              nullable(note.trimmed()), nullable(session.userId()), m_db.deviceId(),
                              now, now},
                             tr("Saving the absence"));
        !s)
        return s;
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("create"),
                                    QStringLiteral("absence"), id,
                                    QJsonObject{{QStringLiteral("operator"), operatorId},
                                                {QStringLiteral("backup"), backupId},
                                                {QStringLiteral("from"), isoDate(from)},
                                                {QStringLiteral("to"), isoDate(to)}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

Status AbsenceRepository::cancel(const Session& session, const QString& absenceId)
{
    QSqlQuery q(m_db.sql());
    if (Status s = execBound(q,
                             QStringLiteral("SELECT client_id, cancelled FROM absence WHERE id = "
                                            "?"),
                             {absenceId}, tr("Reading the absences"));
        !s)
        return s;
    if (!q.next())
        return Status::failure(tr("There is no such absence."));
    const QString clientId = q.value(0).toString();
    const bool cancelled = q.value(1).toBool();
    q.finish();
    if (!session.canManagePortfolio() ||
        (session.role() != Role::Admin && session.clientId() != clientId))
        return Status::failure(Session::notAllowed(tr("record absences")));
    if (cancelled)
        return Status::failure(tr("This absence was already ended."));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString now = isoUtc(m_clock.nowUtc());
    if (Status s = execBound(q,
                             QStringLiteral("UPDATE absence SET cancelled = 1, version = version "
                                            "+ 1, device_id = ?, updated_at = ? WHERE id = ?"),
                             {m_db.deviceId(), now, absenceId}, tr("Ending the absence"));
        !s)
        return s;
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("update"),
                                    QStringLiteral("absence"), absenceId,
                                    QJsonObject{{QStringLiteral("cancelled"), true}});
        !s)
        return s;
    return tx.commit();
}

Result<QVector<AbsenceRecord>> AbsenceRepository::list(const Session& session) const
{
    QString where = QStringLiteral("a.to_date >= ?");
    QVariantList binds{isoDate(m_clock.today().addDays(-30))};
    if (session.role() == Role::TeamLead) {
        where += QStringLiteral(" AND a.client_id = ?");
        binds << session.clientId();
    } else if (session.role() == Role::Operator) {
        where += QStringLiteral(" AND (a.operator_id = ? OR a.backup_id = ?)");
        binds << session.userId() << session.userId();
    }
    QSqlQuery q(m_db.sql());
    if (!q.prepare(QStringLiteral("SELECT a.id, a.operator_id, o.display_name, a.backup_id, "
                                  "b.display_name, a.from_date, a.to_date, coalesce(a.note, ''), "
                                  "a.cancelled FROM absence a JOIN app_user o ON o.id = "
                                  "a.operator_id JOIN app_user b ON b.id = a.backup_id WHERE %1 "
                                  "ORDER BY a.from_date, a.id")
                       .arg(where)))
        return Result<QVector<AbsenceRecord>>::failure(q.lastError().text());
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (Status s = execOrFail(q, tr("Reading the absences")); !s)
        return s;
    QVector<AbsenceRecord> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString(), q.value(4).toString(),
                       QDate::fromString(q.value(5).toString(), Qt::ISODate),
                       QDate::fromString(q.value(6).toString(), Qt::ISODate), q.value(7).toString(),
                       q.value(8).toBool()});
    return out;
}

QStringList AbsenceRepository::coveredBy(const QString& backupId, const QDate& day) const
{
    QSqlQuery q(m_db.sql());
    QStringList out;
    if (execBound(q,
                  QStringLiteral("SELECT DISTINCT operator_id FROM absence WHERE backup_id = ? "
                                 "AND cancelled = 0 AND from_date <= ? AND to_date >= ? ORDER "
                                 "BY operator_id"),
                  {backupId, isoDate(day), isoDate(day)}, tr("Reading the absences"))) {
        while (q.next())
            out << q.value(0).toString();
    }
    return out;
}

} // namespace ascolto

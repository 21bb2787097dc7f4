#include "ConflictRepository.h"

#include "AuditLog.h"
#include "ChangeLog.h"
#include "Database.h"
#include "Ids.h"
#include "Session.h"
#include "SqlHelpers.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

#include <sqlite3.h>

namespace ascolto {

namespace {

// Columns every synced row carries; their difference is the conflict itself, not news.
bool bookkeeping(const QString& column)
{
    return column == QLatin1String("version") || column == QLatin1String("device_id") ||
           column == QLatin1String("updated_at");
}

QString shown(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return v.toString();
}

} // namespace

QString ConflictRepository::scope(const Session& session) const
{
    if (session.role() == Role::Admin)
        return QStringLiteral("1");
    // A row's client comes from the row itself or its parent; one branch per synced table.
    QStringList branches;
    for (const ChangeLog::SyncTable& t : ChangeLog::tables()) {
        branches << QStringLiteral("(c.entity = '%1' AND EXISTS (SELECT 1 FROM %1 t WHERE "
                                   "t.%2 = c.entity_id AND %3 = :scope_client))")
                        .arg(QLatin1String(t.name), QLatin1String(t.key), QLatin1String(t.client));
    }
    return QLatin1Char('(') + branches.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

Result<QVector<ConflictRecord>> ConflictRepository::list(const Session& session,
                                                         bool includeReviewed) const
{
    using R = Result<QVector<ConflictRecord>>;
    if (!session.canManagePortfolio())
        return R::failure(Session::notAllowed(tr("reviewing sync conflicts")));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT c.id, c.at, c.entity, c.entity_id, c.winner_device, "
                             "c.winner_version, c.loser_device, c.loser_version, c.loser_values, "
                             "u.display_name, c.reviewed_at, c.field FROM conflict_log c LEFT JOIN "
                             "app_user u ON u.id = c.reviewed_by WHERE %1 %2 "
                             "ORDER BY c.at DESC, c.id")
                  .arg(scope(session),
                       includeReviewed ? QString() : QStringLiteral("AND c.reviewed_at IS NULL")));
    if (session.role() != Role::Admin)
        q.bindValue(QStringLiteral(":scope_client"), session.clientId());
    if (Status s = execOrFail(q, tr("Reading the sync conflicts")); !s)
        return R::failure(s.error());
    QVector<ConflictRecord> out;
    while (q.next()) {
        ConflictRecord c;
        c.id = q.value(0).toString();
        c.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODate);
        c.entity = q.value(2).toString();
        c.entityId = q.value(3).toString();
        c.winnerDevice = q.value(4).toString();
        c.winnerVersion = q.value(5).toLongLong();
        c.loserDevice = q.value(6).toString();
        c.loserVersion = q.value(7).toLongLong();
        // Schema 12 logs field stamps (HLC: milliseconds times 65536) where versions were.
        c.field = q.value(11).toString();
        if (!q.isNull(11)) {
            c.winnerWrittenAt = QDateTime::fromMSecsSinceEpoch(c.winnerVersion >> 16, Qt::UTC);
            c.loserWrittenAt = QDateTime::fromMSecsSinceEpoch(c.loserVersion >> 16, Qt::UTC);
        }
        const QJsonObject loser = QJsonDocument::fromJson(q.value(8).toByteArray()).object();
        c.reviewedBy = q.value(9).toString();
        c.reviewedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODate);

        // The row as it is now, to set the overwritten values beside the kept ones.
        const ChangeLog::SyncTable* table = ChangeLog::table(c.entity);
        QString debtorId;
        if (table) {
            QSqlQuery row(m_db.sql());
            row.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ?")
                            .arg(QLatin1String(table->name), QLatin1String(table->key)));
            row.addBindValue(c.entityId);
            if (row.exec() && row.next()) {
                const QSqlRecord rec = row.record();
                for (int i = 0; i < rec.count(); ++i) {
                    const QString name = rec.fieldName(i);
                    if (bookkeeping(name) || !loser.contains(name))
                        continue;
                    const QString now = row.isNull(i) ? QString() : row.value(i).toString();
                    const QString before = shown(loser.value(name));
                    if (now != before)
                        c.differences.push_back({name, before, now});
                }
                if (c.entity == QLatin1String("debtor"))
                    debtorId = c.entityId;
                else if (rec.indexOf(QStringLiteral("debtor_id")) >= 0)
                    debtorId = row.value(QStringLiteral("debtor_id")).toString();
            }
        }
        if (!debtorId.isEmpty()) {
            QSqlQuery name(m_db.sql());
            name.prepare(QStringLiteral("SELECT display_name FROM debtor WHERE id = ?"));
            name.addBindValue(debtorId);
            if (name.exec() && name.next())
                c.debtorName = name.value(0).toString();
        }
        out.push_back(c);
    }
    return out;
}

Result<int> ConflictRepository::unreviewedCount(const Session& session) const
{
    if (!session.canManagePortfolio())
        return 0;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM conflict_log c WHERE c.reviewed_at IS NULL "
                             "AND %1")
                  .arg(scope(session)));
    if (session.role() != Role::Admin)
        q.bindValue(QStringLiteral(":scope_client"), session.clientId());
    if (Status s = execOrFail(q, tr("Counting the sync conflicts")); !s)
        return Result<int>::failure(s.error());
    return q.next() ? q.value(0).toInt() : 0;
}

Status ConflictRepository::markReviewed(const Session& session, const QStringList& ids)
{
    if (!session.canManagePortfolio() || session.userId().isEmpty())
        return Status::failure(Session::notAllowed(tr("reviewing sync conflicts")));
    if (ids.isEmpty())
        return Status::success();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE conflict_log AS c SET reviewed_by = :user, reviewed_at = "
                             ":now WHERE c.id = :id AND c.reviewed_at IS NULL AND %1")
                  .arg(scope(session)));
    const QString now = isoUtc(m_clock.nowUtc());
    QJsonArray marked;
    for (const QString& id : ids) {
        q.bindValue(QStringLiteral(":user"), session.userId());
        q.bindValue(QStringLiteral(":now"), now);
        q.bindValue(QStringLiteral(":id"), id);
        if (session.role() != Role::Admin)
            q.bindValue(QStringLiteral(":scope_client"), session.clientId());
        if (Status s = execOrFail(q, tr("Marking the conflict reviewed")); !s)
            return s;
        if (q.numRowsAffected() != 1)
            return Status::failure(
                tr("The conflict %1 is already reviewed or is not one of your client's.").arg(id));
        marked.append(id);
    }
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("conflicts_reviewed"),
                                    QStringLiteral("conflict_log"), ids.first(),
                                    {{QStringLiteral("ids"), marked}});
        !s)
        return s;
    return tx.commit();
}

QString ConflictRepository::laterWinnerSql()
{
    return QStringLiteral("(excluded.winner_version > conflict_log.winner_version OR "
                          "(excluded.winner_version = conflict_log.winner_version AND "
                          "excluded.winner_device > conflict_log.winner_device))");
}

Result<int> ConflictRepository::mergeFrom(const QString& schema)
{
    if (Status s = m_db.execScript(
            QStringLiteral("UPDATE main.conflict_log AS conflict_log SET at = x.at, "
                           "winner_device = x.winner_device, winner_version = x.winner_version "
                           "FROM %1.conflict_log AS excluded, %1.conflict_log AS x WHERE x.id = "
                           "conflict_log.id AND excluded.id = x.id AND %2")
                .arg(schema, laterWinnerSql()));
        !s)
        return Result<int>::failure(s.error());
    if (Status s = m_db.execScript(
            QStringLiteral("UPDATE main.conflict_log AS c SET reviewed_by = x.reviewed_by, "
                           "reviewed_at = x.reviewed_at FROM %1.conflict_log AS x WHERE x.id = "
                           "c.id AND x.reviewed_at IS NOT NULL AND (c.reviewed_at IS NULL OR "
                           "x.reviewed_at < c.reviewed_at)")
                .arg(schema));
        !s)
        return Result<int>::failure(s.error());
    return sqlite3_changes(m_db.handle());
}

} // namespace ascolto

#include "CallListQuery.h"

#include "Database.h"
#include "Ids.h"
#include "SqlHelpers.h"

#include <QSqlQuery>

namespace ascolto {

QString CallListQuery::whereClause(const CallFilter& f, QVariantMap& binds) const
{
    QStringList where;
    switch (m_session.role()) {
    case Role::Admin:
        where << QStringLiteral("1");
        break;
    case Role::TeamLead:
        where << QStringLiteral("i.client_id = :scope_client");
        binds.insert(QStringLiteral(":scope_client"), m_session.clientId());
        break;
    case Role::Operator:
        where << QStringLiteral("i.operator_id = :scope_user");
        binds.insert(QStringLiteral(":scope_user"), m_session.userId());
        break;
    }
    if (!f.operatorId.isEmpty()) {
        where << QStringLiteral("i.operator_id = :operator");
        binds.insert(QStringLiteral(":operator"), f.operatorId);
    }
    if (f.from.isValid()) {
        where << QStringLiteral("i.started_at >= :from");
        binds.insert(QStringLiteral(":from"), isoUtc(f.from.startOfDay()));
    }
    if (f.to.isValid()) {
        where << QStringLiteral("i.started_at < :to");
        binds.insert(QStringLiteral(":to"), isoUtc(f.to.startOfDay()));
    }
    const auto equal = [&](const char* column, const QString& value) {
        if (value.isEmpty())
            return;
        const QString name = QStringLiteral(":") + QLatin1String(column);
        where << QStringLiteral("i.%1 = %2").arg(QLatin1String(column), name);
        binds.insert(name, value);
    };
    equal("purpose", f.purpose);
    equal("outcome", f.outcome);
    equal("emotion", f.emotion);
    // Surveys are found through the debtor's (survey_debtor), evaluations by call.
    if (f.satisfaction == CallFilter::Satisfaction::Surveyed)
        where << QStringLiteral("EXISTS (SELECT 1 FROM survey sv WHERE sv.debtor_id = "
                                "i.debtor_id AND sv.interaction_id = i.id)");
    else if (f.satisfaction == CallFilter::Satisfaction::Dissatisfied)
        where << QStringLiteral("EXISTS (SELECT 1 FROM survey sv WHERE sv.debtor_id = "
                                "i.debtor_id AND sv.interaction_id = i.id AND (sv.csat <= 2 OR "
                                "sv.nps <= 6))");
    if (f.review != CallFilter::Review::Any)
        where << QStringLiteral("%1 EXISTS (SELECT 1 FROM evaluation e WHERE e.interaction_id = "
                                "i.id)")
                     .arg(f.review == CallFilter::Review::NotScored ? QStringLiteral("NOT")
                                                                    : QString());
    if (f.drill)
        where << QStringLiteral("i.id IN (%1)")
                     .arg(TeamBoardQuery::rowsBehind(*f.drill, QStringLiteral("interaction_id"),
                                                     binds, m_clock));
    return where.join(QStringLiteral(" AND "));
}

Result<QVector<CallRow>> CallListQuery::page(const CallFilter& filter, const CallRow* after,
                                             int limit) const
{
    using R = Result<QVector<CallRow>>;
    QVariantMap binds;
    QString where = whereClause(filter, binds);
    if (after) {
        where += QStringLiteral(" AND (i.started_at, i.id) < (:after_at, :after_id)");
        binds.insert(QStringLiteral(":after_at"), isoUtc(after->startedAt));
        binds.insert(QStringLiteral(":after_id"), after->id);
    }
    // A call's survey is found through the debtor's surveys (survey_debtor): survey has no
    // index on interaction_id, and a scan per listed call cost 600 ms at 100,000 debtors.
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.prepare(
            QStringLiteral(
                "SELECT i.id, i.debtor_id, d.display_name, coalesce(u.display_name, ''), "
                "i.started_at, i.channel, i.purpose, i.outcome, coalesce(i.emotion, ''), "
                "i.duration_s, coalesce((SELECT csat FROM survey sv WHERE sv.debtor_id = "
                "i.debtor_id AND sv.interaction_id = i.id ORDER BY sv.created_at DESC LIMIT 1), "
                "0), coalesce((SELECT score_tenths FROM evaluation e WHERE e.interaction_id = "
                "i.id ORDER BY e.created_at LIMIT 1), -1) "
                "FROM interaction i JOIN debtor d ON d.id = i.debtor_id LEFT JOIN app_user u ON "
                "u.id = i.operator_id WHERE %1 ORDER BY i.started_at DESC, i.id DESC LIMIT %2")
                .arg(where)
                .arg(limit)))
        return R::failure(tr("Reading the calls: %1").arg(q.lastError().text()));
    bindNamed(q, binds);
    if (Status s = execOrFail(q, tr("Reading the calls")); !s)
        return R::failure(s.error());
    QVector<CallRow> rows;
    while (q.next()) {
        CallRow r;
        r.id = q.value(0).toString();
        r.debtorId = q.value(1).toString();
        r.debtorName = q.value(2).toString();
        r.operatorName = q.value(3).toString();
        r.startedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        r.channel = q.value(5).toString();
        r.purpose = q.value(6).toString();
        r.outcome = q.value(7).toString();
        r.emotion = q.value(8).toString();
        r.durationS = q.value(9).toInt();
        r.csat = q.value(10).toInt();
        r.scoreTenths = q.value(11).toInt();
        rows.push_back(r);
    }
    return rows;
}

Result<int> CallListQuery::count(const CallFilter& filter) const
{
    QVariantMap binds;
    const QString where = whereClause(filter, binds);
    QSqlQuery q(m_db.sql());
    if (!q.prepare(QStringLiteral("SELECT count(*) FROM interaction i WHERE %1").arg(where)))
        return Result<int>::failure(tr("Counting the calls: %1").arg(q.lastError().text()));
    bindNamed(q, binds);
    if (Status s = execOrFail(q, tr("Counting the calls")); !s)
        return Result<int>::failure(s.error());
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace ascolto

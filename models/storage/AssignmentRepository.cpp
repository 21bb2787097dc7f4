#include "AssignmentRepository.h"

#include "AuditLog.h"
#include "BulkLoad.h"
#include "ClientRepository.h"
#include "Database.h"
#include "DebtorSummaryRepository.h"
#include "Ids.h"
#include "Session.h"
#include "SqlHelpers.h"
#include "Transaction.h"

#include "domain/AssignmentRule.h"

#include <QJsonObject>

namespace ascolto {

QString AssignmentRepository::Outcome::text() const
{
    QStringList parts;
    for (const Share& s : shares)
        if (s.received > 0)
            parts << QStringLiteral("%1 %2").arg(s.username).arg(s.received);
    QString out = tr("%n debtor(s) assigned", nullptr, assigned);
    if (!parts.isEmpty())
        out += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    if (leftUnassigned > 0)
        out += QStringLiteral("; ") +
               tr("%n debtor(s) wait for an interlocutor: the client has no active operator",
                  nullptr, leftUnassigned);
    return out;
}

int AssignmentRepository::unassignedCount(const QString& clientId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM debtor WHERE client_id = ? AND assigned_operator_id IS NULL"));
    q.addBindValue(clientId);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

AssignmentRepository::SetupProgress AssignmentRepository::setupProgress() const
{
    SetupProgress p;
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM client), "
            "(SELECT count(*) FROM app_user WHERE role = 'operator' AND active = 1), "
            "(SELECT count(*) FROM app_user WHERE role = 'teamlead' AND active = 1), "
            "(SELECT count(*) FROM debtor), (SELECT count(*) FROM invoice), "
            "(SELECT count(*) FROM debtor WHERE assigned_operator_id IS NULL)")) &&
        q.next()) {
        p.clients = q.value(0).toInt();
        p.operators = q.value(1).toInt();
        p.teamLeads = q.value(2).toInt();
        p.debtors = q.value(3).toInt();
        p.bills = q.value(4).toInt();
        p.unassigned = q.value(5).toInt();
    }
    return p;
}

bool AssignmentRepository::hasDebtors() const
{
    QSqlQuery q(m_db.sql());
    return q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM debtor)")) && q.next() &&
           q.value(0).toBool();
}

Result<AssignmentRepository::Outcome>
AssignmentRepository::assignUnassigned(const Session& session, const QString& clientId)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto outcome = assignWithin(session, clientId);
    if (!outcome)
        return outcome;
    if (outcome->assigned > 0) {
        if (Status s = tx.commit(); !s)
            return s;
    }
    return outcome;
}

const char* AssignmentRepository::historyInsertSql()
{
    return "INSERT INTO assignment(id, debtor_id, operator_id, from_date, reason, assigned_by, "
           "device_id, created_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
}

QString AssignmentRepository::Pool::reason() const
{
    return QStringLiteral("rule:") + AssignmentRule::kindCode(rule.kind);
}

Result<AssignmentRepository::Pool> AssignmentRepository::pool(const Session& session,
                                                              const QString& clientId) const
{
    using R = Result<Pool>;
    if (!session.canManagePortfolio() ||
        (session.role() != Role::Admin && session.clientId() != clientId))
        return R::failure(Session::notAllowed(tr("assign debtors to operators")));
    const auto config = ClientRepository(m_db, m_clock).configById(clientId);
    if (!config)
        return config.status();
    Pool pool;
    pool.rule = config->assignment;
    // Operators with what they already hold.
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT u.id, u.username, u.display_name, "
                       "  (SELECT count(*) FROM debtor d WHERE d.assigned_operator_id = u.id "
                       "     AND d.client_id = u.client_id), "
                       "  (SELECT coalesce(sum(s.outstanding_cents), 0) FROM debtor_summary s "
                       "     WHERE s.operator_key = %1) "
                       "FROM app_user u WHERE u.client_id = ? AND u.role = 'operator' AND "
                       "u.active = 1 ORDER BY u.username")
            .arg(scopeKeySql(QStringLiteral("u.id"))));
    q.addBindValue(clientId);
    if (!q.exec())
        return R::failure(q.lastError().text());
    while (q.next()) {
        pool.operators.push_back({q.value(0).toString(), q.value(1).toString().toLower(),
                                  q.value(3).toInt(), q.value(4).toLongLong()});
        pool.outcome.shares.push_back({q.value(0).toString(), q.value(1).toString(),
                                       q.value(2).toString(), 0, q.value(3).toInt()});
    }
    return pool;
}

Status AssignmentRepository::audit(const Session& session, const QString& clientId,
                                   const Pool& pool)
{
    QJsonObject perOperator;
    for (const Share& s : pool.outcome.shares)
        perOperator.insert(s.username, s.received);
    return AuditLog::append(m_db, m_clock, session, QStringLiteral("assign_rule"),
                            QStringLiteral("client"), clientId,
                            {{QStringLiteral("rule"), AssignmentRule::kindCode(pool.rule.kind)},
                             {QStringLiteral("assigned"), pool.outcome.assigned},
                             {QStringLiteral("operators"), perOperator}});
}

Result<AssignmentRepository::Outcome> AssignmentRepository::assignWithin(const Session& session,
                                                                         const QString& clientId)
{
    using R = Result<Outcome>;
    auto found = pool(session, clientId);
    if (!found)
        return found.status();
    Pool& pool = found.value();
    Outcome& outcome = pool.outcome;
    QVector<AssignmentRule::Debtor> debtors;
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral(
            "SELECT d.id, coalesce(d.province, ''), coalesce(s.outstanding_cents, 0) "
            "FROM debtor d LEFT JOIN debtor_summary s ON s.debtor_id = d.id "
            "WHERE d.client_id = ? AND d.assigned_operator_id IS NULL"));
        q.addBindValue(clientId);
        if (!q.exec())
            return R::failure(q.lastError().text());
        while (q.next())
            debtors.push_back(
                {q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()});
    }
    if (debtors.isEmpty())
        return outcome;
    if (pool.operators.isEmpty()) {
        outcome.leftUnassigned = int(debtors.size());
        return outcome;
    }
    const QVector<int> chosen = pool.rule.distribute(pool.operators, debtors);

    const QString now = isoUtc(m_clock.nowUtc());
    const QString today = isoDate(m_clock.today());
    BulkLoad::Statement debtor(
        m_db.handle(),
        "UPDATE debtor SET assigned_operator_id = ?1, assigned_since = ?2, version = version + 1, "
        "device_id = ?3, updated_at = ?4 WHERE id = ?5 AND assigned_operator_id IS NULL");
    BulkLoad::Statement history(m_db.handle(), historyInsertSql());
    BulkLoad::Statement summary(m_db.handle(),
                                DebtorSummaryRepository::setOperatorSql().toUtf8().constData());
    if (!debtor.isValid() || !history.isValid() || !summary.isValid())
        return R::failure(tr("Assigning a debtor") + QStringLiteral(": ") + debtor.error());
    const std::string device = m_db.deviceId().toStdString();
    const std::string nowText = now.toStdString(), todayText = today.toStdString();
    const std::string reasonText = pool.reason().toStdString(), by = session.userId().toStdString();
    std::vector<std::string> operatorIds;
    for (const auto& op : std::as_const(pool.operators))
        operatorIds.push_back(op.id.toStdString());
    for (int i = 0; i < debtors.size(); ++i) {
        const int op = chosen.value(i, -1);
        if (op < 0)
            continue;
        const std::string& operatorId = operatorIds.at(size_t(op));
        const std::string debtorId = debtors.at(i).id.toStdString();
        if (!debtor.text(1, operatorId)
                 .text(2, todayText)
                 .text(3, device)
                 .text(4, nowText)
                 .text(5, debtorId)
                 .run())
            return R::failure(tr("Assigning a debtor") + QStringLiteral(": ") + debtor.error());
        if (!history.text(1, newId())
                 .text(2, debtorId)
                 .text(3, operatorId)
                 .text(4, todayText)
                 .text(5, reasonText)
                 .optText(6, by)
                 .text(7, device)
                 .text(8, nowText)
                 .run())
            return R::failure(tr("Recording the interlocutor") + QStringLiteral(": ") +
                              history.error());
        if (!summary.text(1, operatorId).text(2, debtorId).run())
            return R::failure(tr("Updating the portfolio row") + QStringLiteral(": ") +
                              summary.error());
        outcome.shares[op].received += 1;
        outcome.shares[op].total += 1;
        outcome.assigned += 1;
    }
    if (Status s = audit(session, clientId, pool); !s)
        return s;
    return outcome;
}

} // namespace ascolto

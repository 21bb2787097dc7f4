#include "AssignmentRepository.h"

#include "AuditLog.h"
#include "ClientRepository.h"
#include "Database.h"
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

Result<AssignmentRepository::Outcome> AssignmentRepository::assignWithin(const Session& session,
                                                                         const QString& clientId)
{
    using R = Result<Outcome>;
    if (!session.canManagePortfolio() ||
        (session.role() != Role::Admin && session.clientId() != clientId))
        return R::failure(Session::notAllowed(tr("assign debtors to operators")));
    const auto config = ClientRepository(m_db, m_clock).configById(clientId);
    if (!config)
        return config.status();

    // Operators with what they already hold.
    QVector<AssignmentRule::Operator> operators;
    Outcome outcome;
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral(
            "SELECT u.id, u.username, u.display_name, "
            "  (SELECT count(*) FROM debtor d WHERE d.assigned_operator_id = u.id "
            "     AND d.client_id = u.client_id), "
            "  (SELECT coalesce(sum(s.outstanding_cents), 0) FROM debtor_summary s "
            "     WHERE s.operator_id = u.id) "
            "FROM app_user u WHERE u.client_id = ? AND u.role = 'operator' AND u.active = 1 "
            "ORDER BY u.username"));
        q.addBindValue(clientId);
        if (!q.exec())
            return R::failure(q.lastError().text());
        while (q.next()) {
            operators.push_back({q.value(0).toString(), q.value(1).toString().toLower(),
                                 q.value(3).toInt(), q.value(4).toLongLong()});
            outcome.shares.push_back({q.value(0).toString(), q.value(1).toString(),
                                      q.value(2).toString(), 0, q.value(3).toInt()});
        }
    }
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
    if (operators.isEmpty()) {
        outcome.leftUnassigned = int(debtors.size());
        return outcome;
    }
    const QVector<int> chosen = config->assignment.distribute(operators, debtors);

    const QString now = isoUtc(m_clock.nowUtc());
    const QString today = isoDate(m_clock.today());
    const QString reason =
        QStringLiteral("rule:") + AssignmentRule::kindCode(config->assignment.kind);
    QSqlQuery debtor(m_db.sql()), history(m_db.sql()), summary(m_db.sql());
    debtor.prepare(QStringLiteral(
        "UPDATE debtor SET assigned_operator_id = ?, assigned_since = ?, version = version + 1, "
        "device_id = ?, updated_at = ? WHERE id = ? AND assigned_operator_id IS NULL"));
    history.prepare(QStringLiteral(
        "INSERT INTO assignment(id, debtor_id, operator_id, from_date, reason, assigned_by, "
        "device_id, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    summary.prepare(
        QStringLiteral("UPDATE debtor_summary SET operator_id = ? WHERE debtor_id = ?"));
    for (int i = 0; i < debtors.size(); ++i) {
        const int op = chosen.value(i, -1);
        if (op < 0)
            continue;
        const QString& operatorId = operators.at(op).id;
        const QString& debtorId = debtors.at(i).id;
        for (const QVariant& v : {QVariant(operatorId), QVariant(today), QVariant(m_db.deviceId()),
                                  QVariant(now), QVariant(debtorId)})
            debtor.addBindValue(v);
        if (Status s = execOrFail(debtor, tr("Assigning a debtor")); !s)
            return s;
        for (const QVariant& v : {QVariant(newId()), QVariant(debtorId), QVariant(operatorId),
                                  QVariant(today), QVariant(reason), nullable(session.userId()),
                                  QVariant(m_db.deviceId()), QVariant(now)})
            history.addBindValue(v);
        if (Status s = execOrFail(history, tr("Recording the interlocutor")); !s)
            return s;
        summary.addBindValue(operatorId);
        summary.addBindValue(debtorId);
        if (Status s = execOrFail(summary, tr("Updating the portfolio row")); !s)
            return s;
        outcome.shares[op].received += 1;
        outcome.shares[op].total += 1;
        outcome.assigned += 1;
    }
    QJsonObject perOperator;
    for (const Share& s : outcome.shares)
        perOperator.insert(s.username, s.received);
    if (Status s = AuditLog::append(
            m_db, m_clock, session, QStringLiteral("assign_rule"), QStringLiteral("client"),
            clientId,
            {{QStringLiteral("rule"), AssignmentRule::kindCode(config->assignment.kind)},
             {QStringLiteral("assigned"), outcome.assigned},
             {QStringLiteral("operators"), perOperator}});
        !s)
        return s;
    return outcome;
}

} // namespace ascolto

#include "ClientRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Ids.h"
#include "Session.h"
#include "SqlHelpers.h"
#include "Transaction.h"

namespace ascolto {

namespace {

const char kColumns[] =
    "id, code, name, vat_number, iban, pagopa_creditor_code, support_phone, support_email, "
    "max_installments, min_installment_cents, max_plan_months, operator_discount_bp, "
    "teamlead_discount_bp, protected_minimum_cents, caring_window_days, formal_notice_days, "
    "missed_installments_to_break, days_late_to_break, max_conversations_per_day";

ClientRecord readClient(const QSqlQuery& q)
{
    ClientRecord c;
    c.id = q.value(0).toString();
    c.code = q.value(1).toString();
    c.name = q.value(2).toString();
    c.vatNumber = q.value(3).toString();
    c.iban = q.value(4).toString();
    c.pagopaCreditorCode = q.value(5).toString();
    c.supportPhone = q.value(6).toString();
    c.supportEmail = q.value(7).toString();
    c.rules.maxInstallments = q.value(8).toInt();
    c.rules.minInstallment = Money::fromCents(q.value(9).toLongLong());
    c.rules.maxPlanMonths = q.value(10).toInt();
    c.rules.operatorDiscountBp = q.value(11).toInt();
    c.rules.teamLeadDiscountBp = q.value(12).toInt();
    c.rules.protectedMinimum = Money::fromCents(q.value(13).toLongLong());
    c.rules.caringWindowDays = q.value(14).toInt();
    c.rules.formalNoticeDays = q.value(15).toInt();
    c.rules.missedInstallmentsToBreak = q.value(16).toInt();
    c.rules.daysLateToBreak = q.value(17).toInt();
    c.rules.maxConversationsPerDay = q.value(18).toInt();
    return c;
}

} // namespace

ContactPolicy::Windows ClientRepository::contactWindows(const QString& clientId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT contact_windows FROM client WHERE id = ?"));
    q.addBindValue(clientId);
    if (q.exec() && q.next())
        return ContactPolicy::Windows::fromJson(q.value(0).toString());
    return {};
}

Result<QString> ClientRepository::create(const Session& session, const ClientRecord& client)
{
    if (!session.canManageUsers())
        return Result<QString>::failure(Session::notAllowed(tr("create a client")));
    if (client.code.trimmed().isEmpty() || client.name.trimmed().isEmpty())
        return Result<QString>::failure(tr("A client needs a code and a name."));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString id = client.id.isEmpty() ? newId() : client.id;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO client(%1, device_id, updated_at) VALUES(%2)")
                  .arg(QLatin1String(kColumns), QStringLiteral("?, ").repeated(20) + "?"));
    for (const QVariant& v : {QVariant(id),
                              QVariant(client.code.trimmed()),
                              QVariant(client.name.trimmed()),
                              QVariant(client.vatNumber),
                              QVariant(client.iban),
                              QVariant(client.pagopaCreditorCode),
                              QVariant(client.supportPhone),
                              QVariant(client.supportEmail),
                              QVariant(client.rules.maxInstallments),
                              QVariant(client.rules.minInstallment.cents()),
                              QVariant(client.rules.maxPlanMonths),
                              QVariant(client.rules.operatorDiscountBp),
                              QVariant(client.rules.teamLeadDiscountBp),
                              QVariant(client.rules.protectedMinimum.cents()),
                              QVariant(client.rules.caringWindowDays),
                              QVariant(client.rules.formalNoticeDays),
                              QVariant(client.rules.missedInstallmentsToBreak),
                              QVariant(client.rules.daysLateToBreak),
                              QVariant(client.rules.maxConversationsPerDay),
                              QVariant(m_db.deviceId()),
                              QVariant(isoUtc(m_clock.nowUtc()))})
        q.addBindValue(v);
    if (!q.exec()) {
        if (q.lastError().text().contains(QLatin1String("UNIQUE")))
            return Result<QString>::failure(
                tr("A client with code %1 already exists.").arg(client.code));
        return Result<QString>::failure(q.lastError().text());
    }
    if (Status s =
            AuditLog::append(m_db, m_clock, session, QStringLiteral("create"),
                             QStringLiteral("client"), id, {{QStringLiteral("code"), client.code}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

Result<ClientRecord> ClientRepository::byId(const QString& id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM client WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Result<ClientRecord>::failure(tr("Unknown client."));
    return readClient(q);
}

Result<ClientRecord> ClientRepository::byCode(const QString& code) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM client WHERE code = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return Result<ClientRecord>::failure(tr("There is no client with code %1.").arg(code));
    return readClient(q);
}

QVector<ClientRecord> ClientRepository::all() const
{
    QVector<ClientRecord> out;
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT %1 FROM client ORDER BY name").arg(QLatin1String(kColumns))))
        while (q.next())
            out.push_back(readClient(q));
    return out;
}

} // namespace ascolto

#include "ClientRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Ids.h"
#include "Session.h"
#include "SqlHelpers.h"
#include "Transaction.h"
#include "UserRepository.h"

#include <QJsonObject>

namespace ascolto {

namespace {

const char kColumns[] =
    "id, code, name, vat_number, iban, pagopa_creditor_code, support_phone, support_email, "
    "max_installments, min_installment_cents, max_plan_months, operator_discount_bp, "
    "teamlead_discount_bp, protected_minimum_cents, caring_window_days, formal_notice_days, "
    "missed_installments_to_break, days_late_to_break, max_conversations_per_day, "
    "contact_windows, escalation_ladder, payment_channels, assignment_rule, idle_lock_minutes, "
    "mandate_ended_on, retention_months, monthly_fee_cents, success_fee_bp, report_language";
const int kColumnCount = 29;

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
    c.idleLockMinutes = q.value(23).toInt();
    c.mandateEndedOn = QDate::fromString(q.value(24).toString(), Qt::ISODate);
    c.retentionMonths = q.value(25).toInt();
    c.monthlyFee = Money::fromCents(q.value(26).toLongLong());
    c.successFeeBp = q.value(27).toInt();
    c.reportLanguage = q.value(28).toString();
    return c;
}

ClientConfig readConfigRow(const QSqlQuery& q)
{
    ClientConfig c;
    c.client = readClient(q);
    c.windows = ClientConfig::windowsFromJson(q.value(19).toString());
    c.ladder = ClientConfig::ladderFromJson(q.value(20).toString());
    c.paymentChannels = ClientConfig::channelsFromJson(q.value(21).toString());
    c.assignment = AssignmentRule::fromJson(q.value(22).toString());
    return c;
}

QVector<QVariant> values(const ClientConfig& config)
{
    const ClientRecord& c = config.client;
    return {QVariant(c.code.trimmed()),
            QVariant(c.name.trimmed()),
            nullable(c.vatNumber.trimmed()),
            nullable(c.iban.trimmed().remove(QLatin1Char(' ')).toUpper()),
            nullable(c.pagopaCreditorCode.trimmed()),
            nullable(c.supportPhone.trimmed()),
            nullable(c.supportEmail.trimmed()),
            QVariant(c.rules.maxInstallments),
            QVariant(c.rules.minInstallment.cents()),
            QVariant(c.rules.maxPlanMonths),
            QVariant(c.rules.operatorDiscountBp),
            QVariant(c.rules.teamLeadDiscountBp),
            QVariant(c.rules.protectedMinimum.cents()),
            QVariant(c.rules.caringWindowDays),
            QVariant(c.rules.formalNoticeDays),
            QVariant(c.rules.missedInstallmentsToBreak),
            QVariant(c.rules.daysLateToBreak),
            QVariant(c.rules.maxConversationsPerDay),
            QVariant(config.windowsJson()),
            QVariant(config.ladderJson()),
            QVariant(config.channelsJson()),
            QVariant(config.assignment.toJson()),
            QVariant(c.idleLockMinutes),
            c.mandateEndedOn.isValid() ? QVariant(c.mandateEndedOn.toString(Qt::ISODate))
                                       : QVariant(),
            QVariant(c.retentionMonths),
            QVariant(c.monthlyFee.cents()),
            QVariant(c.successFeeBp),
            QVariant(c.reportLanguage)};
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
    ClientConfig config;
    config.client = client;
    config.client.id.clear();
    return save(session, config);
}

Result<QString> ClientRepository::save(const Session& session, const ClientConfig& config)
{
    using R = Result<QString>;
    if (!session.canManageUsers())
        return R::failure(Session::notAllowed(tr("set up clients")));
    const QStringList operators = UserRepository(m_db, m_clock).operatorNames(config.client.id);
    if (const auto problems = config.check(operators); !problems.isEmpty())
        return R::failure(problems.first().message);

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const bool creating = config.client.id.isEmpty();
    const QString id = creating ? newId() : config.client.id;
    QJsonObject changed;
    if (!creating) {
        const auto before = configById(id);
        if (!before)
            return before.status();
        const QJsonObject a = before->toJson(), b = config.toJson();
        for (auto it = b.begin(); it != b.end(); ++it)
            if (a.value(it.key()) != it.value())
                changed.insert(it.key(), it.value());
        if (changed.isEmpty())
            return id;
    }
    const QString columns = QString::fromLatin1(kColumns).section(QLatin1String(", "), 1);
    QSqlQuery q(m_db.sql());
    if (creating) {
        q.prepare(QStringLiteral("INSERT INTO client(id, %1, device_id, updated_at, updated_by) "
                                 "VALUES(?, %2)")
                      .arg(columns, QStringLiteral("?, ").repeated(kColumnCount + 1) + "?"));
        q.addBindValue(id);
    } else {
        QStringList sets;
        for (const QString& c : columns.split(QLatin1String(", ")))
            sets << c + QStringLiteral(" = ?");
        q.prepare(QStringLiteral("UPDATE client SET %1, device_id = ?, updated_at = ?, "
                                 "updated_by = ?, version = version + 1 WHERE id = ?")
                      .arg(sets.join(QLatin1String(", "))));
    }
    for (const QVariant& v : values(config))
        q.addBindValue(v);
    q.addBindValue(m_db.deviceId());
    q.addBindValue(isoUtc(m_clock.nowUtc()));
    q.addBindValue(nullable(session.userId()));
    if (!creating)
        q.addBindValue(id);
    if (!q.exec()) {
        if (q.lastError().text().contains(QLatin1String("UNIQUE")))
            return R::failure(
                tr("A client with code %1 already exists.").arg(config.client.code.trimmed()));
        return R::failure(q.lastError().text());
    }
    QJsonObject details{{QStringLiteral("code"), config.client.code.trimmed()}};
    if (!creating)
        details.insert(QStringLiteral("changed"), changed);
    if (Status s = AuditLog::append(m_db, m_clock, session,
                                    creating ? QStringLiteral("create") : QStringLiteral("update"),
                                    QStringLiteral("client"), id, details);
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

Result<ClientConfig> ClientRepository::readConfig(const QString& where, const QString& key,
                                                  const QString& notFound) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT %1 FROM client WHERE %2 = ?").arg(QLatin1String(kColumns), where));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return Result<ClientConfig>::failure(notFound);
    return readConfigRow(q);
}

Result<ClientConfig> ClientRepository::configById(const QString& id) const
{
    return readConfig(QStringLiteral("id"), id, tr("Unknown client."));
}

Result<ClientConfig> ClientRepository::configByCode(const QString& code) const
{
    return readConfig(QStringLiteral("code"), code,
                      tr("There is no client with code %1.").arg(code));
}

Result<ClientRecord> ClientRepository::byId(const QString& id) const
{
    const auto config = configById(id);
    if (!config)
        return config.status();
    return config->client;
}

Result<ClientRecord> ClientRepository::byCode(const QString& code) const
{
    const auto config = configByCode(code);
    if (!config)
        return config.status();
    return config->client;
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

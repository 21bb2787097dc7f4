#include "DebtorCardQuery.h"

#include "Database.h"
#include "DebtorRepository.h"
#include "DebtorSummaryRepository.h"

#include <QSqlQuery>
#include <QVariant>

namespace ascolto {

namespace {
QDate date(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
QDateTime instant(const QVariant& v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODate);
}
} // namespace

Result<DebtorCard> DebtorCardQuery::load(const Session& session, const QString& debtorId,
                                         int listLimit) const
{
    DebtorCard card;
    const auto debtor = DebtorRepository(m_db, m_clock).find(session, debtorId);
    if (!debtor)
        return debtor.status();
    card.debtor = debtor.value();
    const auto summary = DebtorSummaryRepository(m_db).get(session, debtorId);
    if (summary)
        card.summary = summary.value();

    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT u.display_name, a.from_date, a.to_date, a.reason FROM "
                             "assignment a JOIN app_user u ON u.id = a.operator_id WHERE "
                             "a.debtor_id = ? ORDER BY a.from_date DESC, a.to_date IS NULL DESC"));
    q.addBindValue(debtorId);
    if (q.exec())
        while (q.next())
            card.relationship.push_back(
                {q.value(0).toString(), date(q.value(1)), date(q.value(2)), q.value(3).toString()});
    for (const AssignmentRecord& a : card.relationship)
        if (!a.to.isValid())
            card.interlocutorName = a.operatorName;

    q.prepare(QStringLiteral("SELECT id, paid_on, amount_cents, credit_cents, channel, reference "
                             "FROM payment WHERE debtor_id = ? ORDER BY paid_on DESC, created_at "
                             "DESC LIMIT ?"));
    q.addBindValue(debtorId);
    q.addBindValue(listLimit);
    if (q.exec())
        while (q.next())
            card.payments.push_back({q.value(0).toString(), date(q.value(1)),
                                     Money::fromCents(q.value(2).toLongLong()),
                                     Money::fromCents(q.value(3).toLongLong()),
                                     q.value(4).toString(), q.value(5).toString()});

    q.prepare(QStringLiteral("SELECT id, kind, status, total_cents, discount_cents, "
                             "installment_count, frequency, first_due, coalesce(created_by, '') "
                             "FROM plan WHERE debtor_id = ? ORDER BY created_at DESC LIMIT ?"));
    q.addBindValue(debtorId);
    q.addBindValue(listLimit);
    if (q.exec()) {
        while (q.next()) {
            PlanRecord p;
            p.id = q.value(0).toString();
            p.kind = q.value(1).toString();
            p.status = q.value(2).toString();
            p.total = Money::fromCents(q.value(3).toLongLong());
            p.discount = Money::fromCents(q.value(4).toLongLong());
            p.installmentCount = q.value(5).toInt();
            p.frequency = q.value(6).toString();
            p.firstDue = date(q.value(7));
            p.createdBy = q.value(8).toString();
            card.plans.push_back(p);
        }
    }
    for (PlanRecord& p : card.plans) {
        QSqlQuery iq(m_db.sql());
        iq.prepare(QStringLiteral("SELECT seq, due_date, amount_cents, paid_cents, status FROM "
                                  "installment WHERE plan_id = ? ORDER BY seq"));
        iq.addBindValue(p.id);
        if (iq.exec())
            while (iq.next())
                p.installments.push_back({iq.value(0).toInt(), date(iq.value(1)),
                                          Money::fromCents(iq.value(2).toLongLong()),
                                          Money::fromCents(iq.value(3).toLongLong()),
                                          iq.value(4).toString()});
        QSqlQuery bq(m_db.sql());
        bq.prepare(QStringLiteral("SELECT i.number, coalesce(i.pagopa_notice, '') FROM "
                                  "plan_invoice pi JOIN invoice i ON i.id = pi.invoice_id WHERE "
                                  "pi.plan_id = ? ORDER BY i.due_date, i.number"));
        bq.addBindValue(p.id);
        if (bq.exec())
            while (bq.next()) {
                p.billNumbers << bq.value(0).toString();
                p.pagopaNotices << bq.value(1).toString();
            }
    }

    q.prepare(QStringLiteral("SELECT due_date, amount_cents, status, COALESCE(channel, '') FROM "
                             "promise WHERE debtor_id = ? ORDER BY due_date DESC LIMIT ?"));
    q.addBindValue(debtorId);
    q.addBindValue(listLimit);
    if (q.exec())
        while (q.next())
            card.promises.push_back({date(q.value(0)), Money::fromCents(q.value(1).toLongLong()),
                                     q.value(2).toString(), q.value(3).toString()});

    q.prepare(QStringLiteral(
        "SELECT i.started_at, i.channel, i.purpose, i.outcome, COALESCE(i.emotion, ''), "
        "COALESCE(i.nonpayment_reason, ''), COALESCE(i.notes, ''), COALESCE(u.display_name, ''), "
        "i.duration_s FROM interaction i LEFT JOIN app_user u ON u.id = i.operator_id WHERE "
        "i.debtor_id = ? ORDER BY i.started_at DESC LIMIT ?"));
    q.addBindValue(debtorId);
    q.addBindValue(listLimit);
    if (q.exec())
        while (q.next())
            card.interactions.push_back(
                {instant(q.value(0)), q.value(1).toString(), q.value(2).toString(),
                 q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                 q.value(6).toString(), q.value(7).toString(), q.value(8).toInt()});

    q.prepare(QStringLiteral(
        "SELECT c.id, c.category, c.description, c.status, c.opened_at, (SELECT "
        "group_concat(i.number, ', ') FROM complaint_invoice ci JOIN invoice i ON i.id = "
        "ci.invoice_id WHERE ci.complaint_id = c.id) FROM complaint c WHERE c.debtor_id = ? "
        "ORDER BY c.opened_at DESC LIMIT ?"));
    q.addBindValue(debtorId);
    q.addBindValue(listLimit);
    if (q.exec())
        while (q.next())
            card.complaints.push_back(
                {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                 q.value(3).toString(), instant(q.value(4)),
                 q.value(5).toString().split(QStringLiteral(", "), Qt::SkipEmptyParts)});

    q.prepare(QStringLiteral("SELECT created_at, COALESCE(csat, 0), COALESCE(ces, 0), "
                             "COALESCE(nps, -1), COALESCE(comment, '') FROM survey WHERE "
                             "debtor_id = ? ORDER BY created_at DESC LIMIT ?"));
    q.addBindValue(debtorId);
    q.addBindValue(listLimit);
    if (q.exec())
        while (q.next())
            card.surveys.push_back({instant(q.value(0)), q.value(1).toInt(), q.value(2).toInt(),
                                    q.value(3).toInt(), q.value(4).toString()});

    q.prepare(QStringLiteral("SELECT created_at, channel, COALESCE(subject, ''), body FROM "
                             "message WHERE debtor_id = ? ORDER BY created_at DESC LIMIT ?"));
    q.addBindValue(debtorId);
    q.addBindValue(listLimit);
    if (q.exec())
        while (q.next())
            card.messages.push_back({instant(q.value(0)), q.value(1).toString(),
                                     q.value(2).toString(), q.value(3).toString()});

    q.prepare(QStringLiteral("SELECT count(*) FROM invoice WHERE debtor_id = ?"));
    q.addBindValue(debtorId);
    if (q.exec() && q.next())
        card.invoiceCount = q.value(0).toInt();
    return card;
}

} // namespace ascolto

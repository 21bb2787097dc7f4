#include "PaymentRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "DebtorRepository.h"
#include "DebtorSummaryRepository.h"
#include "Ids.h"
#include "Session.h"
#include "SqlHelpers.h"
#include "Transaction.h"

#include "domain/PaymentAllocator.h"

namespace ascolto {

QStringList PaymentRepository::channels()
{
    return {QStringLiteral("pagopa"),       QStringLiteral("bank_transfer"),
            QStringLiteral("online"),       QStringLiteral("postal_slip"),
            QStringLiteral("direct_debit"), QStringLiteral("cash")};
}

Result<QString> PaymentRepository::record(const Session& session, const PaymentDraft& draft)
{
    using R = Result<QString>;
    const auto debtor = DebtorRepository(m_db, m_clock).find(session, draft.debtorId);
    if (!debtor)
        return debtor.status();
    if (!draft.paidOn.isValid())
        return R::failure(tr("The payment date is missing."));
    if (draft.paidOn > m_clock.today())
        return R::failure(tr("The payment date %1 is in the future.")
                              .arg(QLocale().toString(draft.paidOn, QLocale::ShortFormat)));
    if (!channels().contains(draft.channel))
        return R::failure(tr("Unknown payment channel \"%1\".").arg(draft.channel));

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QVector<PaymentAllocator::OpenItem> open;
    QSqlQuery oq(m_db.sql());
    if (draft.planId.isEmpty()) {
        oq.prepare(QStringLiteral("SELECT id, due_date, amount_cents - paid_cents FROM invoice "
                                  "WHERE debtor_id = ? AND cancelled = 0 AND paid_cents < "
                                  "amount_cents"));
        oq.addBindValue(draft.debtorId);
    } else {
        oq.prepare(QStringLiteral("SELECT i.id, i.due_date, i.amount_cents - i.paid_cents FROM "
                                  "invoice i JOIN plan_invoice pi ON pi.invoice_id = i.id WHERE "
                                  "pi.plan_id = ? AND i.cancelled = 0 AND i.paid_cents < "
                                  "i.amount_cents"));
        oq.addBindValue(draft.planId);
    }
    if (Status s = execOrFail(oq, tr("Reading the open bills")); !s)
        return s;
    while (oq.next())
        open.push_back({oq.value(0).toString(),
                        QDate::fromString(oq.value(1).toString(), Qt::ISODate),
                        Money::fromCents(oq.value(2).toLongLong())});
    oq.finish();

    // Paying a plan: first the installments in order, then each installment's money goes to
    // the plan's bills, oldest first.
    struct Part
    {
        QString invoiceId;
        QString installmentId;
        Money amount;
    };
    QVector<Part> parts;
    Money credit;
    if (!draft.planId.isEmpty()) {
        QSqlQuery pq(m_db.sql());
        pq.prepare(
            QStringLiteral("SELECT p.status FROM plan p WHERE p.id = ? AND p.debtor_id = ?"));
        pq.addBindValue(draft.planId);
        pq.addBindValue(draft.debtorId);
        if (!pq.exec() || !pq.next())
            return R::failure(tr("This plan does not belong to the debtor."));
        if (pq.value(0).toString() != QLatin1String("active"))
            return R::failure(tr("Only the installments of an active plan can be paid."));
        pq.finish();
        QVector<PaymentAllocator::OpenItem> installments;
        QStringList order;
        QSqlQuery iq(m_db.sql());
        iq.prepare(
            QStringLiteral("SELECT id, due_date, amount_cents - paid_cents FROM "
                           "installment WHERE plan_id = ? AND status <> 'paid' AND "
                           "status <> 'cancelled' AND paid_cents < amount_cents ORDER BY seq"));
        iq.addBindValue(draft.planId);
        if (Status s = execOrFail(iq, tr("Reading the installments")); !s)
            return s;
        while (iq.next()) {
            installments.push_back({iq.value(0).toString(),
                                    QDate::fromString(iq.value(1).toString(), Qt::ISODate),
                                    Money::fromCents(iq.value(2).toLongLong())});
            order << iq.value(0).toString();
        }
        if (installments.isEmpty())
            return R::failure(tr("Every installment of this plan is already paid."));
        const auto byInstallment =
            PaymentAllocator::allocate(draft.amount, installments, order, draft.allowCredit);
        if (!byInstallment)
            return byInstallment.status();
        credit = byInstallment->credit;
        for (const auto& inst : byInstallment->allocations) {
            const auto toBills = PaymentAllocator::allocate(inst.amount, open, {}, true);
            if (!toBills)
                return toBills.status();
            for (const auto& bill : toBills->allocations) {
                parts.push_back({bill.id, inst.id, bill.amount});
                for (auto& o : open)
                    if (o.id == bill.id)
                        o.outstanding -= bill.amount;
            }
            // Money for an installment whose bills are already settled stays on account.
            credit += toBills->credit;
            QSqlQuery uq(m_db.sql());
            uq.prepare(QStringLiteral(
                "UPDATE installment SET paid_cents = paid_cents + ?, status = CASE WHEN "
                "paid_cents + ? >= amount_cents THEN 'paid' ELSE status END, version = version + "
                "1, device_id = ?, updated_at = ? WHERE id = ?"));
            for (const QVariant& v :
                 {QVariant(inst.amount.cents()), QVariant(inst.amount.cents()),
                  QVariant(m_db.deviceId()), QVariant(isoUtc(m_clock.nowUtc())), QVariant(inst.id)})
                uq.addBindValue(v);
            if (Status s = execOrFail(uq, tr("Updating the installment")); !s)
                return s;
        }
    } else {
        const auto plan =
            PaymentAllocator::allocate(draft.amount, open, draft.invoiceIds, draft.allowCredit);
        if (!plan)
            return plan.status();
        for (const auto& a : plan->allocations)
            parts.push_back({a.id, QString(), a.amount});
        credit = plan->credit;
    }

    const QString id = newId();
    const QString now = isoUtc(m_clock.nowUtc());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO payment(id, client_id, debtor_id, amount_cents, "
                             "paid_on, channel, reference, source, recorded_by, credit_cents, "
                             "device_id, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, 'operator', ?, "
                             "?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(id), QVariant(debtor->clientId), QVariant(draft.debtorId),
          QVariant(draft.amount.cents()), QVariant(isoDate(draft.paidOn)), QVariant(draft.channel),
          QVariant(draft.reference.trimmed()), nullable(session.userId()), QVariant(credit.cents()),
          QVariant(m_db.deviceId()), QVariant(now)})
        q.addBindValue(v);
    if (Status s = execOrFail(q, tr("Saving the payment")); !s)
        return s;
    for (const Part& a : parts) {
        QSqlQuery aq(m_db.sql());
        aq.prepare(QStringLiteral("INSERT INTO payment_allocation(id, payment_id, invoice_id, "
                                  "installment_id, amount_cents, device_id, created_at) "
                                  "VALUES(?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v :
             {QVariant(newId()), QVariant(id), QVariant(a.invoiceId), nullable(a.installmentId),
              QVariant(a.amount.cents()), QVariant(m_db.deviceId()), QVariant(now)})
            aq.addBindValue(v);
        if (Status s = execOrFail(aq, tr("Allocating the payment")); !s)
            return s;
        QSqlQuery uq(m_db.sql());
        uq.prepare(QStringLiteral("UPDATE invoice SET paid_cents = paid_cents + ?, version = "
                                  "version + 1, device_id = ?, updated_at = ? WHERE id = ?"));
        for (const QVariant& v : {QVariant(a.amount.cents()), QVariant(m_db.deviceId()),
                                  QVariant(now), QVariant(a.invoiceId)})
            uq.addBindValue(v);
        if (Status s = execOrFail(uq, tr("Updating the bill")); !s)
            return s;
    }
    if (!draft.planId.isEmpty()) {
        QSqlQuery done(m_db.sql());
        done.prepare(QStringLiteral(
            "UPDATE plan SET status = 'completed', closed_at = ?, version = version + 1, "
            "device_id = ?, updated_at = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM "
            "installment WHERE plan_id = plan.id AND status NOT IN ('paid', 'cancelled'))"));
        for (const QVariant& v :
             {QVariant(now), QVariant(m_db.deviceId()), QVariant(now), QVariant(draft.planId)})
            done.addBindValue(v);
        if (Status s = execOrFail(done, tr("Completing the plan")); !s)
            return s;
    }
    if (Status s = DebtorSummaryRepository(m_db).recompute(draft.debtorId, m_clock.today()); !s)
        return s;
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("create"),
                                    QStringLiteral("payment"), id,
                                    {{QStringLiteral("debtor_id"), draft.debtorId},
                                     {QStringLiteral("amount_cents"), draft.amount.cents()},
                                     {QStringLiteral("credit_cents"), credit.cents()},
                                     {QStringLiteral("plan_id"), draft.planId},
                                     {QStringLiteral("channel"), draft.channel}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

} // namespace ascolto

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
    static const QStringList channels = {
        QStringLiteral("pagopa"),      QStringLiteral("bank_transfer"), QStringLiteral("online"),
        QStringLiteral("postal_slip"), QStringLiteral("direct_debit"),  QStringLiteral("cash")};
    if (!channels.contains(draft.channel))
        return R::failure(tr("Unknown payment channel \"%1\".").arg(draft.channel));

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QVector<PaymentAllocator::OpenItem> open;
    QSqlQuery oq(m_db.sql());
    oq.prepare(QStringLiteral("SELECT id, due_date, amount_cents - paid_cents FROM invoice "
                              "WHERE debtor_id = ? AND cancelled = 0 AND paid_cents < "
                              "amount_cents"));
    oq.addBindValue(draft.debtorId);
    if (Status s = execOrFail(oq, tr("Reading the open bills")); !s)
        return s;
    while (oq.next())
        open.push_back({oq.value(0).toString(),
                        QDate::fromString(oq.value(1).toString(), Qt::ISODate),
                        Money::fromCents(oq.value(2).toLongLong())});
    const auto plan =
        PaymentAllocator::allocate(draft.amount, open, draft.invoiceIds, draft.allowCredit);
    if (!plan)
        return plan.status();

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
          QVariant(draft.reference.trimmed()),
          session.userId().isEmpty() ? QVariant() : QVariant(session.userId()),
          QVariant(plan->credit.cents()), QVariant(m_db.deviceId()), QVariant(now)})
        q.addBindValue(v);
    if (Status s = execOrFail(q, tr("Saving the payment")); !s)
        return s;
    for (const auto& a : plan->allocations) {
        QSqlQuery aq(m_db.sql());
        aq.prepare(QStringLiteral("INSERT INTO payment_allocation(id, payment_id, invoice_id, "
                                  "amount_cents, device_id, created_at) VALUES(?, ?, ?, ?, ?, ?)"));
        for (const QVariant& v :
             {QVariant(newId()), QVariant(id), QVariant(a.id), QVariant(a.amount.cents()),
              QVariant(m_db.deviceId()), QVariant(now)})
            aq.addBindValue(v);
        if (Status s = execOrFail(aq, tr("Allocating the payment")); !s)
            return s;
        QSqlQuery uq(m_db.sql());
        uq.prepare(QStringLiteral("UPDATE invoice SET paid_cents = paid_cents + ?, version = "
                                  "version + 1, device_id = ?, updated_at = ? WHERE id = ?"));
        for (const QVariant& v :
             {QVariant(a.amount.cents()), QVariant(m_db.deviceId()), QVariant(now), QVariant(a.id)})
            uq.addBindValue(v);
        if (Status s = execOrFail(uq, tr("Updating the bill")); !s)
            return s;
    }
    if (Status s = DebtorSummaryRepository(m_db).recompute(draft.debtorId, m_clock.today()); !s)
        return s;
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("create"),
                                    QStringLiteral("payment"), id,
                                    {{QStringLiteral("debtor_id"), draft.debtorId},
                                     {QStringLiteral("amount_cents"), draft.amount.cents()},
                                     {QStringLiteral("credit_cents"), plan->credit.cents()},
                                     {QStringLiteral("channel"), draft.channel}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

} // namespace ascolto

#include "PaymentRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "DebtorRepository.h"
#include "DebtorSummaryRepository.h"
#include "Ids.h"
#include "Session.h"
#include "SqlHelpers.h"
#include "Transaction.h"

#include <QUuid>

#include "domain/ClientConfig.h"
#include "domain/PaymentAllocator.h"

namespace ascolto {

QString PaymentRepository::promiseCoveredSql(const QString& alias)
{
    return QStringLiteral("%1.amount_cents <= COALESCE((SELECT SUM(p.amount_cents) FROM payment p "
                          "WHERE p.debtor_id = %1.debtor_id AND p.created_at >= %1.created_at), 0)")
        .arg(alias);
}

QString PaymentRepository::invoicePaidSql(const QString& alias)
{
    return QStringLiteral("min(%1.amount_cents, %1.client_paid_cents + coalesce((SELECT "
                          "sum(a.amount_cents) FROM payment_allocation a WHERE a.invoice_id = "
                          "%1.id), 0))")
        .arg(alias);
}

QString PaymentRepository::installmentPaidSql(const QString& alias)
{
    return QStringLiteral("min(%1.amount_cents, coalesce((SELECT sum(a.amount_cents) FROM "
                          "payment_allocation a WHERE a.installment_id = %1.id), 0))")
        .arg(alias);
}

Status PaymentRepository::settle(const QStringList& debtorIds)
{
    if (debtorIds.isEmpty())
        return Status::success();
    if (Status s = m_db.execScript(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS settle_debtor(id TEXT PRIMARY KEY) WITHOUT ROWID; "
            "DELETE FROM temp.settle_debtor"));
        !s)
        return s;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO temp.settle_debtor(id) VALUES(?)"));
    for (const QString& id : debtorIds) {
        q.addBindValue(id);
        if (Status s = execOrFail(q, tr("Settling the payments")); !s)
            return s;
    }
    const Status s = settleWhere(QStringLiteral("IN (SELECT id FROM temp.settle_debtor)"));
    m_db.execScript(QStringLiteral("DELETE FROM temp.settle_debtor"));
    return s;
}

Status PaymentRepository::settleAll()
{
    return settleWhere(QStringLiteral("IS NOT NULL"));
}

Status PaymentRepository::settleWhere(const QString& scope)
{
    const QString now = isoUtc(m_clock.nowUtc());
    const QString invoicePaid = invoicePaidSql(QStringLiteral("invoice"));
    const QString installmentPaid = installmentPaidSql(QStringLiteral("installment"));
    const QString installmentStatus =
        QStringLiteral("CASE WHEN status = 'cancelled' THEN status WHEN %1 >= amount_cents THEN "
                       "'paid' WHEN status = 'paid' THEN 'open' ELSE status END")
            .arg(installmentPaid);
    const QStringList statements{
        QStringLiteral("UPDATE invoice SET paid_cents = %1 WHERE debtor_id %2 AND paid_cents IS "
                       "NOT %1")
            .arg(invoicePaid, scope),
        QStringLiteral("UPDATE installment SET paid_cents = %1, status = %2 WHERE plan_id IN "
                       "(SELECT id FROM plan WHERE debtor_id %3) AND (paid_cents IS NOT %1 OR "
                       "status IS NOT %2)")
            .arg(installmentPaid, installmentStatus, scope),
        // The plan's closing and the promise's outcome are decisions taken here, once.
        QStringLiteral("UPDATE plan SET status = 'completed', closed_at = :now, version = version "
                       "+ 1, device_id = :device, updated_at = :now WHERE debtor_id %1 AND status "
                       "= 'active' AND NOT EXISTS (SELECT 1 FROM installment WHERE plan_id = "
                       "plan.id AND status NOT IN ('paid', 'cancelled'))")
            .arg(scope),
        QStringLiteral("UPDATE promise SET status = 'kept', version = version + 1, device_id = "
                       ":device, updated_at = :now WHERE debtor_id %1 AND status = 'open' AND %2")
            .arg(scope, promiseCoveredSql(QStringLiteral("promise")))};
    for (const QString& sql : statements) {
        QSqlQuery q(m_db.sql());
        q.prepare(sql);
        if (sql.contains(QLatin1String(":now"))) {
            q.bindValue(QStringLiteral(":now"), now);
            q.bindValue(QStringLiteral(":device"), m_db.deviceId());
        }
        if (Status s = execOrFail(q, tr("Settling the payments")); !s)
            return s;
    }
    return Status::success();
}

QStringList PaymentRepository::channels()
{
    return ClientConfig::paymentChannelCodes();
}

Result<PaymentRepository::Applied> PaymentRepository::applyWithin(const PaymentFact& fact)
{
    using R = Result<Applied>;
    // Oldest bill first, unless bills are chosen; a debtor with an active plan pays the plan:
    // its installments in order, then whatever is left goes to the other open bills.
    QString planId = fact.planId;
    if (planId.isEmpty() && fact.invoiceIds.isEmpty()) {
        QSqlQuery aq(m_db.sql());
        aq.prepare(QStringLiteral(
            "SELECT p.id FROM plan p WHERE p.debtor_id = ? AND p.status = 'active' AND EXISTS "
            "(SELECT 1 FROM installment i WHERE i.plan_id = p.id AND i.status NOT IN ('paid', "
            "'cancelled') AND i.paid_cents < i.amount_cents) ORDER BY p.created_at DESC LIMIT 1"));
        aq.addBindValue(fact.debtorId);
        if (aq.exec() && aq.next())
            planId = aq.value(0).toString();
    }
    QVector<PaymentAllocator::OpenItem> open;
    QSqlQuery oq(m_db.sql());
    oq.prepare(QStringLiteral("SELECT i.id, i.due_date, i.amount_cents - i.paid_cents, "
                              "EXISTS (SELECT 1 FROM plan_invoice pi WHERE pi.invoice_id = i.id "
                              "AND pi.plan_id = ?) FROM invoice i WHERE i.debtor_id = ? AND "
                              "i.cancelled = 0 AND i.paid_cents < i.amount_cents"));
    oq.addBindValue(planId);
    oq.addBindValue(fact.debtorId);
    if (Status s = execOrFail(oq, tr("Reading the open bills")); !s)
        return s;
    QVector<PaymentAllocator::OpenItem> planBills;
    while (oq.next()) {
        const PaymentAllocator::OpenItem item{
            oq.value(0).toString(), QDate::fromString(oq.value(1).toString(), Qt::ISODate),
            Money::fromCents(oq.value(2).toLongLong())};
        open.push_back(item);
        if (oq.value(3).toBool())
            planBills.push_back(item);
    }
    oq.finish();

    struct Part
    {
        QString invoiceId;
        QString installmentId;
        Money amount;
    };
    QVector<Part> parts;
    Money credit;
    const QString now = isoUtc(m_clock.nowUtc());
    // Money allocated to a bill is no longer owed on it, in every list that holds the bill.
    const auto take = [](QVector<PaymentAllocator::OpenItem>& items, const QString& id,
                         Money amount) {
        for (auto& o : items)
            if (o.id == id)
                o.outstanding -= amount;
    };
    if (!planId.isEmpty()) {
        QSqlQuery pq(m_db.sql());
        pq.prepare(
            QStringLiteral("SELECT p.status FROM plan p WHERE p.id = ? AND p.debtor_id = ?"));
        pq.addBindValue(planId);
        pq.addBindValue(fact.debtorId);
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
        iq.addBindValue(planId);
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
            PaymentAllocator::allocate(fact.amount, installments, order, true);
        if (!byInstallment)
            return byInstallment.status();
        Money left = byInstallment->credit;
        for (const auto& inst : byInstallment->allocations) {
            const auto toBills = PaymentAllocator::allocate(inst.amount, planBills, {}, true);
            if (!toBills)
                return toBills.status();
            for (const auto& bill : toBills->allocations) {
                parts.push_back({bill.id, inst.id, bill.amount});
                take(open, bill.id, bill.amount);
                take(planBills, bill.id, bill.amount);
            }
            // Money for an installment whose bills are already settled pays the installment
            // alone and stays on account.
            credit += toBills->credit;
            if (toBills->credit.cents() > 0)
                parts.push_back({QString(), inst.id, toBills->credit});
        }
        if (left.cents() > 0) {
            // More than the plan asks: the rest settles the debtor's other bills.
            QVector<PaymentAllocator::OpenItem> rest;
            for (const auto& o : open)
                if (o.outstanding.cents() > 0)
                    rest.push_back(o);
            const auto others = PaymentAllocator::allocate(left, rest, {}, true);
            if (!others)
                return others.status();
            for (const auto& a : others->allocations)
                parts.push_back({a.id, QString(), a.amount});
            left = others->credit;
            if (left.cents() > 0 && !fact.allowCredit)
                return R::failure(tr("The payment is %1 more than the debtor owes; allow a "
                                     "credit to keep it on account.")
                                      .arg(left.format()));
            credit += left;
        }
    } else {
        const auto plan =
            PaymentAllocator::allocate(fact.amount, open, fact.invoiceIds, fact.allowCredit);
        if (!plan)
            return plan.status();
        for (const auto& a : plan->allocations)
            parts.push_back({a.id, QString(), a.amount});
        credit = plan->credit;
    }

    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO payment(id, client_id, debtor_id, amount_cents, "
                             "paid_on, channel, reference, source, recorded_by, credit_cents, "
                             "device_id, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, "
                             "?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(fact.id), QVariant(fact.clientId), QVariant(fact.debtorId),
          QVariant(fact.amount.cents()), QVariant(isoDate(fact.paidOn)), QVariant(fact.channel),
          QVariant(fact.reference), QVariant(fact.source), nullable(fact.recordedBy),
          QVariant(credit.cents()), QVariant(m_db.deviceId()), QVariant(now)})
        q.addBindValue(v);
    if (Status s = execOrFail(q, tr("Saving the payment")); !s)
        return s;
    QSqlQuery aq(m_db.sql());
    aq.prepare(QStringLiteral("INSERT INTO payment_allocation(id, payment_id, invoice_id, "
                              "installment_id, amount_cents, device_id, created_at) "
                              "VALUES(?, ?, ?, ?, ?, ?, ?)"));
    int n = 0;
    for (const Part& a : parts) {
        // Derived from the payment's id: two offices importing the same file make the same rows.
        const QString allocationId = QUuid::createUuidV5(QUuid(fact.id), QString::number(n++))
                                         .toString(QUuid::WithoutBraces);
        for (const QVariant& v : {QVariant(allocationId), QVariant(fact.id), nullable(a.invoiceId),
                                  nullable(a.installmentId), QVariant(a.amount.cents()),
                                  QVariant(m_db.deviceId()), QVariant(now)})
            aq.addBindValue(v);
        if (Status s = execOrFail(aq, tr("Allocating the payment")); !s)
            return s;
    }
    // Bills and installments paid, a plan completed, a promise kept (the card says so at once).
    if (Status s = settle({fact.debtorId}); !s)
        return s;
    if (fact.recompute) {
        if (Status s = DebtorSummaryRepository(m_db).recompute(fact.debtorId, m_clock.today()); !s)
            return s;
    }
    Applied applied;
    applied.credit = credit;
    applied.planId = planId;
    return applied;
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
    PaymentFact fact;
    fact.id = newId();
    fact.clientId = debtor->clientId;
    fact.debtorId = draft.debtorId;
    fact.amount = draft.amount;
    fact.paidOn = draft.paidOn;
    fact.channel = draft.channel;
    fact.reference = draft.reference.trimmed();
    fact.source = QStringLiteral("operator");
    fact.recordedBy = session.userId();
    fact.invoiceIds = draft.invoiceIds;
    fact.planId = draft.planId;
    fact.allowCredit = draft.allowCredit;
    const auto applied = applyWithin(fact);
    if (!applied)
        return applied.status();
    const QString id = fact.id;
    const Money credit = applied->credit;
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

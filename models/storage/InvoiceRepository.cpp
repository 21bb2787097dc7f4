#include "InvoiceRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "DebtorRepository.h"
#include "DebtorSummaryRepository.h"
#include "Ids.h"
#include "Session.h"
#include "SqlHelpers.h"
#include "Transaction.h"

#include "domain/PagoPaNotice.h"

namespace ascolto {

Result<QString> InvoiceRepository::add(const Session& session, const InvoiceRecord& invoice)
{
    using R = Result<QString>;
    if (!session.canManagePortfolio())
        return R::failure(Session::notAllowed(tr("add bills")));
    const auto debtor = DebtorRepository(m_db, m_clock).find(session, invoice.debtorId);
    if (!debtor)
        return debtor.status();
    if (invoice.number.trimmed().isEmpty())
        return R::failure(tr("The bill number is empty."));
    if (!invoice.issueDate.isValid() || !invoice.dueDate.isValid())
        return R::failure(tr("Bill %1 needs an issue date and a due date.").arg(invoice.number));
    if (invoice.dueDate < invoice.issueDate)
        return R::failure(tr("Bill %1 is due before it was issued.").arg(invoice.number));
    if (invoice.amount <= Money())
        return R::failure(tr("Bill %1 has no positive amount.").arg(invoice.number));
    if (invoice.paid < Money() || invoice.paid > invoice.amount)
        return R::failure(tr("Bill %1: the paid amount must be between zero and the bill amount.")
                              .arg(invoice.number));
    QString notice;
    if (!invoice.pagopaNotice.isEmpty()) {
        const auto n = PagoPaNotice::validate(invoice.pagopaNotice);
        if (!n)
            return n.status();
        notice = n.value();
    }

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString id = invoice.id.isEmpty() ? newId() : invoice.id;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO invoice(id, client_id, debtor_id, supply_id, number, "
                             "issue_date, due_date, amount_cents, paid_cents, pagopa_notice, "
                             "delivery_channel, receipt_confirmed, device_id, updated_at) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(id), QVariant(debtor->clientId), QVariant(invoice.debtorId),
          nullable(invoice.supplyId), QVariant(invoice.number.trimmed()),
          QVariant(isoDate(invoice.issueDate)), QVariant(isoDate(invoice.dueDate)),
          QVariant(invoice.amount.cents()), QVariant(invoice.paid.cents()), nullable(notice),
          QVariant(invoice.deliveryChannel), QVariant(invoice.receiptConfirmed ? 1 : 0),
          QVariant(m_db.deviceId()), QVariant(isoUtc(m_clock.nowUtc()))})
        q.addBindValue(v);
    if (!q.exec()) {
        if (q.lastError().text().contains(QLatin1String("UNIQUE")))
            return R::failure(tr("Bill %1 already exists for this client.").arg(invoice.number));
        return R::failure(q.lastError().text());
    }
    DebtorSummaryRepository summaries(m_db);
    if (Status s = summaries.recompute(invoice.debtorId, m_clock.today()); !s)
        return s;
    if (Status s = summaries.rebuildSearch(invoice.debtorId); !s)
        return s;
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("create"),
                                    QStringLiteral("invoice"), id,
                                    {{QStringLiteral("number"), invoice.number},
                                     {QStringLiteral("amount_cents"), invoice.amount.cents()}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

QVector<InvoiceRecord> InvoiceRepository::openBills(const Session& session,
                                                    const QString& debtorId) const
{
    QVector<InvoiceRecord> open;
    QDate after;
    QString afterId;
    for (;;) {
        const auto page = forDebtor(session, debtorId, 500, after, afterId);
        for (const InvoiceRecord& r : page)
            if (r.outstanding() > Money())
                open.push_back(r);
        if (page.size() < 500)
            break;
        after = page.constLast().dueDate;
        afterId = page.constLast().id;
    }
    return open;
}

Status InvoiceRepository::confirmReceipt(const Session& session, const QString& invoiceId)
{
    QSqlQuery find(m_db.sql());
    find.prepare(QStringLiteral("SELECT debtor_id, number, receipt_confirmed FROM invoice WHERE "
                                "id = ?"));
    find.addBindValue(invoiceId);
    if (!find.exec() || !find.next())
        return Status::failure(tr("Unknown bill."));
    const QString debtorId = find.value(0).toString();
    const QString number = find.value(1).toString();
    const bool already = find.value(2).toBool();
    find.finish();
    const auto debtor = DebtorRepository(m_db, m_clock).find(session, debtorId);
    if (!debtor)
        return debtor.status();
    if (already)
        return Status::success();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString now = isoUtc(m_clock.nowUtc());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE invoice SET receipt_confirmed = 1, receipt_confirmed_at = ?, "
                             "version = version + 1, device_id = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(now);
    q.addBindValue(m_db.deviceId());
    q.addBindValue(now);
    q.addBindValue(invoiceId);
    if (Status s = execOrFail(q, tr("Confirming the bill")); !s)
        return s;
    if (Status s = DebtorSummaryRepository(m_db).recompute(debtorId, m_clock.today()); !s)
        return s;
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("confirm_receipt"),
                                    QStringLiteral("invoice"), invoiceId,
                                    {{QStringLiteral("number"), number}});
        !s)
        return s;
    return tx.commit();
}

QVector<InvoiceRecord> InvoiceRepository::forDebtor(const Session& session, const QString& debtorId,
                                                    int limit, const QDate& afterDue,
                                                    const QString& afterId) const
{
    QVector<InvoiceRecord> out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
                  "SELECT i.id, i.supply_id, i.number, i.issue_date, i.due_date, i.amount_cents, "
                  "i.paid_cents, i.pagopa_notice, i.delivery_channel, i.receipt_confirmed "
                  "FROM invoice i JOIN debtor d ON d.id = i.debtor_id "
                  "WHERE i.debtor_id = :debtor AND %1 AND (i.due_date, i.id) > (:due, :id) "
                  "ORDER BY i.due_date, i.id LIMIT :limit")
                  .arg(session.debtorScope()));
    q.bindValue(QStringLiteral(":debtor"), debtorId);
    // Empty strings, not NULL, start the keyset: (x, y) > (NULL, NULL) matches nothing.
    q.bindValue(QStringLiteral(":due"),
                afterDue.isValid() ? isoDate(afterDue) : QStringLiteral(""));
    q.bindValue(QStringLiteral(":id"), afterId.isNull() ? QStringLiteral("") : afterId);
    q.bindValue(QStringLiteral(":limit"), limit);
    session.bindScope(q);
    if (!q.exec())
        return out;
    while (q.next()) {
        InvoiceRecord r;
        r.id = q.value(0).toString();
        r.debtorId = debtorId;
        r.supplyId = q.value(1).toString();
        r.number = q.value(2).toString();
        r.issueDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        r.dueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        r.amount = Money::fromCents(q.value(5).toLongLong());
        r.paid = Money::fromCents(q.value(6).toLongLong());
        r.pagopaNotice = q.value(7).toString();
        r.deliveryChannel = q.value(8).toString();
        r.receiptConfirmed = q.value(9).toBool();
        out.push_back(r);
    }
    return out;
}

} // namespace ascolto

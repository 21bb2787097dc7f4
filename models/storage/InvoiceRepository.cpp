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
          invoice.supplyId.isEmpty() ? QVariant() : QVariant(invoice.supplyId),
          QVariant(invoice.number.trimmed()), QVariant(isoDate(invoice.issueDate)),
          QVariant(isoDate(invoice.dueDate)), QVariant(invoice.amount.cents()),
          QVariant(invoice.paid.cents()), notice.isEmpty() ? QVariant() : QVariant(notice),
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

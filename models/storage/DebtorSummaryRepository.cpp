#include "DebtorSummaryRepository.h"

#include "Database.h"
#include "Ids.h"
#include "Session.h"
#include "SqlHelpers.h"

#include "domain/Aging.h"

namespace ascolto {

namespace {

// Bucket limits are computed as dates once, so SQLite compares ISO text and does no date
// arithmetic per row: overdue means due_date < today; 0-30 means due_date >= today-30...
QString summarySql(bool oneDebtor)
{
    return QStringLiteral(
               "INSERT OR REPLACE INTO debtor_summary(debtor_id, client_id, operator_id, as_of, "
               "outstanding_cents, overdue_cents, oldest_overdue_due, aging_0_30_cents, "
               "aging_31_60_cents, aging_61_90_cents, aging_91_180_cents, aging_181_360_cents, "
               "aging_over_360_cents, open_invoices, next_due_date, credit_cents) "
               "SELECT d.id, d.client_id, d.assigned_operator_id, :today, "
               " COALESCE(SUM(i.amount_cents - i.paid_cents), 0), "
               " COALESCE(SUM(CASE WHEN i.due_date < :today THEN i.amount_cents - i.paid_cents "
               "END), 0), "
               " MIN(CASE WHEN i.due_date < :today THEN i.due_date END), "
               " COALESCE(SUM(CASE WHEN i.due_date < :today AND i.due_date >= :d30 THEN "
               "i.amount_cents - i.paid_cents END), 0), "
               " COALESCE(SUM(CASE WHEN i.due_date < :d30 AND i.due_date >= :d60 THEN "
               "i.amount_cents - i.paid_cents END), 0), "
               " COALESCE(SUM(CASE WHEN i.due_date < :d60 AND i.due_date >= :d90 THEN "
               "i.amount_cents - i.paid_cents END), 0), "
               " COALESCE(SUM(CASE WHEN i.due_date < :d90 AND i.due_date >= :d180 THEN "
               "i.amount_cents - i.paid_cents END), 0), "
               " COALESCE(SUM(CASE WHEN i.due_date < :d180 AND i.due_date >= :d360 THEN "
               "i.amount_cents - i.paid_cents END), 0), "
               " COALESCE(SUM(CASE WHEN i.due_date < :d360 THEN i.amount_cents - i.paid_cents "
               "END), 0), "
               " COUNT(i.id), "
               " MIN(CASE WHEN i.due_date >= :today THEN i.due_date END), "
               " (SELECT COALESCE(SUM(p.credit_cents), 0) FROM payment p WHERE p.debtor_id = d.id) "
               "FROM debtor d LEFT JOIN invoice i ON i.debtor_id = d.id AND i.cancelled = 0 "
               " AND i.paid_cents < i.amount_cents %1 GROUP BY d.id")
        .arg(oneDebtor ? QStringLiteral("WHERE d.id = :id") : QString());
}

} // namespace

Status DebtorSummaryRepository::run(const QString& debtorId, const QDate& today)
{
    QSqlQuery q(m_db.sql());
    q.prepare(summarySql(!debtorId.isEmpty()));
    q.bindValue(QStringLiteral(":today"), isoDate(today));
    const auto bounds = Aging::upperBounds();
    const char* names[] = {":d30", ":d60", ":d90", ":d180", ":d360"};
    for (size_t i = 0; i < bounds.size(); ++i)
        q.bindValue(QLatin1String(names[i]), isoDate(today.addDays(-bounds[i])));
    if (!debtorId.isEmpty())
        q.bindValue(QStringLiteral(":id"), debtorId);
    return execOrFail(q, tr("Updating the debtor balance"));
}

Status DebtorSummaryRepository::recompute(const QString& debtorId, const QDate& today)
{
    return run(debtorId, today);
}

Status DebtorSummaryRepository::refreshAll(const QDate& today)
{
    return run(QString(), today);
}

QDate DebtorSummaryRepository::oldestAsOf() const
{
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT MIN(as_of) FROM debtor_summary")) && q.next())
        return QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return {};
}

Result<DebtorSummary> DebtorSummaryRepository::get(const Session& session,
                                                   const QString& debtorId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
                  "SELECT s.as_of, s.outstanding_cents, s.overdue_cents, s.oldest_overdue_due, "
                  "s.aging_0_30_cents, s.aging_31_60_cents, s.aging_61_90_cents, "
                  "s.aging_91_180_cents, s.aging_181_360_cents, s.aging_over_360_cents, "
                  "s.open_invoices, s.next_due_date, s.credit_cents FROM debtor_summary s "
                  "JOIN debtor d ON d.id = s.debtor_id WHERE s.debtor_id = :id AND %1")
                  .arg(session.debtorScope()));
    q.bindValue(QStringLiteral(":id"), debtorId);
    session.bindScope(q);
    if (!q.exec() || !q.next())
        return Result<DebtorSummary>::failure(tr("No balance for this debtor in your portfolio."));
    DebtorSummary s;
    s.debtorId = debtorId;
    s.asOf = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    s.outstanding = Money::fromCents(q.value(1).toLongLong());
    s.overdue = Money::fromCents(q.value(2).toLongLong());
    s.oldestOverdueDue = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    for (int i = 0; i < 6; ++i)
        s.aging[i] = Money::fromCents(q.value(4 + i).toLongLong());
    s.openInvoices = q.value(10).toInt();
    s.nextDueDate = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    s.credit = Money::fromCents(q.value(12).toLongLong());
    return s;
}

} // namespace ascolto

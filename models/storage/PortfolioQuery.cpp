#include "PortfolioQuery.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace ascolto {

int PortfolioQuery::count() const
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT count(*) FROM debtor d WHERE %1").arg(m_session.debtorScope()));
    m_session.bindScope(q);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QVector<PortfolioRow> PortfolioQuery::page(const QString& afterName, const QString& afterId,
                                           int limit) const
{
    QVector<PortfolioRow> rows;
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT d.id, d.display_name, d.customer_code, d.city, d.province, "
                  "u.display_name, s.outstanding_cents, s.overdue_cents, s.oldest_overdue_due, "
                  "d.vulnerability IS NOT NULL, d.do_not_contact, d.hold_reason IS NOT NULL "
                  "FROM debtor d LEFT JOIN debtor_summary s ON s.debtor_id = d.id "
                  "LEFT JOIN app_user u ON u.id = d.assigned_operator_id "
                  "WHERE %1 AND (d.display_name COLLATE NOCASE, d.id) > (:name, :id) "
                  "ORDER BY d.display_name COLLATE NOCASE, d.id LIMIT :limit")
                  .arg(m_session.debtorScope()));
    // A null QString binds as SQL NULL, and (x, y) > (NULL, NULL) matches nothing.
    q.bindValue(QStringLiteral(":name"), afterName.isNull() ? QStringLiteral("") : afterName);
    q.bindValue(QStringLiteral(":id"), afterId.isNull() ? QStringLiteral("") : afterId);
    q.bindValue(QStringLiteral(":limit"), limit);
    m_session.bindScope(q);
    if (!q.exec())
        return rows;
    rows.reserve(limit);
    while (q.next()) {
        PortfolioRow r;
        r.id = q.value(0).toString();
        r.displayName = q.value(1).toString();
        r.customerCode = q.value(2).toString();
        r.city = q.value(3).toString();
        r.province = q.value(4).toString();
        r.operatorName = q.value(5).toString();
        r.outstanding = Money::fromCents(q.value(6).toLongLong());
        r.overdue = Money::fromCents(q.value(7).toLongLong());
        r.oldestOverdueDue = QDate::fromString(q.value(8).toString(), Qt::ISODate);
        r.vulnerable = q.value(9).toBool();
        r.doNotContact = q.value(10).toBool();
        r.onHold = q.value(11).toBool();
        rows.push_back(r);
    }
    return rows;
}

} // namespace ascolto

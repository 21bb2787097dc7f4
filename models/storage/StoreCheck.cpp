#include "StoreCheck.h"

#include "Database.h"
#include "PaymentRepository.h"
#include "SqlHelpers.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ascolto {

QStringList StoreCheck::run(Database& db)
{
    QStringList problems;
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        problems << tr("integrity check failed to run: %1").arg(q.lastError().text());
    } else {
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << tr("integrity: %1").arg(line);
        }
    }
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        int n = 0;
        while (q.next()) {
            if (++n <= 20)
                problems << tr("broken reference: a row of %1 points to a missing %2")
                                .arg(q.value(0).toString(), q.value(2).toString());
        }
        if (n > 20)
            problems << tr("... and %1 more broken references").arg(n - 20);
    }
    const int version = db.schemaVersion();
    if (version != Database::latestVersion())
        problems
            << tr("schema version %1, expected %2").arg(version).arg(Database::latestVersion());

    const QStringList tables = {QStringLiteral("client"),      QStringLiteral("app_user"),
                                QStringLiteral("debtor"),      QStringLiteral("contact"),
                                QStringLiteral("supply"),      QStringLiteral("invoice"),
                                QStringLiteral("payment"),     QStringLiteral("payment_allocation"),
                                QStringLiteral("interaction"), QStringLiteral("promise"),
                                QStringLiteral("plan"),        QStringLiteral("installment"),
                                QStringLiteral("complaint"),   QStringLiteral("survey"),
                                QStringLiteral("task"),        QStringLiteral("message_template"),
                                QStringLiteral("audit_log"),   QStringLiteral("debtor_summary"),
                                QStringLiteral("sync_peer"),   QStringLiteral("conflict_log")};
    for (const QString& t : tables) {
        q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"));
        q.addBindValue(t);
        if (!q.exec() || !q.next())
            problems << tr("table %1 is missing").arg(t);
    }

    if (q.exec(QStringLiteral("SELECT count(*) FROM invoice WHERE paid_cents > amount_cents")) &&
        q.next() && q.value(0).toInt() > 0)
        problems << tr("%1 bills are paid more than their amount").arg(q.value(0).toInt());
    // What was paid on a bill is derived from the facts (schema 10).
    if (q.exec(QStringLiteral("SELECT count(*) FROM invoice i WHERE i.paid_cents <> %1")
                   .arg(PaymentRepository::invoicePaidSql(QStringLiteral("i")))) &&
        q.next() && q.value(0).toInt() > 0)
        problems
            << tr("%1 bills disagree with the payments allocated to them").arg(q.value(0).toInt());
    if (q.exec(QStringLiteral(
            "SELECT count(*) FROM debtor d LEFT JOIN debtor_summary s ON s.debtor_id = d.id "
            "WHERE s.debtor_id IS NULL OR s.outstanding_cents <> "
            "(SELECT COALESCE(SUM(i.amount_cents - i.paid_cents), 0) FROM invoice i WHERE "
            "i.debtor_id = d.id AND i.cancelled = 0)")) &&
        q.next() && q.value(0).toInt() > 0)
        problems << tr("%1 debtors have a stored balance that disagrees with their bills")
                        .arg(q.value(0).toInt());
    // The portfolio's scopes read the integer keys: a row filed under another client's or
    // operator's key would show a debtor to the wrong person.
    if (q.exec(QStringLiteral("SELECT count(*) FROM debtor_summary s WHERE s.client_key IS NOT "
                              "coalesce(%1, 0) OR s.operator_key IS NOT coalesce(%2, 0)")
                   .arg(scopeKeySql(QStringLiteral("s.client_id")),
                        scopeKeySql(QStringLiteral("s.operator_id")))) &&
        q.next() && q.value(0).toInt() > 0)
        problems << tr("%1 portfolio rows are filed under another client or operator")
                        .arg(q.value(0).toInt());
    return problems;
}

} // namespace ascolto

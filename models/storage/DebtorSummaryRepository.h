#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace ascolto {

class Database;
class Session;

// The materialised portfolio row of each debtor (table debtor_summary, schema 2): balance,
// aging, stage, plan/promise status, next action, last contact, satisfaction and flags.
// Storage code calls recompute() inside the transaction that changed anything of a debtor;
// refreshAll() rewrites every row for a new day (aging and stages move with the calendar).
// Also keeps the debtor's search text (search_index) in step.
class DebtorSummaryRepository
{
    Q_DECLARE_TR_FUNCTIONS(DebtorSummaryRepository)
public:
    explicit DebtorSummaryRepository(Database& db)
        : m_db(db)
    {}

    Status recompute(const QString& debtorId, const QDate& today);
    // A new interlocutor changes only the row's operator and its scope key: ?1 operator id,
    // ?2 debtor id (the SQL for loops on the C API).
    static QString setOperatorSql();
    Status setOperator(const QString& debtorId, const QString& operatorId);
    Status refreshAll(const QDate& today);
    // Rewrites only what derives from bills (billFactColumns() and the stage) for every
    // debtor, in one pass over the bills: what an import of bills changes, at a fraction of
    // refreshAll()'s cost. Leaves as_of alone (the other facts are not brought to today).
    Status refreshBillFacts(const QDate& today);
    static QStringList billFactColumns();
    // The debtor row's columns the portfolio row and the search index are made of: a change to
    // any other (notes, an IBAN) leaves both as they are.
    static QStringList debtorColumnsShown();
    // Adds the rows of debtors that have none, from the debtor row alone: for debtors just
    // imported, which have no bills, plans, promises, calls or surveys yet.
    Status addNewDebtors(const QDate& today);
    // Rewrites every row when some debtor lacks one or the rows are older than today
    // (after a schema upgrade, or on the first start of a day). Returns whether it did.
    Result<bool> ensureCurrent(const QDate& today, qint64 chunk = RefreshChunk);
    Result<DebtorSummary> get(const Session& session, const QString& debtorId) const;

    Status rebuildSearch(const QString& debtorId);
    // Debtors per transaction when ensureCurrent() refreshes everybody.
    static constexpr qint64 RefreshChunk = 5000;
    Status rebuildAllSearch();

private:
    // One debtor (debtorId), a range of rowids (lo..hi), or everybody (hi < lo).
    Status runFacts(const QString& debtorId, const QDate& today, qint64 lo = 0, qint64 hi = -1);
    Status runStages(const QString& debtorId, const QDate& today, qint64 lo = 0, qint64 hi = -1);
    Database& m_db;
};

} // namespace ascolto

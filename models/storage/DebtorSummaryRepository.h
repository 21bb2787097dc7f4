#pragma once

#include "domain/Records.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace ascolto {

class Database;
class Session;

// The stored per-debtor balance and aging (table debtor_summary). Storage code calls
// recompute() inside the transaction that changed a debtor's invoices or payments;
// refreshAll() moves every debtor's aging to a new day.
class DebtorSummaryRepository
{
    Q_DECLARE_TR_FUNCTIONS(DebtorSummaryRepository)
public:
    explicit DebtorSummaryRepository(Database& db)
        : m_db(db)
    {}

    Status recompute(const QString& debtorId, const QDate& today);
    Status refreshAll(const QDate& today);
    // The day the stored aging refers to (the oldest as_of of any row).
    QDate oldestAsOf() const;
    Result<DebtorSummary> get(const Session& session, const QString& debtorId) const;

private:
    Status run(const QString& debtorId, const QDate& today);
    Database& m_db;
};

} // namespace ascolto

#pragma once

#include "domain/Clock.h"
#include "domain/Records.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace ascolto {

class Database;
class Session;

class InvoiceRepository
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceRepository)
public:
    InvoiceRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // Team lead or admin (bills come from the client). Updates the debtor's balance.
    Result<QString> add(const Session& session, const InvoiceRecord& invoice);
    // Oldest due first; at most `limit` rows after the keyset (afterDue, afterId).
    QVector<InvoiceRecord> forDebtor(const Session& session, const QString& debtorId,
                                     int limit = 200, const QDate& afterDue = {},
                                     const QString& afterId = {}) const;

    // Unpaid bills of the debtor, oldest due first (for payments and complaints).
    QVector<InvoiceRecord> openBills(const Session& session, const QString& debtorId) const;
    // The debtor confirmed the bill arrived: no caring call needed for it.
    Status confirmReceipt(const Session& session, const QString& invoiceId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

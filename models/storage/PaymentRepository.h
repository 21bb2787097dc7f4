#pragma once

#include "domain/Clock.h"
#include "domain/Records.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace ascolto {

class Database;
class Session;

class PaymentRepository
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRepository)
public:
    PaymentRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // Payment channel codes, in the order forms offer them.
    static QStringList channels();

    // Records a payment of a debtor in the session's scope and allocates it (oldest bill
    // first unless bills are chosen). Payment, allocations, bill updates, balance and audit
    // are one transaction. Returns the payment id.
    Result<QString> record(const Session& session, const PaymentDraft& draft);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

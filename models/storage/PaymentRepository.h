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
    // SQL condition: the promise (table alias) is covered by the debtor's payments recorded
    // since it was made. The daily monitoring and every arriving payment use it.
    static QString promiseCoveredSql(const QString& alias);

    // Records a payment of a debtor in the session's scope and allocates it (oldest bill
    // first unless bills are chosen). Payment, allocations, bill updates, balance and audit
    // are one transaction. Returns the payment id.
    Result<QString> record(const Session& session, const PaymentDraft& draft);

    // A payment as it arrives, whatever the way (card, client's file, sync): the one place
    // where money is allocated to bills and plan installments, a completed plan closed and a
    // promise kept. The caller holds the transaction and has checked who may do it.
    struct PaymentFact
    {
        QString id;
        QString clientId;
        QString debtorId;
        Money amount;
        QDate paidOn;
        QString channel;
        QString reference;
        QString source = QStringLiteral("operator"); // operator, import, sync
        QString recordedBy;                          // user id, empty for files
        QStringList invoiceIds; // chosen bills; empty: the active plan, else oldest first
        QString planId;         // pay this plan's installments
        bool allowCredit = false;
        bool recompute = true; // false: the caller rebuilds the portfolio rows itself
    };
    struct Applied
    {
        Money credit;
        QString planId; // the plan the payment went to, if any
    };
    Result<Applied> applyWithin(const PaymentFact& fact);

    // The derived side of payments for these debtors, recomputed from the facts (schema 10):
    // a bill's paid amount is min(amount, what the client reports paid + the payments
    // allocated to it), an installment's the payments allocated to it (paid when covered);
    // then a plan with every installment paid is completed and a promise the payments cover
    // is kept. Paid amounts are derived, not edits: they change no version. After a payment
    // at the card or from a file, and after a bundle. Inside the caller's transaction.
    Status settle(const QStringList& debtorIds);
    // The same for every debtor (the demo generator, a full bundle).
    Status settleAll();
    // SQL: the paid amount of bill `alias` by that rule (StoreCheck holds stores to it).
    static QString invoicePaidSql(const QString& alias);
    // SQL: the paid amount of installment `alias`.
    static QString installmentPaidSql(const QString& alias);

private:
    // settle() over the debtors matched by `scope` (an SQL condition on debtor_id).
    Status settleWhere(const QString& scope);
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

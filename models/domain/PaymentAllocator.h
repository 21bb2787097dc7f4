#pragma once

#include "Money.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace ascolto {

// Splits a payment over open items: oldest due date first (ties by id for determinism),
// or over a chosen list in the order given. What is left over is a credit on account,
// accepted only when the operator chose so.
class PaymentAllocator
{
    Q_DECLARE_TR_FUNCTIONS(PaymentAllocator)
public:
    struct OpenItem
    {
        QString id;
        QDate dueDate;
        Money outstanding;
    };
    struct Allocation
    {
        QString id;
        Money amount;
    };
    struct Plan
    {
        QVector<Allocation> allocations;
        Money credit;
    };

    static Result<Plan> allocate(Money amount, QVector<OpenItem> items,
                                 const QStringList& chosenIds, bool allowCredit);
};

} // namespace ascolto

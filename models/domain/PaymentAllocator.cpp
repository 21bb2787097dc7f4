#include "PaymentAllocator.h"

#include <algorithm>

namespace ascolto {

Result<PaymentAllocator::Plan> PaymentAllocator::allocate(Money amount, QVector<OpenItem> items,
                                                          const QStringList& chosenIds,
                                                          bool allowCredit)
{
    using R = Result<Plan>;
    if (amount <= Money())
        return R::failure(tr("The amount must be greater than zero."));
    QVector<OpenItem> ordered;
    if (chosenIds.isEmpty()) {
        std::sort(items.begin(), items.end(), [](const OpenItem& a, const OpenItem& b) {
            return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.id < b.id;
        });
        ordered = items;
    } else {
        for (const QString& id : chosenIds) {
            auto it = std::find_if(items.begin(), items.end(),
                                   [&](const OpenItem& i) { return i.id == id; });
            if (it == items.end())
                return R::failure(tr("The bill chosen for this payment is not open any more."));
            ordered.push_back(*it);
        }
    }
    Plan plan;
    Money left = amount;
    for (const OpenItem& item : ordered) {
        if (left <= Money())
            break;
        if (item.outstanding <= Money())
            continue;
        const Money part = std::min(left, item.outstanding);
        plan.allocations.push_back({item.id, part});
        left -= part;
    }
    if (left > Money() && !allowCredit)
        return R::failure(tr("The payment exceeds the open bills by %1; choose \"keep as "
                             "credit\" to record it anyway.")
                              .arg(left.format()));
    plan.credit = left;
    return plan;
}

} // namespace ascolto

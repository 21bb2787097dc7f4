#include "CollectionKpi.h"

namespace ascolto::CollectionKpi {

int dsoSimpleDays(Money receivables, Money billed, int days)
{
    if (billed <= Money())
        return -1;
    return int((receivables.cents() * days + billed.cents() / 2) / billed.cents());
}

} // namespace ascolto::CollectionKpi

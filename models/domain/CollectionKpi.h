#pragma once

#include "Money.h"

namespace ascolto {

// Collection figures with the definitions of ../shared/REFERENCE.md, computed from totals
// that SQL sums (the KPI strip, reports).
namespace CollectionKpi {

// Days sales outstanding, simple method: receivables / billed in the last `days` days x
// `days`, to the nearest day; -1 when nothing was billed (212.000 owed, 250.000 billed in 90
// days: 76).
int dsoSimpleDays(Money receivables, Money billed, int days = 90);

} // namespace CollectionKpi
} // namespace ascolto

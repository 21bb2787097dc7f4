#pragma once

#include "Money.h"

#include <QDate>
#include <QVector>

#include <optional>

namespace ascolto {

// Collection figures with the definitions of ../shared/REFERENCE.md, computed from totals
// that SQL sums (the KPI strip, reports). A rate over nothing is "not available"
// (std::nullopt), never 0.
namespace CollectionKpi {

// Days sales outstanding, simple method: receivables / billed in the last `days` days x
// `days`, to the nearest day; -1 when nothing was billed (212.000 owed, 250.000 billed in 90
// days: 76).
int dsoSimpleDays(Money receivables, Money billed, int days = 90);
// The same, unrounded (76,3 on the same figures), for the reports.
std::optional<double> dsoSimple(Money receivables, Money billed, int days = 90);

// One month's billing, for the count-back method.
struct MonthBilled
{
    Money billed;
    int days = 30; // days in that month
};
// Days sales outstanding, count-back: from the receivables at a month's end, subtract each
// month's billing going back (newest first), counting that month's days, until the
// receivables are exhausted; the last month counts as a fraction (212.000 owed; 100.000,
// 80.000 and 70.000 billed in the last three 30-day months: 73,7). When the months given do
// not exhaust the receivables, their days are all counted (a lower bound).
std::optional<double> dsoCountBack(Money receivables, const QVector<MonthBilled>& newestFirst);

// Collection effectiveness index, in percent: (opening + billed / months - closing total) /
// (opening + billed / months - closing current) x 100 (6.200, 10.890 over 3 months, 6.340 and
// 3.590: 55,9).
std::optional<double> cei(Money opening, Money billed, int months, Money closingTotal,
                          Money closingCurrent);

// part / whole x 100 (liquidation, kept rate, right-party contact rate, roll and cure rates).
std::optional<double> percent(qint64 part, qint64 whole);

// The caring effect: for bills due in a period, the share paid by their due date among those
// that had a caring call beforehand against those that had not, within each aging class of
// their debtor (so a portfolio of good payers called more does not pass for an effect).
struct CaringClass
{
    qint64 calledBills = 0, calledPaidOnTime = 0;
    qint64 otherBills = 0, otherPaidOnTime = 0;
};
struct CaringEffect
{
    enum class Verdict
    {
        TooFew,  // under kMinimumBills on either side: no conclusion
        Better,  // paid on time more often after a caring call (95% two-sided)
        Worse,   // less often
        Unclear, // a difference within what chance makes
    };
    static constexpr qint64 kMinimumBills = 30;
    Verdict verdict = Verdict::TooFew;
    qint64 calledBills = 0, calledPaidOnTime = 0, otherBills = 0, otherPaidOnTime = 0;
    std::optional<double> calledRate, otherRate; // percent
    // The difference in percentage points, each class weighted by its bills (classes with
    // bills on both sides only), and its 95% margin.
    std::optional<double> difference, margin;
};
CaringEffect caringEffect(const QVector<CaringClass>& classes);

// What the firm earns for a period under the client's contract: a fixed management fee per
// month (months the period covers in part count by their days) and a success fee in basis
// points of what was collected, each rounded to the cent (half away from zero).
struct Commission
{
    Money fixedFee;
    Money successFee;
    Money total() const { return fixedFee + successFee; }
};
Commission commission(Money monthlyFee, int successFeeBp, Money collected, const QDate& from,
                      const QDate& to);

} // namespace CollectionKpi
} // namespace ascolto

#include "CollectionKpi.h"

#include <cmath>

namespace ascolto::CollectionKpi {

int dsoSimpleDays(Money receivables, Money billed, int days)
{
    if (billed <= Money())
        return -1;
    return int((receivables.cents() * days + billed.cents() / 2) / billed.cents());
}

std::optional<double> dsoSimple(Money receivables, Money billed, int days)
{
    if (billed <= Money())
        return std::nullopt;
    return double(receivables.cents() * days) / double(billed.cents());
}

std::optional<double> dsoCountBack(Money receivables, const QVector<MonthBilled>& newestFirst)
{
    if (receivables <= Money())
        return receivables.isZero() ? std::optional<double>(0.0) : std::nullopt;
    if (newestFirst.isEmpty())
        return std::nullopt;
    qint64 left = receivables.cents();
    double days = 0;
    for (const MonthBilled& m : newestFirst) {
        if (m.billed.cents() <= 0) {
            days += m.days;
            continue;
        }
        if (left <= m.billed.cents())
            return days + double(left) / double(m.billed.cents()) * m.days;
        left -= m.billed.cents();
        days += m.days;
    }
    return days;
}

std::optional<double> cei(Money opening, Money billed, int months, Money closingTotal,
                          Money closingCurrent)
{
    if (months <= 0)
        return std::nullopt;
    // Both sides multiplied by the months: the monthly billing stays whole cents.
    const qint64 base = opening.cents() * months + billed.cents();
    const qint64 denominator = base - closingCurrent.cents() * months;
    if (denominator <= 0)
        return std::nullopt;
    return double(base - closingTotal.cents() * months) * 100.0 / double(denominator);
}

std::optional<double> percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return double(part) * 100.0 / double(whole);
}

CaringEffect caringEffect(const QVector<CaringClass>& classes)
{
    CaringEffect e;
    for (const CaringClass& c : classes) {
        e.calledBills += c.calledBills;
        e.calledPaidOnTime += c.calledPaidOnTime;
        e.otherBills += c.otherBills;
        e.otherPaidOnTime += c.otherPaidOnTime;
    }
    e.calledRate = percent(e.calledPaidOnTime, e.calledBills);
    e.otherRate = percent(e.otherPaidOnTime, e.otherBills);
    // Standardised difference: each class's difference weighted by its bills; its variance
    // the weighted sum of the two proportions' variances.
    double weight = 0, difference = 0, variance = 0;
    for (const CaringClass& c : classes) {
        if (c.calledBills > 0 && c.otherBills > 0)
            weight += double(c.calledBills + c.otherBills);
    }
    if (weight > 0) {
        for (const CaringClass& c : classes) {
            if (c.calledBills <= 0 || c.otherBills <= 0)
                continue;
            const double w = double(c.calledBills + c.otherBills) / weight;
            const double p1 = double(c.calledPaidOnTime) / double(c.calledBills);
            const double p0 = double(c.otherPaidOnTime) / double(c.otherBills);
            difference += w * (p1 - p0);
            variance +=
                w * w *
                (p1 * (1 - p1) / double(c.calledBills) + p0 * (1 - p0) / double(c.otherBills));
        }
        e.difference = difference * 100.0;
        e.margin = 1.96 * std::sqrt(variance) * 100.0;
    }
    if (e.calledBills < CaringEffect::kMinimumBills || e.otherBills < CaringEffect::kMinimumBills ||
        !e.difference)
        e.verdict = CaringEffect::Verdict::TooFew;
    else if (*e.difference > *e.margin)
        e.verdict = CaringEffect::Verdict::Better;
    else if (*e.difference < -*e.margin)
        e.verdict = CaringEffect::Verdict::Worse;
    else
        e.verdict = CaringEffect::Verdict::Unclear;
    return e;
}

namespace {

// a x b / c to the cent, half away from zero, in integers.
qint64 scaled(qint64 a, qint64 b, qint64 c)
{
    const qint64 n = a * b;
    return n >= 0 ? (n + c / 2) / c : -((-n + c / 2) / c);
}

} // namespace

Commission commission(Money monthlyFee, int successFeeBp, Money collected, const QDate& from,
                      const QDate& to)
{
    Commission c;
    c.successFee = Money::fromCents(scaled(collected.cents(), successFeeBp, 10000));
    if (!from.isValid() || !to.isValid() || to < from)
        return c;
    // Month by month: a whole month is the fee, a part of one its share by days.
    qint64 fee = 0;
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        const QDate first = std::max(month, from);
        const QDate last = std::min(month.addMonths(1).addDays(-1), to);
        const qint64 days = first.daysTo(last) + 1;
        fee += days == month.daysInMonth() ? monthlyFee.cents()
                                           : scaled(monthlyFee.cents(), days, month.daysInMonth());
    }
    c.fixedFee = Money::fromCents(fee);
    return c;
}

} // namespace ascolto::CollectionKpi

#include "PlanCalculator.h"

#include "ItalianCalendar.h"

namespace ascolto {

QString PlanCalculator::percentText(qint64 bp, const QLocale& locale)
{
    return QStringLiteral("%1%2%3")
        .arg(locale.toString(bp / 100))
        .arg(locale.decimalPoint())
        .arg(bp % 100, 2, 10, QLatin1Char('0'));
}

namespace {

// Months between two dates, counting a started month as a whole one.
int monthsBetween(const QDate& from, const QDate& to)
{
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() > from.day())
        ++months;
    return std::max(0, months);
}
} // namespace

int PlanCalculator::equivalenceScaleMillis(int members)
{
    static const int table[] = {1000, 1570, 2040, 2460, 2850};
    if (members <= 1)
        return table[0];
    if (members <= 5)
        return table[members - 1];
    return table[4] + 350 * (members - 5);
}

Result<PlanCalculator::Schedule> PlanCalculator::schedule(const Request& r, const QDate& today)
{
    using R = Result<Schedule>;
    if (r.total <= Money())
        return R::failure(tr("total: the plan must cover an amount greater than zero"));
    if (r.discount < Money() || r.discount >= r.total)
        return R::failure(tr("discount: must be at least zero and less than the total"));
    const Money payable = r.total - r.discount;
    if (r.downPayment < Money() || r.downPayment > payable)
        return R::failure(tr("downPayment: must be between zero and the amount to pay"));
    if (!r.firstDue.isValid())
        return R::failure(tr("firstDue: the first due date is missing"));
    if (r.firstDue < today)
        return R::failure(tr("firstDue: the first installment cannot be due in the past"));
    if (r.firstDue > today.addYears(1))
        return R::failure(tr("firstDue: the first installment must fall within a year"));
    const Money financed = payable - r.downPayment;

    Schedule s;
    s.payable = payable;
    s.financed = financed;
    const QDate downDate = r.downPaymentDate.isValid() ? r.downPaymentDate : today;
    if (r.downPayment > Money())
        s.lines.push_back({0, downDate, downDate, r.downPayment});
    if (financed.isZero()) {
        s.endDate = downDate;
        return s;
    }

    int count = r.installments;
    if (count <= 0) {
        if (r.targetInstallment <= Money())
            return R::failure(tr("installments: give a number of installments or an amount for "
                                 "each installment"));
        count =
            int((financed.cents() + r.targetInstallment.cents() - 1) / r.targetInstallment.cents());
    }
    if (count > 360)
        return R::failure(
            tr("installments: %1 installments is not a plan anybody can follow").arg(count));
    if (financed.cents() < count)
        return R::failure(
            tr("installments: %1 installments would be smaller than one cent").arg(count));
    // Exact to the cent: the first `remainder` installments carry one cent more, so the
    // amounts differ by at most a cent and always add up to what is financed.
    const qint64 base = financed.cents() / count;
    const qint64 remainder = financed.cents() % count;
    s.installmentCount = count;
    s.installment = Money::fromCents(base + (remainder > 0 ? 1 : 0));
    for (int k = 0; k < count; ++k) {
        // Each date from the first due date (not from the previous one): 31 Jan, 28/29 Feb,
        // 31 Mar.
        const QDate nominal = r.frequency == Frequency::Monthly ? r.firstDue.addMonths(k)
                                                                : r.firstDue.addDays(14 * k);
        s.lines.push_back({k + 1, nominal, ItalianCalendar::nextBusinessDayOnOrAfter(nominal),
                           Money::fromCents(base + (k < remainder ? 1 : 0))});
    }
    s.endDate = s.lines.constLast().due;
    s.durationMonths = monthsBetween(today, s.endDate);
    return s;
}

PlanCalculator::Affordability PlanCalculator::affordability(const Household& h,
                                                            Money protectedMinimumBase,
                                                            const Schedule& schedule,
                                                            Frequency frequency)
{
    Affordability a;
    a.disposable = h.netMonthlyIncome - h.expenses();
    a.protectedMinimum = Money::fromCents(
        (protectedMinimumBase.cents() * equivalenceScaleMillis(h.members) + 500) / 1000);
    // The protected minimum is a floor for living costs, not an addition to them: the
    // household keeps what it declares to live on, or the minimum when it declares less.
    // Other debts are commitments on top of living, so they are always kept.
    const Money living = h.expenses() - h.otherDebts;
    const Money kept = (living > a.protectedMinimum ? living : a.protectedMinimum) + h.otherDebts;
    const Money room = h.netMonthlyIncome - kept;
    a.maxMonthly = room > Money() ? room : Money();
    // Two-weekly installments: 26 a year, so a month carries 26/12 of one.
    a.requestedMonthly = frequency == Frequency::Monthly
                             ? schedule.installment
                             : Money::fromCents((schedule.installment.cents() * 26 + 11) / 12);
    a.affordable = schedule.installmentCount == 0 || a.requestedMonthly <= a.maxMonthly;
    return a;
}

qint64 PlanCalculator::discountBp(Money total, Money discount)
{
    if (total.cents() <= 0)
        return 0;
    // Rounded up: 10.001% is more than 10%.
    return (discount.cents() * 10000 + total.cents() - 1) / total.cents();
}

QString PlanCalculator::approvalProblem(qint64 discountBp, const MandateRules& rules)
{
    if (discountBp <= rules.teamLeadDiscountBp)
        return {};
    const QLocale locale;
    return tr("a discount of %1% is beyond the team lead's authority (%2%): the client's "
              "rules allow no more")
        .arg(percentText(discountBp, locale), percentText(rules.teamLeadDiscountBp, locale));
}

QString PlanCalculator::discountApprovalText(qint64 discountBp, qint64 operatorDiscountBp)
{
    const QLocale locale;
    return tr("a discount of %1% needs the team lead's approval (operators may grant %2%)")
        .arg(percentText(discountBp, locale), percentText(operatorDiscountBp, locale));
}

QString PlanCalculator::affordabilityApprovalText(Money requestedMonthly, Money maxMonthly)
{
    const QLocale locale;
    return tr("an installment of %1 a month, more than the household can afford (%2), needs the "
              "team lead's approval")
        .arg(requestedMonthly.format(locale), maxMonthly.format(locale));
}

QString PlanCalculator::installmentStatus(const QDate& due, const QDate& today, bool paid,
                                          int daysLateToBreak)
{
    if (paid)
        return QStringLiteral("paid");
    if (due >= today)
        return QStringLiteral("open");
    return due.daysTo(today) > daysLateToBreak ? QStringLiteral("missed") : QStringLiteral("late");
}

bool PlanCalculator::breaks(int missedInstallments, const MandateRules& rules)
{
    return missedInstallments >= rules.missedInstallmentsToBreak;
}

Result<Money> PlanCalculator::parseDiscount(const QString& text, Money total)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Money();
    const bool percent = t.endsWith(QLatin1Char('%'));
    // A percentage: whole basis points, then cents, without floating point.
    const auto value = Money::parse(percent ? t.chopped(1) : t);
    if (!value || value->isNegative())
        return Result<Money>::failure(tr("Discount: write an amount or a percentage such as 10%"));
    return percent ? discountFor(total, value->cents()) : *value;
}

Money PlanCalculator::discountFor(Money total, qint64 basisPoints)
{
    return Money::fromCents((total.cents() * basisPoints + 5000) / 10000);
}

PlanCalculator::MandateCheck PlanCalculator::checkMandate(const Request& r, const Schedule& s,
                                                          const MandateRules& rules)
{
    MandateCheck c;
    const QLocale locale;
    if (s.installmentCount > rules.maxInstallments)
        c.problems << tr("the client allows at most %1 installments").arg(rules.maxInstallments);
    // The smallest installment (the split puts spare cents on the first ones) decides.
    const Money smallest = s.installmentCount > 0 ? s.lines.constLast().amount : Money();
    if (s.installmentCount > 1 && smallest < rules.minInstallment)
        c.problems
            << tr("installments must be at least %1").arg(rules.minInstallment.format(locale));
    if (s.durationMonths > rules.maxPlanMonths)
        c.problems << tr("the plan may last at most %1 months").arg(rules.maxPlanMonths);
    if (r.discount > Money()) {
        // Authority is compared in cents, with the same rounding as a typed percentage, so
        // "20%" is exactly the 20% authority (it showed as 20.01% and asked for approval)
        // and 10.01 on a 100 debt is above 10%. The percentage shown is the nearest one.
        const qint64 bp = (r.discount.cents() * 10000 + r.total.cents() / 2) / r.total.cents();
        if (r.discount > discountFor(r.total, rules.teamLeadDiscountBp))
            c.problems << tr("a discount of %1% is beyond the client's mandate (at most %2%)")
                              .arg(percentText(bp, locale),
                                   percentText(rules.teamLeadDiscountBp, locale));
        else if (r.discount > discountFor(r.total, rules.operatorDiscountBp)) {
            c.needsApproval = true;
            c.discountBp = bp;
            c.operatorDiscountBp = rules.operatorDiscountBp;
            c.approvalReasons << discountApprovalText(bp, rules.operatorDiscountBp);
        }
    }
    return c;
}

} // namespace ascolto

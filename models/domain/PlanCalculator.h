#pragma once

#include "Money.h"
#include "Records.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QVector>

namespace ascolto {

// Repayment plan arithmetic: the schedule, what the household can afford, and what the
// client's mandate allows. Pure functions; the negotiation dialog and `ascolto-cli plan
// --preview` both call them.
class PlanCalculator
{
    Q_DECLARE_TR_FUNCTIONS(PlanCalculator)
public:
    enum class Frequency
    {
        Monthly,
        Biweekly
    };

    // The discount a percentage of the total gives (basis points: 1000 = 10%), to the
    // nearest cent. Typed percentages and discount authorities both go through it.
    static Money discountFor(Money total, qint64 basisPoints);
    // A discount as operators type it: an amount ("60", "60,00 EUR") or a percentage of the
    // total ("10%"); empty is no discount. The error says what to write.
    static Result<Money> parseDiscount(const QString& text, Money total);

    struct Request
    {
        Money total;             // the debt the plan covers (chosen bills)
        Money discount;          // reduction granted (saldo e stralcio), absolute
        Money downPayment;       // paid on downPaymentDate, before the installments
        int installments = 0;    // either a number of installments...
        Money targetInstallment; // ...or the amount the debtor can pay each time
        Frequency frequency = Frequency::Monthly;
        QDate firstDue;
        QDate downPaymentDate; // defaults to today
    };

    struct Line
    {
        int seq = 0;   // 0 = down payment
        QDate nominal; // the date by the calendar rule
        QDate due;     // moved to the next business day when needed
        Money amount;
    };

    struct Schedule
    {
        QVector<Line> lines;
        Money payable;  // total - discount
        Money financed; // payable - down payment
        int installmentCount = 0;
        Money installment; // the usual installment (the largest)
        QDate endDate;
        int durationMonths = 0;
    };

    // An error names the field ("installments: ...") so forms and the CLI can point at it.
    static Result<Schedule> schedule(const Request& request, const QDate& today);

    // ISEE equivalence scale in thousandths: 1 person 1000, 2: 1570, 3: 2040, 4: 2460,
    // 5: 2850, +350 for each further member.
    static int equivalenceScaleMillis(int members);

    struct Household
    {
        int members = 1;
        Money netMonthlyIncome;
        Money housing, utilities, food, transport, health, otherDebts;
        Money expenses() const
        {
            return housing + utilities + food + transport + health + otherDebts;
        }
    };
    struct Affordability
    {
        Money disposable;       // income - essential expenses
        Money protectedMinimum; // base x equivalence scale
        // What may go to the plan each month (never negative): income - other debts -
        // the larger of declared living costs and the protected minimum.
        Money maxMonthly;
        Money requestedMonthly; // the plan's installment as a monthly amount
        bool affordable = true;
    };
    static Affordability affordability(const Household& household, Money protectedMinimumBase,
                                       const Schedule& schedule, Frequency frequency);

    struct MandateCheck
    {
        QStringList problems;       // beyond the client's mandate: cannot be proposed
        bool needsApproval = false; // beyond the operator's authority: team lead approves
        QStringList approvalReasons;
        // The discount that needs approval and the operator's authority, in basis points
        // (0 when the discount needs none): what the team lead's task keeps.
        qint64 discountBp = 0;
        qint64 operatorDiscountBp = 0;
        bool ok() const { return problems.isEmpty(); }
    };
    static MandateCheck checkMandate(const Request& request, const Schedule& schedule,
                                     const MandateRules& rules);
    // "a discount of 20,00% needs the team lead's approval (operators may grant 5,00%)", in
    // the current language: the plan dialog and the team lead's Today list word it alike.
    static QString discountApprovalText(qint64 discountBp, qint64 operatorDiscountBp);
    // An installment above what the household can afford goes ahead only with a written
    // reason, and an operator's then waits for the team lead like a discount beyond their
    // authority: "an installment of 200,00 a month, more than the household can afford
    // (158,00), needs the team lead's approval".
    static QString affordabilityApprovalText(Money requestedMonthly, Money maxMonthly);
    // The discount of a plan in basis points of what it covers (0 for nothing covered).
    static qint64 discountBp(Money total, Money discount);
    // "12,50" for 1250 basis points, in the locale, without floating point.
    static QString percentText(qint64 basisPoints, const QLocale& locale = QLocale());
    // Why a team lead cannot approve a plan with this discount under these rules (empty when
    // they can): the client's rules may have changed since the operator proposed it.
    static QString approvalProblem(qint64 discountBp, const MandateRules& rules);

    // Following a plan (PlanRepository::monitor computes the same in SQL; a test holds the
    // two together). An unpaid installment past its due date is "late", and "missed" once
    // more than the client's days late have gone by; a paid one is "paid", one not yet due
    // "open". A plan breaks when its missed installments reach the client's number.
    static QString installmentStatus(const QDate& due, const QDate& today, bool paid,
                                     int daysLateToBreak);
    static bool breaks(int missedInstallments, const MandateRules& rules);
};

// What the negotiation produced: the plan to save.
struct PlanDraft
{
    QString debtorId;
    QString kind =
        QStringLiteral("installments"); // installments, settlement, settlement_installments
    QStringList invoiceIds;
    PlanCalculator::Request request;
    bool hasHousehold = false;
    PlanCalculator::Household household;
    QString overrideReason; // why an unaffordable plan goes ahead anyway
    QString notes;
};

} // namespace ascolto

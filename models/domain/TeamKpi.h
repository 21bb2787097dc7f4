#pragma once

#include "Money.h"
#include "Satisfaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

#include <optional>

namespace ascolto {

// The team board's figures: what one operator did for one client over a period, with the
// definitions of ../shared/REFERENCE.md. SQL counts the facts behind each figure
// (storage/TeamBoardQuery); the rates and averages are computed here from those counts, so
// an operator's column and the team's total follow the same formula.
namespace TeamKpi {

// The counted facts behind the board's rows, one per source the board reads.
enum class Fact
{
    Debtors,             // debtors the operator is the interlocutor of now (cents: outstanding)
    Collected,           // payments received while the operator was the interlocutor
    Attempts,            // calls made or taken by the operator
    RightPartyContacts,  // of those, the ones in which the debtor was spoken to
    PromisesMade,        // promises to pay taken by the operator
    PromisesKept,        // the operator's promises that fell due in the period and were kept
    PromisesBroken,      // ... and were broken
    PlansActive,         // plans the operator agreed that are in force now
    PlansCompleted,      // ... that were paid off in the period
    PlansBroken,         // ... that broke in the period
    CaringCalls,         // caring calls before a bill's due date
    CaringBills,         // bills those calls were about, already due (flag: paid on time)
    Surveys,             // satisfaction surveys after the operator's calls
    Complaints,          // complaints about the client's service the operator opened
    Emotions,            // calls in which the operator recognised an emotion
    OverdueTasks,        // open tasks of the operator past their time
    Conversations,       // conversations with the debtors the operator is interlocutor of
                         // (flag: held by the operator)
    InterlocutorChanges, // handovers in the last 12 months of the operator's debtors
};
constexpr int FactCount = int(Fact::InterlocutorChanges) + 1;

// Whether a fact is read over the chosen period, or is a state of now (or of the last year).
bool followsPeriod(Fact fact);

// One operator's (or the team's) counts. `count` and `cents` and `flagged` per fact: what SQL
// sums with count(*), sum(cents) and sum(flag).
struct Tally
{
    qint64 count[FactCount] = {};
    qint64 cents[FactCount] = {};
    qint64 flagged[FactCount] = {};
    SatisfactionScores::Tally surveys;

    qint64 countOf(Fact f) const { return count[int(f)]; }
    Money moneyOf(Fact f) const { return Money::fromCents(cents[int(f)]); }
    qint64 flaggedOf(Fact f) const { return flagged[int(f)]; }
    Tally& operator+=(const Tally& other);
};

// The rows of the board, in order.
enum class Figure
{
    Debtors,
    Outstanding,
    Collected,
    Attempts,
    RightPartyContacts,
    RpcRate,
    PromisesMade,
    PromisesKept,
    PromisesBroken,
    KeptRate,
    PlansActive,
    PlansCompleted,
    PlansBroken,
    CaringCalls,
    CaringPaidOnTime,
    Csat,
    Ces,
    Nps,
    Complaints,
    Emotions,
    OverdueTasks,
    Continuity,
    InterlocutorChanges,
};
constexpr int FigureCount = int(Figure::InterlocutorChanges) + 1;

// What a figure's cell opens: the debtors behind it or the calls.
enum class Drill
{
    Debtors,
    Calls
};

struct Value
{
    enum class Kind
    {
        Count,
        Money,
        Percent, // 0..100
        Average, // a mean on the question's own scale (CES 1-7)
        Score,   // NPS, -100..100
        Rate     // per 100 debtors a year
    };
    Kind kind = Kind::Count;
    double number = 0;   // count, percent, mean, score or rate (0 for money)
    bool defined = true; // false: nothing to compute it on (no calls, no surveys...)
    qint64 basis = 0;    // how many facts it rests on (shown beside a rate)
    Money money;         // Kind::Money: the amount, in integer cents
};

Value value(const Tally& tally, Figure figure);
// The fact whose rows a cell opens (a rate opens its numerator's rows).
Fact drillFact(Figure figure);
// Whether a cell opens only the flagged rows of its fact (a rate: the bills paid on time,
// the conversations the operator held).
bool drillFlaggedOnly(Figure figure);
Drill drillTarget(Figure figure);
// The row's name and its definition (tooltip), in the reader's language.
QString name(Figure figure);
QString definition(Figure figure);

// part / whole as a percentage; nullopt when whole is 0.
std::optional<double> share(qint64 part, qint64 whole);
// Interlocutor changes per 100 debtors per year, from changes counted over `days` days;
// nullopt without debtors.
std::optional<double> changesPer100PerYear(qint64 changes, qint64 debtors, int days = 365);

enum class PeriodKind
{
    Today,
    Week,         // Monday to today
    Month,        // the 1st to today
    PreviousMonth // the whole month before this one
};
struct Period
{
    QDate from; // first day
    QDate to;   // day after the last
};
Period period(PeriodKind kind, const QDate& today);

} // namespace TeamKpi
} // namespace ascolto

#include "TeamKpi.h"

#include <array>

namespace ascolto::TeamKpi {

namespace {

struct Row
{
    Figure figure;
    Fact fact; // the fact a cell opens
    Drill drill;
    const char* name;
    const char* definition;
};

// clang-format off
constexpr std::array<Row, FigureCount> kRows{{
    {Figure::Debtors, Fact::Debtors, Drill::Debtors,
     QT_TRANSLATE_NOOP("TeamKpi", "Debtors"),
     QT_TRANSLATE_NOOP("TeamKpi", "Debtors the operator is the interlocutor of now.")},
    {Figure::Outstanding, Fact::Debtors, Drill::Debtors,
     QT_TRANSLATE_NOOP("TeamKpi", "Outstanding"),
     QT_TRANSLATE_NOOP("TeamKpi", "What those debtors owe now, bills not yet due included.")},
    {Figure::Collected, Fact::Collected, Drill::Debtors,
     QT_TRANSLATE_NOOP("TeamKpi", "Collected"),
     QT_TRANSLATE_NOOP("TeamKpi", "Payments received in the period from debtors while the "
                                  "operator was their interlocutor (a handed-over debtor's "
                                  "earlier payments stay with who held them).")},
    {Figure::Attempts, Fact::Attempts, Drill::Calls,
     QT_TRANSLATE_NOOP("TeamKpi", "Contact attempts"),
     QT_TRANSLATE_NOOP("TeamKpi", "Calls the operator made or took in the period (phone and "
                                  "visits), answered or not.")},
    {Figure::RightPartyContacts, Fact::RightPartyContacts, Drill::Calls,
     QT_TRANSLATE_NOOP("TeamKpi", "Right-party contacts"),
     QT_TRANSLATE_NOOP("TeamKpi", "Of those calls, the ones in which the debtor was spoken to "
                                  "(not a relative, not an answering machine).")},
    {Figure::RpcRate, Fact::RightPartyContacts, Drill::Calls,
     QT_TRANSLATE_NOOP("TeamKpi", "RPC rate"),
     QT_TRANSLATE_NOOP("TeamKpi", "Right-party contacts / contact attempts.")},
    {Figure::PromisesMade, Fact::PromisesMade, Drill::Debtors,
     QT_TRANSLATE_NOOP("TeamKpi", "Promises made"),
     QT_TRANSLATE_NOOP("TeamKpi", "Promises to pay the operator took in the period.")},
    {Figure::PromisesKept, Fact::PromisesKept, Drill::Debtors,
     QT_TRANSLATE_NOOP("TeamKpi", "Promises kept"),
     QT_TRANSLATE_NOOP("TeamKpi", "The operator's promises that fell due in the period and "
                                  "were paid in full by their date.")},
    {Figure::PromisesBroken, Fact::PromisesBroken, Drill::Debtors,
     QT_TRANSLATE_NOOP("TeamKpi", "Promises broken"),
     QT_TRANSLATE_NOOP("TeamKpi", "The operator's promises that fell due in the period and "
                                  "were not paid.")},
    {Figure::KeptRate, Fact::PromisesKept, Drill::Debtors,
     QT_TRANSLATE_NOOP("TeamKpi", "Kept rate"),
     QT_TRANSLATE_NOOP("TeamKpi", "Promises kept / promises that fell due in the period (kept "
                                  "+ broken; cancelled ones do not count).")},
    {Figure::PlansActive, Fact::PlansActive, Drill::Debtors,
     QT_TRANSLATE_NOOP("TeamKpi", "Plans active"),
     QT_TRANSLATE_NOOP("TeamKpi", "Plans the operator agreed that are in force now.")},
    {Figure::PlansCompleted, Fact::PlansCompleted, Drill::Debtors,
     QT_TRANSLATE_NOOP("TeamKpi", "Plans completed"),
     QT_TRANSLATE_NOOP("TeamKpi", "Plans the operator agreed that were paid off in the "
                                  "period.")},
    {Figure::PlansBroken, Fact::PlansBroken, Drill::Debtors,
     QT_TRANSLATE_NOOP("TeamKpi", "Plans broken"),
     QT_TRANSLATE_NOOP("TeamKpi", "Plans the operator agreed that broke in the period.")},
    {Figure::CaringCalls, Fact::CaringCalls, Drill::Calls,
     QT_TRANSLATE_NOOP("TeamKpi", "Caring calls"),
     QT_TRANSLATE_NOOP("TeamKpi", "Calls made in the period before a bill fell due, to remind "
                                  "and help.")},
    {Figure::CaringPaidOnTime, Fact::CaringBills, Drill::Debtors,
     QT_TRANSLATE_NOOP("TeamKpi", "Caring: paid on time"),
     QT_TRANSLATE_NOOP("TeamKpi", "Of the bills those calls were about (due within the client's "
                                  "caring window after the call) that have fallen due, the "
                                  "share paid in full by the due date.")},
    {Figure::Csat, Fact::Surveys, Drill::Calls,
     QT_TRANSLATE_NOOP("TeamKpi", "CSAT"),
     QT_TRANSLATE_NOOP("TeamKpi", "Satisfaction after the operator's calls in the period: "
                                  "answers 4 or 5 of 5 / answers.")},
    {Figure::Ces, Fact::Surveys, Drill::Calls,
     QT_TRANSLATE_NOOP("TeamKpi", "CES (average)"),
     QT_TRANSLATE_NOOP("TeamKpi", "Customer effort: mean answer, 1 (very hard) to 7 (very "
                                  "easy).")},
    {Figure::Nps, Fact::Surveys, Drill::Calls,
     QT_TRANSLATE_NOOP("TeamKpi", "NPS"),
     QT_TRANSLATE_NOOP("TeamKpi", "Net promoter score: % answering 9-10 minus % answering "
                                  "0-6, from -100 to 100.")},
    {Figure::Complaints, Fact::Complaints, Drill::Debtors,
     QT_TRANSLATE_NOOP("TeamKpi", "Complaints opened"),
     QT_TRANSLATE_NOOP("TeamKpi", "Complaints about the client's service the operator "
                                  "recorded in the period, to report to the client.")},
    {Figure::Emotions, Fact::Emotions, Drill::Calls,
     QT_TRANSLATE_NOOP("TeamKpi", "Emotions recognised"),
     QT_TRANSLATE_NOOP("TeamKpi", "Calls in the period in which the operator named the "
                                  "debtor's emotion.")},
    {Figure::OverdueTasks, Fact::OverdueTasks, Drill::Debtors,
     QT_TRANSLATE_NOOP("TeamKpi", "Overdue tasks"),
     QT_TRANSLATE_NOOP("TeamKpi", "The operator's open tasks past their time, now.")},
    {Figure::Continuity, Fact::Conversations, Drill::Calls,
     QT_TRANSLATE_NOOP("TeamKpi", "Continuity"),
     QT_TRANSLATE_NOOP("TeamKpi", "Of the conversations in the period with the debtors the "
                                  "operator was interlocutor of, the share the operator held "
                                  "(not a colleague).")},
    {Figure::InterlocutorChanges, Fact::InterlocutorChanges, Drill::Debtors,
     QT_TRANSLATE_NOOP("TeamKpi", "Interlocutor changes"),
     QT_TRANSLATE_NOOP("TeamKpi", "Handovers in the last 12 months of the operator's debtors, "
                                  "per 100 debtors a year (the period does not change it).")},
}};
// clang-format on

const Row& row(Figure figure)
{
    return kRows[size_t(figure)];
}

Value count(qint64 n)
{
    return {Value::Kind::Count, double(n), true, n, {}};
}

Value percent(qint64 part, qint64 whole)
{
    const auto s = share(part, whole);
    return {Value::Kind::Percent, s.value_or(0), s.has_value(), whole, {}};
}

} // namespace

bool followsPeriod(Fact fact)
{
    switch (fact) {
    case Fact::Debtors:
    case Fact::PlansActive:
    case Fact::OverdueTasks:
    case Fact::InterlocutorChanges:
        return false;
    default:
        return true;
    }
}

Tally& Tally::operator+=(const Tally& o)
{
    for (int i = 0; i < FactCount; ++i) {
        count[i] += o.count[i];
        cents[i] += o.cents[i];
        flagged[i] += o.flagged[i];
    }
    surveys += o.surveys;
    return *this;
}

std::optional<double> share(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * double(part) / double(whole);
}

std::optional<double> changesPer100PerYear(qint64 changes, qint64 debtors, int days)
{
    if (debtors <= 0 || days <= 0)
        return std::nullopt;
    return 100.0 * double(changes) / double(debtors) * 365.0 / double(days);
}

Value value(const Tally& t, Figure figure)
{
    const SatisfactionScores s = SatisfactionScores::fromTally(t.surveys);
    switch (figure) {
    case Figure::Debtors:
        return count(t.countOf(Fact::Debtors));
    case Figure::Outstanding:
        return {Value::Kind::Money, 0, true, t.countOf(Fact::Debtors), t.moneyOf(Fact::Debtors)};
    case Figure::Collected:
        return {Value::Kind::Money, 0, true, t.countOf(Fact::Collected),
                t.moneyOf(Fact::Collected)};
    case Figure::Attempts:
        return count(t.countOf(Fact::Attempts));
    case Figure::RightPartyContacts:
        return count(t.countOf(Fact::RightPartyContacts));
    case Figure::RpcRate:
        return percent(t.countOf(Fact::RightPartyContacts), t.countOf(Fact::Attempts));
    case Figure::PromisesMade:
        return count(t.countOf(Fact::PromisesMade));
    case Figure::PromisesKept:
        return count(t.countOf(Fact::PromisesKept));
    case Figure::PromisesBroken:
        return count(t.countOf(Fact::PromisesBroken));
    case Figure::KeptRate:
        return percent(t.countOf(Fact::PromisesKept),
                       t.countOf(Fact::PromisesKept) + t.countOf(Fact::PromisesBroken));
    case Figure::PlansActive:
        return count(t.countOf(Fact::PlansActive));
    case Figure::PlansCompleted:
        return count(t.countOf(Fact::PlansCompleted));
    case Figure::PlansBroken:
        return count(t.countOf(Fact::PlansBroken));
    case Figure::CaringCalls:
        return count(t.countOf(Fact::CaringCalls));
    case Figure::CaringPaidOnTime:
        return percent(t.flaggedOf(Fact::CaringBills), t.countOf(Fact::CaringBills));
    case Figure::Csat:
        return {Value::Kind::Percent, s.csatPercent, s.csatAnswers > 0, s.csatAnswers, {}};
    case Figure::Ces:
        return {Value::Kind::Average, s.cesAverage, s.cesAnswers > 0, s.cesAnswers, {}};
    case Figure::Nps:
        return {Value::Kind::Score, s.nps, s.npsAnswers > 0, s.npsAnswers, {}};
    case Figure::Complaints:
        return count(t.countOf(Fact::Complaints));
    case Figure::Emotions:
        return count(t.countOf(Fact::Emotions));
    case Figure::OverdueTasks:
        return count(t.countOf(Fact::OverdueTasks));
    case Figure::Continuity:
        return percent(t.flaggedOf(Fact::Conversations), t.countOf(Fact::Conversations));
    case Figure::InterlocutorChanges: {
        const auto r =
            changesPer100PerYear(t.countOf(Fact::InterlocutorChanges), t.countOf(Fact::Debtors));
        return {Value::Kind::Rate,
                r.value_or(0),
                r.has_value(),
                t.countOf(Fact::InterlocutorChanges),
                {}};
    }
    }
    return {};
}

Fact drillFact(Figure figure)
{
    return row(figure).fact;
}

bool drillFlaggedOnly(Figure figure)
{
    return figure == Figure::CaringPaidOnTime || figure == Figure::Continuity;
}

Drill drillTarget(Figure figure)
{
    return row(figure).drill;
}

QString name(Figure figure)
{
    return QCoreApplication::translate("TeamKpi", row(figure).name);
}

QString definition(Figure figure)
{
    return QCoreApplication::translate("TeamKpi", row(figure).definition);
}

Period period(PeriodKind kind, const QDate& today)
{
    switch (kind) {
    case PeriodKind::Today:
        return {today, today.addDays(1)};
    case PeriodKind::Week:
        return {today.addDays(1 - today.dayOfWeek()), today.addDays(1)};
    case PeriodKind::Month:
        return {QDate(today.year(), today.month(), 1), today.addDays(1)};
    case PeriodKind::PreviousMonth: {
        const QDate first(today.year(), today.month(), 1);
        return {first.addMonths(-1), first};
    }
    }
    return {today, today.addDays(1)};
}

} // namespace ascolto::TeamKpi

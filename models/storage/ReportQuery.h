#pragma once

#include "domain/Clock.h"
#include "domain/CollectionKpi.h"
#include "domain/Records.h"
#include "domain/Result.h"
#include "domain/Satisfaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

#include <array>
#include <functional>

namespace ascolto {

class Database;
class Session;

// What the reports ask: a client, a period of days (both included), optionally one operator.
struct ReportFilter
{
    QString clientId;
    QDate from;
    QDate to;
    QString operatorId; // empty: the whole client
};

// The facts the reports are made of, counted and summed in SQL (GROUP BY) or in one pass
// over the client's bills, for a client and a period. The figures (rates, DSO, CEI, the
// caring effect, the commission) are computed from these by CollectionKpi, in
// itemmodels/ReportTables, so the window, the CSV files and the PDF show the same numbers.
//
// With an operator: portfolio facts (bills, aging, payments, the caring effect) are those of
// the debtors the operator is the interlocutor of now; activity facts (calls, promises,
// plans, complaints, surveys) those the operator made.
struct ReportFacts
{
    ReportFilter filter;
    QDate today;
    ClientRecord client;
    QString operatorName;

    // Aging of what is owed, in cents and bills, per class: 0 not yet due, then the
    // Aging::Bucket classes (1 = 0-30 days ... 6 = over 360), on the day before the period
    // (opening) and on its last day (closing). A bill paid to the client (a fact of the
    // client's bills file, without a date) counts as paid on both days.
    static constexpr int kAgingClasses = 7;
    std::array<qint64, kAgingClasses> openingCents{}, closingCents{};
    std::array<qint64, kAgingClasses> openingBills{}, closingBills{};
    qint64 delinquentDebtors = 0; // debtors with something overdue at the opening
    qint64 curedDebtors = 0;      // ... of whom nothing was overdue at the closing

    // Month by month, from twelve months before the period's first month to its last
    // month: billed (bills issued that month), collected (payments received that month), and
    // the receivables at the month's end (or at the period's end for its last month).
    struct Month
    {
        QDate first;
        int days = 0; // days of the month counted (the last month: up to the period's end)
        qint64 billed = 0, collected = 0, receivables = 0, current = 0; // current: not yet due
    };
    QVector<Month> months;
    qint64 placedInPeriod = 0;    // bills issued in the period (placed as they are issued)
    qint64 collectedInPeriod = 0; // payments received in the period
    qint64 paymentsInPeriod = 0;

    struct Collection
    {
        QDate month;
        QString channel;
        qint64 payments = 0, cents = 0;
    };
    QVector<Collection> collections; // in the period, by month and channel

    // Stair-step: for each month of placement in the twelve months up to the period's end,
    // what was placed and what of it was collected in each month since (0 = the same month).
    struct Cohort
    {
        QDate month;
        qint64 placed = 0;
        QVector<qint64> collected; // per month since placement, up to the period's end
    };
    QVector<Cohort> cohorts;

    // Plans: in force at the period's end (now, for a period ending today or later), agreed,
    // completed, broken and renegotiated in the period; installments due in the period and
    // those paid by their due date.
    qint64 plansActive = 0, plansAgreed = 0, plansFinanced = 0, plansCompleted = 0, plansBroken = 0,
           plansRenegotiated = 0, installmentsDue = 0, installmentsOnTime = 0;
    // Promises made in the period; of those that fell due in it, kept and broken.
    qint64 promisesMade = 0, promisesMadeCents = 0, promisesDue = 0, promisesKept = 0,
           promisesBroken = 0;

    // Activity: calls (attempts), of which conversations with the debtor (right-party
    // contacts), calls that ended with a promise or a plan, debtors spoken to who paid in the
    // period; caring calls; written messages.
    qint64 attempts = 0, contacts = 0, agreements = 0, contactedDebtors = 0, payers = 0,
           caringCalls = 0, messages = 0;
    QVector<QPair<QString, qint64>> reasons;  // non-payment reason code, calls (most first)
    QVector<QPair<QString, qint64>> emotions; // emotion code, calls (most first)

    struct SurveyMonth
    {
        QDate month;
        SatisfactionScores::Tally tally;
    };
    QVector<SurveyMonth> surveys;
    // Survey comments of the period, the team lead's choice for the client's report marked.
    struct Comment
    {
        QString surveyId;
        QDate date;
        int csat = 0, ces = 0, nps = -1;
        QString text;
        bool chosen = false;
    };
    QVector<Comment> comments;

    struct ComplaintCategory
    {
        QString category;
        qint64 opened = 0, stillOpen = 0, resolved = 0, daysOpenSum = 0; // days: resolved
    };
    QVector<ComplaintCategory> complaintCategories; // opened in the period
    struct Complaint
    {
        QString category, status, description, customerCode;
        QDate opened;
        int daysOpen = 0; // to its resolution, or to the period's end
        QStringList bills;
    };
    QVector<Complaint> complaints;

    // Continuity: conversations in the period, those held by the debtor's interlocutor of
    // that day; handovers (assignments that ended) in the period.
    qint64 conversations = 0, withInterlocutor = 0, handovers = 0;

    // The caring effect, bills due in the period, per aging class of their debtor at the
    // opening: nothing overdue, overdue up to 90 days, overdue longer.
    QVector<CollectionKpi::CaringClass> caring;

    // Debtors closed in the period: everything they owed settled (paid, plan_completed), or
    // returned to the client: every open bill prescribed in the period (prescribed), on a
    // dispute hold raised in the period (disputed), at the mandate's end (end_of_mandate).
    struct Closed
    {
        QString customerCode, name, reason;
        QDate on;
        qint64 owedAtOpening = 0, owedAtClosing = 0;
    };
    QVector<Closed> closed;
};

class ReportQuery
{
    Q_DECLARE_TR_FUNCTIONS(ReportQuery)
public:
    ReportQuery(Database& db, const Clock& clock);

    // Who may read a client's reports: its team leads and administrators. Names the reason.
    Status allowed(const Session& session, const QString& clientId) const;

    // The facts for `filter`. `progress` (0-100) is called between steps; returning false
    // cancels (the result is then a failure saying so).
    Result<ReportFacts> facts(const Session& session, const ReportFilter& filter,
                              const std::function<bool(int)>& progress = {}) const;

    // The team lead's choice of survey comments for the client's report.
    Status chooseComment(const Session& session, const QString& surveyId, bool chosen);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

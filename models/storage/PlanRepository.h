#pragma once

#include "domain/Clock.h"
#include "domain/PlanCalculator.h"
#include "domain/Records.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace ascolto {

class Database;
class Session;

// Repayment plans: saving a negotiated plan (with its installments, its bills, the
// conversation and the audit row, in one transaction), renegotiation, and the daily
// monitoring of installments and promises.
class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)
public:
    PlanRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    struct Saved
    {
        QString planId;
        QString status; // active or awaiting_approval
        PlanCalculator::Schedule schedule;
    };
    // Refuses what the mandate forbids, and an unaffordable plan without a reason. A plan
    // beyond the operator's authority is saved as "awaiting_approval" for the team lead.
    // An active or broken plan of the debtor is closed as "renegotiated" and linked.
    Result<Saved> create(const Session& session, const PlanDraft& draft);

    // The team lead's decision on a plan awaiting approval (a team lead of the plan's client,
    // or an admin): approved, the plan becomes active; rejected (a reason is required), it
    // stays in the history as rejected. One transaction: the plan, the approval tasks closed,
    // a task that tells the operator who proposed it, the portfolio row and the audit row.
    // A discount beyond the team lead's authority under the client's current rules cannot be
    // approved and says why.
    enum class Decision
    {
        Approve,
        Reject
    };
    Status decide(const Session& session, const QString& planId, Decision decision,
                  const QString& reason = {});

    // Moves installments to late/missed, breaks plans after the client's number of missed
    // installments or days late (and tells the team lead with a review task), completes paid
    // plans, and marks promises kept or broken. Says what it changed.
    struct Monitored
    {
        int installmentsLate = 0;
        int installmentsMissed = 0;
        int plansBroken = 0;
        int promisesKept = 0;
        int promisesBroken = 0;
        QStringList debtors; // whose portfolio rows were recomputed
    };
    Result<Monitored> monitor(const QDate& today);

private:
    // Closes a plan a new one replaces (renegotiated, its unpaid installments cancelled).
    Status closeReplaced(const QString& planId, const QString& now);
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

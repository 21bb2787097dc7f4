#pragma once

#include "domain/Clock.h"
#include "domain/PlanCalculator.h"
#include "domain/Records.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace ascolto {

class Database;
class Session;
struct TaskReason;

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

    // The team lead changes a waiting proposal within their own authority and approves it in
    // one transaction: the proposal stays in the history as cancelled, the amended plan is
    // in force (agreed by the same operator, who is told what changed), a renegotiation
    // closes the plan it replaces. Returns the amended plan's id.
    struct Amendment
    {
        int installments = 0;
        Money discount;
        QDate firstDue;
    };
    Result<QString> amend(const Session& session, const QString& planId,
                          const Amendment& amendment);

    // Everything waiting for a team lead's decision in the session's scope (a team lead's
    // client, every client for an admin), oldest first and all of it: each proposal with
    // the mandate it is measured against and the household it was measured on.
    struct Approval
    {
        QString planId;
        QString clientId;
        QString debtorId;
        QString debtorName;
        QString customerCode;
        QString operatorName;
        QDateTime proposedAt;
        QString kind;      // installments, settlement, settlement_installments
        QString frequency; // monthly, biweekly, single
        Money total, discount, downPayment, installment;
        int installments = 0;
        QDate firstDue;
        qint64 discountBp = 0;
        QString overrideReason;
        bool renegotiation = false;
        bool hasHousehold = false;
        int members = 0;
        Money income, expenses, maxMonthly;
        bool affordable = true;
        MandateRules rules;
        // Why it cannot be approved as it is (beyond the team lead's authority, a first
        // installment already past); empty when it can.
        QString problem;
        // A plan that broke and waits for the team lead's review (not for approval): how it
        // went before it broke.
        bool broken = false;
        QDate brokenOn;
        int missed = 0;
        Money paid;
    };
    Result<QVector<Approval>> approvals(const Session& session) const;
    // The team lead has reviewed a broken plan (and renegotiates from the card, or not): its
    // review tasks close, with the audit row.
    Status markReviewed(const Session& session, const QString& planId);
    // Sync (issue 16): the plans listed in `idsTable` (a table with an id column) that are in
    // force without a valid approval wait for the team lead again, as a change of this store
    // (stamped, so it wins in every store over the approval it takes back).
    static Status takeBackApprovals(Database& db, const QString& idsTable, const QString& now);

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
    // Closes the approval tasks of a plan.
    Status closeApprovalTasks(const QString& planId, const QString& now);
    Status insertInstallments(const QString& planId, const PlanCalculator::Schedule& schedule,
                              const QString& now);
    // The decision on a plan, told on Today to the operator who proposed it.
    Status tellProposer(const Session& session, const QString& debtorId, const QString& proposerId,
                        const QString& planId, const TaskReason& why, const QString& now);
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

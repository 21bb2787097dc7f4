#pragma once

#include "domain/AssignmentRule.h"
#include "domain/Clock.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QVector>

namespace ascolto {

class Database;
class Session;

// Who is each debtor's interlocutor. The client's AssignmentRule hands debtors that nobody
// owns yet to the client's active operators; a debtor who has an operator is never moved
// here (that is DebtorRepository::assign, a reassignment with a handover note).
class AssignmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentRepository)
public:
    AssignmentRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    struct Share
    {
        QString operatorId;
        QString username;
        QString displayName;
        int received = 0; // debtors this run gave the operator
        int total = 0;    // debtors the operator has now
    };
    struct Outcome
    {
        int assigned = 0;
        int leftUnassigned = 0; // only when the client has no active operator
        QVector<Share> shares;  // every active operator of the client, by user name
        // "42 debtors assigned: mrossi 21, lbianchi 21" (translated).
        QString text() const;
    };

    // Team lead of the client or admin. Applies the client's rule to its unassigned debtors in
    // one transaction with one audit row. No active operator: nothing changes and
    // leftUnassigned says how many wait.
    Result<Outcome> assignUnassigned(const Session& session, const QString& clientId);
    // The same inside a transaction the caller holds (an import that brought new debtors).
    Result<Outcome> assignWithin(const Session& session, const QString& clientId);
    // What the client's rule deals from: the rule, its active operators with what they hold,
    // and an outcome with their shares at zero. Team lead of the client or admin.
    struct Pool
    {
        AssignmentRule rule;
        QVector<AssignmentRule::Operator> operators;
        Outcome outcome;
        // The assignment row's reason ("rule:balanced_count").
        QString reason() const;
    };
    Result<Pool> pool(const Session& session, const QString& clientId) const;
    // The audit row of a run of the rule (inside the caller's transaction).
    Status audit(const Session& session, const QString& clientId, const Pool& pool);
    int unassignedCount(const QString& clientId) const;
    // The history row of a new interlocutor: ?1 id, ?2 debtor, ?3 operator, ?4 from date,
    // ?5 reason (a rule code or the handover note), ?6 assigned by, ?7 device, ?8 created at.
    static const char* historyInsertSql();

    // How far the set-up of a store has come (the administrator's checklist).
    struct SetupProgress
    {
        int clients = 0;
        int operators = 0; // active
        int teamLeads = 0; // active
        int debtors = 0;
        int bills = 0;
        int unassigned = 0;
    };
    SetupProgress setupProgress() const;
    // Whether the store holds any debtor yet (at start-up: one index probe, not the counts).
    bool hasDebtors() const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

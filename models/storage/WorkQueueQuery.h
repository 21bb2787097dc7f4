#pragma once

#include "Session.h"

#include "domain/Clock.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>

namespace ascolto {

class Database;

// One thing to do today, with the reason it is on the list and, when the contact rules
// forbid it now, why it is blocked (blocked items are shown, never silently hidden).
struct QueueItem
{
    enum class Kind
    {
        Callback,
        PromiseDue,
        PromiseBroken,
        InstallmentOverdue,
        InstallmentDue,
        CloseTheLoop,
        Reminder,
        Caring,
        Approval, // team lead: a plan beyond an operator's authority
        Review    // team lead: a broken plan
    };
    Kind kind = Kind::Caring;
    QString debtorId;
    QString taskId; // the task behind a callback or close-the-loop item
    QString debtorName;
    QString operatorId; // the debtor's interlocutor (empty: nobody yet)
    QString reason;
    QDateTime dueAt; // local time for callbacks, start of day otherwise
    Money amount;
    int priority = 0;    // higher first
    QStringList blocked; // empty when the call may go ahead now
    bool later = false;  // a callback whose agreed time has not come yet
    bool isBlocked() const { return !blocked.isEmpty(); }
    static QString kindText(Kind kind);
    // Today's order, most urgent first: a callback the debtor is waiting for, approvals,
    // promises due today, callbacks later today, broken promises, installments overdue then
    // due, unhappy debtors, reviews, reminders (firmer stages first), caring calls.
    // `stageRank`: EscalationLadder::rank of a reminder's stage.
    static int priorityOf(Kind kind, bool later = false, int stageRank = 0);
    // Whether the item is a contact with the debtor (a team lead's approvals and reviews are
    // work on the card, not a call).
    static bool asksForCall(Kind kind) { return kind != Kind::Approval && kind != Kind::Review; }
    // The purpose of the call this item asks for (interaction purpose code); empty when the
    // card proposes it (reminders: first or follow-up, CallState::proposedPurpose) and for
    // approvals and reviews.
    static QString callPurpose(Kind kind);
};

// Today's prioritised work for the session: callbacks, promises due or broken, installments
// due or overdue, close-the-loop calls, reminders as the escalation ladder moves, caring calls
// before due dates; each checked against the contact rules at the clock's current time.
class WorkQueueQuery
{
    Q_DECLARE_TR_FUNCTIONS(WorkQueueQuery)
public:
    WorkQueueQuery(Database& db, Session session, const Clock& clock)
        : m_db(db)
        , m_session(std::move(session))
        , m_clock(clock)
    {}
    // At most this many lines, the most urgent: a list that reaches it says so (the rest
    // come up as the first are done).
    static constexpr int DefaultLimit = 500;
    QVector<QueueItem> items(int limit = DefaultLimit) const;
    // A team lead's (or an admin's) look at one operator's day: only the debtors that operator
    // holds. Empty: the whole scope.
    void setOperator(const QString& operatorId) { m_operator = operatorId; }
    const QString& operatorFilter() const { return m_operator; }

private:
    void bindScope(QSqlQuery& q) const;
    Database& m_db;
    Session m_session;
    const Clock& m_clock;
    QString m_operator;
};

} // namespace ascolto

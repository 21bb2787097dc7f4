#pragma once

#include "Role.h"

#include <QCoreApplication>
#include <QStringList>

namespace ascolto {

// Who may make a change that arrives in a bundle (issue 16, "authority is checked where a
// change is applied"). The rows that give power travel with the user who made them
// (app_user.updated_by, client.updated_by, schema 11); the receiver looks that user up in its
// own copy and refuses what the user could not have done there: a branch editing its own
// store to make someone an administrator gets its change refused at head office. Pure.
class SyncAuthority
{
    Q_DECLARE_TR_FUNCTIONS(SyncAuthority)
public:
    struct Author
    {
        QString id;
        bool known = false; // in the receiver's copy (or accepted earlier in the same bundle)
        QString username;
        Role role = Role::Operator;
        bool active = false;
        QString clientId; // the client an operator or team lead works for
    };
    // The tables whose rows are checked.
    static bool guarded(const QString& table);
    // Why `author` may not make this change to row `rowId` of `table` (the columns whose value
    // differs from the receiver's copy; every column for a new row); empty when allowed.
    // Clients and users are an administrator's; a user may change their own password.
    static QString refusal(const QString& table, const QString& rowId, const Author& author,
                           const QStringList& changedColumns);
    // Why an approval that arrives in a bundle is refused (empty when allowed): a plan waiting
    // for approval turns active, or names its approver, only with a team lead of the plan's
    // client or an administrator as approved_by, as this store knows them. An operator who
    // flips their own plan to active in a branch's store is refused at head office.
    static QString approvalRefusal(const QString& planClientId, const Author& approver);
    // Why a new call evaluation or scorecard version that arrives in a bundle is refused
    // (empty when allowed): only a team lead of its client or an administrator scores calls
    // and writes scorecards. An operator who scores their own call in a branch's store is
    // refused at head office.
    static QString scoreRefusal(const QString& clientId, const Author& evaluator);
    // Why a change of a debtor's interlocutor that arrives in a bundle is refused (empty when
    // allowed): a new assignment comes only from a team lead of the debtor's client or an
    // administrator, so an operator who takes a colleague's debtors in their own store is
    // refused at head office.
    static QString assignmentRefusal(const QString& debtorClientId, const Author& author);
    // Why a new plan that arrives already in force is refused its approval (empty when
    // allowed): approved by an administrator or a team lead of its client, or by the operator
    // who made it within their own authority (discount within the client's operator
    // authority, and affordable: an unaffordable plan saved with a reason waits for the team
    // lead).
    static QString newPlanRefusal(const QString& planClientId, const Author& approver,
                                  const QString& creatorId, qint64 totalCents, qint64 discountCents,
                                  bool affordable, qint64 operatorDiscountBp);
    // Why an erasure of a client's debtors that arrives in a bundle is refused (empty when
    // allowed): only an administrator erases, so an erasure forged in a branch's store does
    // not delete head office's data.
    static QString erasureRefusal(const Author& author);
};

} // namespace ascolto

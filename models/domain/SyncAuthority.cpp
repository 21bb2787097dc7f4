#include "SyncAuthority.h"

#include "PlanCalculator.h"

namespace ascolto {

bool SyncAuthority::guarded(const QString& table)
{
    return table == QLatin1String("client") || table == QLatin1String("app_user");
}

QString SyncAuthority::refusal(const QString& table, const QString& rowId, const Author& author,
                               const QStringList& changedColumns)
{
    if (!guarded(table))
        return {};
    if (!author.known)
        return author.id.isEmpty()
                   ? tr("it does not say who made it")
                   : tr("it was made by user %1, whom this store does not know").arg(author.id);
    if (!author.active)
        return tr("it was made by %1, whose account is deactivated").arg(author.username);
    if (author.role == Role::Admin)
        return {};
    // The only change to a user row that is not an administrator's: one's own password.
    static const QStringList ownPassword{
        QStringLiteral("password_hash"), QStringLiteral("must_change_password"),
        QStringLiteral("version"),       QStringLiteral("device_id"),
        QStringLiteral("updated_at"),    QStringLiteral("updated_by")};
    if (table == QLatin1String("app_user") && author.id == rowId) {
        bool onlyPassword = true;
        for (const QString& c : changedColumns)
            onlyPassword = onlyPassword && ownPassword.contains(c);
        if (onlyPassword)
            return {};
    }
    return table == QLatin1String("client")
               ? tr("it was made by %1 (%2): only an administrator sets up clients")
                     .arg(author.username, RoleText::display(author.role))
               : tr("it was made by %1 (%2): only an administrator changes users, roles and "
                    "passwords")
                     .arg(author.username, RoleText::display(author.role));
}

QString SyncAuthority::approvalRefusal(const QString& planClientId, const Author& approver)
{
    if (approver.id.isEmpty())
        return tr("it turns a plan waiting for approval active without naming who approved it");
    if (!approver.known)
        return tr("it names as approver user %1, whom this store does not know").arg(approver.id);
    if (!approver.active)
        return tr("it names as approver %1, whose account is deactivated").arg(approver.username);
    if (approver.role == Role::Admin ||
        (approver.role == Role::TeamLead && approver.clientId == planClientId))
        return {};
    return tr("it names as approver %1 (%2): only a team lead of the plan's client or an "
              "administrator approves plans")
        .arg(approver.username, RoleText::display(approver.role));
}

QString SyncAuthority::scoreRefusal(const QString& clientId, const Author& evaluator)
{
    if (!evaluator.known)
        return tr("its author (user %1) is not known to this store").arg(evaluator.id);
    if (!evaluator.active)
        return tr("its author %1 is deactivated").arg(evaluator.username);
    if (evaluator.role == Role::Admin ||
        (evaluator.role == Role::TeamLead && evaluator.clientId == clientId))
        return {};
    return tr("its author is %1 (%2): only a team lead of the client or an administrator scores "
              "calls")
        .arg(evaluator.username, RoleText::display(evaluator.role));
}

QString SyncAuthority::assignmentRefusal(const QString& debtorClientId, const Author& author)
{
    if (!author.known)
        return tr("its author (user %1) is not known to this store").arg(author.id);
    if (!author.active)
        return tr("its author %1 is deactivated").arg(author.username);
    if (author.role == Role::Admin ||
        (author.role == Role::TeamLead && author.clientId == debtorClientId))
        return {};
    return tr("its author is %1 (%2): only a team lead of the client or an administrator "
              "assigns debtors")
        .arg(author.username, RoleText::display(author.role));
}

QString SyncAuthority::newPlanRefusal(const QString& planClientId, const Author& approver,
                                      const QString& creatorId, qint64 totalCents,
                                      qint64 discountCents, bool affordable,
                                      qint64 operatorDiscountBp)
{
    if (approver.id.isEmpty())
        return tr("it is in force but nobody approved it");
    if (!approver.known)
        return tr("its approver (user %1) is not known to this store").arg(approver.id);
    if (!approver.active)
        return tr("its approver %1 is deactivated").arg(approver.username);
    if (approver.role == Role::Admin ||
        (approver.role == Role::TeamLead && approver.clientId == planClientId))
        return {};
    if (approver.id != creatorId || approver.clientId != planClientId)
        return tr("it was approved by %1 (%2), who did not make it")
            .arg(approver.username, RoleText::display(approver.role));
    const Money discount = Money::fromCents(discountCents);
    if (discount > PlanCalculator::discountFor(Money::fromCents(totalCents), operatorDiscountBp))
        return tr("its discount is beyond the operator's authority: a team lead approves it");
    if (!affordable)
        return tr("it is more than the household can afford: a team lead approves it");
    return {};
}

QString SyncAuthority::erasureRefusal(const Author& author)
{
    if (!author.known)
        return tr("its author (user %1) is not known to this store").arg(author.id);
    if (!author.active)
        return tr("its author %1 is deactivated").arg(author.username);
    if (author.role == Role::Admin)
        return {};
    return tr("its author is %1 (%2): only an administrator erases a client's debtors")
        .arg(author.username, RoleText::display(author.role));
}

} // namespace ascolto

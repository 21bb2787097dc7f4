#include "WorkQueueQuery.h"

#include "Database.h"
#include "Ids.h"
#include "SqlHelpers.h"

#include "domain/Aging.h"
#include "domain/ContactPolicy.h"
#include "domain/EscalationLadder.h"
#include "domain/PlanCalculator.h"
#include "domain/Records.h"
#include "domain/TaskReason.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>

namespace ascolto {

QString QueueItem::kindText(Kind kind)
{
    switch (kind) {
    case Kind::Callback:
        return WorkQueueQuery::tr("Callback");
    case Kind::PromiseDue:
        return WorkQueueQuery::tr("Promise due");
    case Kind::PromiseBroken:
        return WorkQueueQuery::tr("Promise not kept");
    case Kind::InstallmentOverdue:
        return WorkQueueQuery::tr("Installment overdue");
    case Kind::InstallmentDue:
        return WorkQueueQuery::tr("Installment due");
    case Kind::CloseTheLoop:
        return WorkQueueQuery::tr("Close the loop");
    case Kind::Reminder:
        return WorkQueueQuery::tr("Reminder");
    case Kind::Caring:
        return WorkQueueQuery::tr("Caring call");
    case Kind::Approval:
        return WorkQueueQuery::tr("Approval");
    case Kind::Review:
        return WorkQueueQuery::tr("Review");
    }
    return {};
}

int QueueItem::priorityOf(Kind kind, bool later, int stageRank)
{
    switch (kind) {
    case Kind::Callback:
        return later ? 85 : 100;
    case Kind::Approval:
        return 95;
    case Kind::PromiseDue:
        return 90;
    case Kind::PromiseBroken:
        return 80;
    case Kind::InstallmentOverdue:
        return 75;
    case Kind::InstallmentDue:
        return 70;
    case Kind::CloseTheLoop:
        return 65;
    case Kind::Review:
        return 60;
    case Kind::Reminder:
        return 50 + stageRank; // ranks 2-4: below every item above
    case Kind::Caring:
        return 40;
    }
    return 0;
}

QString QueueItem::callPurpose(Kind kind)
{
    switch (kind) {
    case Kind::PromiseDue: // a reminder: first or follow-up, as CallState::proposedPurpose says
    case Kind::Reminder:
        return {};
    case Kind::PromiseBroken:
        return QStringLiteral("broken_promise");
    case Kind::InstallmentOverdue:
    case Kind::InstallmentDue:
        return QStringLiteral("installment_reminder");
    case Kind::CloseTheLoop:
        return QStringLiteral("close_the_loop");
    case Kind::Caring:
        return QStringLiteral("caring");
    case Kind::Callback:
        return QStringLiteral("callback");
    case Kind::Approval:
    case Kind::Review:
        break;
    }
    return {};
}

namespace {

struct DebtorFacts
{
    QString name;
    QString clientId;
    int flags = 0;
    QString operatorId;
    QString lastConversationAt;
    QString lastConversationOutcome;
    QString planStatus;
    QString oldestOverdue;
    QString stage;
    qint64 overdue = 0;
};

} // namespace

void WorkQueueQuery::bindScope(QSqlQuery& q) const
{
    m_session.bindScope(q);
    if (!m_operator.isEmpty())
        q.bindValue(QStringLiteral(":queue_operator"), m_operator);
}

QVector<QueueItem> WorkQueueQuery::items(int limit) const
{
    const QDate today = m_clock.today();
    const QDateTime localNow = m_clock.nowLocal();
    const QString todayText = isoDate(today);
    const QString startOfTodayUtc = isoUtc(QDateTime(today, QTime(0, 0), Qt::LocalTime));
    const QString scope =
        m_operator.isEmpty()
            ? m_session.summaryScope()
            : QStringLiteral("(%1 AND s.operator_key = %2)")
                  .arg(m_session.summaryScope(), scopeKeySql(QStringLiteral(":queue_operator")));
    // Candidates carry how to word their reason: only the few hundred that make the list
    // are worded (translation and date formatting cost more than the queries).
    struct Candidate
    {
        QueueItem item;
        std::function<QString()> reason;
    };
    QVector<Candidate> items;
    QHash<QString, DebtorFacts> facts;

    auto prepare = [&](QSqlQuery& q, const QString& sql) {
        q.prepare(sql.arg(scope));
        q.bindValue(QStringLiteral(":today"), todayText);
        bindScope(q);
    };
    const QString factColumns =
        QStringLiteral("s.debtor_id, s.display_name, s.client_id, s.flags, s.last_conversation_at, "
                       "s.last_conversation_outcome, "
                       "s.plan_status, s.oldest_overdue_due, s.stage, s.overdue_cents, "
                       "s.operator_id");
    auto remember = [&facts](const QSqlQuery& q) {
        const QString id = q.value(0).toString();
        if (!facts.contains(id))
            facts.insert(id, {q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                              q.value(10).toString(), q.value(4).toString(), q.value(5).toString(),
                              q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
                              q.value(9).toLongLong()});
        return id;
    };
    const QLocale locale;

    // Callbacks and close-the-loop calls scheduled for today or earlier.
    {
        QSqlQuery q(m_db.sql());
        // From the open tasks due by today (task_open_due), not from the client's debtors:
        // a team lead's scope is the whole client (150 ms at 100,000 debtors that way).
        // due_at is a date or an instant; both sort below tomorrow's date when due by today.
        prepare(q, QStringLiteral("SELECT %2, t.kind, t.due_at, t.reason, t.id, t.reason_code, "
                                  "t.reason_args FROM task t CROSS JOIN "
                                  "debtor_summary s ON s.debtor_id = t.debtor_id WHERE t.status "
                                  "= 'open' AND t.kind IN ('callback', 'close_the_loop') AND "
                                  "t.due_at < :tomorrow AND %1")
                       .arg(QStringLiteral("%1"), factColumns));
        q.bindValue(QStringLiteral(":tomorrow"), isoDate(today.addDays(1)));
        if (q.exec()) {
            while (q.next()) {
                QueueItem item;
                item.debtorId = remember(q);
                item.taskId = q.value(14).toString();
                const bool callback = q.value(11).toString() == QLatin1String("callback");
                item.kind = callback ? QueueItem::Kind::Callback : QueueItem::Kind::CloseTheLoop;
                const QString due = q.value(12).toString();
                item.dueAt = due.size() > 10
                                 ? QDateTime::fromString(due, Qt::ISODate).toLocalTime()
                                 : QDateTime(QDate::fromString(due, Qt::ISODate), QTime(9, 0));
                const QString note = q.value(13).toString();
                const TaskReason why =
                    TaskReason::fromStored(q.value(15).toString(), q.value(16).toString());
                item.later = callback && item.dueAt > localNow;
                item.priority = QueueItem::priorityOf(item.kind, item.later);
                const QDateTime at = item.dueAt;
                items.push_back({item, [callback, at, note, why, &locale] {
                                     QString r =
                                         callback
                                             ? tr("The debtor asked to be called back at %1")
                                                   .arg(locale.toString(at, QLocale::ShortFormat))
                                             : tr("Unhappy after the last contact: call to "
                                                  "understand");
                                     for (const QString& more : {why.text(), note})
                                         if (!more.isEmpty())
                                             r += QStringLiteral(" (") + more + QLatin1Char(')');
                                     return r;
                                 }});
            }
        }
    }
    // Plans waiting for approval: every one in the scope of whoever may decide (a team lead's
    // client, an admin's store), read from the plans themselves rather than from a task
    // given to one team lead. Internal work: the contact rules do not apply.
    if (m_session.canManagePortfolio()) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT %2, p.total_cents, p.discount_cents, "
                                 "c.operator_discount_bp, coalesce(p.override_reason, '') FROM "
                                 "plan p CROSS JOIN debtor_summary s "
                                 "ON s.debtor_id = p.debtor_id JOIN client c ON c.id = "
                                 "p.client_id WHERE p.status = 'awaiting_approval' AND %1 ORDER "
                                 "BY p.created_at LIMIT %3")
                      .arg(scope, factColumns, QString::number(limit)));
        bindScope(q);
        if (q.exec()) {
            while (q.next()) {
                QueueItem item;
                item.debtorId = remember(q);
                item.kind = QueueItem::Kind::Approval;
                item.priority = QueueItem::priorityOf(item.kind);
                item.dueAt = QDateTime(today, QTime(9, 0));
                const qint64 bp =
                    PlanCalculator::discountBp(Money::fromCents(q.value(11).toLongLong()),
                                               Money::fromCents(q.value(12).toLongLong()));
                const qint64 operatorBp = q.value(13).toLongLong();
                const QString override = q.value(14).toString();
                item.amount = Money::fromCents(q.value(11).toLongLong() - q.value(12).toLongLong());
                // Why it waits: the discount when that is beyond the operator, else the
                // reason given to go ahead with what the household cannot afford.
                items.push_back(
                    {item, [bp, operatorBp, override] {
                         if (bp > operatorBp)
                             return tr("A plan waits for your approval: %1")
                                 .arg(TaskReason::discountApproval(bp, operatorBp).text());
                         if (!override.isEmpty())
                             return tr("A plan waits for your approval: beyond what "
                                       "the household can afford (\"%1\")")
                                 .arg(override);
                         return tr("A plan waits for your approval");
                     }});
            }
        }
    }
    // Plans broken, and decisions the operator must pass on to the debtor.
    if (!m_session.userId().isEmpty()) {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT %2, t.kind, t.reason, t.reason_code, t.reason_args "
                                 "FROM task t CROSS JOIN "
                                 "debtor_summary s ON s.debtor_id = t.debtor_id WHERE t.status = "
                                 "'open' AND t.kind = 'review' AND t.assigned_to = "
                                 ":me AND t.due_at < :tomorrow AND %1 ORDER BY t.due_at LIMIT %3")
                      .arg(scope, factColumns, QString::number(limit)));
        q.bindValue(QStringLiteral(":me"), m_session.userId());
        q.bindValue(QStringLiteral(":tomorrow"), isoDate(today.addDays(1)));
        bindScope(q);
        if (q.exec()) {
            while (q.next()) {
                QueueItem item;
                item.debtorId = remember(q);
                const bool approval = q.value(11).toString() == QLatin1String("approval");
                item.kind = approval ? QueueItem::Kind::Approval : QueueItem::Kind::Review;
                item.priority = QueueItem::priorityOf(item.kind);
                item.dueAt = QDateTime(today, QTime(9, 0));
                const TaskReason why =
                    TaskReason::fromStored(q.value(13).toString(), q.value(14).toString());
                const QString note = why.isEmpty() ? q.value(12).toString() : why.text();
                items.push_back({item, [approval, note] {
                                     return (approval ? tr("A plan waits for your approval: %1")
                                                      : tr("To review: %1"))
                                         .arg(note);
                                 }});
            }
        }
    }
    // Promises due today or past due and not kept.
    {
        QSqlQuery q(m_db.sql());
        prepare(q, QStringLiteral("SELECT %2, p.due_date, p.amount_cents FROM promise p CROSS JOIN "
                                  "debtor_summary s ON s.debtor_id = p.debtor_id WHERE p.status "
                                  "= 'open' AND p.due_date <= :today AND %1")
                       .arg(QStringLiteral("%1"), factColumns));
        if (q.exec()) {
            while (q.next()) {
                QueueItem item;
                item.debtorId = remember(q);
                const QDate due = QDate::fromString(q.value(11).toString(), Qt::ISODate);
                item.amount = Money::fromCents(q.value(12).toLongLong());
                item.dueAt = QDateTime(due, QTime(9, 0));
                const Money amount = item.amount;
                if (due == today) {
                    item.kind = QueueItem::Kind::PromiseDue;
                    item.priority = QueueItem::priorityOf(item.kind);
                    items.push_back(
                        {item, [amount, &locale] {
                             return tr("Promised to pay %1 today").arg(amount.format(locale));
                         }});
                } else {
                    item.kind = QueueItem::Kind::PromiseBroken;
                    item.priority = QueueItem::priorityOf(item.kind);
                    items.push_back({item, [amount, due, &locale] {
                                         return tr("Promised %1 by %2: not received")
                                             .arg(amount.format(locale),
                                                  locale.toString(due, QLocale::ShortFormat));
                                     }});
                }
            }
        }
    }
    // Installments of active plans due within two days or overdue.
    {
        QSqlQuery q(m_db.sql());
        q.prepare(
            QStringLiteral("SELECT %2, i.due_date, i.amount_cents - i.paid_cents, i.seq, "
                           "p.installment_count FROM installment i CROSS JOIN plan p ON p.id = "
                           "i.plan_id CROSS JOIN debtor_summary s ON s.debtor_id = p.debtor_id "
                           "WHERE p.status = 'active' AND i.status IN ('open', 'late', "
                           "'missed') AND i.due_date <= :soon AND %1 ORDER BY i.due_date")
                .arg(scope, factColumns));
        q.bindValue(QStringLiteral(":soon"), isoDate(today.addDays(2)));
        bindScope(q);
        QSet<QString> seen;
        if (q.exec()) {
            while (q.next()) {
                const QString id = remember(q);
                if (seen.contains(id))
                    continue; // the oldest open installment speaks for the plan
                seen.insert(id);
                QueueItem item;
                item.debtorId = id;
                const QDate due = QDate::fromString(q.value(11).toString(), Qt::ISODate);
                item.amount = Money::fromCents(q.value(12).toLongLong());
                item.dueAt = QDateTime(due, QTime(9, 0));
                const QString which =
                    tr("installment %1 of %2").arg(q.value(13).toInt()).arg(q.value(14).toInt());
                const Money amount = item.amount;
                const bool overdue = due < today;
                item.kind =
                    overdue ? QueueItem::Kind::InstallmentOverdue : QueueItem::Kind::InstallmentDue;
                item.priority = QueueItem::priorityOf(item.kind);
                items.push_back({item, [overdue, which, amount, due, &locale] {
                                     return (overdue ? tr("%1 (%2) overdue since %3")
                                                     : tr("%1 (%2) due on %3: a reminder before "
                                                          "the date"))
                                         .arg(which, amount.format(locale),
                                              locale.toString(due, QLocale::ShortFormat));
                                 }});
            }
        }
    }

    // Client settings: ladders, caring windows and contact windows.
    struct ClientRules
    {
        EscalationLadder ladder;
        int caringDays = 7;
        ContactPolicy::Windows windows;
    };
    QHash<QString, ClientRules> clients;
    {
        QSqlQuery q(m_db.sql());
        if (q.exec(QStringLiteral("SELECT id, escalation_ladder, formal_notice_days, "
                                  "caring_window_days, contact_windows FROM client")))
            while (q.next())
                clients.insert(
                    q.value(0).toString(),
                    {EscalationLadder::fromJson(q.value(1).toString(), q.value(2).toInt()),
                     q.value(3).toInt(), ContactPolicy::Windows::fromJson(q.value(4).toString())});
    }
    int maxCaring = 0;
    for (const ClientRules& c : std::as_const(clients))
        maxCaring = std::max(maxCaring, c.caringDays);

    // Reminders: the ladder moved to a stage since the last contact.
    {
        QSqlQuery q(m_db.sql());
        // Ranks 2-4: gentle reminder, reminder, firm reminder (EscalationLadder::rank).
        prepare(q, QStringLiteral("SELECT %2 FROM debtor_summary s WHERE s.stage_rank BETWEEN 2 "
                                  "AND 4 AND %1 ORDER BY s.stage_rank DESC, s.overdue_cents DESC "
                                  "LIMIT %3")
                       .arg(QStringLiteral("%1"), factColumns, QString::number(limit * 2)));
        if (q.exec()) {
            while (q.next()) {
                const QString id = remember(q);
                const DebtorFacts& f = facts[id];
                const ClientRules& rules = clients[f.clientId];
                const QDate oldest = QDate::fromString(f.oldestOverdue, Qt::ISODate);
                int stepDays = 1;
                for (const auto& step : rules.ladder.steps())
                    if (step.stage == f.stage)
                        stepDays = step.days;
                const QDate stageStart = oldest.addDays(stepDays);
                // Dates of instants compared as text (UTC): a contact near midnight may count
                // for the neighbouring day, which only moves a reminder by a day.
                if (f.lastConversationAt.left(10) >= isoDate(stageStart))
                    continue; // already spoken to at this stage
                QueueItem item;
                item.debtorId = id;
                item.kind = QueueItem::Kind::Reminder;
                item.amount = Money::fromCents(f.overdue);
                item.dueAt = QDateTime(stageStart, QTime(9, 0));
                item.priority =
                    QueueItem::priorityOf(item.kind, false, EscalationLadder::rank(f.stage));
                const QString stage = f.stage;
                const Money amount = item.amount;
                items.push_back({item, [stage, amount, oldest, today, &locale] {
                                     return tr("%1: %2 overdue since %3 (%n day(s))", nullptr,
                                               Aging::daysOverdue(oldest, today))
                                         .arg(EscalationLadder::displayName(stage),
                                              amount.format(locale),
                                              locale.toString(oldest, QLocale::ShortFormat));
                                 }});
            }
        }
    }
    // Caring: a bill falls due within the client's window and its arrival is not confirmed.
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT %2, s.caring_due FROM debtor_summary s WHERE "
                                 "s.caring_due >= :today AND s.caring_due <= :caringLimit AND "
                                 "s.overdue_cents = 0 AND %1 ORDER BY s.caring_due LIMIT %3")
                      .arg(scope, factColumns)
                      .arg(limit * 2));
        q.bindValue(QStringLiteral(":today"), todayText);
        q.bindValue(QStringLiteral(":caringLimit"), isoDate(today.addDays(maxCaring)));
        bindScope(q);
        if (q.exec()) {
            while (q.next()) {
                const QString id = remember(q);
                const DebtorFacts& f = facts[id];
                const QDate due = QDate::fromString(q.value(11).toString(), Qt::ISODate);
                const ClientRules& rules = clients[f.clientId];
                if (due > today.addDays(rules.caringDays))
                    continue;
                // A caring call already made in this window counts.
                if (f.lastConversationAt.left(10) >= isoDate(due.addDays(-rules.caringDays)))
                    continue;
                QueueItem item;
                item.debtorId = id;
                item.kind = QueueItem::Kind::Caring;
                item.dueAt = QDateTime(due, QTime(9, 0));
                item.priority = QueueItem::priorityOf(item.kind);
                items.push_back({item, [due, &locale] {
                                     return tr("A bill falls due on %1 and its arrival is not "
                                               "confirmed: check it was received and the payment "
                                               "channels are known")
                                         .arg(locale.toString(due, QLocale::ShortFormat));
                                 }});
            }
        }
    }

    // Contact rules for each item, and one line per debtor (the most urgent reason).
    std::stable_sort(items.begin(), items.end(), [](const Candidate& ca, const Candidate& cb) {
        const QueueItem& a = ca.item;
        const QueueItem& b = cb.item;
        if (a.priority != b.priority)
            return a.priority > b.priority;
        if (a.amount != b.amount)
            return a.amount > b.amount;
        return a.dueAt < b.dueAt;
    });
    QVector<QueueItem> out;
    QSet<QString> listed;
    for (Candidate& candidate : items) {
        QueueItem& item = candidate.item;
        if (listed.contains(item.debtorId))
            continue;
        listed.insert(item.debtorId);
        item.reason = candidate.reason();
        const DebtorFacts& f = facts[item.debtorId];
        item.debtorName = f.name;
        item.operatorId = f.operatorId;
        const ContactPolicy::Facts cf =
            ContactPolicy::facts({f.flags, f.lastConversationAt, f.lastConversationOutcome,
                                  f.planStatus == QLatin1String("active")},
                                 startOfTodayUtc);
        ContactPolicy::Purpose purpose = ContactPolicy::Purpose::Reminder;
        switch (item.kind) {
        case QueueItem::Kind::Callback:
            purpose = ContactPolicy::Purpose::Callback;
            break;
        case QueueItem::Kind::PromiseDue:
        case QueueItem::Kind::PromiseBroken:
            purpose = ContactPolicy::Purpose::Promise;
            break;
        case QueueItem::Kind::InstallmentDue:
        case QueueItem::Kind::InstallmentOverdue:
            purpose = ContactPolicy::Purpose::Installment;
            break;
        case QueueItem::Kind::CloseTheLoop:
            purpose = ContactPolicy::Purpose::CloseTheLoop;
            break;
        case QueueItem::Kind::Caring:
            purpose = ContactPolicy::Purpose::Caring;
            break;
        case QueueItem::Kind::Reminder:
        case QueueItem::Kind::Approval:
        case QueueItem::Kind::Review:
            break;
        }
        // Approvals and reviews are the team lead's own work, not a contact with the debtor.
        const bool internal =
            item.kind == QueueItem::Kind::Approval || item.kind == QueueItem::Kind::Review;
        if (!internal)
            item.blocked = ContactPolicy::blockReasons(clients.value(f.clientId).windows, localNow,
                                                       cf, purpose);
        out.push_back(item);
        if (out.size() >= limit)
            break;
    }
    // Workable items first, blocked ones after them, each in priority order.
    std::stable_partition(out.begin(), out.end(),
                          [](const QueueItem& i) { return !i.isBlocked(); });
    return out;
}

} // namespace ascolto

#include "TeamBoardQuery.h"

#include "Database.h"
#include "Ids.h"
#include "SqlHelpers.h"

#include "domain/CallOutcome.h"

#include <QHash>
#include <QSqlQuery>

namespace ascolto {

using TeamKpi::Fact;

namespace {

// Calls, as opposed to written messages: the contact attempts of the board.
const char* const kCalls = "i.channel IN ('phone_out', 'phone_in', 'visit')";
const char* const kCallPeriod = "i.started_at >= :tb_from_ts AND i.started_at < :tb_to_ts";

QString conversationSql()
{
    QStringList quoted;
    for (const QString& code : CallOutcome::notConversations())
        quoted << QLatin1Char('\'') + code + QLatin1Char('\'');
    return QStringLiteral("coalesce(i.outcome, '') NOT IN (%1)").arg(quoted.join(u','));
}

// The interlocutor of record on a day (the call's local day: a call at 00:30 in Rome is
// that day's, not the previous UTC day's; assignment history: from_date inclusive, to_date
// exclusive, so a handover day belongs to the new interlocutor).
QString interlocutorOn(const QString& debtor, const QString& day)
{
    return QStringLiteral("JOIN assignment a ON a.debtor_id = %1 AND a.from_date <= %2 AND "
                          "(a.to_date IS NULL OR a.to_date > %2)")
        .arg(debtor, day);
}

// Each fact's rows: (operator_id, debtor_id, interaction_id, cents, flag). Bindings:
// :tb_client, :tb_from_date / :tb_to_date (dates, the second excluded), :tb_from_ts /
// :tb_to_ts (the same local days as UTC instants), :tb_today, :tb_now, :tb_year_ago.
QString source(Fact fact, bool oneOperator = false)
{
    switch (fact) {
    case Fact::Debtors:
        return QStringLiteral(
            "SELECT s.operator_id AS operator_id, s.debtor_id AS debtor_id, NULL AS "
            "interaction_id, s.outstanding_cents AS cents, 0 AS flag FROM debtor_summary s "
            "WHERE s.client_id = :tb_client AND s.operator_id <> ''");
    case Fact::Collected:
        if (oneOperator)
            // One operator's (a drill-down): from that operator's assignments to the debtors'
            // payments (CROSS JOIN keeps that order: payment_debtor instead of the whole
            // client's month; 60 ms instead of 230 at 100,000 debtors).
            return QStringLiteral("SELECT a.operator_id, p.debtor_id, NULL, p.amount_cents, 0 "
                                  "FROM assignment a CROSS JOIN payment p ON p.debtor_id = "
                                  "a.debtor_id AND p.paid_on >= a.from_date AND (a.to_date IS "
                                  "NULL OR a.to_date > p.paid_on) WHERE a.operator_id = "
                                  ":tb_operator AND p.client_id = :tb_client AND p.paid_on >= "
                                  ":tb_from_date AND p.paid_on < :tb_to_date");
        return QStringLiteral("SELECT a.operator_id, p.debtor_id, NULL, p.amount_cents, 0 FROM "
                              "payment p %1 WHERE p.client_id = :tb_client AND p.paid_on >= "
                              ":tb_from_date AND p.paid_on < :tb_to_date")
            .arg(interlocutorOn(QStringLiteral("p.debtor_id"), QStringLiteral("p.paid_on")));
    case Fact::Attempts:
        return QStringLiteral("SELECT i.operator_id, i.debtor_id, i.id, 0, 0 FROM interaction i "
                              "WHERE i.client_id = :tb_client AND %1 AND %2")
            .arg(QLatin1String(kCalls), QLatin1String(kCallPeriod));
    case Fact::RightPartyContacts:
        return QStringLiteral("SELECT i.operator_id, i.debtor_id, i.id, 0, 0 FROM interaction i "
                              "WHERE i.client_id = :tb_client AND %1 AND %2 AND %3")
            .arg(QLatin1String(kCalls), QLatin1String(kCallPeriod), conversationSql());
    case Fact::PromisesMade:
    case Fact::PromisesKept:
    case Fact::PromisesBroken: {
        const QString when =
            fact == Fact::PromisesMade
                ? QStringLiteral("pr.created_at >= :tb_from_ts AND pr.created_at < :tb_to_ts")
                : QStringLiteral("pr.status = '%1' AND pr.due_date >= :tb_from_date AND "
                                 "pr.due_date < :tb_to_date")
                      .arg(fact == Fact::PromisesKept ? u"kept" : u"broken");
        return QStringLiteral("SELECT i.operator_id, pr.debtor_id, i.id, pr.amount_cents, 0 FROM "
                              "promise pr JOIN interaction i ON i.id = pr.interaction_id WHERE "
                              "i.client_id = :tb_client AND %1")
            .arg(when);
    }
    case Fact::PlansActive:
    case Fact::PlansCompleted:
    case Fact::PlansBroken: {
        const QString when =
            fact == Fact::PlansActive
                ? QStringLiteral("p.status = 'active'")
                : QStringLiteral("p.status = '%1' AND p.closed_at >= :tb_from_ts AND "
                                 "p.closed_at < :tb_to_ts")
                      .arg(fact == Fact::PlansCompleted ? u"completed" : u"broken");
        return QStringLiteral("SELECT p.created_by, p.debtor_id, NULL, p.total_cents - "
                              "p.discount_cents, 0 FROM plan p WHERE p.client_id = :tb_client "
                              "AND %1")
            .arg(when);
    }
    case Fact::CaringCalls:
        return QStringLiteral("SELECT i.operator_id, i.debtor_id, i.id, 0, 0 FROM interaction i "
                              "WHERE i.client_id = :tb_client AND i.purpose = 'caring' AND %1 "
                              "AND %2")
            .arg(QLatin1String(kCalls), QLatin1String(kCallPeriod));
    case Fact::CaringBills:
        // Each bill once per operator: due after the call, within the client's caring
        // window, and already due (whether it was paid on time is known). Paid on time: the
        // payments made by the due date cover it.
        return QStringLiteral(
                   "SELECT i.operator_id, inv.debtor_id, NULL, inv.amount_cents, "
                   "  (SELECT coalesce(sum(pa.amount_cents), 0) FROM payment_allocation pa JOIN "
                   "   payment pp ON pp.id = pa.payment_id WHERE pa.invoice_id = inv.id AND "
                   "   pp.paid_on <= inv.due_date) >= inv.amount_cents "
                   "FROM interaction i JOIN invoice inv ON inv.debtor_id = i.debtor_id AND "
                   "  inv.due_date >= date(i.started_at, 'localtime') AND inv.due_date <= "
                   "  date(i.started_at, 'localtime', '+' || (SELECT caring_window_days FROM "
                   "  client WHERE id = :tb_client) || ' days') "
                   "WHERE i.client_id = :tb_client AND i.purpose = 'caring' AND %1 AND %2 AND "
                   "  inv.cancelled = 0 AND inv.due_date < :tb_today "
                   "GROUP BY i.operator_id, inv.id")
            .arg(QLatin1String(kCalls), QLatin1String(kCallPeriod));
    case Fact::Surveys:
        return QStringLiteral("SELECT i.operator_id, sv.debtor_id, i.id, 0, 0, sv.csat, sv.ces, "
                              "sv.nps FROM survey sv JOIN interaction i ON i.id = "
                              "sv.interaction_id WHERE i.client_id = :tb_client AND "
                              "sv.created_at >= :tb_from_ts AND sv.created_at < :tb_to_ts");
    case Fact::Complaints:
        return QStringLiteral("SELECT c.opened_by, c.debtor_id, NULL, 0, 0 FROM complaint c WHERE "
                              "c.client_id = :tb_client AND c.opened_at >= :tb_from_ts AND "
                              "c.opened_at < :tb_to_ts");
    case Fact::Emotions:
        return QStringLiteral("SELECT i.operator_id, i.debtor_id, i.id, 0, 0 FROM interaction i "
                              "WHERE i.client_id = :tb_client AND i.emotion IS NOT NULL AND %1")
            .arg(QLatin1String(kCallPeriod));
    case Fact::OverdueTasks:
        // A task due on a day is overdue the day after; one due at a time, once it passed.
        // Read from the open tasks of the client's users (task_assignee_open), not from the
        // client's debtors (230 ms at 100,000 debtors that way).
        return QStringLiteral("SELECT t.assigned_to, t.debtor_id, NULL, 0, 0 FROM task t WHERE "
                              "t.status = 'open' AND t.assigned_to IN (SELECT id FROM app_user "
                              "WHERE client_id = :tb_client) AND (t.due_at < :tb_today OR "
                              "(length(t.due_at) > 10 AND t.due_at < :tb_now))");
    case Fact::Conversations:
        return QStringLiteral("SELECT a.operator_id, i.debtor_id, i.id, 0, i.operator_id = "
                              "a.operator_id FROM interaction i %1 WHERE i.client_id = "
                              ":tb_client AND %2 AND %3 AND %4")
            .arg(interlocutorOn(QStringLiteral("i.debtor_id"),
                                QStringLiteral("date(i.started_at, 'localtime')")),
                 QLatin1String(kCalls), QLatin1String(kCallPeriod), conversationSql());
    case Fact::InterlocutorChanges:
        // Each assignment that ended in the last 12 months is one change of interlocutor of
        // a debtor the operator holds now.
        return QStringLiteral("SELECT d.assigned_operator_id, a.debtor_id, NULL, 0, 0 FROM "
                              "assignment a JOIN debtor d ON d.id = a.debtor_id WHERE "
                              "d.client_id = :tb_client AND d.assigned_operator_id IS NOT NULL "
                              "AND a.to_date IS NOT NULL AND a.to_date > :tb_year_ago AND "
                              "a.to_date <= :tb_today");
    }
    return {};
}

void bindPeriod(QVariantMap& binds, const QString& clientId, const TeamKpi::Period& period,
                const Clock& clock)
{
    const QDate today = clock.today();
    binds.insert(QStringLiteral(":tb_client"), clientId);
    binds.insert(QStringLiteral(":tb_from_date"), isoDate(period.from));
    binds.insert(QStringLiteral(":tb_to_date"), isoDate(period.to));
    binds.insert(QStringLiteral(":tb_from_ts"), isoUtc(period.from.startOfDay()));
    binds.insert(QStringLiteral(":tb_to_ts"), isoUtc(period.to.startOfDay()));
    binds.insert(QStringLiteral(":tb_today"), isoDate(today));
    binds.insert(QStringLiteral(":tb_now"), isoUtc(clock.nowUtc()));
    binds.insert(QStringLiteral(":tb_year_ago"), isoDate(today.addDays(-365)));
}

// The bindings the statement names: a source uses some of the period's placeholders, and
// Qt refuses a named value the statement does not have.
QVariantMap usedBy(const QString& sql, const QVariantMap& binds)
{
    QVariantMap used;
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        if (sql.contains(it.key()))
            used.insert(it.key(), it.value());
    return used;
}

} // namespace

QString TeamBoardQuery::rowsBehind(const TeamDrill& drill, const QString& column,
                                   QVariantMap& binds, const Clock& clock)
{
    // Sources name their columns by position: the common table expression names them.
    const QString sql =
        QStringLiteral("WITH src(operator_id, debtor_id, interaction_id, cents, flag%2) AS "
                       "(%3) SELECT %1 FROM src WHERE operator_id = :tb_operator%4")
            .arg(column,
                 drill.fact == Fact::Surveys ? QStringLiteral(", csat, ces, nps") : QString(),
                 source(drill.fact, true),
                 drill.flaggedOnly ? QStringLiteral(" AND flag") : QString());
    QVariantMap all;
    bindPeriod(all, drill.clientId, drill.period, clock);
    all.insert(QStringLiteral(":tb_operator"), drill.operatorId);
    // The caller binds every value it is given.
    binds.insert(usedBy(sql, all));
    return sql;
}

Result<QVector<OperatorFigures>> TeamBoardQuery::board(const QString& clientId,
                                                       const TeamKpi::Period& period) const
{
    using R = Result<QVector<OperatorFigures>>;
    if (!m_session.canManagePortfolio() ||
        (m_session.role() != Role::Admin && m_session.clientId() != clientId))
        return R::failure(Session::notAllowed(tr("read the team board")));
    QVector<OperatorFigures> columns;
    QHash<QString, int> index;
    QSqlQuery q(m_db.sql());
    if (!execBound(q,
                   QStringLiteral("SELECT id, display_name FROM app_user WHERE client_id = ? AND "
                                  "role = 'operator' AND active = 1 ORDER BY display_name, id"),
                   {clientId}, tr("Reading the client's operators")))
        return R::failure(q.lastError().text());
    while (q.next()) {
        index.insert(q.value(0).toString(), int(columns.size()));
        columns.push_back({q.value(0).toString(), q.value(1).toString(), {}});
    }
    QVariantMap binds;
    bindPeriod(binds, clientId, period, m_clock);
    for (int f = 0; f < TeamKpi::FactCount; ++f) {
        const Fact fact = Fact(f);
        const bool surveys = fact == Fact::Surveys;
        const QString sql =
            QStringLiteral("WITH src(c0, c1, c2, c3, c4%3) AS (%2) SELECT c0, count(*), "
                           "coalesce(sum(c3), 0), coalesce(sum(c4), 0)%1 FROM src GROUP BY c0")
                .arg(surveys ? QStringLiteral(", count(c5), coalesce(sum(c5 >= 4), 0), "
                                              "count(c6), coalesce(sum(c6), 0), count(c7), "
                                              "coalesce(sum(c7 >= 9), 0), coalesce(sum(c7 <= "
                                              "6), 0)")
                             : QString(),
                     source(fact), surveys ? QStringLiteral(", c5, c6, c7") : QString());
        if (!q.prepare(sql))
            return R::failure(tr("Reading the team board: %1").arg(q.lastError().text()));
        bindNamed(q, usedBy(sql, binds));
        if (Status s = execOrFail(q, tr("Reading the team board")); !s)
            return R::failure(s.error());
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toString());
            if (it == index.constEnd())
                continue; // not an active operator of the client (a team lead's own calls)
            TeamKpi::Tally& t = columns[*it].tally;
            t.count[f] = q.value(1).toLongLong();
            t.cents[f] = q.value(2).toLongLong();
            t.flagged[f] = q.value(3).toLongLong();
            if (surveys)
                t.surveys = {q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt(),
                             q.value(7).toInt(), q.value(8).toInt(), q.value(9).toInt(),
                             q.value(10).toInt()};
        }
    }
    OperatorFigures team{QString(), tr("Team"), {}};
    for (const OperatorFigures& c : std::as_const(columns))
        team.tally += c.tally;
    columns.push_back(team);
    return columns;
}

} // namespace ascolto

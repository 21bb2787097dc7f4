#include "PlanRepository.h"

#include "AuditLog.h"
#include "ClientRepository.h"
#include "Database.h"
#include "DebtorRepository.h"
#include "DebtorSummaryRepository.h"
#include "Ids.h"
#include "PaymentRepository.h"
#include "Session.h"
#include "SqlHelpers.h"
#include "Transaction.h"

#include "domain/TaskReason.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <optional>

namespace ascolto {

Result<PlanRepository::Saved> PlanRepository::create(const Session& session, const PlanDraft& draft)
{
    using R = Result<Saved>;
    const auto debtor = DebtorRepository(m_db, m_clock).find(session, draft.debtorId);
    if (!debtor)
        return debtor.status();
    const auto client = ClientRepository(m_db, m_clock).byId(debtor->clientId);
    if (!client)
        return client.status();
    if (draft.invoiceIds.isEmpty())
        return R::failure(tr("Choose the bills the plan covers."));

    // The total is what the chosen bills still owe, read from the store, not trusted.
    PlanCalculator::Request request = draft.request;
    {
        QSqlQuery q(m_db.sql());
        Money owed;
        for (const QString& id : draft.invoiceIds) {
            q.prepare(QStringLiteral("SELECT amount_cents - paid_cents FROM invoice WHERE id = ? "
                                     "AND debtor_id = ? AND cancelled = 0"));
            q.addBindValue(id);
            q.addBindValue(draft.debtorId);
            if (!q.exec() || !q.next())
                return R::failure(tr("A chosen bill does not belong to this debtor."));
            if (q.value(0).toLongLong() <= 0)
                return R::failure(tr("A chosen bill is already paid."));
            owed += Money::fromCents(q.value(0).toLongLong());
        }
        request.total = owed;
    }
    const QDate today = m_clock.today();
    const auto schedule = PlanCalculator::schedule(request, today);
    if (!schedule)
        return schedule.status();
    const auto mandate = PlanCalculator::checkMandate(request, schedule.value(), client->rules);
    if (!mandate.ok())
        return R::failure(tr("Beyond the client's mandate: %1.")
                              .arg(mandate.problems.join(QStringLiteral("; "))));
    QJsonObject affordabilityJson;
    std::optional<PlanCalculator::Affordability> unaffordable; // saved with a reason
    if (draft.hasHousehold) {
        const auto a = PlanCalculator::affordability(
            draft.household, client->rules.protectedMinimum, schedule.value(), request.frequency);
        if (!a.affordable)
            unaffordable = a;
        if (!a.affordable && draft.overrideReason.trimmed().isEmpty())
            return R::failure(tr("The installment (%1 a month) is more than the household can "
                                 "afford (%2): lower it, or give the reason to go ahead.")
                                  .arg(a.requestedMonthly.format(), a.maxMonthly.format()));
        affordabilityJson = {
            {QStringLiteral("members"), draft.household.members},
            {QStringLiteral("income_cents"), draft.household.netMonthlyIncome.cents()},
            {QStringLiteral("expenses_cents"), draft.household.expenses().cents()},
            {QStringLiteral("protected_minimum_cents"), a.protectedMinimum.cents()},
            {QStringLiteral("max_monthly_cents"), a.maxMonthly.cents()},
            {QStringLiteral("affordable"), a.affordable}};
    }
    // A team lead decides within their own authority; an operator beyond theirs asks them.
    // An operator's unaffordable plan, saved with a reason, waits as well.
    const bool needsApproval =
        (mandate.needsApproval || unaffordable) && session.role() == Role::Operator;
    const QString status =
        needsApproval ? QStringLiteral("awaiting_approval") : QStringLiteral("active");

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString now = isoUtc(m_clock.nowUtc());
    const QString planId = newId();
    // The plan in force (active or broken) is replaced when the new one takes effect: now,
    // or when the team lead approves it (rejected, the debtor keeps the plan they had). An
    // earlier proposal still waiting is superseded at once.
    QString replaces;
    {
        QSqlQuery old(m_db.sql());
        old.prepare(QStringLiteral("SELECT id, status FROM plan WHERE debtor_id = ? AND status IN "
                                   "('active', 'broken', 'awaiting_approval') ORDER BY created_at "
                                   "DESC"));
        old.addBindValue(draft.debtorId);
        if (!old.exec())
            return Status::failure(old.lastError().text());
        QStringList close;
        QString superseded;
        while (old.next()) {
            const QString id = old.value(0).toString();
            const bool inForce = old.value(1).toString() != QLatin1String("awaiting_approval");
            if (inForce && replaces.isEmpty())
                replaces = id;
            if (!inForce && superseded.isEmpty())
                superseded = id;
            if (!inForce || !needsApproval)
                close << id;
        }
        old.finish();
        // The history links the new plan to what it replaces: the plan in force, else the
        // proposal it supersedes.
        if (replaces.isEmpty())
            replaces = superseded;
        for (const QString& id : std::as_const(close)) {
            if (Status s = closeReplaced(id, now); !s)
                return s;
        }
    }
    const QString frequency = schedule->installmentCount == 0
                                  ? QStringLiteral("single")
                                  : (request.frequency == PlanCalculator::Frequency::Monthly
                                         ? QStringLiteral("monthly")
                                         : QStringLiteral("biweekly"));
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO plan(id, client_id, debtor_id, kind, status, total_cents, discount_cents, "
        "down_payment_cents, installment_count, frequency, first_due, affordability, "
        "override_reason, created_by, approved_by, approved_at, replaces_plan_id, device_id, "
        "updated_at, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?)"));
    for (const QVariant& v :
         {QVariant(planId),
          QVariant(debtor->clientId),
          QVariant(draft.debtorId),
          QVariant(draft.kind),
          QVariant(status),
          QVariant(request.total.cents()),
          QVariant(request.discount.cents()),
          QVariant(request.downPayment.cents()),
          QVariant(std::max(1, schedule->installmentCount)),
          QVariant(frequency),
          QVariant(isoDate(request.firstDue)),
          affordabilityJson.isEmpty()
              ? QVariant()
              : QVariant(QString::fromUtf8(
                    QJsonDocument(affordabilityJson).toJson(QJsonDocument::Compact))),
          nullable(draft.overrideReason.trimmed()),
          nullable(session.userId()),
          needsApproval ? QVariant() : nullable(session.userId()),
          needsApproval ? QVariant() : QVariant(now),
          nullable(replaces),
          QVariant(m_db.deviceId()),
          QVariant(now),
          QVariant(now)})
        q.addBindValue(v);
    if (Status s = execOrFail(q, tr("Saving the plan")); !s)
        return s;
    for (const QString& invoiceId : draft.invoiceIds) {
        QSqlQuery link(m_db.sql());
        link.prepare(QStringLiteral("INSERT INTO plan_invoice(plan_id, invoice_id) VALUES(?, ?)"));
        link.addBindValue(planId);
        link.addBindValue(invoiceId);
        if (Status s = execOrFail(link, tr("Linking the bills to the plan")); !s)
            return s;
    }
    if (Status s = insertInstallments(planId, schedule.value(), now); !s)
        return s;
    QSqlQuery talk(m_db.sql());
    talk.prepare(QStringLiteral("INSERT INTO interaction(id, client_id, debtor_id, operator_id, "
                                "channel, purpose, started_at, outcome, notes, device_id, "
                                "created_at) VALUES(?, ?, ?, ?, 'phone_out', 'negotiation', ?, "
                                "'plan_requested', ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(newId()), QVariant(debtor->clientId), QVariant(draft.debtorId),
          nullable(session.userId()), QVariant(now), nullable(draft.notes.trimmed()),
          QVariant(m_db.deviceId()), QVariant(now)})
        talk.addBindValue(v);
    if (Status s = execOrFail(talk, tr("Saving the conversation")); !s)
        return s;
    if (needsApproval) {
        QSqlQuery task(m_db.sql());
        task.prepare(QStringLiteral(
            "INSERT INTO task(id, debtor_id, assigned_to, kind, due_at, reason_code, reason_args, "
            "related_id, created_by, device_id, updated_at, created_at) SELECT ?, ?, u.id, "
            "'approval', ?, ?, ?, ?, ?, ?, ?, ? FROM app_user u WHERE u.role = 'teamlead' AND "
            "u.client_id = ? AND u.active = 1 ORDER BY u.username LIMIT 1"));
        const TaskReason why =
            mandate.needsApproval
                ? TaskReason::discountApproval(mandate.discountBp, mandate.operatorDiscountBp)
                : TaskReason::affordabilityApproval(unaffordable->requestedMonthly.cents(),
                                                    unaffordable->maxMonthly.cents());
        for (const QVariant& v :
             {QVariant(newId()), QVariant(draft.debtorId), QVariant(isoDate(today)),
              QVariant(why.code), QVariant(why.argsJson()), QVariant(planId),
              nullable(session.userId()), QVariant(m_db.deviceId()), QVariant(now), QVariant(now),
              QVariant(debtor->clientId)})
            task.addBindValue(v);
        if (Status s = execOrFail(task, tr("Asking the team lead for approval")); !s)
            return s;
    }
    if (Status s = DebtorSummaryRepository(m_db).recompute(draft.debtorId, today); !s)
        return s;
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("create"),
                                    QStringLiteral("plan"), planId,
                                    {{QStringLiteral("debtor_id"), draft.debtorId},
                                     {QStringLiteral("status"), status},
                                     {QStringLiteral("total_cents"), request.total.cents()},
                                     {QStringLiteral("discount_cents"), request.discount.cents()},
                                     {QStringLiteral("installments"), schedule->installmentCount},
                                     {QStringLiteral("replaces"), replaces},
                                     {QStringLiteral("override_reason"), draft.overrideReason}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return Saved{planId, status, schedule.value()};
}

Status PlanRepository::closeReplaced(const QString& planId, const QString& now)
{
    QSqlQuery close(m_db.sql());
    if (Status s = execBound(
            close,
            QStringLiteral("UPDATE plan SET status = 'renegotiated', closed_at = ?, version = "
                           "version + 1, device_id = ?, updated_at = ? WHERE id = ? AND status IN "
                           "('active', 'broken', 'awaiting_approval')"),
            {QVariant(now), QVariant(m_db.deviceId()), QVariant(now), QVariant(planId)},
            tr("Closing the previous plan"));
        !s)
        return s;
    // A superseded proposal no longer waits for anyone.
    QSqlQuery tasks(m_db.sql());
    if (Status s =
            execBound(tasks,
                      QStringLiteral("UPDATE task SET status = 'done', done_at = ?, version "
                                     "= version + 1, device_id = ?, updated_at = ? WHERE "
                                     "related_id = ? AND kind = 'approval' AND status = "
                                     "'open'"),
                      {QVariant(now), QVariant(m_db.deviceId()), QVariant(now), QVariant(planId)},
                      tr("Closing the previous plan"));
        !s)
        return s;
    QSqlQuery cancel(m_db.sql());
    return execBound(cancel,
                     QStringLiteral("UPDATE installment SET status = 'cancelled', version = "
                                    "version + 1, device_id = ?, updated_at = ? WHERE plan_id = ? "
                                    "AND status NOT IN ('paid', 'cancelled')"),
                     {QVariant(m_db.deviceId()), QVariant(now), QVariant(planId)},
                     tr("Closing the previous plan"));
}

Status PlanRepository::insertInstallments(const QString& planId,
                                          const PlanCalculator::Schedule& schedule,
                                          const QString& now)
{
    QSqlQuery inst(m_db.sql());
    if (!inst.prepare(QStringLiteral("INSERT INTO installment(id, plan_id, seq, due_date, "
                                     "amount_cents, device_id, updated_at) VALUES(?, ?, ?, ?, ?, "
                                     "?, ?)")))
        return Status::failure(tr("Saving the installments: %1").arg(inst.lastError().text()));
    for (const auto& line : schedule.lines) {
        for (const QVariant& v :
             {QVariant(newId()), QVariant(planId), QVariant(line.seq), QVariant(isoDate(line.due)),
              QVariant(line.amount.cents()), QVariant(m_db.deviceId()), QVariant(now)})
            inst.addBindValue(v);
        if (Status s = execOrFail(inst, tr("Saving the installments")); !s)
            return s;
    }
    return Status::success();
}

Status PlanRepository::tellProposer(const Session& session, const QString& debtorId,
                                    const QString& proposerId, const QString& planId,
                                    const TaskReason& why, const QString& now)
{
    // Nobody to tell when the decider proposed the plan (or nobody did).
    if (proposerId.isEmpty() || proposerId == session.userId())
        return Status::success();
    QSqlQuery task(m_db.sql());
    return execBound(task,
                     QStringLiteral("INSERT INTO task(id, debtor_id, assigned_to, kind, due_at, "
                                    "reason_code, reason_args, related_id, created_by, "
                                    "device_id, updated_at, created_at) VALUES(?, ?, ?, "
                                    "'review', ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {QVariant(newId()), QVariant(debtorId), QVariant(proposerId),
                      QVariant(isoDate(m_clock.today())), QVariant(why.code),
                      QVariant(why.argsJson()), QVariant(planId), nullable(session.userId()),
                      QVariant(m_db.deviceId()), QVariant(now), QVariant(now)},
                     tr("Telling the operator"));
}

Status PlanRepository::closeApprovalTasks(const QString& planId, const QString& now)
{
    QSqlQuery done(m_db.sql());
    return execBound(done,
                     QStringLiteral("UPDATE task SET status = 'done', done_at = ?, "
                                    "version = version + 1, device_id = ?, updated_at = ? "
                                    "WHERE related_id = ? AND kind = 'approval' AND "
                                    "status = 'open'"),
                     {QVariant(now), QVariant(m_db.deviceId()), QVariant(now), QVariant(planId)},
                     tr("Closing the approval"));
}

Result<QVector<PlanRepository::Approval>> PlanRepository::approvals(const Session& session) const
{
    using R = Result<QVector<Approval>>;
    if (!session.canManagePortfolio())
        return R::failure(Session::notAllowed(tr("decide on repayment plans")));
    QSqlQuery q(m_db.sql());
    const bool admin = session.role() == Role::Admin;
    if (!q.prepare(
            QStringLiteral(
                "SELECT p.id, p.client_id, p.debtor_id, d.display_name, d.customer_code, "
                "coalesce(u.display_name, ''), p.created_at, p.kind, p.frequency, p.total_cents, "
                "p.discount_cents, p.down_payment_cents, p.installment_count, p.first_due, "
                "coalesce(p.override_reason, ''), p.replaces_plan_id IS NOT NULL, "
                "coalesce(p.affordability, ''), (SELECT coalesce(max(i.amount_cents), 0) FROM "
                "installment i WHERE i.plan_id = p.id AND i.seq > 0) FROM plan p JOIN debtor d ON "
                "d.id = p.debtor_id LEFT JOIN app_user u ON u.id = p.created_by WHERE (p.status = "
                "'awaiting_approval' OR (p.status = 'broken' AND p.id IN (SELECT t.related_id FROM "
                "task t WHERE t.kind = 'review' AND t.reason_code = 'plan_broken' AND t.status = "
                "'open')))%1 ORDER BY p.status = 'broken', p.created_at, p.id")
                .arg(admin ? QString() : QStringLiteral(" AND p.client_id = ?"))))
        return R::failure(q.lastError().text());
    if (!admin)
        q.addBindValue(session.clientId());
    // Broken plans whose review is still open, whichever team lead the task went to.
    QSqlQuery broken(m_db.sql());
    if (!broken.prepare(
            QStringLiteral(
                "SELECT p.id, coalesce(p.closed_at, ''), (SELECT count(*) FROM installment i WHERE "
                "i.plan_id = p.id AND i.status = 'missed'), (SELECT coalesce(sum(i.paid_cents), 0) "
                "FROM installment i WHERE i.plan_id = p.id) FROM plan p WHERE p.status = 'broken' "
                "AND p.id IN (SELECT t.related_id FROM task t WHERE t.kind = 'review' AND "
                "t.reason_code = 'plan_broken' AND t.status = 'open')%1")
                .arg(admin ? QString() : QStringLiteral(" AND p.client_id = ?"))))
        return R::failure(broken.lastError().text());
    if (!admin)
        broken.addBindValue(session.clientId());
    if (Status s = execOrFail(broken, tr("Reading the broken plans to review")); !s)
        return s;
    QHash<QString, QStringList> brokenPlans;
    while (broken.next())
        brokenPlans.insert(
            broken.value(0).toString(),
            {broken.value(1).toString(), broken.value(2).toString(), broken.value(3).toString()});
    broken.finish();
    if (Status s = execOrFail(q, tr("Reading the plans waiting for approval")); !s)
        return s;
    QVector<Approval> out;
    QHash<QString, MandateRules> rules;
    const ClientRepository clients(m_db, m_clock);
    while (q.next()) {
        Approval a;
        a.planId = q.value(0).toString();
        a.clientId = q.value(1).toString();
        a.debtorId = q.value(2).toString();
        a.debtorName = q.value(3).toString();
        a.customerCode = q.value(4).toString();
        a.operatorName = q.value(5).toString();
        a.proposedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
        a.kind = q.value(7).toString();
        a.frequency = q.value(8).toString();
        a.total = Money::fromCents(q.value(9).toLongLong());
        a.discount = Money::fromCents(q.value(10).toLongLong());
        a.downPayment = Money::fromCents(q.value(11).toLongLong());
        a.installments = q.value(12).toInt();
        a.firstDue = QDate::fromString(q.value(13).toString(), Qt::ISODate);
        a.overrideReason = q.value(14).toString();
        a.renegotiation = q.value(15).toBool();
        const QJsonObject h = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).object();
        a.hasHousehold = !h.isEmpty();
        a.members = h.value(QLatin1String("members")).toInt();
        a.income = Money::fromCents(h.value(QLatin1String("income_cents")).toInteger());
        a.expenses = Money::fromCents(h.value(QLatin1String("expenses_cents")).toInteger());
        a.maxMonthly = Money::fromCents(h.value(QLatin1String("max_monthly_cents")).toInteger());
        a.affordable = h.value(QLatin1String("affordable")).toBool(true);
        a.installment = Money::fromCents(q.value(17).toLongLong());
        if (!rules.contains(a.clientId)) {
            const auto config = clients.configById(a.clientId);
            rules.insert(a.clientId, config ? config->client.rules : MandateRules());
        }
        a.rules = rules.value(a.clientId);
        a.discountBp = PlanCalculator::discountBp(a.total, a.discount);
        if (const auto it = brokenPlans.constFind(a.planId); it != brokenPlans.constEnd()) {
            a.broken = true;
            a.brokenOn = QDateTime::fromString(it->at(0), Qt::ISODate).toLocalTime().date();
            a.missed = it->at(1).toInt();
            a.paid = Money::fromCents(it->at(2).toLongLong());
            out.push_back(a);
            continue;
        }
        a.problem = PlanCalculator::approvalProblem(a.discountBp, a.rules);
        if (a.problem.isEmpty() && a.firstDue.isValid() && a.firstDue < m_clock.today())
            a.problem = tr("the first installment fell due on %1 while the plan waited: amend "
                           "it with new dates")
                            .arg(QLocale().toString(a.firstDue, QLocale::ShortFormat));
        out.push_back(a);
    }
    return out;
}

Status PlanRepository::takeBackApprovals(Database& db, const QString& idsTable, const QString& now)
{
    QSqlQuery q(db.sql());
    return execBound(q,
                     QStringLiteral("UPDATE main.plan SET status = 'awaiting_approval', "
                                    "approved_by = NULL, approved_at = NULL, version = version + "
                                    "1, device_id = ?, updated_at = ? WHERE status = 'active' AND "
                                    "id IN (SELECT id FROM %1)")
                         .arg(idsTable),
                     {db.deviceId(), now}, tr("Taking back an approval"));
}

Status PlanRepository::markReviewed(const Session& session, const QString& planId)
{
    QSqlQuery q(m_db.sql());
    if (Status s = execBound(q,
                             QStringLiteral("SELECT client_id, debtor_id FROM plan WHERE id = ? "
                                            "AND status = 'broken'"),
                             {planId}, tr("Reading the plan"));
        !s)
        return s;
    if (!q.next())
        return Status::failure(tr("There is no such broken plan."));
    const QString clientId = q.value(0).toString(), debtorId = q.value(1).toString();
    q.finish();
    if (!session.canManagePortfolio() ||
        (session.role() != Role::Admin && session.clientId() != clientId))
        return Status::failure(Session::notAllowed(tr("review broken plans")));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString now = isoUtc(m_clock.nowUtc());
    if (Status s =
            execBound(q,
                      QStringLiteral("UPDATE task SET status = 'done', done_at = ?, version "
                                     "= version + 1, device_id = ?, updated_at = ? WHERE "
                                     "debtor_id = ? AND related_id = ? AND kind = "
                                     "'review' AND reason_code = 'plan_broken' AND status "
                                     "= 'open'"),
                      {now, m_db.deviceId(), now, debtorId, planId}, tr("Closing the review"));
        !s)
        return s;
    if (q.numRowsAffected() == 0)
        return Status::failure(tr("This broken plan was already reviewed."));
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("reviewed"),
                                    QStringLiteral("plan"), planId,
                                    QJsonObject{{QStringLiteral("debtor_id"), debtorId}});
        !s)
        return s;
    return tx.commit();
}

Result<QString> PlanRepository::amend(const Session& session, const QString& planId,
                                      const Amendment& amendment)
{
    using R = Result<QString>;
    QSqlQuery q(m_db.sql());
    if (Status s = execBound(
            q,
            QStringLiteral("SELECT client_id, debtor_id, status, kind, total_cents, "
                           "down_payment_cents, frequency, coalesce(created_by, ''), "
                           "coalesce(replaces_plan_id, ''), affordability, override_reason, "
                           "discount_cents, installment_count, first_due FROM plan WHERE id = ?"),
            {planId}, tr("Reading the plan"));
        !s)
        return s;
    if (!q.next())
        return R::failure(tr("There is no such plan."));
    const QString clientId = q.value(0).toString(), debtorId = q.value(1).toString();
    const QString status = q.value(2).toString(), kind = q.value(3).toString();
    const QString frequency = q.value(6).toString(), createdBy = q.value(7).toString();
    const QString replaces = q.value(8).toString();
    const QVariant affordability = q.value(9), overrideReason = q.value(10);
    const Money before = Money::fromCents(q.value(11).toLongLong());
    const int beforeCount = q.value(12).toInt();
    const QString beforeFirst = q.value(13).toString();
    PlanCalculator::Request request;
    request.total = Money::fromCents(q.value(4).toLongLong());
    request.downPayment = Money::fromCents(q.value(5).toLongLong());
    request.discount = amendment.discount;
    request.installments = amendment.installments;
    request.frequency = frequency == QLatin1String("biweekly") ? PlanCalculator::Frequency::Biweekly
                                                               : PlanCalculator::Frequency::Monthly;
    request.firstDue = amendment.firstDue;
    q.finish();
    if (!session.canManagePortfolio() ||
        (session.role() != Role::Admin && session.clientId() != clientId))
        return R::failure(Session::notAllowed(tr("decide on repayment plans")));
    if (status != QLatin1String("awaiting_approval"))
        return R::failure(tr("This plan is no longer waiting for approval (%1).").arg(status));
    if (amendment.discount.isNegative() || amendment.discount > request.total)
        return R::failure(tr("discount: it must be between 0 and the debt the plan covers."));
    if (frequency == QLatin1String("single") && amendment.installments != 1)
        return R::failure(tr("installments: a settlement in one payment has one installment."));
    const QDate today = m_clock.today();
    if (!amendment.firstDue.isValid() || amendment.firstDue < today)
        return R::failure(tr("first due date: it must be today or later."));
    const auto schedule = PlanCalculator::schedule(request, today);
    if (!schedule)
        return schedule.status();
    const auto client = ClientRepository(m_db, m_clock).configById(clientId);
    if (!client)
        return client.status();
    const auto mandate =
        PlanCalculator::checkMandate(request, schedule.value(), client->client.rules);
    if (!mandate.ok())
        return R::failure(tr("Beyond the client's mandate: %1.")
                              .arg(mandate.problems.join(QStringLiteral("; "))));
    const QString problem = PlanCalculator::approvalProblem(
        PlanCalculator::discountBp(request.total, request.discount), client->client.rules);
    if (!problem.isEmpty())
        return R::failure(tr("This plan cannot be approved: %1.").arg(problem));

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString now = isoUtc(m_clock.nowUtc());
    // The proposal stays in the history as it was, cancelled; its installments never run.
    if (Status s = execBound(q,
                             QStringLiteral("UPDATE plan SET status = 'cancelled', closed_at = ?, "
                                            "version = version + 1, device_id = ?, updated_at = "
                                            "? WHERE id = ? AND status = 'awaiting_approval'"),
                             {now, m_db.deviceId(), now, planId}, tr("Closing the proposal"));
        !s)
        return s;
    if (Status s = execBound(q,
                             QStringLiteral("UPDATE installment SET status = 'cancelled', version "
                                            "= version + 1, device_id = ?, updated_at = ? WHERE "
                                            "plan_id = ? AND status <> 'cancelled'"),
                             {m_db.deviceId(), now, planId}, tr("Closing the proposal"));
        !s)
        return s;
    if (Status s = closeApprovalTasks(planId, now); !s)
        return s;
    const QString amendedId = newId();
    if (Status s = execBound(
            q,
            QStringLiteral("INSERT INTO plan(id, client_id, debtor_id, kind, status, total_cents, "
                           "discount_cents, down_payment_cents, installment_count, frequency, "
                           "first_due, affordability, override_reason, created_by, approved_by, "
                           "approved_at, replaces_plan_id, device_id, updated_at, created_at) "
                           "VALUES(?, ?, ?, ?, 'active', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?)"),
            {amendedId, clientId, debtorId, kind, request.total.cents(), request.discount.cents(),
             request.downPayment.cents(), schedule->installmentCount, frequency,
             isoDate(amendment.firstDue), affordability, overrideReason, nullable(createdBy),
             session.userId(), now, nullable(replaces), m_db.deviceId(), now, now},
            tr("Saving the amended plan"));
        !s)
        return s;
    if (Status s = execBound(q,
                             QStringLiteral("INSERT INTO plan_invoice(plan_id, invoice_id) SELECT "
                                            "?, invoice_id FROM plan_invoice WHERE plan_id = ?"),
                             {amendedId, planId}, tr("Linking the bills to the plan"));
        !s)
        return s;
    if (Status s = insertInstallments(amendedId, schedule.value(), now); !s)
        return s;
    if (!replaces.isEmpty()) {
        if (Status s = closeReplaced(replaces, now); !s)
            return s;
    }
    if (Status s =
            tellProposer(session, debtorId, createdBy, amendedId,
                         TaskReason::planAmended(session.displayName(), schedule->installmentCount,
                                                 schedule->installment.cents(), amendment.firstDue,
                                                 request.discount.cents()),
                         now);
        !s)
        return s;
    if (Status s = DebtorSummaryRepository(m_db).recompute(debtorId, today); !s)
        return s;
    if (Status s = AuditLog::append(
            m_db, m_clock, session, QStringLiteral("amend"), QStringLiteral("plan"), amendedId,
            QJsonObject{
                {QStringLiteral("debtor_id"), debtorId},
                {QStringLiteral("proposal"), planId},
                {QStringLiteral("installments"),
                 QStringLiteral("%1 -> %2").arg(beforeCount).arg(schedule->installmentCount)},
                {QStringLiteral("discount_cents"),
                 QStringLiteral("%1 -> %2").arg(before.cents()).arg(request.discount.cents())},
                {QStringLiteral("first_due"),
                 QStringLiteral("%1 -> %2").arg(beforeFirst, isoDate(amendment.firstDue))}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return amendedId;
}

Status PlanRepository::decide(const Session& session, const QString& planId, Decision decision,
                              const QString& reason)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT client_id, debtor_id, status, total_cents, discount_cents, "
                             "created_by, first_due, coalesce(replaces_plan_id, '') FROM plan "
                             "WHERE id = ?"));
    q.addBindValue(planId);
    if (!q.exec() || !q.next())
        return Status::failure(tr("There is no such plan."));
    const QString clientId = q.value(0).toString(), debtorId = q.value(1).toString();
    const QString status = q.value(2).toString(), createdBy = q.value(5).toString();
    const Money total = Money::fromCents(q.value(3).toLongLong());
    const Money discount = Money::fromCents(q.value(4).toLongLong());
    const QDate firstDue = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    const QString replaces = q.value(7).toString();
    q.finish();
    if (!session.canManagePortfolio() ||
        (session.role() != Role::Admin && session.clientId() != clientId))
        return Status::failure(Session::notAllowed(tr("decide on repayment plans")));
    if (status != QLatin1String("awaiting_approval"))
        return Status::failure(tr("This plan is no longer waiting for approval (%1).").arg(status));
    const bool approve = decision == Decision::Approve;
    if (!approve && reason.trimmed().isEmpty())
        return Status::failure(
            tr("Say why the plan is rejected: the operator will tell the debtor."));
    if (approve && firstDue.isValid() && firstDue < m_clock.today())
        return Status::failure(
            tr("The first installment fell due on %1 while the plan waited: agree new dates "
               "with the debtor in a new plan, or reject this one.")
                .arg(QLocale().toString(firstDue, QLocale::ShortFormat)));
    if (approve) {
        const auto client = ClientRepository(m_db, m_clock).configById(clientId);
        if (!client)
            return client.status();
        const QString problem = PlanCalculator::approvalProblem(
            PlanCalculator::discountBp(total, discount), client->client.rules);
        if (!problem.isEmpty())
            return Status::failure(tr("This plan cannot be approved: %1.").arg(problem));
    }

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString now = isoUtc(m_clock.nowUtc());
    QSqlQuery u(m_db.sql());
    if (Status s = execBound(
            u,
            QStringLiteral("UPDATE plan SET status = ?, approved_by = ?, approved_at = ?, "
                           "closed_at = ?, version = version + 1, device_id = ?, updated_at = ? "
                           "WHERE id = ? AND status = 'awaiting_approval'"),
            {approve ? QStringLiteral("active") : QStringLiteral("rejected"),
             nullable(session.userId()), QVariant(now), approve ? QVariant() : QVariant(now),
             QVariant(m_db.deviceId()), QVariant(now), QVariant(planId)},
            tr("Recording the decision"));
        !s)
        return s;
    if (Status s = closeApprovalTasks(planId, now); !s)
        return s;
    // A renegotiation approved replaces the plan in force.
    if (approve && !replaces.isEmpty()) {
        if (Status s = closeReplaced(replaces, now); !s)
            return s;
    }
    if (Status s = tellProposer(
            session, debtorId, createdBy, planId,
            approve ? TaskReason::planApproved(session.displayName())
                    : TaskReason::planRejected(session.displayName(), reason.trimmed()),
            now);
        !s)
        return s;
    if (Status s = DebtorSummaryRepository(m_db).recompute(debtorId, m_clock.today()); !s)
        return s;
    QJsonObject details{{QStringLiteral("debtor_id"), debtorId}};
    if (!approve)
        details.insert(QStringLiteral("reason"), reason.trimmed());
    if (Status s = AuditLog::append(m_db, m_clock, session,
                                    approve ? QStringLiteral("approve") : QStringLiteral("reject"),
                                    QStringLiteral("plan"), planId, details);
        !s)
        return s;
    return tx.commit();
}

Result<PlanRepository::Monitored> PlanRepository::monitor(const QDate& today)
{
    Monitored report;
    const QString todayText = isoDate(today);
    const QString now = isoUtc(m_clock.nowUtc());
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QStringList touched;
    // Installments past due: late while within the client's days, missed beyond them.
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "UPDATE installment SET status = CASE WHEN julianday(:today) - julianday(due_date) > "
        "(SELECT c.days_late_to_break FROM plan p JOIN client c ON c.id = p.client_id WHERE p.id = "
        "installment.plan_id) THEN 'missed' ELSE 'late' END, version = version + 1, device_id = "
        ":device, updated_at = :now WHERE status IN ('open', 'late') AND due_date < :today AND "
        "paid_cents < amount_cents AND plan_id IN (SELECT id FROM plan WHERE status = 'active') "
        "AND status <> CASE WHEN julianday(:today) - julianday(due_date) > (SELECT "
        "c.days_late_to_break FROM plan p JOIN client c ON c.id = p.client_id WHERE p.id = "
        "installment.plan_id) THEN 'missed' ELSE 'late' END RETURNING status"));
    q.bindValue(QStringLiteral(":today"), todayText);
    q.bindValue(QStringLiteral(":device"), m_db.deviceId());
    q.bindValue(QStringLiteral(":now"), now);
    if (Status s = execOrFail(q, tr("Following the installments")); !s)
        return s;
    while (q.next())
        ++(q.value(0).toString() == QLatin1String("missed") ? report.installmentsMissed
                                                            : report.installmentsLate);
    q.finish();
    // Plans with too many missed installments are broken; the team lead hears of it.
    QSqlQuery broken(m_db.sql());
    broken.prepare(QStringLiteral(
        "SELECT p.id, p.debtor_id, p.client_id FROM plan p JOIN client c ON c.id = p.client_id "
        "WHERE p.status = 'active' AND (SELECT count(*) FROM installment i WHERE i.plan_id = p.id "
        "AND i.status = 'missed') >= c.missed_installments_to_break"));
    if (Status s = execOrFail(broken, tr("Following the plans")); !s)
        return s;
    QVector<QStringList> toBreak;
    while (broken.next())
        toBreak.push_back(
            {broken.value(0).toString(), broken.value(1).toString(), broken.value(2).toString()});
    broken.finish();
    for (const QStringList& p : toBreak) {
        QSqlQuery b(m_db.sql());
        b.prepare(QStringLiteral("UPDATE plan SET status = 'broken', closed_at = ?, version = "
                                 "version + 1, device_id = ?, updated_at = ? WHERE id = ?"));
        for (const QVariant& v :
             {QVariant(now), QVariant(m_db.deviceId()), QVariant(now), QVariant(p[0])})
            b.addBindValue(v);
        if (Status s = execOrFail(b, tr("Following the plans")); !s)
            return s;
        QSqlQuery task(m_db.sql());
        task.prepare(QStringLiteral(
            "INSERT INTO task(id, debtor_id, assigned_to, kind, due_at, reason_code, reason_args, "
            "related_id, device_id, updated_at, created_at) SELECT ?, ?, u.id, 'review', ?, ?, ?, "
            "?, ?, ?, ? FROM app_user u WHERE u.role = 'teamlead' AND u.client_id = ? AND "
            "u.active = 1 ORDER BY u.username LIMIT 1"));
        const TaskReason why = TaskReason::planBroken();
        for (const QVariant& v :
             {QVariant(newId()), QVariant(p[1]), QVariant(todayText), QVariant(why.code),
              QVariant(why.argsJson()), QVariant(p[0]), QVariant(m_db.deviceId()), QVariant(now),
              QVariant(now), QVariant(p[2])})
            task.addBindValue(v);
        if (Status s = execOrFail(task, tr("Telling the team lead")); !s)
            return s;
        if (Status s = AuditLog::append(m_db, m_clock, Session::system(), QStringLiteral("break"),
                                        QStringLiteral("plan"), p[0]);
            !s)
            return s;
        touched << p[1];
        ++report.plansBroken;
    }
    // Promises: kept when payments since the promise cover it, broken once the day passed.
    QSqlQuery promises(m_db.sql());
    promises.prepare(QStringLiteral("SELECT pr.id, pr.debtor_id, %1, pr.due_date < :today FROM "
                                    "promise pr WHERE pr.status = 'open'")
                         .arg(PaymentRepository::promiseCoveredSql(QStringLiteral("pr"))));
    promises.bindValue(QStringLiteral(":today"), todayText);
    if (Status s = execOrFail(promises, tr("Following the promises")); !s)
        return s;
    QVector<QPair<QString, QString>> changes;
    while (promises.next()) {
        if (promises.value(2).toBool())
            changes.push_back({promises.value(0).toString(), QStringLiteral("kept")});
        else if (promises.value(3).toBool())
            changes.push_back({promises.value(0).toString(), QStringLiteral("broken")});
        if (promises.value(2).toBool() || promises.value(3).toBool())
            touched << promises.value(1).toString();
    }
    promises.finish();
    for (const auto& [id, status] : changes) {
        QSqlQuery u(m_db.sql());
        u.prepare(QStringLiteral("UPDATE promise SET status = ?, version = version + 1, device_id "
                                 "= ?, updated_at = ? WHERE id = ?"));
        for (const QVariant& v :
             {QVariant(status), QVariant(m_db.deviceId()), QVariant(now), QVariant(id)})
            u.addBindValue(v);
        if (Status s = execOrFail(u, tr("Following the promises")); !s)
            return s;
        ++(status == QLatin1String("kept") ? report.promisesKept : report.promisesBroken);
    }
    touched.removeDuplicates();
    DebtorSummaryRepository summaries(m_db);
    for (const QString& debtorId : std::as_const(touched))
        if (Status s = summaries.recompute(debtorId, today); !s)
            return s;
    if (Status s = tx.commit(); !s)
        return s;
    report.debtors = touched;
    return report;
}

} // namespace ascolto

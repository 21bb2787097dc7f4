#include <catch2/catch.hpp>

#include "TestSupport.h"

#include <algorithm>

#include "domain/PlanCalculator.h"
#include "domain/TaskReason.h"
#include "storage/ClientRepository.h"
#include "storage/DebtorSummaryRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/PlanRepository.h"
#include "storage/StoreCheck.h"
#include "storage/WorkQueueQuery.h"

#include <QSqlQuery>

using namespace ascolto;
using ascolto::test::Fixture;
using ascolto::test::TempDatabase;

namespace {
struct Negotiation
{
    Negotiation()
        : f(t.db(), clock)
    {
        REQUIRE(t->execScript(QStringLiteral(
            "UPDATE client SET operator_discount_bp = 1000, teamlead_discount_bp = 3000, "
            "max_installments = 12, min_installment_cents = 2000, missed_installments_to_break = "
            "2, "
            "days_late_to_break = 10")));
        debtor = f.addDebtor(QStringLiteral("A-1"), QStringLiteral("Rossi"), f.operatorA1);
        bills << f.addBill(debtor, QStringLiteral("F-1"), clock.today().addDays(-60), 40000)
              << f.addBill(debtor, QStringLiteral("F-2"), clock.today().addDays(-30), 20000);
    }
    PlanDraft draft(int installments, qint64 discount = 0) const
    {
        PlanDraft d;
        d.debtorId = debtor;
        d.invoiceIds = bills;
        d.request.installments = installments;
        d.request.discount = Money::fromCents(discount);
        d.request.firstDue = QDate(2026, 12, 10);
        return d;
    }
    QString one(const QString& sql)
    {
        QSqlQuery q(t->sql());
        REQUIRE(q.exec(sql));
        return q.next() ? q.value(0).toString() : QString();
    }
    TempDatabase t;
    FixedClock clock{QDate(2026, 11, 23)};
    Fixture f;
    QString debtor;
    QStringList bills;
};
} // namespace

TEST_CASE("A negotiated plan is saved with its installments, bills, call and audit", "[plans]")
{
    Negotiation n;
    PlanRepository plans(n.t.db(), n.clock);
    const auto saved = plans.create(n.f.operatorA1, n.draft(6));
    REQUIRE(saved.ok());
    CHECK(saved->status == QStringLiteral("active"));
    CHECK(n.one(QStringLiteral("SELECT total_cents FROM plan")) == QStringLiteral("60000"));
    CHECK(n.one(QStringLiteral("SELECT count(*) FROM installment")) == QStringLiteral("6"));
    CHECK(n.one(QStringLiteral("SELECT sum(amount_cents) FROM installment")) ==
          QStringLiteral("60000"));
    CHECK(n.one(QStringLiteral("SELECT due_date FROM installment WHERE seq = 1")) ==
          QStringLiteral("2026-12-10"));
    CHECK(n.one(QStringLiteral("SELECT count(*) FROM plan_invoice")) == QStringLiteral("2"));
    CHECK(n.one(QStringLiteral("SELECT outcome FROM interaction")) ==
          QStringLiteral("plan_requested"));
    CHECK(n.one(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'plan'")) ==
          QStringLiteral("1"));
    CHECK(DebtorSummaryRepository(n.t.db()).get(n.f.operatorA1, n.debtor).ok());
    CHECK(n.one(QStringLiteral("SELECT plan_status FROM debtor_summary")) ==
          QStringLiteral("active"));
}

TEST_CASE("Authority decides between active and waiting for the team lead", "[plans][mandate]")
{
    Negotiation n;
    PlanRepository plans(n.t.db(), n.clock);
    CHECK(plans.create(n.f.operatorA1, n.draft(6, 20000))
              .error()
              .contains(QStringLiteral("mandate")));
    CHECK(plans.create(n.f.operatorA1, n.draft(24))
              .error()
              .contains(QStringLiteral("12 installments")));
    const auto waiting = plans.create(n.f.operatorA1, n.draft(6, 9000)); // 15%
    REQUIRE(waiting.ok());
    CHECK(waiting->status == QStringLiteral("awaiting_approval"));
    // The team lead finds it at the top of the day's work.
    const auto leadQueue = WorkQueueQuery(n.t.db(), n.f.leadA, n.clock).items();
    REQUIRE_FALSE(leadQueue.isEmpty());
    CHECK(leadQueue.first().kind == QueueItem::Kind::Approval);
    CHECK(leadQueue.first().reason.contains(QStringLiteral("15")));
    CHECK(leadQueue.first().blocked.isEmpty());
    CHECK(n.one(QStringLiteral(
              "SELECT u.username FROM task t JOIN app_user u ON u.id = t.assigned_to "
              "WHERE t.kind = 'approval'")) == QStringLiteral("lead.a"));
    // The team lead's own proposal within their authority is active at once, and replaces
    // the waiting one, which stays in the history.
    const auto lead = plans.create(n.f.leadA, n.draft(6, 9000));
    REQUIRE(lead.ok());
    CHECK(lead->status == QStringLiteral("active"));
    CHECK(n.one(QStringLiteral("SELECT status FROM plan WHERE id = '%1'").arg(waiting->planId)) ==
          QStringLiteral("renegotiated"));
    CHECK(n.one(QStringLiteral("SELECT replaces_plan_id FROM plan WHERE id = '%1'")
                    .arg(lead->planId)) == waiting->planId);
}

TEST_CASE("A renegotiation waiting for approval leaves the plan in force until it is approved",
          "[plans][approval]")
{
    Negotiation n;
    PlanRepository plans(n.t.db(), n.clock);
    const auto first = plans.create(n.f.operatorA1, n.draft(6));
    REQUIRE(first.ok());
    REQUIRE(first->status == QStringLiteral("active"));
    const QString statusOf = QStringLiteral("SELECT status FROM plan WHERE id = '%1'");
    const QString openInstallments =
        QStringLiteral("SELECT count(*) FROM installment WHERE plan_id = '%1' AND status = 'open'");
    // A new proposal beyond the operator's authority: the debtor keeps paying the plan in
    // force while the team lead decides.
    const auto proposal = plans.create(n.f.operatorA1, n.draft(8, 9000)); // 15%
    REQUIRE(proposal.ok());
    REQUIRE(proposal->status == QStringLiteral("awaiting_approval"));
    CHECK(n.one(statusOf.arg(first->planId)) == QStringLiteral("active"));
    CHECK(n.one(openInstallments.arg(first->planId)) == QStringLiteral("6"));
    // Rejected: the plan in force stays in force.
    REQUIRE(plans.decide(n.f.leadA, proposal->planId, PlanRepository::Decision::Reject,
                         QStringLiteral("Troppo sconto")));
    CHECK(n.one(statusOf.arg(first->planId)) == QStringLiteral("active"));
    CHECK(n.one(QStringLiteral("SELECT plan_status FROM debtor_summary")) ==
          QStringLiteral("active"));
    // Proposed twice: the second proposal supersedes the first at once (one waits at a time,
    // and its approval task goes with it); approved, it replaces the plan in force.
    const auto second = plans.create(n.f.operatorA1, n.draft(8, 9000));
    const auto third = plans.create(n.f.operatorA1, n.draft(10, 9000));
    REQUIRE(second.ok());
    REQUIRE(third.ok());
    CHECK(n.one(statusOf.arg(second->planId)) == QStringLiteral("renegotiated"));
    CHECK(n.one(QStringLiteral("SELECT count(*) FROM task WHERE kind = 'approval' AND status = "
                               "'open'")) == QStringLiteral("1"));
    CHECK(n.one(statusOf.arg(first->planId)) == QStringLiteral("active"));
    REQUIRE(plans.decide(n.f.leadA, third->planId, PlanRepository::Decision::Approve));
    CHECK(n.one(statusOf.arg(third->planId)) == QStringLiteral("active"));
    CHECK(n.one(statusOf.arg(first->planId)) == QStringLiteral("renegotiated"));
    CHECK(n.one(openInstallments.arg(first->planId)) == QStringLiteral("0"));
    CHECK(n.one(QStringLiteral("SELECT count(*) FROM plan WHERE status = 'active'")) ==
          QStringLiteral("1"));
    CHECK(StoreCheck::run(n.t.db()).isEmpty());
}

TEST_CASE("An unaffordable plan needs a reason", "[plans][affordability]")
{
    Negotiation n;
    PlanDraft d = n.draft(3);
    d.hasHousehold = true;
    d.household.members = 2;
    // 1,100 - the 942 floor (600 x 1.57, above the 500 declared) = 158 < 200 a month.
    d.household.netMonthlyIncome = Money::fromEuros(1100);
    d.household.housing = Money::fromEuros(500);
    PlanRepository plans(n.t.db(), n.clock);
    CHECK(plans.create(n.f.operatorA1, d).error().contains(QStringLiteral("afford")));
    d.overrideReason = QStringLiteral("La figlia contribuisce da gennaio");
    const auto saved = plans.create(n.f.operatorA1, d);
    REQUIRE(saved.ok());
    CHECK(n.one(QStringLiteral("SELECT override_reason FROM plan")) == d.overrideReason);
    CHECK(n.one(QStringLiteral("SELECT json_extract(affordability, '$.affordable') FROM plan")) ==
          QStringLiteral("0"));
    // An operator going beyond what the household can afford asks the team lead, whose task
    // says why in the reader's words.
    CHECK(saved->status == QStringLiteral("awaiting_approval"));
    QSqlQuery q(n.t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT reason_code, reason_args FROM task WHERE kind = "
                                  "'approval' AND related_id = '%1'")
                       .arg(saved->planId)));
    REQUIRE(q.next());
    const QString why = TaskReason::fromStored(q.value(0).toString(), q.value(1).toString()).text();
    CHECK(why.contains(Money::fromEuros(200).format()));
    CHECK(why.contains(Money::fromCents(15800).format()));
    CHECK(why.contains(QStringLiteral("team lead")));
    // A team lead decides within their own authority: active at once.
    const auto own = plans.create(n.f.leadA, d);
    REQUIRE(own.ok());
    CHECK(own->status == QStringLiteral("active"));
}

TEST_CASE("Monitoring moves installments to late, missed and the plan to broken",
          "[plans][monitor]")
{
    Negotiation n;
    PlanRepository plans(n.t.db(), n.clock);
    const auto saved = plans.create(n.f.operatorA1, n.draft(4));
    REQUIRE(saved.ok());
    auto status = [&](int seq) {
        return n.one(QStringLiteral("SELECT status FROM installment WHERE seq = %1").arg(seq));
    };
    n.clock.set(QDateTime(QDate(2026, 12, 11), QTime(12, 0), Qt::UTC));
    REQUIRE(plans.monitor(n.clock.today()).ok());
    CHECK(status(1) == QStringLiteral("late"));
    // The first installment is paid late: it counts as paid.
    PaymentDraft pay;
    pay.debtorId = n.debtor;
    pay.planId = saved->planId;
    pay.amount = Money::fromCents(15000);
    pay.paidOn = n.clock.today();
    REQUIRE(PaymentRepository(n.t.db(), n.clock).record(n.f.operatorA1, pay).ok());
    CHECK(status(1) == QStringLiteral("paid"));
    // Two installments more than 10 days late: missed, and the plan breaks.
    n.clock.set(QDateTime(QDate(2027, 1, 25), QTime(12, 0), Qt::UTC));
    REQUIRE(plans.monitor(n.clock.today()).ok());
    CHECK(status(2) == QStringLiteral("missed"));
    CHECK(n.one(QStringLiteral("SELECT status FROM plan")) == QStringLiteral("active"));
    n.clock.set(QDateTime(QDate(2027, 2, 25), QTime(12, 0), Qt::UTC));
    const auto touched = plans.monitor(n.clock.today());
    REQUIRE(touched.ok());
    CHECK(touched->debtors.contains(n.debtor));
    CHECK(touched->plansBroken == 1);
    CHECK(touched->installmentsMissed >= 1);
    CHECK(n.one(QStringLiteral("SELECT status FROM plan")) == QStringLiteral("broken"));
    CHECK(n.one(QStringLiteral("SELECT plan_status FROM debtor_summary")) ==
          QStringLiteral("broken"));
    CHECK(n.one(QStringLiteral("SELECT kind FROM task WHERE related_id = '%1' AND kind = 'review'")
                    .arg(saved->planId)) == QStringLiteral("review"));
    bool reviewListed = false;
    for (const QueueItem& i : WorkQueueQuery(n.t.db(), n.f.leadA, n.clock).items())
        reviewListed =
            reviewListed || (i.kind == QueueItem::Kind::Review && i.debtorId == n.debtor);
    CHECK(reviewListed);
    // Renegotiating a broken plan keeps it in the history.
    PlanDraft again = n.draft(6);
    again.request.firstDue = QDate(2027, 3, 10);
    const auto renewed = plans.create(n.f.operatorA1, again);
    REQUIRE(renewed.ok());
    CHECK(n.one(QStringLiteral("SELECT status FROM plan WHERE id = '%1'").arg(saved->planId)) ==
          QStringLiteral("renegotiated"));
    CHECK(StoreCheck::run(n.t.db()).isEmpty());
}

TEST_CASE("Promises become kept or broken", "[plans][promises]")
{
    Negotiation n;
    REQUIRE(n.t->execScript(
        QStringLiteral(
            "INSERT INTO promise(id, debtor_id, amount_cents, due_date, status, device_id, "
            "updated_at, "
            "created_at) VALUES('kept', '%1', 10000, '2026-11-25', 'open', 'x', 'n', "
            "'2026-11-23T08:00:00Z'), "
            "('broken', '%1', 5000, '2026-11-20', 'open', 'x', 'n', '2026-11-18T08:00:00Z')")
            .arg(n.debtor)));
    PaymentDraft pay;
    pay.debtorId = n.debtor;
    pay.amount = Money::fromCents(10000);
    pay.paidOn = n.clock.today();
    REQUIRE(PaymentRepository(n.t.db(), n.clock).record(n.f.operatorA1, pay).ok());
    REQUIRE(PlanRepository(n.t.db(), n.clock).monitor(n.clock.today()).ok());
    CHECK(n.one(QStringLiteral("SELECT status FROM promise WHERE id = 'kept'")) ==
          QStringLiteral("kept"));
    // The older promise was due before today: the same payment counts for it too, since it came
    // after it was made.
    CHECK(n.one(QStringLiteral("SELECT status FROM promise WHERE id = 'broken'")) ==
          QStringLiteral("kept"));
    REQUIRE(n.t->execScript(QStringLiteral("INSERT INTO promise(id, debtor_id, amount_cents, "
                                           "due_date, status, device_id, updated_at, "
                                           "created_at) VALUES('late', '%1', 90000, '2026-11-22', "
                                           "'open', 'x', 'n', '2026-11-23T09:00:00Z')")
                                .arg(n.debtor)));
    REQUIRE(PlanRepository(n.t.db(), n.clock).monitor(n.clock.today()).ok());
    CHECK(n.one(QStringLiteral("SELECT status FROM promise WHERE id = 'late'")) ==
          QStringLiteral("broken"));
}

TEST_CASE("Monitoring in SQL follows the domain's installment and break rules day by day",
          "[plans][monitor][rules]")
{
    Negotiation n; // 10 days late to miss, 2 missed to break; installments monthly from 10/12
    PlanRepository plans(n.t.db(), n.clock);
    REQUIRE(plans.create(n.f.operatorA1, n.draft(4)).ok());
    MandateRules rules;
    rules.daysLateToBreak = 10;
    rules.missedInstallmentsToBreak = 2;
    // Every day from the first due date to past the second one's break point.
    for (QDate day(2026, 12, 9); day <= QDate(2027, 1, 25); day = day.addDays(1)) {
        n.clock.set(QDateTime(day, QTime(12, 0), Qt::UTC));
        REQUIRE(plans.monitor(day).ok());
        if (n.one(QStringLiteral("SELECT status FROM plan")) != QStringLiteral("active"))
            break;
        QSqlQuery q(n.t->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT due_date, status FROM installment ORDER BY seq")));
        int missed = 0;
        while (q.next()) {
            const QDate due = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            const QString expected =
                PlanCalculator::installmentStatus(due, day, false, rules.daysLateToBreak);
            INFO(day.toString(Qt::ISODate).toStdString()
                 << " due " << due.toString().toStdString());
            CHECK(q.value(1).toString() == expected);
            missed += expected == QLatin1String("missed");
        }
        CHECK_FALSE(PlanCalculator::breaks(missed, rules));
    }
    // It broke on the first day the domain says two installments are missed.
    CHECK(n.one(QStringLiteral("SELECT status FROM plan")) == QStringLiteral("broken"));
    CHECK(PlanCalculator::installmentStatus(QDate(2027, 1, 10), n.clock.today(), false, 10) ==
          QStringLiteral("missed"));
}

TEST_CASE("A team lead approves or rejects a plan within their authority, and the operator "
          "hears of it",
          "[plans][approval]")
{
    Negotiation n;
    PlanRepository plans(n.t.db(), n.clock);
    const auto waiting = plans.create(n.f.operatorA1, n.draft(6, 9000)); // 15%: beyond 10%
    REQUIRE(waiting.ok());
    REQUIRE(waiting->status == QStringLiteral("awaiting_approval"));
    const QString id = waiting->planId;
    using D = PlanRepository::Decision;

    // Only a team lead of the client (or an admin) decides.
    CHECK(plans.decide(n.f.operatorA1, id, D::Approve).error().contains(QStringLiteral("not")));
    CHECK(plans.decide(n.f.leadB, id, D::Approve).error().contains(QStringLiteral("not")));
    // A rejection says why.
    CHECK(plans.decide(n.f.leadA, id, D::Reject, QStringLiteral("  "))
              .error()
              .contains(QStringLiteral("Say why")));
    // The client's rules changed since: 15% is now beyond the team lead too.
    REQUIRE(n.t->execScript(QStringLiteral("UPDATE client SET teamlead_discount_bp = 1200")));
    CHECK(plans.decide(n.f.leadA, id, D::Approve)
              .error()
              .contains(QStringLiteral("beyond the team lead's authority")));
    CHECK(n.one(QStringLiteral("SELECT status FROM plan WHERE id = '%1'").arg(id)) ==
          QStringLiteral("awaiting_approval"));
    REQUIRE(n.t->execScript(QStringLiteral("UPDATE client SET teamlead_discount_bp = 3000")));
    // A plan left waiting past its first due date is not approved as it stands.
    {
        FixedClock later(QDate(2026, 12, 11));
        CHECK(PlanRepository(n.t.db(), later)
                  .decide(n.f.leadA, id, D::Approve)
                  .error()
                  .contains(QStringLiteral("fell due")));
    }

    REQUIRE(plans.decide(n.f.leadA, id, D::Approve));
    CHECK(n.one(QStringLiteral("SELECT status || ' ' || approved_by FROM plan WHERE id = '%1'")
                    .arg(id)) == QStringLiteral("active ") + n.f.leadA.userId());
    CHECK(n.one(QStringLiteral("SELECT count(*) FROM task WHERE kind = 'approval' AND status = "
                               "'open'")) == QStringLiteral("0"));
    CHECK(n.one(QStringLiteral("SELECT plan_status FROM debtor_summary")) ==
          QStringLiteral("active"));
    CHECK(n.one(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'approve' AND "
                               "entity_id = '%1'")
                    .arg(id)) == QStringLiteral("1"));
    // The operator sees the decision in Today, and the team lead's list is empty of it.
    const auto mine = WorkQueueQuery(n.t.db(), n.f.operatorA1, n.clock).items();
    const auto told = std::find_if(mine.begin(), mine.end(), [](const QueueItem& i) {
        return i.kind == QueueItem::Kind::Review;
    });
    REQUIRE(told != mine.end());
    CHECK(told->reason.contains(QStringLiteral("Plan approved by")));
    for (const QueueItem& i : WorkQueueQuery(n.t.db(), n.f.leadA, n.clock).items())
        CHECK(i.kind != QueueItem::Kind::Approval);
    // Decided once: a second decision is refused.
    CHECK(plans.decide(n.f.leadA, id, D::Reject, QStringLiteral("no"))
              .error()
              .contains(QStringLiteral("no longer waiting")));

    // A rejection keeps the plan in the history with the reason told to the operator.
    const auto second = plans.create(n.f.operatorA1, n.draft(6, 9000));
    REQUIRE(second.ok());
    REQUIRE(plans.decide(n.f.admin, second->planId, D::Reject,
                         QStringLiteral("Reddito non documentato")));
    CHECK(n.one(QStringLiteral("SELECT status FROM plan WHERE id = '%1'").arg(second->planId)) ==
          QStringLiteral("rejected"));
    CHECK(n.one(QStringLiteral("SELECT json_extract(reason_args, '$.reason') FROM task WHERE "
                               "reason_code = 'plan_rejected'")) ==
          QStringLiteral("Reddito non documentato"));
}

TEST_CASE("Every plan waiting for approval reaches the team lead's Today list", "[plans][approval]")
{
    Negotiation n;
    PlanRepository plans(n.t.db(), n.clock);
    // Three debtors with plans waiting; one of them made before tasks existed (no task).
    QStringList debtors{n.debtor};
    for (int i = 2; i <= 3; ++i) {
        const QString d = n.f.addDebtor(QStringLiteral("A-%1").arg(i),
                                        QStringLiteral("Verdi %1").arg(i), n.f.operatorA1);
        n.f.addBill(d, QStringLiteral("G-%1").arg(i), n.clock.today().addDays(-40), 30000);
        debtors << d;
    }
    for (const QString& d : debtors) {
        PlanDraft draft = n.draft(6);
        draft.debtorId = d;
        QSqlQuery q(n.t->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM invoice WHERE debtor_id = '%1'").arg(d)));
        draft.invoiceIds.clear();
        while (q.next())
            draft.invoiceIds << q.value(0).toString();
        // 15% of what each owes: beyond the operator's 10%.
        draft.request.discount = Money::fromCents(d == n.debtor ? 9000 : 4500);
        REQUIRE(plans.create(n.f.operatorA1, draft).ok());
    }
    REQUIRE(n.t->execScript(QStringLiteral("DELETE FROM task WHERE kind = 'approval' AND rowid = "
                                           "(SELECT min(rowid) FROM task)")));
    int approvals = 0;
    for (const QueueItem& i : WorkQueueQuery(n.t.db(), n.f.leadA, n.clock).items())
        approvals += i.kind == QueueItem::Kind::Approval ? 1 : 0;
    CHECK(approvals == 3);
    // Each says why it waits: here the discount; for a plan the household cannot afford,
    // the reason the operator gave to go ahead. The amount is what the plan asks.
    REQUIRE(n.t->execScript(QStringLiteral("UPDATE plan SET discount_cents = 0, override_reason "
                                           "= 'Ha perso il lavoro' WHERE debtor_id = '%1'")
                                .arg(n.debtor)));
    for (const QueueItem& i : WorkQueueQuery(n.t.db(), n.f.leadA, n.clock).items()) {
        if (i.kind != QueueItem::Kind::Approval)
            continue;
        if (i.debtorId == n.debtor) {
            CHECK(i.reason == QStringLiteral("A plan waits for your approval: beyond what the "
                                             "household can afford (\"Ha perso il lavoro\")"));
            CHECK(i.amount.cents() == 60000);
        } else {
            CHECK(i.reason.contains(QStringLiteral("15")));
            CHECK(i.amount.cents() == 25500);
        }
    }
    // Another client's team lead sees none of them.
    for (const QueueItem& i : WorkQueueQuery(n.t.db(), n.f.leadB, n.clock).items())
        CHECK(i.kind != QueueItem::Kind::Approval);
}

TEST_CASE("A team lead amends a waiting plan within their authority and it is in force at once",
          "[plans][approval][amend]")
{
    Negotiation n;
    PlanRepository plans(n.t.db(), n.clock);
    // 25% off 600,00 in 6 installments: beyond the operator's 10%, within the lead's 30%.
    const auto waiting = plans.create(n.f.operatorA1, n.draft(6, 15000));
    REQUIRE(waiting.ok());
    const QString id = waiting->planId;

    // The queue: every waiting plan of the client, the proposal beside the mandate.
    auto queue = plans.approvals(n.f.leadA);
    REQUIRE(queue);
    REQUIRE(queue->size() == 1);
    const PlanRepository::Approval& a = queue->first();
    CHECK(a.planId == id);
    CHECK(a.discountBp == 2500);
    CHECK(a.installments == 6);
    CHECK(a.installment == Money::fromCents(7500)); // 450,00 / 6
    CHECK(a.rules.operatorDiscountBp == 1000);
    CHECK(a.rules.teamLeadDiscountBp == 3000);
    CHECK(a.operatorName == n.f.operatorA1.displayName());
    CHECK(a.problem.isEmpty());
    CHECK(plans.approvals(n.f.leadB)->isEmpty());
    CHECK_FALSE(plans.approvals(n.f.operatorA1));

    // Beyond the client's mandate (35% off, 24 installments), in the past, or by someone
    // else: refused, nothing changes.
    using A = PlanRepository::Amendment;
    const QDate first(2026, 12, 15);
    const auto beyond = plans.amend(n.f.leadA, id, A{6, Money::fromCents(21000), first});
    INFO(beyond.error().toStdString());
    CHECK(beyond.error().contains(QStringLiteral("at most 30,00%")));
    CHECK(plans.amend(n.f.leadA, id, A{24, Money::fromCents(6000), first})
              .error()
              .contains(QStringLiteral("mandate")));
    CHECK(plans.amend(n.f.leadA, id, A{6, Money::fromCents(6000), QDate(2026, 11, 1)})
              .error()
              .contains(QStringLiteral("first due date")));
    CHECK_FALSE(plans.amend(n.f.operatorA1, id, A{6, Money::fromCents(6000), first}));
    CHECK(n.one(QStringLiteral("SELECT count(*) FROM plan")) == QStringLiteral("1"));

    // 10% off (60,00) in 9 installments of 60,00 from 15 December.
    const auto amended = plans.amend(n.f.leadA, id, A{9, Money::fromCents(6000), first});
    REQUIRE(amended);
    CHECK(n.one(QStringLiteral("SELECT status FROM plan WHERE id = '%1'").arg(id)) ==
          QStringLiteral("cancelled"));
    CHECK(n.one(QStringLiteral("SELECT status || ' ' || discount_cents || ' ' || "
                               "installment_count || ' ' || first_due || ' ' || created_by || ' ' "
                               "|| approved_by FROM plan WHERE id = '%1'")
                    .arg(*amended)) == QStringLiteral("active 6000 9 2026-12-15 %1 %2")
                                           .arg(n.f.operatorA1.userId(), n.f.leadA.userId()));
    CHECK(n.one(QStringLiteral("SELECT count(*) || ' ' || sum(amount_cents) FROM installment "
                               "WHERE plan_id = '%1'")
                    .arg(*amended)) == QStringLiteral("9 54000"));
    CHECK(n.one(QStringLiteral("SELECT count(*) FROM installment WHERE plan_id = '%1' AND "
                               "status <> 'cancelled'")
                    .arg(id)) == QStringLiteral("0"));
    CHECK(n.one(QStringLiteral("SELECT count(*) FROM plan_invoice WHERE plan_id = '%1'")
                    .arg(*amended)) == QStringLiteral("2"));
    CHECK(n.one(QStringLiteral("SELECT plan_status FROM debtor_summary")) ==
          QStringLiteral("active"));
    CHECK(n.one(QStringLiteral("SELECT json_extract(details, '$.installments') FROM audit_log "
                               "WHERE action = 'amend'")) == QStringLiteral("6 -> 9"));
    CHECK(plans.approvals(n.f.leadA)->isEmpty());
    // The operator reads what changed on Today.
    const auto mine = WorkQueueQuery(n.t.db(), n.f.operatorA1, n.clock).items();
    const auto told = std::find_if(mine.begin(), mine.end(), [](const QueueItem& i) {
        return i.kind == QueueItem::Kind::Review;
    });
    REQUIRE(told != mine.end());
    CHECK(told->reason.contains(QStringLiteral("Plan amended and approved by")));
    INFO(told->reason.toStdString());
    CHECK(told->reason.contains(QStringLiteral("9 installment")));
    CHECK(told->reason.contains(QStringLiteral("15/12/26")));
    CHECK(StoreCheck::run(n.t.db()).isEmpty());
    CHECK_FALSE(plans.amend(n.f.leadA, id, A{9, Money::fromCents(6000), first}));
}

TEST_CASE("A broken plan waits in the team lead's queue until it is reviewed",
          "[plans][approval][review]")
{
    Negotiation n;
    PlanRepository plans(n.t.db(), n.clock);
    const auto saved = plans.create(n.f.operatorA1, n.draft(4));
    REQUIRE(saved.ok());
    n.clock.set(QDateTime(QDate(2027, 2, 25), QTime(12, 0), Qt::UTC));
    REQUIRE(plans.monitor(n.clock.today()).ok());
    REQUIRE(n.one(QStringLiteral("SELECT status FROM plan")) == QStringLiteral("broken"));

    const auto queue = plans.approvals(n.f.leadA);
    REQUIRE(queue);
    REQUIRE(queue->size() == 1);
    CHECK(queue->first().broken);
    CHECK(queue->first().brokenOn == QDate(2027, 2, 25));
    CHECK(queue->first().missed >= 2);
    CHECK(queue->first().paid.isZero());
    // Not a proposal: it cannot be approved or amended.
    CHECK_FALSE(plans.decide(n.f.leadA, saved->planId, PlanRepository::Decision::Approve));
    CHECK_FALSE(plans.amend(n.f.leadA, saved->planId, {4, Money(), n.clock.today().addDays(10)}));
    CHECK_FALSE(plans.markReviewed(n.f.leadB, saved->planId));
    CHECK_FALSE(plans.markReviewed(n.f.operatorA1, saved->planId));
    REQUIRE(plans.markReviewed(n.f.leadA, saved->planId));
    CHECK(plans.approvals(n.f.leadA)->isEmpty());
    CHECK(n.one(QStringLiteral("SELECT count(*) FROM task WHERE kind = 'review' AND status = "
                               "'open'")) == QStringLiteral("0"));
    CHECK(n.one(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reviewed'")) ==
          QStringLiteral("1"));
    CHECK_FALSE(plans.markReviewed(n.f.leadA, saved->planId)); // once
}

#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "storage/AbsenceRepository.h"
#include "storage/CallListQuery.h"
#include "storage/DebtorRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/PortfolioQuery.h"
#include "storage/QualityRepository.h"
#include "storage/TeamBoardQuery.h"
#include "storage/UserRepository.h"

using namespace ascolto;
using ascolto::test::Fixture;
using ascolto::test::TempDatabase;
using TeamKpi::Figure;

namespace {

// A small client worked through one November, every fact placed by hand so that each figure
// of the board can be computed on paper (see the checks).
struct November
{
    November()
        : clock(QDate(2026, 10, 1))
        , f(t.db(), clock)
    {
        d1 = f.addDebtor(QStringLiteral("D1"), QStringLiteral("Rossi Anna"), f.operatorA1);
        d2 = f.addDebtor(QStringLiteral("D2"), QStringLiteral("Bianchi Bruno"), f.operatorA1);
        d3 = f.addDebtor(QStringLiteral("D3"), QStringLiteral("Verdi Carla"), f.operatorA1);
        b1 = f.addBill(d1, QStringLiteral("B1"), QDate(2026, 11, 10), 10000);
        f.addBill(d2, QStringLiteral("B2"), QDate(2026, 11, 20), 5000);
        f.addBill(d3, QStringLiteral("B3"), QDate(2026, 11, 5), 8000);
        // D3 changes hands on 1 November: A1 -> A2.
        clock.set(QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC));
        REQUIRE(DebtorRepository(t.db(), clock)
                    .reassign(f.leadA, {d3}, f.operatorA2.userId(), QStringLiteral("holidays")));
        const QString a1 = f.operatorA1.userId(), a2 = f.operatorA2.userId();
        const auto call = [&](const char* id, const QString& op, const QString& debtor,
                              const char* at, const char* channel, const char* purpose,
                              const char* outcome, const char* emotion) {
            REQUIRE(t->execScript(
                QStringLiteral("INSERT INTO interaction(id, client_id, debtor_id, operator_id, "
                               "channel, purpose, started_at, outcome, emotion, device_id, "
                               "created_at) VALUES('%1', '%2', '%3', '%4', '%5', '%6', '%7', "
                               "'%8', %9, 'x', '%7')")
                    .arg(QLatin1String(id), f.clientA, debtor, op, QLatin1String(channel),
                         QLatin1String(purpose), QLatin1String(at), QLatin1String(outcome),
                         emotion ? QStringLiteral("'%1'").arg(QLatin1String(emotion))
                                 : QStringLiteral("NULL"))));
        };
        call("c1", a1, d1, "2026-11-03T09:00:00Z", "phone_out", "caring", "reached_debtor",
             "worried");
        call("c2", a1, d1, "2026-11-16T09:00:00Z", "phone_out", "first_reminder", "no_answer",
             nullptr);
        call("c3", a1, d2, "2026-11-18T09:00:00Z", "phone_out", "negotiation", "promise", "calm");
        call("c4", a2, d1, "2026-11-17T09:00:00Z", "phone_in", "inbound", "reached_debtor",
             nullptr);
        call("c5", a2, d3, "2026-10-20T09:00:00Z", "phone_out", "first_reminder", "promise",
             nullptr);
        call("c6", a1, d1, "2026-11-10T09:00:00Z", "sms", "education", "sent", nullptr);
        call("c7", a2, d3, "2026-11-04T09:00:00Z", "phone_out", "caring", "reached_debtor",
             nullptr);
        REQUIRE(t->execScript(
            QStringLiteral(
                "INSERT INTO promise(id, debtor_id, interaction_id, amount_cents, due_date, "
                "status, device_id, updated_at, created_at) VALUES "
                "('p1', '%1', 'c3', 3000, '2026-11-25', 'open', 'x', '2026-11-18T09:10:00Z', "
                "'2026-11-18T09:10:00Z'), "
                "('p2', '%1', 'c1', 1000, '2026-11-12', 'kept', 'x', '2026-11-03T09:10:00Z', "
                "'2026-11-03T09:10:00Z'), "
                "('p3', '%2', 'c5', 2000, '2026-11-01', 'broken', 'x', '2026-10-20T09:10:00Z', "
                "'2026-10-20T09:10:00Z');"
                "INSERT INTO survey(id, debtor_id, interaction_id, csat, ces, nps, device_id, "
                "created_at) VALUES ('s1', '%4', 'c3', 5, 6, 10, 'x', '2026-11-18T10:00:00Z'), "
                "('s2', '%3', 'c1', 3, 2, 5, 'x', '2026-11-03T10:00:00Z');"
                "INSERT INTO complaint(id, client_id, debtor_id, category, description, "
                "opened_by, opened_at, device_id, updated_at) VALUES ('k1', '%5', '%4', "
                "'billing_error', 'doppia fattura', '%6', '2026-11-18T09:20:00Z', 'x', "
                "'2026-11-18T09:20:00Z');"
                "INSERT INTO task(id, debtor_id, assigned_to, kind, due_at, status, device_id, "
                "updated_at, created_at) VALUES "
                "('t1', '%2', '%7', 'callback', '2026-11-15', 'open', 'x', '', ''), "
                "('t2', '%3', '%6', 'callback', '2026-11-18', 'open', 'x', '', ''), "
                "('t3', '%4', '%6', 'callback', '2026-11-18T08:00:00Z', 'open', 'x', '', '');"
                "INSERT INTO plan(id, client_id, debtor_id, kind, status, total_cents, "
                "discount_cents, installment_count, frequency, first_due, created_by, "
                "closed_at, device_id, updated_at, created_at) VALUES "
                "('pl1', '%5', '%4', 'installments', 'active', 5000, 500, 3, 'monthly', "
                "'2026-12-01', '%6', NULL, 'x', '', '2026-11-18T09:30:00Z'), "
                "('pl2', '%5', '%2', 'installments', 'broken', 8000, 0, 4, 'monthly', "
                "'2026-10-25', '%7', '2026-11-14T10:00:00Z', 'x', '', '2026-10-20T09:30:00Z');")
                .arg(d1, d3, d1, d2, f.clientA, a1, a2)));
        // D1 pays B1 in full the day before it falls due; D3 pays 20,00 on 12 November.
        clock.set(QDateTime(QDate(2026, 11, 18), QTime(11, 0), Qt::UTC)); // a Wednesday
        PaymentRepository payments(t.db(), clock);
        PaymentDraft p;
        p.debtorId = d1;
        p.amount = Money::fromCents(10000);
        p.paidOn = QDate(2026, 11, 9);
        REQUIRE(payments.record(f.leadA, p));
        p.debtorId = d3;
        p.amount = Money::fromCents(2000);
        p.paidOn = QDate(2026, 11, 12);
        REQUIRE(payments.record(f.leadA, p));
    }
    QVector<OperatorFigures> board(TeamKpi::PeriodKind kind)
    {
        auto b = TeamBoardQuery(t.db(), f.leadA, clock)
                     .board(f.clientA, TeamKpi::period(kind, clock.today()));
        REQUIRE(b);
        REQUIRE(b->size() == 3); // A1, A2, team
        return *b;
    }
    TempDatabase t;
    FixedClock clock;
    Fixture f;
    QString d1, d2, d3, b1;
};

// The figure as a number: integer cents for money.
double v(const OperatorFigures& c, Figure figure)
{
    const TeamKpi::Value value = TeamKpi::value(c.tally, figure);
    return value.kind == TeamKpi::Value::Kind::Money ? double(value.money.cents()) : value.number;
}

bool defined(const OperatorFigures& c, Figure figure)
{
    return TeamKpi::value(c.tally, figure).defined;
}

} // namespace

TEST_CASE("The team board's month matches the figures computed by hand", "[teamboard]")
{
    November n;
    const auto b = n.board(TeamKpi::PeriodKind::Month);
    const OperatorFigures& a1 = b[0];
    const OperatorFigures& a2 = b[1];
    const OperatorFigures& team = b[2];
    REQUIRE(a1.operatorId == n.f.operatorA1.userId());
    REQUIRE(a2.operatorId == n.f.operatorA2.userId());
    CHECK(team.operatorId.isEmpty());

    // Debtors and what they owe now: A1 holds D1 (paid) and D2 (50,00); A2 holds D3 (60,00).
    CHECK(v(a1, Figure::Debtors) == 2);
    CHECK(v(a1, Figure::Outstanding) == 5000);
    CHECK(v(a2, Figure::Debtors) == 1);
    CHECK(v(a2, Figure::Outstanding) == 6000);
    // Collected: D1's 100,00 while A1 held it; D3's 20,00 after it passed to A2.
    CHECK(v(a1, Figure::Collected) == 10000);
    CHECK(v(a2, Figure::Collected) == 2000);
    CHECK(v(team, Figure::Collected) == 12000);
    // Calls in November: A1 c1, c2, c3 (the SMS is no call); A2 c4, c7 (c5 was October).
    CHECK(v(a1, Figure::Attempts) == 3);
    CHECK(v(a1, Figure::RightPartyContacts) == 2);
    CHECK(v(a1, Figure::RpcRate) == Approx(66.667).epsilon(0.001));
    CHECK(v(a2, Figure::Attempts) == 2);
    CHECK(v(a2, Figure::RpcRate) == 100);
    CHECK(v(team, Figure::RpcRate) == 80); // 4 of 5
    // Promises: A1 took p1 and p2 in November; p2 fell due and was kept; A2's p3 (taken in
    // October) fell due on 1 November and broke.
    CHECK(v(a1, Figure::PromisesMade) == 2);
    CHECK(v(a1, Figure::PromisesKept) == 1);
    CHECK(v(a1, Figure::KeptRate) == 100);
    CHECK(v(a2, Figure::PromisesMade) == 0);
    CHECK(v(a2, Figure::PromisesBroken) == 1);
    CHECK(v(a2, Figure::KeptRate) == 0);
    CHECK(v(team, Figure::KeptRate) == 50);
    // Plans: A1 agreed pl1 (active); A2's pl2 broke on 14 November.
    CHECK(v(a1, Figure::PlansActive) == 1);
    CHECK(v(a2, Figure::PlansBroken) == 1);
    CHECK(v(a2, Figure::PlansActive) == 0);
    // Caring: A1's c1 on 3 Nov covers B1 (due 10 Nov, within 7 days, paid 9 Nov); A2's c7 on
    // 4 Nov covers B3 (due 5 Nov, unpaid by then).
    CHECK(v(a1, Figure::CaringCalls) == 1);
    CHECK(v(a1, Figure::CaringPaidOnTime) == 100);
    CHECK(v(a2, Figure::CaringCalls) == 1);
    CHECK(v(a2, Figure::CaringPaidOnTime) == 0);
    CHECK(v(team, Figure::CaringPaidOnTime) == 50);
    // Surveys after A1's calls: CSAT 5 and 3 -> 50 %; CES (6 + 2) / 2 = 4; NPS 10 and 5 -> 0.
    CHECK(v(a1, Figure::Csat) == 50);
    CHECK(v(a1, Figure::Ces) == 4);
    CHECK(v(a1, Figure::Nps) == 0);
    CHECK_FALSE(defined(a2, Figure::Csat));
    CHECK(v(a1, Figure::Complaints) == 1);
    CHECK(v(a1, Figure::Emotions) == 2);
    CHECK(v(a2, Figure::Emotions) == 0);
    // Overdue: A2's callback due 15 Nov and A1's due at 08:00 UTC today; A1's all-day task of
    // today is not late yet.
    CHECK(v(a1, Figure::OverdueTasks) == 1);
    CHECK(v(a2, Figure::OverdueTasks) == 1);
    // Continuity: conversations with A1's debtors in November: c1 and c3 by A1, c4 by A2 ->
    // 2 of 3. With A2's D3: c7, by A2.
    CHECK(v(a1, Figure::Continuity) == Approx(66.667).epsilon(0.001));
    CHECK(v(a2, Figure::Continuity) == 100);
    // Interlocutor changes: D3 changed hands once in the year; A2 holds 1 debtor -> 100 per
    // 100 debtors a year; A1's debtors never changed.
    CHECK(v(a2, Figure::InterlocutorChanges) == 100);
    CHECK(v(a1, Figure::InterlocutorChanges) == 0);
    CHECK(v(team, Figure::InterlocutorChanges) == Approx(33.333).epsilon(0.001));
}

TEST_CASE("The team board follows the period and its owner's scope", "[teamboard]")
{
    November n;
    // Today (Wednesday 18 Nov): A1's c3 only; this week (from Monday 16): c2, c3; c4 for A2.
    const auto today = n.board(TeamKpi::PeriodKind::Today);
    CHECK(v(today[0], Figure::Attempts) == 1);
    CHECK(v(today[1], Figure::Attempts) == 0);
    CHECK(v(today[0], Figure::Collected) == 0);
    CHECK_FALSE(defined(today[1], Figure::RpcRate));
    // States of now do not follow the period.
    CHECK(v(today[0], Figure::Debtors) == 2);
    CHECK(v(today[0], Figure::PlansActive) == 1);
    const auto week = n.board(TeamKpi::PeriodKind::Week);
    CHECK(v(week[0], Figure::Attempts) == 2);
    CHECK(v(week[1], Figure::Attempts) == 1);

    CHECK_FALSE(TeamBoardQuery(n.t.db(), n.f.operatorA1, n.clock).board(n.f.clientA, {}));
    CHECK_FALSE(TeamBoardQuery(n.t.db(), n.f.leadB, n.clock).board(n.f.clientA, {}));
    CHECK(TeamBoardQuery(n.t.db(), n.f.admin, n.clock)
              .board(n.f.clientA, TeamKpi::period(TeamKpi::PeriodKind::Month, n.clock.today())));
}

TEST_CASE("A board cell opens the debtors behind it in the portfolio", "[teamboard]")
{
    November n;
    const TeamKpi::Period month = TeamKpi::period(TeamKpi::PeriodKind::Month, n.clock.today());
    PortfolioQuery portfolio(n.t.db(), n.f.leadA, n.clock);
    const auto debtorsOf = [&](TeamKpi::Fact fact, const Session& op, bool flagged = false) {
        PortfolioFilter filter;
        filter.drill = TeamDrill{fact, n.f.clientA, op.userId(), month, flagged, {}};
        QStringList ids;
        for (const PortfolioRow& r : portfolio.page(filter, {}, nullptr, 50))
            ids << r.id;
        CHECK(portfolio.count(filter) == ids.size());
        ids.sort();
        return ids;
    };
    CHECK(debtorsOf(TeamKpi::Fact::Collected, n.f.operatorA2) == QStringList{n.d3});
    CHECK(debtorsOf(TeamKpi::Fact::Collected, n.f.operatorA1) == QStringList{n.d1});
    CHECK(debtorsOf(TeamKpi::Fact::PromisesBroken, n.f.operatorA2) == QStringList{n.d3});
    CHECK(debtorsOf(TeamKpi::Fact::PlansActive, n.f.operatorA1) == QStringList{n.d2});
    CHECK(debtorsOf(TeamKpi::Fact::CaringBills, n.f.operatorA1, true) == QStringList{n.d1});
    CHECK(debtorsOf(TeamKpi::Fact::CaringBills, n.f.operatorA2, true).isEmpty());
    CHECK(debtorsOf(TeamKpi::Fact::InterlocutorChanges, n.f.operatorA2) == QStringList{n.d3});
    QStringList both{n.d1, n.d2};
    both.sort();
    CHECK(debtorsOf(TeamKpi::Fact::Debtors, n.f.operatorA1) == both);
}

TEST_CASE("A board cell opens the calls behind it; the call list pages by keyset",
          "[teamboard][calls]")
{
    November n;
    const TeamKpi::Period month = TeamKpi::period(TeamKpi::PeriodKind::Month, n.clock.today());
    CallListQuery calls(n.t.db(), n.f.leadA, n.clock);
    const auto idsOf = [&](const CallFilter& filter) {
        QStringList ids;
        const auto rows = calls.page(filter, nullptr, 50);
        REQUIRE(rows);
        for (const CallRow& r : *rows)
            ids << r.id;
        CHECK(*calls.count(filter) == ids.size());
        return ids;
    };
    CallFilter rpc;
    rpc.drill = TeamDrill{
        TeamKpi::Fact::RightPartyContacts, n.f.clientA, n.f.operatorA1.userId(), month, false, {}};
    CHECK(idsOf(rpc) == QStringList{QStringLiteral("c3"), QStringLiteral("c1")}); // newest first
    // Continuity of A1: every conversation with A1's debtors, A2's c4 among them.
    CallFilter continuity;
    continuity.drill = TeamDrill{
        TeamKpi::Fact::Conversations, n.f.clientA, n.f.operatorA1.userId(), month, false, {}};
    CHECK(idsOf(continuity) ==
          QStringList{QStringLiteral("c3"), QStringLiteral("c4"), QStringLiteral("c1")});
    CallFilter surveyed;
    surveyed.drill =
        TeamDrill{TeamKpi::Fact::Surveys, n.f.clientA, n.f.operatorA1.userId(), month, false, {}};
    const auto rows = calls.page(surveyed, nullptr, 10);
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).csat == 5);
    CHECK(rows->at(0).debtorName == QStringLiteral("Bianchi Bruno"));

    // Pages of one row follow each other without gaps or repeats.
    CallFilter all;
    QStringList paged;
    const CallRow* after = nullptr;
    QVector<CallRow> page;
    for (int i = 0; i < 10; ++i) {
        auto next = calls.page(all, after, 1);
        REQUIRE(next);
        if (next->isEmpty())
            break;
        page = *next;
        paged << page.first().id;
        after = &page.first();
    }
    CHECK(paged == idsOf(all));
    CHECK(paged.size() == 7);
    CHECK(idsOf([&] {
              CallFilter f;
              f.operatorId = n.f.operatorA2.userId();
              f.from = QDate(2026, 11, 1);
              return f;
          }()) == QStringList{QStringLiteral("c4"), QStringLiteral("c7")});
    // By emotion, satisfaction and review state.
    CallFilter worried;
    worried.emotion = QStringLiteral("worried");
    CHECK(idsOf(worried) == QStringList{QStringLiteral("c1")});
    CallFilter surveyedCalls;
    surveyedCalls.satisfaction = CallFilter::Satisfaction::Surveyed;
    CHECK(idsOf(surveyedCalls) == QStringList{QStringLiteral("c3"), QStringLiteral("c1")});
    CallFilter unhappy; // c1's survey: CSAT 3, NPS 5
    unhappy.satisfaction = CallFilter::Satisfaction::Dissatisfied;
    CHECK(idsOf(unhappy) == QStringList{QStringLiteral("c1")});
    CallFilter notScored;
    notScored.review = CallFilter::Review::NotScored;
    CHECK(idsOf(notScored).size() == 7);
    QHash<QString, ScoreAnswer> yes;
    for (const QString& code : Scorecard::standard().itemCodes())
        yes.insert(code, ScoreAnswer::Yes);
    REQUIRE(
        QualityRepository(n.t.db(), n.clock).evaluate(n.f.leadA, QStringLiteral("c3"), yes, {}));
    CHECK(idsOf(notScored).size() == 6);
    CallFilter scored;
    scored.review = CallFilter::Review::Scored;
    CHECK(idsOf(scored) == QStringList{QStringLiteral("c3")});
    CHECK(calls.page(scored, nullptr, 5)->first().scoreTenths == 1000);
    // An operator reads their own calls only; another client's team lead none of these.
    CHECK(*CallListQuery(n.t.db(), n.f.operatorA2, n.clock).count({}) == 3);
    CHECK(*CallListQuery(n.t.db(), n.f.leadB, n.clock).count({}) == 0);
}

namespace {

QHash<QString, ScoreAnswer> allYes(const Scorecard& card)
{
    QHash<QString, ScoreAnswer> a;
    for (const QString& code : card.itemCodes())
        a.insert(code, ScoreAnswer::Yes);
    return a;
}

} // namespace

TEST_CASE("A team lead scores a call; the operator acknowledges or disputes; the lead answers",
          "[quality]")
{
    November n;
    QualityRepository quality(n.t.db(), n.clock);
    const Scorecard standard = Scorecard::standard();
    // The call as stored: c1 was A1's caring call, the debtor worried, nothing ticked.
    const auto call = quality.review(n.f.leadA, QStringLiteral("c1"));
    REQUIRE(call);
    CHECK(call->operatorName == n.f.operatorA1.displayName());
    CHECK(call->promises.size() == 1);
    CHECK(call->surveyText.startsWith(QStringLiteral("CSAT 3/5, CES 2/7, NPS 5")));
    // c3 (A1 with D2 at 09:00) led to the plan A1 saved at 09:30; c1 to none.
    CHECK(call->plans.isEmpty());
    const auto negotiation = quality.review(n.f.leadA, QStringLiteral("c3"));
    REQUIRE(negotiation->plans.size() == 1);
    CHECK(negotiation->plans.first().status == QStringLiteral("active"));
    CHECK(negotiation->plans.first().payable == Money::fromCents(4500));
    const auto prefilled = standard.prefill(call->recorded);
    CHECK(prefilled.value(QStringLiteral("emotion_named")) == ScoreAnswer::Yes);
    CHECK(prefilled.value(QStringLiteral("survey")) == ScoreAnswer::Yes);

    // Only team leads of the client (and admins) score; every item needs an answer.
    auto answers = allYes(standard);
    CHECK_FALSE(quality.evaluate(n.f.operatorA2, QStringLiteral("c1"), answers, {}));
    CHECK_FALSE(quality.evaluate(n.f.leadB, QStringLiteral("c1"), answers, {}));
    auto partial = answers;
    partial.remove(QStringLiteral("tone"));
    const auto refused = quality.evaluate(n.f.leadA, QStringLiteral("c1"), partial, {});
    REQUIRE_FALSE(refused);
    INFO(refused.error().toStdString());
    CHECK(refused.error().contains(QStringLiteral("Calm, respectful tone")));
    // A written message is not a call to score.
    CHECK_FALSE(quality.evaluate(n.f.leadA, QStringLiteral("c6"), answers, {}));

    // Empathy: 2 of 4 -> 50 %; compliance and solution full: 0.3 x 100 + 0.4 x 50 + 0.3 x
    // 100 = 80.
    answers[QStringLiteral("tone")] = ScoreAnswer::No;
    answers[QStringLiteral("acknowledged")] = ScoreAnswer::No;
    const auto id =
        quality.evaluate(n.f.leadA, QStringLiteral("c1"), answers, QStringLiteral("Good opening"),
                         {QStringLiteral("acknowledging"),
                          QStringLiteral("Name the worry before the numbers"), QDate(2026, 12, 1)});
    REQUIRE(id);
    auto e = quality.evaluation(n.f.operatorA1, *id);
    REQUIRE(e);
    CHECK(e->score == 80);
    CHECK(e->scorecardVersion == 1);
    CHECK(e->status == QStringLiteral("sent"));
    CHECK(e->coachingSkill == QStringLiteral("acknowledging"));
    CHECK(e->followUp == QDate(2026, 12, 1));
    CHECK_FALSE(quality.evaluate(n.f.leadA, QStringLiteral("c1"), answers, {})); // scored once
    CHECK(quality.waiting(n.f.operatorA1) == 1);
    // Another operator may not read it, nor answer it.
    CHECK_FALSE(quality.evaluation(n.f.operatorA2, *id));
    CHECK_FALSE(quality.respond(n.f.operatorA2, *id, false, {}));

    // A dispute needs words; the team lead answers; the operator then acknowledges.
    CHECK_FALSE(quality.respond(n.f.operatorA1, *id, true, QStringLiteral(" ")));
    REQUIRE(quality.respond(n.f.operatorA1, *id, true,
                            QStringLiteral("I did acknowledge: see the notes")));
    CHECK(quality.waiting(n.f.operatorA1) == 0);
    CHECK(quality.waiting(n.f.leadA) == 1);
    CHECK_FALSE(quality.answerDispute(n.f.operatorA1, *id, QStringLiteral("ok")));
    REQUIRE(quality.answerDispute(n.f.leadA, *id, QStringLiteral("Right, noted for next time")));
    CHECK(quality.waiting(n.f.leadA) == 0);
    CHECK(quality.waiting(n.f.operatorA1) == 1);
    REQUIRE(quality.respond(n.f.operatorA1, *id, false, {}));
    e = quality.evaluation(n.f.leadA, *id);
    CHECK(e->status == QStringLiteral("acknowledged"));
    CHECK(e->operatorComment == QStringLiteral("I did acknowledge: see the notes"));
    CHECK(e->answer == QStringLiteral("Right, noted for next time"));
    REQUIRE(quality.setCoachingDone(n.f.leadA, *id, true));
    CHECK(quality.evaluation(n.f.leadA, *id)->coachingDone);
    CHECK(test::scalar(n.t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                                "'evaluation' AND entity_id = '%1'")
                                     .arg(*id))
              .toInt() == 5);

    // A fatal item failed: zero, whatever else was good.
    auto fatal = allYes(standard);
    fatal[QStringLiteral("no_third_party_disclosure")] = ScoreAnswer::No;
    const auto zero = quality.evaluate(n.f.leadA, QStringLiteral("c3"), fatal, {});
    REQUIRE(zero);
    CHECK(quality.evaluation(n.f.leadA, *zero)->score == 0);
    CHECK(quality.evaluation(n.f.leadA, *zero)->fatal);
}

TEST_CASE("A new scorecard version leaves earlier scores as they were", "[quality]")
{
    November n;
    QualityRepository quality(n.t.db(), n.clock);
    Scorecard card = Scorecard::standard();
    auto answers = allYes(card);
    answers[QStringLiteral("tone")] = ScoreAnswer::No; // empathy 75 %: 90 overall
    const auto first = quality.evaluate(n.f.leadA, QStringLiteral("c1"), answers, {});
    REQUIRE(first);
    CHECK(quality.evaluation(n.f.leadA, *first)->score == 90);

    // Empathy now weighs 60 %, compliance 10 %.
    card.sections[0].weight = 10;
    card.sections[1].weight = 60;
    CHECK_FALSE(quality.saveScorecard(n.f.operatorA1, n.f.clientA, card));
    const auto v = quality.saveScorecard(n.f.leadA, n.f.clientA, card);
    REQUIRE(v);
    CHECK(*v == 2);
    CHECK(*quality.saveScorecard(n.f.leadA, n.f.clientA, card) == 2); // unchanged: no version
    card.sections[0].weight = 0;
    CHECK_FALSE(quality.saveScorecard(n.f.leadA, n.f.clientA, card));

    // The first evaluation still reads version 1 and its 90; a new one is scored on 2.
    CHECK(quality.evaluation(n.f.leadA, *first)->score == 90);
    CHECK(quality.evaluation(n.f.leadA, *first)->scorecardVersion == 1);
    const auto second = quality.evaluate(n.f.leadA, QStringLiteral("c3"), answers, {});
    REQUIRE(second);
    CHECK(quality.evaluation(n.f.leadA, *second)->scorecardVersion == 2);
    CHECK(quality.evaluation(n.f.leadA, *second)->score == 85); // 10 + 0.6 x 75 + 30
    CHECK(quality.evaluations(n.f.leadA)->size() == 2);
    CHECK(quality.evaluations(n.f.operatorA1)->size() == 2);
    CHECK(quality.evaluations(n.f.operatorA2)->isEmpty());
}

TEST_CASE("A backup covers an absent colleague's debtors while the absence lasts", "[absence]")
{
    November n; // D1, D2 are A1's; D3 is A2's
    AbsenceRepository absences(n.t.db(), n.clock);
    const QString a1 = n.f.operatorA1.userId(), a2 = n.f.operatorA2.userId();
    const QDate today = n.clock.today(); // Wednesday 18 November
    // Refused: by an operator, another client's lead, a backup of another client, oneself, a
    // past absence.
    CHECK_FALSE(absences.add(n.f.operatorA2, a1, a2, today, today.addDays(4), {}));
    CHECK_FALSE(absences.add(n.f.leadB, a1, a2, today, today.addDays(4), {}));
    CHECK(absences.add(n.f.leadA, a1, n.f.operatorB1.userId(), today, today.addDays(4), {})
              .error()
              .contains(QStringLiteral("same client")));
    CHECK_FALSE(absences.add(n.f.leadA, a1, a1, today, today.addDays(4), {}));
    CHECK(absences.add(n.f.leadA, a1, a2, today.addDays(-9), today.addDays(-2), {})
              .error()
              .contains(QStringLiteral("already over")));
    // A1 is away from tomorrow to Friday; A2 covers.
    const auto id = absences.add(n.f.leadA, a1, a2, today.addDays(1), today.addDays(2),
                                 QStringLiteral("Ferie"));
    REQUIRE(id);
    CHECK(absences.add(n.f.leadA, a1, a2, today.addDays(2), today.addDays(5), {})
              .error()
              .contains(QStringLiteral("already away")));
    CHECK(absences.list(n.f.leadA)->size() == 1);
    CHECK(absences.list(n.f.operatorA2)->size() == 1);
    CHECK(absences.list(n.f.leadB)->isEmpty());

    const auto login = [&] {
        auto s = UserRepository(n.t.db(), n.clock)
                     .authenticate(QStringLiteral("op.a2"), QStringLiteral("password-1"));
        REQUIRE(s);
        return *s;
    };
    const auto debtorsOf = [&](const Session& s) {
        QStringList ids;
        for (const PortfolioRow& r : PortfolioQuery(n.t.db(), s, n.clock).page({}, {}, nullptr, 50))
            ids << r.id;
        ids.sort();
        return ids;
    };
    // Today A2 holds D3 only; tomorrow, logged in again, D1 and D2 too, with their calls
    // and cards, while their interlocutor stays A1.
    CHECK(debtorsOf(login()) == QStringList{n.d3});
    n.clock.set(QDateTime(today.addDays(1), QTime(9, 0), Qt::UTC));
    const Session covering = login();
    CHECK(covering.covering() == QStringList{a1});
    QStringList all{n.d1, n.d2, n.d3};
    all.sort();
    CHECK(debtorsOf(covering) == all);
    CHECK(DebtorRepository(n.t.db(), n.clock).find(covering, n.d1));
    CHECK(test::scalar(n.t.db(), QStringLiteral("SELECT assigned_operator_id FROM debtor WHERE "
                                                "id = '%1'")
                                     .arg(n.d1))
              .toString() == a1);
    // Ended early: the next login holds D3 only again.
    CHECK_FALSE(absences.cancel(n.f.operatorA2, *id));
    REQUIRE(absences.cancel(n.f.leadA, *id));
    CHECK(debtorsOf(login()) == QStringList{n.d3});
    CHECK_FALSE(absences.cancel(n.f.leadA, *id));
    CHECK(test::scalar(n.t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                                "'absence'"))
              .toInt() == 2);
}

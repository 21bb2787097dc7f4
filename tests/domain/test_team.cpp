#include <catch2/catch.hpp>

#include "domain/Scorecard.h"
#include "domain/TeamKpi.h"

using namespace ascolto;
using namespace ascolto::TeamKpi;

TEST_CASE("Team rates are shares of what they rest on, undefined on nothing", "[teamkpi]")
{
    CHECK(*share(3, 4) == 75);
    CHECK_FALSE(share(0, 0));
    // 6 handovers over 12 months among 40 debtors: 15 per 100 debtors a year; the same 6
    // over half a year: 30.
    CHECK(*changesPer100PerYear(6, 40) == 15);
    CHECK(*changesPer100PerYear(6, 40, 182) == Approx(30.082).epsilon(0.001));
    CHECK_FALSE(changesPer100PerYear(3, 0));

    Tally t;
    t.count[int(Fact::Attempts)] = 20;
    t.count[int(Fact::RightPartyContacts)] = 7;
    t.count[int(Fact::PromisesKept)] = 3;
    t.count[int(Fact::PromisesBroken)] = 1;
    t.count[int(Fact::CaringBills)] = 8;
    t.flagged[int(Fact::CaringBills)] = 6;
    t.count[int(Fact::Conversations)] = 10;
    t.flagged[int(Fact::Conversations)] = 9;
    t.surveys = {4, 3, 2, 11, 5, 2, 1}; // CSAT 3 of 4; CES 11 / 2; NPS (2 - 1) / 5
    CHECK(value(t, Figure::RpcRate).number == 35);
    CHECK(value(t, Figure::RpcRate).basis == 20);
    CHECK(value(t, Figure::KeptRate).number == 75);
    CHECK(value(t, Figure::CaringPaidOnTime).number == 75);
    CHECK(value(t, Figure::Continuity).number == 90);
    CHECK(value(t, Figure::Csat).number == 75);
    CHECK(value(t, Figure::Ces).number == 5.5);
    CHECK(value(t, Figure::Nps).number == 20);
    CHECK(value(t, Figure::Nps).kind == Value::Kind::Score);
    CHECK_FALSE(value(t, Figure::InterlocutorChanges).defined); // no debtors

    // The team's column: counts add up, rates are recomputed on the sums (not averaged).
    Tally other;
    other.count[int(Fact::Attempts)] = 5;
    other.count[int(Fact::RightPartyContacts)] = 5;
    Tally team;
    team += t;
    team += other;
    CHECK(value(team, Figure::RpcRate).number == 48); // 12 of 25, not (35 + 100) / 2
    CHECK(team.surveys.npsAnswers == 5);
}

TEST_CASE("Board periods: today, the week from Monday, the month from the 1st, last month",
          "[teamkpi]")
{
    const QDate wednesday(2026, 11, 18);
    CHECK(period(PeriodKind::Today, wednesday).from == wednesday);
    CHECK(period(PeriodKind::Today, wednesday).to == QDate(2026, 11, 19));
    CHECK(period(PeriodKind::Week, wednesday).from == QDate(2026, 11, 16));
    CHECK(period(PeriodKind::Week, QDate(2026, 11, 16)).from == QDate(2026, 11, 16));
    CHECK(period(PeriodKind::Week, QDate(2026, 11, 22)).from == QDate(2026, 11, 16)); // Sunday
    CHECK(period(PeriodKind::Month, wednesday).from == QDate(2026, 11, 1));
    CHECK(period(PeriodKind::Month, wednesday).to == QDate(2026, 11, 19));
    CHECK(period(PeriodKind::PreviousMonth, wednesday).from == QDate(2026, 10, 1));
    CHECK(period(PeriodKind::PreviousMonth, wednesday).to == QDate(2026, 11, 1));
    CHECK(period(PeriodKind::PreviousMonth, QDate(2026, 1, 31)).from == QDate(2025, 12, 1));
}

TEST_CASE("Every board row has a name, a definition and opens the rows it counts", "[teamkpi]")
{
    for (int i = 0; i < FigureCount; ++i) {
        const Figure f = Figure(i);
        CHECK_FALSE(name(f).isEmpty());
        CHECK(definition(f).size() > name(f).size());
    }
    CHECK(drillTarget(Figure::RpcRate) == Drill::Calls);
    CHECK(drillFact(Figure::RpcRate) == Fact::RightPartyContacts);
    CHECK(drillTarget(Figure::Collected) == Drill::Debtors);
    CHECK(drillFlaggedOnly(Figure::Continuity));
    CHECK_FALSE(drillFlaggedOnly(Figure::RpcRate));
    CHECK_FALSE(followsPeriod(Fact::Debtors));
    CHECK(followsPeriod(Fact::Collected));
}

TEST_CASE("Scorecard arithmetic: weights, not applicable items, fatal items", "[scorecard]")
{
    // Two sections, 60 % and 40 %: A has items of 1, 1 and 2 points; B has one fatal item
    // and one of 1 point.
    Scorecard card;
    card.sections = {
        {QStringLiteral("a"),
         QStringLiteral("A"),
         QStringLiteral("A"),
         60,
         {{QStringLiteral("a1"), QStringLiteral("x"), QStringLiteral("x"), 1, false, {}},
          {QStringLiteral("a2"), QStringLiteral("x"), QStringLiteral("x"), 1, false, {}},
          {QStringLiteral("a3"), QStringLiteral("x"), QStringLiteral("x"), 2, false, {}}}},
        {QStringLiteral("b"),
         QStringLiteral("B"),
         QStringLiteral("B"),
         40,
         {{QStringLiteral("b1"), QStringLiteral("x"), QStringLiteral("x"), 1, true, {}},
          {QStringLiteral("b2"), QStringLiteral("x"), QStringLiteral("x"), 1, false, {}}}}};
    REQUIRE(card.validate());
    using A = ScoreAnswer;
    // A: 1 + 2 of 4 = 75 %; B: 1 of 2 = 50 %. 0.6 x 75 + 0.4 x 50 = 65.
    QHash<QString, A> answers{{QStringLiteral("a1"), A::Yes},
                              {QStringLiteral("a2"), A::No},
                              {QStringLiteral("a3"), A::Yes},
                              {QStringLiteral("b1"), A::Yes},
                              {QStringLiteral("b2"), A::No}};
    ScoreResult r = card.score(answers);
    CHECK(r.score == Approx(65));
    CHECK(r.complete);
    CHECK(*r.sections[0] == Approx(75));
    // a2 not applicable: its point leaves the total, A = 3 of 3 = 100 %: 0.6 x 100 + 20 = 80.
    answers[QStringLiteral("a2")] = A::NotApplicable;
    CHECK(card.score(answers).score == Approx(80));
    // All of B not applicable: B's weight leaves, the score is A's alone.
    answers[QStringLiteral("b1")] = A::NotApplicable;
    answers[QStringLiteral("b2")] = A::NotApplicable;
    r = card.score(answers);
    CHECK(r.score == Approx(100));
    CHECK_FALSE(r.sections[1].has_value());
    // A fatal item answered no: zero, whatever else, and it is named.
    answers[QStringLiteral("b1")] = A::No;
    r = card.score(answers);
    CHECK(r.score == 0);
    CHECK(r.fatalFailed == QStringList{QStringLiteral("b1")});
    // An unanswered item leaves the card incomplete.
    answers.remove(QStringLiteral("a1"));
    CHECK_FALSE(card.score(answers).complete);
}

TEST_CASE("A scorecard definition is checked and names what is wrong", "[scorecard]")
{
    const Scorecard standard = Scorecard::standard();
    REQUIRE(standard.validate());
    // Round trip through its JSON: the same card.
    const auto again = Scorecard::fromJson(standard.toJson());
    REQUIRE(again);
    CHECK(again->toJson() == standard.toJson());
    CHECK(again->item(QStringLiteral("identity_before_debt"))->fatal);
    CHECK(again->item(QStringLiteral("tone"))->text(QStringLiteral("it")) ==
          QStringLiteral("Tono calmo e rispettoso, nessuna pressione"));

    Scorecard bad = standard;
    bad.sections[0].weight = 20;
    CHECK(bad.validate().error().contains(QStringLiteral("add up to 90")));
    bad = standard;
    bad.sections[1].items[0].code = QStringLiteral("identity_before_debt");
    CHECK(bad.validate().error().contains(QStringLiteral("section \"empathy\", item 1")));
    bad = standard;
    bad.sections[2].items[0].prefill = QStringLiteral("mood");
    CHECK(bad.validate().error().contains(QStringLiteral("unknown prefill \"mood\"")));
    CHECK_FALSE(Scorecard::fromJson("{\"sections\": ["));
}

TEST_CASE("The scorecard is prefilled from what the recorded call says", "[scorecard]")
{
    const Scorecard card = Scorecard::standard();
    using A = ScoreAnswer;
    RecordedCall call = RecordedCall::fromChecklistJson(
        QStringLiteral("{\"items\": [\"listened\", \"asked_reason\"], \"identity\": "
                       "\"confirmed\", \"blocked\": [\"outside the window\"], \"emotions\": "
                       "[\"angry\", \"worried\"]}"));
    CHECK(call.emotionsMarked == QStringList{QStringLiteral("angry"), QStringLiteral("worried")});
    call.conversation = true;
    call.emotion = QStringLiteral("worried");
    auto a = card.prefill(call);
    CHECK(a.value(QStringLiteral("identity_before_debt")) == A::Yes);
    CHECK(a.value(QStringLiteral("no_third_party_disclosure")) == A::NotApplicable);
    // Blocked by the contact rules and no reason recorded: the fatal item fails.
    CHECK(a.value(QStringLiteral("contact_window")) == A::No);
    CHECK(a.value(QStringLiteral("listened")) == A::Yes);
    CHECK(a.value(QStringLiteral("acknowledged")) == A::No);
    CHECK(a.value(QStringLiteral("emotion_named")) == A::Yes);
    CHECK(a.value(QStringLiteral("survey")) == A::No);
    CHECK_FALSE(a.contains(QStringLiteral("tone"))); // only the evaluator can tell
    call.overrideReason = QStringLiteral("the debtor asked to be called at 21:30");
    CHECK(card.prefill(call).value(QStringLiteral("contact_window")) == A::Yes);

    // Someone else answered: the safe message only, nothing to listen to.
    RecordedCall third = RecordedCall::fromChecklistJson(
        QStringLiteral("{\"items\": [], \"identity\": \"third_party\"}"));
    a = card.prefill(third);
    CHECK(a.value(QStringLiteral("no_third_party_disclosure")) == A::Yes);
    CHECK(a.value(QStringLiteral("listened")) == A::NotApplicable);
    // Older stores kept the checklist as flags.
    const RecordedCall old = RecordedCall::fromChecklistJson(
        QStringLiteral("{\"listened\": true, \"explained\": false}"));
    CHECK(old.checklist == QStringList{QStringLiteral("listened")});
}

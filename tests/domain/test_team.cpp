#include <catch2/catch.hpp>

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
    CHECK_FALSE(followsPeriod(Fact::Debtors));
    CHECK(followsPeriod(Fact::Collected));
}

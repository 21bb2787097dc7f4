#include "domain/CollectionKpi.h"

#include <catch2/catch.hpp>

using namespace ascolto;
using CollectionKpi::CaringClass;
using CollectionKpi::CaringEffect;

TEST_CASE("DSO by the simple and the count-back method on the reference's worked example",
          "[kpi][report]")
{
    const Money owed = Money::fromEuros(212000);
    CHECK(*CollectionKpi::dsoSimple(owed, Money::fromEuros(250000)) == Approx(76.32).epsilon(1e-3));
    const QVector<CollectionKpi::MonthBilled> months{{Money::fromEuros(100000), 30},
                                                     {Money::fromEuros(80000), 30},
                                                     {Money::fromEuros(70000), 30}};
    CHECK(*CollectionKpi::dsoCountBack(owed, months) == Approx(73.71).epsilon(1e-3));
    // Lumpy billing: a bimonthly bill makes the simple method jump, not the count-back.
    CHECK(*CollectionKpi::dsoCountBack(Money::fromEuros(50), {{Money::fromEuros(100), 31}}) ==
          Approx(15.5));
    CHECK(*CollectionKpi::dsoCountBack(Money(), months) == 0.0);
    CHECK_FALSE(CollectionKpi::dsoSimple(owed, Money()));
    // Receivables the months given do not exhaust: all their days (a lower bound).
    CHECK(*CollectionKpi::dsoCountBack(Money::fromEuros(300000), months) == 90.0);
}

TEST_CASE("Collection effectiveness index on the reference's worked example", "[kpi][report]")
{
    CHECK(*CollectionKpi::cei(Money::fromEuros(6200), Money::fromEuros(10890), 3,
                              Money::fromEuros(6340),
                              Money::fromEuros(3590)) == Approx(55.93).epsilon(1e-3));
    // Everything billed was collected and nothing is overdue: 100%.
    CHECK(*CollectionKpi::cei(Money::fromEuros(1000), Money::fromEuros(3000), 3,
                              Money::fromEuros(500), Money::fromEuros(500)) == Approx(100.0));
    CHECK_FALSE(CollectionKpi::cei(Money(), Money(), 1, Money(), Money()));
}

TEST_CASE("Liquidation and the other rates are shares, not available over nothing", "[kpi][report]")
{
    CHECK(*CollectionKpi::percent(Money::fromEuros(15000).cents(),
                                  Money::fromEuros(100000).cents()) == Approx(15.0));
    CHECK_FALSE(CollectionKpi::percent(3, 0));
}

TEST_CASE("The caring effect compares like with like and says when the sample is too small",
          "[kpi][report][caring]")
{
    SECTION("paid on time more often after a caring call")
    {
        const auto e = CollectionKpi::caringEffect({{100, 80, 100, 50}});
        CHECK(e.verdict == CaringEffect::Verdict::Better);
        CHECK(*e.calledRate == Approx(80.0));
        CHECK(*e.otherRate == Approx(50.0));
        CHECK(*e.difference == Approx(30.0));
        CHECK(*e.margin < 30.0);
    }
    SECTION("less often")
    {
        const auto e = CollectionKpi::caringEffect({{100, 40, 100, 70}});
        CHECK(e.verdict == CaringEffect::Verdict::Worse);
        CHECK(*e.difference == Approx(-30.0));
    }
    SECTION("too few bills on one side")
    {
        const auto e = CollectionKpi::caringEffect({{12, 12, 400, 100}});
        CHECK(e.verdict == CaringEffect::Verdict::TooFew);
        CHECK(e.calledBills == 12);
        CHECK(*e.calledRate == Approx(100.0));
    }
    SECTION("good payers called more often are not an effect")
    {
        // Good payers: 90% on time whether called or not; late payers: 30% either way. Most
        // calls went to good payers, so the crude rates (84% against 36%) would mislead.
        const auto e = CollectionKpi::caringEffect({{90, 81, 10, 9}, {10, 3, 90, 27}});
        CHECK(*e.calledRate == Approx(84.0));
        CHECK(*e.otherRate == Approx(36.0));
        CHECK(*e.difference == Approx(0.0).margin(1e-9));
        CHECK(e.verdict == CaringEffect::Verdict::Unclear);
    }
}

TEST_CASE("The commission statement is exact to the cent", "[kpi][report][commission]")
{
    const Money monthly = Money::fromEuros(500);
    const Money collected = Money::fromCents(1234567);
    const auto november =
        CollectionKpi::commission(monthly, 150, collected, QDate(2026, 11, 1), QDate(2026, 11, 30));
    CHECK(november.fixedFee == Money::fromEuros(500));
    CHECK(november.successFee == Money::fromCents(18519)); // 185,185 rounds up
    CHECK(november.total() == Money::fromCents(68519));
    // Half of November (16 of 30 days) and the whole of December.
    const auto span =
        CollectionKpi::commission(monthly, 0, collected, QDate(2026, 11, 15), QDate(2026, 12, 31));
    CHECK(span.fixedFee == Money::fromCents(26667 + 50000));
    CHECK(span.successFee == Money());
}

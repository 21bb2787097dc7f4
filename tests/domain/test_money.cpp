#include <catch2/catch.hpp>

#include "QtCatch.h"

#include "domain/Money.h"

using ascolto::Money;

namespace {
qint64 cents(const char* text)
{
    const auto r = Money::parse(QString::fromUtf8(text));
    INFO(text << " -> " << r.error().toStdString());
    REQUIRE(r.ok());
    return r->cents();
}
QString why(const char* text)
{
    const auto r = Money::parse(QString::fromUtf8(text));
    REQUIRE_FALSE(r.ok());
    return r.error();
}
} // namespace

TEST_CASE("Money parses what operators and client files write", "[money]")
{
    CHECK(cents("1.234,56") == 123456);
    CHECK(cents("1234.56") == 123456);
    CHECK(cents("1234,5") == 123450);
    CHECK(cents("€ 12") == 1200);
    CHECK(cents("12 EUR") == 1200);
    CHECK(cents("1.234") == 123400); // Italian thousands separator
    CHECK(cents("1,234.56") == 123456);
    CHECK(cents("1.234.567,89") == 123456789);
    CHECK(cents("-3,50") == -350);
    CHECK(cents("0,07") == 7);
    CHECK(cents("  99 ") == 9900);
    CHECK(cents("1 234,56") == 123456);
}

TEST_CASE("Money rejects garbage with a reason", "[money]")
{
    CHECK(why("").contains(QStringLiteral("empty")));
    CHECK(why("abc").contains(QStringLiteral("'a'")));
    CHECK(why("12,345,6").contains(QStringLiteral("separator")));
    CHECK(why("1,2345").contains(QStringLiteral("two decimal")));
    CHECK(why("12.34.5").contains(QStringLiteral("separator")));
    CHECK(why("1.23,45,6").contains(QStringLiteral("twice")));
    CHECK(why("12,3a").contains(QStringLiteral("'a'")));
    CHECK(why("99999999999999999999").contains(QStringLiteral("too large")));
}

TEST_CASE("Money formats per locale", "[money]")
{
    const QLocale it(QLocale::Italian, QLocale::Italy);
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    const QString nbsp(QChar(0x00A0));
    CHECK(Money::fromCents(123456).format(it) == QStringLiteral("1.234,56") + nbsp + QChar(0x20AC));
    CHECK(Money::fromCents(5).format(it) == QStringLiteral("0,05") + nbsp + QChar(0x20AC));
    CHECK(Money::fromCents(-250).format(it) == QStringLiteral("-2,50") + nbsp + QChar(0x20AC));
    CHECK(Money::fromCents(123456).format(en) == QChar(0x20AC) + QStringLiteral("1,234.56"));
    CHECK(Money::fromCents(123456789).formatPlain(it, false) == QStringLiteral("1234567,89"));
    // Round trip through the Italian display form.
    CHECK(Money::parse(Money::fromCents(98765432).format(it))->cents() == 98765432);
}

TEST_CASE("Money arithmetic stays exact", "[money]")
{
    Money total;
    for (int i = 0; i < 3; ++i)
        total += Money::fromCents(3333);
    CHECK(total.cents() == 9999);
    CHECK((Money::fromEuros(10) - Money::fromCents(1)).cents() == 999);
    CHECK(Money::fromCents(1) > Money());
}

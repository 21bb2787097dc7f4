#include <catch2/catch.hpp>

#include "QtCatch.h"

#include "domain/PaymentAllocator.h"
#include "domain/ProtectiveMerge.h"
#include "domain/Role.h"
#include "domain/TextFold.h"

using namespace ascolto;

TEST_CASE("Payments settle the oldest bill first", "[allocation]")
{
    const QVector<PaymentAllocator::OpenItem> open = {
        {QStringLiteral("b"), QDate(2026, 9, 1), Money::fromCents(5000)},
        {QStringLiteral("a"), QDate(2026, 8, 1), Money::fromCents(3000)},
        {QStringLiteral("c"), QDate(2026, 10, 1), Money::fromCents(7000)}};
    const auto plan = PaymentAllocator::allocate(Money::fromCents(6000), open, {}, false);
    REQUIRE(plan.ok());
    REQUIRE(plan->allocations.size() == 2);
    CHECK(plan->allocations[0].id == QStringLiteral("a"));
    CHECK(plan->allocations[0].amount.cents() == 3000);
    CHECK(plan->allocations[1].id == QStringLiteral("b"));
    CHECK(plan->allocations[1].amount.cents() == 3000);
    CHECK(plan->credit.isZero());
}

TEST_CASE("Payments can go to chosen bills and over-payment needs a credit choice", "[allocation]")
{
    const QVector<PaymentAllocator::OpenItem> open = {
        {QStringLiteral("a"), QDate(2026, 8, 1), Money::fromCents(3000)},
        {QStringLiteral("c"), QDate(2026, 10, 1), Money::fromCents(7000)}};
    const auto chosen =
        PaymentAllocator::allocate(Money::fromCents(7000), open, {QStringLiteral("c")}, false);
    REQUIRE(chosen.ok());
    REQUIRE(chosen->allocations.size() == 1);
    CHECK(chosen->allocations[0].id == QStringLiteral("c"));

    const auto over = PaymentAllocator::allocate(Money::fromCents(12000), open, {}, false);
    REQUIRE_FALSE(over.ok());
    CHECK(over.error().contains(QStringLiteral("credit")));
    const auto credit = PaymentAllocator::allocate(Money::fromCents(12000), open, {}, true);
    REQUIRE(credit.ok());
    CHECK(credit->credit.cents() == 2000);

    CHECK_FALSE(PaymentAllocator::allocate(Money(), open, {}, true).ok());
    CHECK_FALSE(PaymentAllocator::allocate(Money::fromCents(-5), open, {}, true).ok());
    CHECK_FALSE(
        PaymentAllocator::allocate(Money::fromCents(5), open, {QStringLiteral("zz")}, true).ok());
}

TEST_CASE("Text folding for search", "[search]")
{
    CHECK(TextFold::fold(QString::fromUtf8("Nicolò")) == QStringLiteral("nicolo"));
    CHECK(TextFold::fold(QStringLiteral("NICOLO")) == QStringLiteral("nicolo"));
    CHECK(TextFold::fold(QStringLiteral("D'Angelo")) == QStringLiteral("dangelo"));
    CHECK(TextFold::fold(QString::fromUtf8("D’Angelo")) == QStringLiteral("dangelo"));
    CHECK(TextFold::fold(QString::fromUtf8("  Forlì -  Cesena ")) ==
          QStringLiteral("forli cesena"));
}

TEST_CASE("Roles round-trip through their stored codes", "[roles]")
{
    for (Role r : {Role::Operator, Role::TeamLead, Role::Admin})
        CHECK(RoleText::fromCode(RoleText::code(r)) == r);
    CHECK_FALSE(RoleText::fromCode(QStringLiteral("boss")).has_value());
}

TEST_CASE("Search terms split words from codes and phone numbers", "[search]")
{
    auto t = TextFold::searchTerms(QString::fromUtf8("Nicolò D'Angelo"));
    CHECK(t.words == (QStringList{QStringLiteral("nicolo"), QStringLiteral("dangelo")}));
    CHECK(t.codes.isEmpty());
    t = TextFold::searchTerms(QStringLiteral("d angelo"));
    CHECK(t.words == QStringList{QStringLiteral("angelo")}); // single letters are too broad
    t = TextFold::searchTerms(QStringLiteral("347 123 4567"));
    CHECK(t.phoneDigits == QStringLiteral("3471234567"));
    CHECK(t.codes == QStringList{QStringLiteral("3471234567")});
    t = TextFold::searchTerms(QStringLiteral("+39 06 123"));
    CHECK(t.phoneDigits == QStringLiteral("06123"));
    t = TextFold::searchTerms(QStringLiteral("rossi c0001"));
    CHECK(t.words == QStringList{QStringLiteral("rossi")});
    CHECK(t.codes == QStringList{QStringLiteral("C0001")});
    t = TextFold::searchTerms(QStringLiteral("2026/000123"));
    CHECK(t.codes == QStringList{QStringLiteral("2026/000123")});
    CHECK(t.phoneDigits.isEmpty());
    CHECK(TextFold::searchTerms(QStringLiteral("  ")).isEmpty());
    // The start of a codice fiscale is letters only: a word and a tax-code prefix.
    t = TextFold::searchTerms(QStringLiteral("frnfrc"));
    CHECK(t.words == QStringList{QStringLiteral("frnfrc")});
    CHECK(t.taxCodePrefix == QStringLiteral("FRNFRC"));
    CHECK(TextFold::searchTerms(QStringLiteral("rossi mario")).taxCodePrefix.isEmpty());
    CHECK(TextFold::searchTerms(QStringLiteral("ros")).taxCodePrefix.isEmpty());
    // An e-mail with digits is words, not a code.
    t = TextFold::searchTerms(QStringLiteral("mario.rossi80@example.it"));
    CHECK(t.codes.isEmpty());
    CHECK(t.words == (QStringList{QStringLiteral("mario"), QStringLiteral("rossi80"),
                                  QStringLiteral("example"), QStringLiteral("it")}));
    CHECK(TextFold::ftsPrefixQuery({QStringLiteral("nicolo"), QStringLiteral("ros")}) ==
          QStringLiteral("\"nicolo\"* \"ros\"*"));
}

TEST_CASE("A merge of concurrent copies keeps every protection either copy holds", "[sync][merge]")
{
    using ascolto::ProtectiveMerge::tighten;
    const QJsonObject plain{{QStringLiteral("city"), QStringLiteral("Bari")},
                            {QStringLiteral("do_not_contact"), 0},
                            {QStringLiteral("hold_reason"), QJsonValue::Null},
                            {QStringLiteral("hold_until"), QJsonValue::Null},
                            {QStringLiteral("vulnerability"), QJsonValue::Null},
                            {QStringLiteral("vulnerability_note"), QJsonValue::Null},
                            {QStringLiteral("vulnerability_consent"), 0}};
    SECTION("do-not-contact set on the losing copy stays set")
    {
        QJsonObject other = plain;
        other[QStringLiteral("do_not_contact")] = 1;
        other[QStringLiteral("city")] = QStringLiteral("Lecce");
        const QJsonObject out = tighten(QStringLiteral("debtor"), plain, other);
        CHECK(out == QJsonObject{{QStringLiteral("do_not_contact"), 1}});
        // The other way round nothing is to change, and the city is never the merge's business.
        CHECK(tighten(QStringLiteral("debtor"), other, plain).isEmpty());
    }
    SECTION("a hold or a vulnerability comes with its date, note and consent")
    {
        QJsonObject other = plain;
        other[QStringLiteral("hold_reason")] = QStringLiteral("dispute");
        other[QStringLiteral("hold_until")] = QStringLiteral("2026-12-31");
        other[QStringLiteral("vulnerability")] = QStringLiteral("age75");
        other[QStringLiteral("vulnerability_note")] = QStringLiteral("vive sola");
        other[QStringLiteral("vulnerability_consent")] = 1;
        const QJsonObject out = tighten(QStringLiteral("debtor"), plain, other);
        CHECK(out.size() == 5);
        CHECK(out.value(QStringLiteral("hold_until")).toString() == QStringLiteral("2026-12-31"));
        CHECK(out.value(QStringLiteral("vulnerability_note")).toString() ==
              QStringLiteral("vive sola"));
        // The winner's own hold stands, whatever the other copy's reason.
        QJsonObject held = plain;
        held[QStringLiteral("hold_reason")] = QStringLiteral("review");
        CHECK_FALSE(
            tighten(QStringLiteral("debtor"), held, other).contains(QStringLiteral("hold_reason")));
    }
    SECTION("a contact's opt-out and denied consent")
    {
        const QJsonObject granted{{QStringLiteral("opt_out"), 0},
                                  {QStringLiteral("consent"), QStringLiteral("granted")}};
        const QJsonObject denied{{QStringLiteral("opt_out"), 1},
                                 {QStringLiteral("consent"), QStringLiteral("denied")}};
        CHECK(tighten(QStringLiteral("contact"), granted, denied) == denied);
        CHECK(tighten(QStringLiteral("contact"), denied, granted).isEmpty());
        const QJsonObject unknown{{QStringLiteral("opt_out"), 0},
                                  {QStringLiteral("consent"), QStringLiteral("unknown")}};
        CHECK(tighten(QStringLiteral("contact"), unknown, granted).isEmpty());
        CHECK(tighten(QStringLiteral("invoice"), granted, denied).isEmpty());
    }
}

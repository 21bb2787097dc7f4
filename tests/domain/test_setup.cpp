#include "QtCatch.h"

#include "domain/AssignmentRule.h"
#include "domain/ClientConfig.h"
#include "domain/LoginThrottle.h"

#include <QJsonDocument>

using namespace ascolto;

namespace {

ClientConfig valid()
{
    ClientConfig c;
    c.client.code = QStringLiteral("ACQUA-NORD");
    c.client.name = QStringLiteral("Acqua Nord S.p.A.");
    c.client.rules.operatorDiscountBp = 1000;
    c.client.rules.teamLeadDiscountBp = 2500;
    return c;
}

QStringList fieldsOf(const QVector<ClientConfig::Problem>& problems)
{
    QStringList out;
    for (const auto& p : problems)
        out << p.field;
    return out;
}

} // namespace

TEST_CASE("A client configuration is checked field by field", "[setup][clients]")
{
    CHECK(valid().check().isEmpty());

    SECTION("identity")
    {
        ClientConfig c = valid();
        c.client.code = QStringLiteral("acqua nord!");
        c.client.name.clear();
        c.client.vatNumber = QStringLiteral("12345678901"); // wrong check digit
        c.client.iban = QStringLiteral("IT60X0542811101000000123457");
        c.client.pagopaCreditorCode = QStringLiteral("123");
        c.client.supportEmail = QStringLiteral("assistenza at acqua.it");
        CHECK(fieldsOf(c.check()) ==
              QStringList{QStringLiteral("code"), QStringLiteral("name"),
                          QStringLiteral("vat_number"), QStringLiteral("iban"),
                          QStringLiteral("pagopa_creditor_code"), QStringLiteral("support_email")});
    }
    SECTION("an operator cannot grant more discount than the team lead")
    {
        ClientConfig c = valid();
        c.client.rules.operatorDiscountBp = 3000;
        const auto problems = c.check();
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().field == QStringLiteral("operator_discount"));
        CHECK(problems.first().message.contains(QStringLiteral("team lead")));
    }
    SECTION("a window that ends before it starts")
    {
        ClientConfig c = valid();
        c.windows.saturdayStart = QTime(15, 0);
        c.windows.saturdayEnd = QTime(8, 30);
        const auto problems = c.check();
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().field == QStringLiteral("saturday"));
        CHECK(problems.first().message.contains(QStringLiteral("08:30")));
    }
    SECTION("a ladder whose days do not increase, a repeated stage, an unknown one")
    {
        ClientConfig c = valid();
        c.ladder = {{QStringLiteral("reminder_soft"), 3},
                    {QStringLiteral("reminder"), 3},
                    {QStringLiteral("reminder"), 20},
                    {QStringLiteral("shouting"), 30}};
        const auto problems = c.check();
        REQUIRE(problems.size() == 3);
        CHECK(fieldsOf(problems) == QStringList(3, QStringLiteral("ladder")));
        CHECK(problems[0].message.contains(QStringLiteral("must increase")));
        CHECK(problems[1].message.contains(QStringLiteral("twice")));
        CHECK(problems[2].message.contains(QStringLiteral("shouting")));
    }
    SECTION("formal notice on the ladder before the mandate allows it")
    {
        ClientConfig c = valid();
        c.client.rules.formalNoticeDays = 60;
        c.ladder = {{QStringLiteral("reminder_soft"), 3}, {QStringLiteral("formal_notice"), 45}};
        const auto problems = c.check();
        REQUIRE(problems.size() == 1);
        CHECK(problems.first().message.contains(QStringLiteral("60")));
    }
    SECTION("mandate ranges and channels")
    {
        ClientConfig c = valid();
        c.client.rules.maxInstallments = 0;
        c.client.rules.minInstallment = Money::fromCents(-1);
        c.client.rules.maxConversationsPerDay = 0;
        c.paymentChannels = {QStringLiteral("bitcoin")};
        CHECK(fieldsOf(c.check()) == QStringList{QStringLiteral("max_installments"),
                                                 QStringLiteral("min_installment"),
                                                 QStringLiteral("max_conversations_per_day"),
                                                 QStringLiteral("payment_channels")});
    }
    SECTION("province lists: operators of the client, province codes, one owner per province")
    {
        ClientConfig c = valid();
        c.assignment.kind = AssignmentRule::Kind::Provinces;
        c.assignment.provinces = {
            {QStringLiteral("mrossi"), {QStringLiteral("MI")}},
            {QStringLiteral("lbianchi"), {QStringLiteral("MI"), QStringLiteral("Roma")}},
            {QStringLiteral("ghost"), {QStringLiteral("TO")}}};
        const auto problems = c.check({QStringLiteral("mrossi"), QStringLiteral("lbianchi")});
        QStringList messages;
        for (const auto& p : problems)
            messages << p.message;
        INFO(messages.join(QLatin1Char('|')).toStdString());
        REQUIRE(problems.size() == 3);
        CHECK(messages.join(QLatin1Char('|')).contains(QStringLiteral("ghost")));
        CHECK(messages.join(QLatin1Char('|')).contains(QStringLiteral("\"Roma\"")));
        CHECK(messages.join(QLatin1Char('|')).contains(QStringLiteral("MI is in the lists")));
    }
}

TEST_CASE("A client's JSON file round-trips and refuses unknown keys", "[setup][clients]")
{
    ClientConfig c = valid();
    c.client.iban = QStringLiteral("IT60X0542811101000000123456");
    c.client.rules.minInstallment = Money::fromCents(3050);
    c.client.rules.operatorDiscountBp = 1250;
    c.windows.weekdayStart = QTime(9, 0);
    c.ladder = {{QStringLiteral("reminder_soft"), 3}, {QStringLiteral("reminder"), 20}};
    c.paymentChannels = {QStringLiteral("pagopa")};
    c.assignment.kind = AssignmentRule::Kind::Provinces;
    c.assignment.provinces = {{QStringLiteral("mrossi"), {QStringLiteral("MI")}}};
    const QJsonObject json = c.toJson();
    CHECK(json.value(QStringLiteral("min_installment")).toString() == QStringLiteral("30,50"));
    CHECK(json.value(QStringLiteral("operator_discount_percent")).toDouble() == 12.5);

    const auto back = ClientConfig::fromJson(json, ClientConfig());
    REQUIRE(back.ok());
    CHECK(back->toJson() == json);
    CHECK(back->client.rules.minInstallment.cents() == 3050);
    CHECK(back->ladder.size() == 2);
    CHECK(back->windows.weekdayStart == QTime(9, 0));

    // A partial file changes only what it names.
    const auto partial =
        ClientConfig::fromJson(QJsonObject{{QStringLiteral("max_installments"), 36}}, back.value());
    REQUIRE(partial.ok());
    CHECK(partial->client.rules.maxInstallments == 36);
    CHECK(partial->client.iban == c.client.iban);

    const auto typo = ClientConfig::fromJson(QJsonObject{{QStringLiteral("max_instalments"), 36}},
                                             ClientConfig());
    REQUIRE_FALSE(typo.ok());
    CHECK(typo.error().contains(QStringLiteral("max_instalments")));
    const auto notNumber = ClientConfig::fromJson(
        QJsonObject{{QStringLiteral("max_installments"), QStringLiteral("many")}}, ClientConfig());
    CHECK(notNumber.error().contains(QStringLiteral("whole number")));
    const auto badMoney = ClientConfig::fromJson(
        QJsonObject{{QStringLiteral("protected_minimum"), QStringLiteral("tanti")}},
        ClientConfig());
    CHECK(badMoney.error().contains(QStringLiteral("protected_minimum")));
}

TEST_CASE("A client's debtors may be erased once the retention after its mandate has passed",
          "[setup][clients][privacy]")
{
    ClientConfig c = valid();
    // While the mandate lasts there is no such day.
    CHECK_FALSE(c.client.erasableFrom().isValid());
    CHECK(c.client.retentionMonths == 12);
    c.client.mandateEndedOn = QDate(2026, 1, 31);
    CHECK(c.client.erasableFrom() == QDate(2027, 1, 31));
    c.client.retentionMonths = 1; // month ends: 31 January + 1 month = 28 February
    CHECK(c.client.erasableFrom() == QDate(2026, 2, 28));
    c.client.retentionMonths = 0;
    CHECK(c.client.erasableFrom() == QDate(2026, 1, 31));

    // In the client's JSON file: a date or null, and 0 to 120 months.
    const auto back = ClientConfig::fromJson(c.toJson(), ClientConfig());
    REQUIRE(back.ok());
    CHECK(back->client.mandateEndedOn == QDate(2026, 1, 31));
    CHECK(back->client.retentionMonths == 0);
    const auto reopened = ClientConfig::fromJson(
        QJsonObject{{QStringLiteral("mandate_ended_on"), QJsonValue()}}, back.value());
    REQUIRE(reopened.ok());
    CHECK_FALSE(reopened->client.mandateEndedOn.isValid());
    CHECK(ClientConfig::fromJson(
              QJsonObject{{QStringLiteral("mandate_ended_on"), QStringLiteral("31/01/2026")}},
              ClientConfig())
              .error()
              .contains(QStringLiteral("mandate_ended_on")));
    c.client.retentionMonths = 121;
    const auto problems = c.check();
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().field == QStringLiteral("retention_months"));
    // A demo store's ladder still carries a "caring" step: it is read without it, so the
    // client's settings save as they are read.
    CHECK(ClientConfig::ladderFromJson(QStringLiteral("[{\"stage\":\"caring\",\"days\":-7},"
                                                      "{\"stage\":\"reminder\",\"days\":15}]"))
              .size() == 1);
}

TEST_CASE("The assignment rule hands out new debtors, balanced and deterministic",
          "[setup][assignment]")
{
    const auto ops = [] {
        return QVector<AssignmentRule::Operator>{
            {QStringLiteral("u1"), QStringLiteral("anna"), 3, 0},
            {QStringLiteral("u2"), QStringLiteral("bruno"), 0, 0},
            {QStringLiteral("u3"), QStringLiteral("carla"), 1, 0}};
    };
    QVector<AssignmentRule::Debtor> debtors;
    for (int i = 0; i < 6; ++i)
        debtors.push_back({QStringLiteral("d%1").arg(i), QStringLiteral("MI"), 0});

    SECTION("by count: the least loaded first, ties by user name")
    {
        const AssignmentRule rule;
        const QVector<int> to = rule.distribute(ops(), debtors);
        REQUIRE(to.size() == 6);
        // Loads anna 3, bruno 0, carla 1: bruno takes d0 and d1 (a tie with carla goes to
        // bruno by name), carla d2, bruno d3, carla d4, and at 3/3/3 anna takes d5.
        CHECK(to.count(0) == 1);
        CHECK(to.count(1) == 3);
        CHECK(to.count(2) == 2);
        CHECK(to.at(0) == 1);
        CHECK(rule.distribute(ops(), debtors) == to);
        CHECK(rule.distribute({}, debtors).isEmpty());
    }
    SECTION("by amount: the largest debts first to the least outstanding")
    {
        AssignmentRule rule;
        rule.kind = AssignmentRule::Kind::BalancedAmount;
        QVector<AssignmentRule::Operator> two{
            {QStringLiteral("u1"), QStringLiteral("anna"), 0, 0},
            {QStringLiteral("u2"), QStringLiteral("bruno"), 0, 0}};
        const QVector<AssignmentRule::Debtor> owed{{QStringLiteral("a"), QString(), 100000},
                                                   {QStringLiteral("b"), QString(), 60000},
                                                   {QStringLiteral("c"), QString(), 50000},
                                                   {QStringLiteral("d"), QString(), 10000}};
        const QVector<int> to = rule.distribute(two, owed);
        // a -> anna (1000), b -> bruno (600), c -> bruno (1100), d -> anna (1100).
        CHECK(to == QVector<int>{0, 1, 1, 0});
    }
    SECTION("by province, with the uncovered ones balanced by count")
    {
        AssignmentRule rule;
        rule.kind = AssignmentRule::Kind::Provinces;
        rule.provinces = {{QStringLiteral("anna"), {QStringLiteral("MI")}},
                          {QStringLiteral("carla"), {QStringLiteral("RM"), QStringLiteral("LT")}}};
        const QVector<AssignmentRule::Debtor> mixed{{QStringLiteral("a"), QStringLiteral("mi"), 0},
                                                    {QStringLiteral("b"), QStringLiteral("LT"), 0},
                                                    {QStringLiteral("c"), QStringLiteral("TO"), 0},
                                                    {QStringLiteral("d"), QStringLiteral("RM"), 0}};
        const QVector<int> to = rule.distribute(ops(), mixed);
        CHECK(to == QVector<int>{0, 2, 1, 2});
    }
    SECTION("one at a time: in the order they come, with the operators' loads kept")
    {
        // The same debtors dealt in reverse order: the loads end alike, who gets whom follows
        // the order (an import deals in its file's order).
        const AssignmentRule rule;
        AssignmentRule::Dealer dealer(rule, ops());
        QVector<int> dealt;
        for (int i = debtors.size() - 1; i >= 0; --i)
            dealt.push_front(dealer.deal(debtors.at(i)));
        // d5 -> bruno, d4 -> bruno (tie with carla at 1, by name), d3 -> carla, d2 -> bruno,
        // d1 -> carla, d0 -> anna (3/3/3).
        CHECK(dealt == QVector<int>{0, 2, 1, 2, 1, 1});
        CHECK(dealer.operators().at(0).debtors == 4);
        CHECK(dealer.operators().at(1).debtors == 3);
        CHECK(dealer.operators().at(2).debtors == 3);
        AssignmentRule::Dealer nobody(rule, {});
        CHECK(nobody.deal(debtors.at(0)) == -1);
    }
    SECTION("the rule's JSON round-trips; a broken text is the default rule")
    {
        AssignmentRule rule;
        rule.kind = AssignmentRule::Kind::Provinces;
        rule.provinces = {{QStringLiteral("anna"), {QStringLiteral("MI")}}};
        CHECK(AssignmentRule::fromJson(rule.toJson()) == rule);
        CHECK(AssignmentRule::fromJson(QStringLiteral("{oops")) == AssignmentRule());
    }
}

TEST_CASE("Failed logins cost nothing for a typo, then double the wait up to a ceiling",
          "[security][login]")
{
    using ascolto::LoginThrottle;
    CHECK(LoginThrottle::delaySeconds(0) == 0);
    CHECK(LoginThrottle::delaySeconds(2) == 0);
    CHECK(LoginThrottle::delaySeconds(3) == 5);
    CHECK(LoginThrottle::delaySeconds(4) == 10);
    CHECK(LoginThrottle::delaySeconds(5) == 20);
    CHECK(LoginThrottle::delaySeconds(10) == 640);
    CHECK(LoginThrottle::delaySeconds(11) == 15 * 60);
    CHECK(LoginThrottle::delaySeconds(1000) == 15 * 60);

    const QDateTime last(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
    CHECK(LoginThrottle::secondsLeft(4, last, last.addSecs(3)) == 7);
    CHECK(LoginThrottle::secondsLeft(4, last, last.addSecs(10)) == 0);
    CHECK(LoginThrottle::secondsLeft(2, last, last) == 0);
    // A clock set back does not stretch the wait beyond the delay.
    CHECK(LoginThrottle::secondsLeft(4, last, last.addSecs(-3600)) == 10);
}

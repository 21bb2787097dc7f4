#include <catch2/catch.hpp>

#include "QtCatch.h"

#include "domain/CallOutcome.h"
#include "domain/CallScript.h"
#include "domain/CallState.h"
#include "domain/ContactPolicy.h"
#include "domain/Satisfaction.h"

using namespace ascolto;

namespace {

QByteArray scriptJson(const QString& openingText, const QString& thirdPartyText)
{
    const QString identity =
        QStringLiteral(R"({"kind":"identity","title":"Identity","text":"Is this {debtor}?"},)");
    return QStringLiteral(R"({"language":"en","scripts":[{"purpose":"first_reminder",
        "title":"First reminder","steps":[
        {"kind":"opening","title":"Opening","text":"%1"},%2
        {"kind":"purpose","title":"Purpose","text":"{overdue} overdue since {oldest_due}"}]}],
        "third_party":[{"kind":"third_party","title":"Third party","text":"%3"}],
        "emotions":{"angry":{"do":["Let them finish"],"avoid":["Raising your voice"]}}})")
        .arg(openingText, identity, thirdPartyText)
        .toUtf8();
}

} // namespace

TEST_CASE("A script fills its placeholders from the card and shows a gap in words", "[calls]")
{
    const auto lib = ScriptLibrary::fromJson(
        scriptJson(QStringLiteral("This is {operator} for {client}"),
                   QStringLiteral("Please ask {debtor} to call {client_phone}")),
        QStringLiteral("calls_en.json"));
    REQUIRE(lib.ok());
    const CallScript* script = lib->script(QStringLiteral("first_reminder"));
    REQUIRE(script);
    REQUIRE(script->steps.size() == 3);
    CHECK(script->steps.at(1).kind == QStringLiteral("identity"));
    const QHash<QString, QString> values = {{QStringLiteral("operator"), QStringLiteral("Anna")},
                                            {QStringLiteral("client"), QStringLiteral("LuceGas")},
                                            {QStringLiteral("overdue"), QStringLiteral("€ 80,00")}};
    CHECK(fillPlaceholders(script->steps.at(0).text, values) ==
          QStringLiteral("This is Anna for LuceGas"));
    // A known placeholder without a value is visible as a gap; an unknown one stays as typed.
    CHECK(fillPlaceholders(script->steps.at(2).text, values) ==
          QStringLiteral("€ 80,00 overdue since (not available)"));
    CHECK(fillPlaceholders(QStringLiteral("{nonsense} {debtor}"),
                           {{QStringLiteral("debtor"), QStringLiteral("Rossi")}}) ==
          QStringLiteral("{nonsense} Rossi"));
    CHECK(lib->emotion(QStringLiteral("angry")).dos ==
          QStringList{QStringLiteral("Let them finish")});
    CHECK(lib->emotion(QStringLiteral("angry")).avoid ==
          QStringList{QStringLiteral("Raising your voice")});
}

TEST_CASE("A script that reveals the debt before the identity check is refused", "[calls]")
{
    const auto early = ScriptLibrary::fromJson(
        scriptJson(QStringLiteral("You owe {outstanding}"), QStringLiteral("Call us back")),
        QStringLiteral("acqua/calls_it.json"));
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().contains(QStringLiteral("acqua/calls_it.json")));
    CHECK(early.error().contains(QStringLiteral("step 1")));
    CHECK(early.error().contains(QStringLiteral("{outstanding}")));

    const auto thirdParty = ScriptLibrary::fromJson(
        scriptJson(QStringLiteral("Hello"), QStringLiteral("Tell them the bill {bills} is due")),
        QStringLiteral("x.json"));
    REQUIRE_FALSE(thirdParty.ok());
    CHECK(thirdParty.error().contains(QStringLiteral("third-party")));

    const auto noIdentity = ScriptLibrary::fromJson(
        R"({"scripts":[{"purpose":"caring","steps":[{"kind":"opening","title":"Opening",
        "text":"Hello {debtor}"},{"kind":"closing","title":"Closing","text":"Bye"}]}]})",
        QStringLiteral("y"));
    REQUIRE_FALSE(noIdentity.ok());
    CHECK(noIdentity.error().contains(QStringLiteral("no identity check")));

    const auto unknown = ScriptLibrary::fromJson(
        scriptJson(QStringLiteral("Hello {nickname}"), QStringLiteral("Call us")),
        QStringLiteral("z"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().contains(QStringLiteral("{nickname}")));

    const auto broken = ScriptLibrary::fromJson("{\"scripts\": [", QStringLiteral("w.json"));
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().contains(QStringLiteral("w.json")));
}

TEST_CASE("A client's scripts replace the built-in ones they define", "[calls]")
{
    auto base = ScriptLibrary::fromJson(scriptJson(QStringLiteral("Hello"), QStringLiteral("Bye")),
                                        QStringLiteral("base"));
    REQUIRE(base.ok());
    const auto own = ScriptLibrary::fromJson(
        scriptJson(QStringLiteral("Good evening from {client}"), QStringLiteral("Bye")),
        QStringLiteral("own"));
    REQUIRE(own.ok());
    base.value().overlay(own.value());
    CHECK(base->script(QStringLiteral("first_reminder"))->steps.first().text ==
          QStringLiteral("Good evening from {client}"));
    CHECK(base->purposes() == QStringList{QStringLiteral("first_reminder")});
}

TEST_CASE("A call draft survives a round trip through JSON unchanged", "[calls]")
{
    CallState s;
    s.draftId = QStringLiteral("d1");
    s.debtorId = QStringLiteral("debtor-1");
    s.purpose = QStringLiteral("caring");
    s.contactId = QStringLiteral("c1");
    s.startedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 15, 2), Qt::UTC);
    s.elapsedSeconds = 95;
    s.step = 4;
    s.blockReasons = {QStringLiteral("already talked to today")};
    s.overrideReason = QStringLiteral("Asked to be called back");
    s.identity = CallState::Identity::Confirmed;
    s.emotion = QStringLiteral("worried");
    s.emotionsSeen = {QStringLiteral("angry"), QStringLiteral("worried")};
    s.checklist = {QStringLiteral("listened"), QStringLiteral("acknowledged")};
    s.nonpaymentReason = QStringLiteral("job_loss");
    s.outcome = QStringLiteral("promise");
    s.notes = QStringLiteral("Ha perso il lavoro a settembre.\nPaga il 30 con pagoPA — però!");
    s.nextAction = QStringLiteral("callback");
    s.nextAt = QDateTime(QDate(2026, 11, 27), QTime(17, 30));
    s.promiseAmount = Money::fromCents(4550);
    s.promiseDate = QDate(2026, 11, 30);
    s.promiseChannel = QStringLiteral("pagopa");
    s.optOutRequested = true;
    s.vulnerability = QStringLiteral("hardship");
    s.vulnerabilityNote = QStringLiteral("Figlio a carico");
    s.vulnerabilityConsent = true;
    s.csat = 4;
    s.ces = 6;
    s.nps = 9;
    s.surveyComment = QStringLiteral("Gentilissima");
    const auto back = CallState::fromJson(s.toJson());
    REQUIRE(back.ok());
    CHECK(back->toJson() == s.toJson());
    CHECK(back->notes == s.notes);
    CHECK(back->promiseAmount == s.promiseAmount);
    CHECK(back->identity == CallState::Identity::Confirmed);
    CHECK(back->nextAt == s.nextAt);
    CHECK_FALSE(CallState::fromJson("not json").ok());
}

TEST_CASE("A call is checked against the balance the calendar and the identity", "[calls]")
{
    CallState::Limits limits;
    limits.today = QDate(2026, 11, 23); // Monday
    limits.nowLocal = QDateTime(limits.today, QTime(10, 0));
    limits.outstanding = Money::fromCents(10000);
    CallState s;
    s.debtorId = QStringLiteral("d");
    CHECK(s.problem(limits).startsWith(QStringLiteral("Outcome")));
    s.outcome = QStringLiteral("promise");
    CHECK(s.problem(limits).startsWith(QStringLiteral("Identity")));
    s.identity = CallState::Identity::Confirmed;
    CHECK(s.problem(limits).contains(QStringLiteral("enter the amount")));
    s.promiseAmount = Money::fromCents(12000);
    s.promiseDate = QDate(2026, 11, 27);
    CHECK(s.problem(limits).contains(QStringLiteral("more than the balance")));
    s.promiseAmount = Money::fromCents(5000);
    s.promiseDate = QDate(2026, 11, 20);
    CHECK(s.problem(limits).contains(QStringLiteral("in the past")));
    s.promiseDate = QDate(2026, 12, 8); // Immacolata
    CHECK(s.problem(limits).contains(QStringLiteral("not a business day")));
    CHECK(s.problem(limits).contains(
        QLocale().toString(QDate(2026, 12, 9), QLocale::ShortFormat))); // the next business day
    s.promiseDate = QDate(2027, 2, 1);
    CHECK(s.problem(limits).contains(QStringLiteral("propose a plan")));
    s.promiseDate = QDate(2026, 11, 27);
    CHECK(s.problem(limits).isEmpty());

    s.nextAction = QStringLiteral("callback");
    CHECK(s.problem(limits).contains(QStringLiteral("enter when")));
    s.nextAt = QDateTime(limits.today, QTime(9, 0));
    CHECK(s.problem(limits).contains(QStringLiteral("in the past")));
    s.nextAt = QDateTime(limits.today, QTime(18, 0));
    CHECK(s.problem(limits).isEmpty());

    s.vulnerability = QStringLiteral("hardship");
    CHECK(s.problem(limits).contains(QStringLiteral("consent")));
    s.vulnerabilityConsent = true;
    CHECK(s.problem(limits).isEmpty());

    // Someone else answered: no promise, no survey, and who it was.
    s.identity = CallState::Identity::ThirdParty;
    CHECK(s.problem(limits).contains(QStringLiteral("someone else answered")));
    s.outcome = QStringLiteral("reached_third_party");
    CHECK(s.problem(limits).contains(QStringLiteral("only the debtor can promise")));
    s.promiseAmount = Money();
    s.promiseDate = QDate();
    s.csat = 5;
    CHECK(s.problem(limits).contains(QStringLiteral("not a third party")));
    s.csat = 0;
    CHECK(s.problem(limits).contains(QStringLiteral("who answered")));
    s.thirdPartyRelation = QStringLiteral("family");
    CHECK(s.problem(limits).isEmpty());

    // A blocked contact goes ahead only with a reason.
    s.blockReasons = {QStringLiteral("Sunday: no calls")};
    CHECK(s.problem(limits).contains(QStringLiteral("Sunday: no calls")));
    s.overrideReason = QStringLiteral("The debtor asked for this callback");
    CHECK(s.problem(limits).isEmpty());
}

TEST_CASE("Satisfaction scores follow the standard formulas", "[calls][satisfaction]")
{
    QVector<SurveyAnswer> answers = {{5, 7, 10}, {4, 5, 9}, {3, 3, 8},
                                     {2, 0, 7},  {1, 0, 6}, {0, 0, 0}};
    const auto s = SatisfactionScores::compute(answers);
    CHECK(s.csatAnswers == 5);
    CHECK(s.csatPercent == Approx(40.0)); // 5 and 4 of five answers
    CHECK(s.cesAnswers == 3);
    CHECK(s.cesAverage == Approx(5.0)); // (7 + 5 + 3) / 3
    CHECK(s.npsAnswers == 6);
    CHECK(s.nps == Approx(0.0)); // 2 promoters, 2 detractors of 6
    const auto t = SatisfactionScores::compute({{0, 0, 10}, {0, 0, 10}, {0, 0, 9}, {0, 0, 3}});
    CHECK(t.nps == Approx(50.0));
    CHECK(t.csatAnswers == 0);
    CHECK(t.csatPercent == 0);
    CHECK(SatisfactionScores::compute({}).npsAnswers == 0);

    CHECK(SatisfactionScores::needsCloseTheLoop({5, 7, 6}));       // detractor
    CHECK(SatisfactionScores::needsCloseTheLoop({5, 3, 10}));      // hard to sort out
    CHECK_FALSE(SatisfactionScores::needsCloseTheLoop({2, 4, 7})); // passive, CES fine
    CHECK_FALSE(SatisfactionScores::needsCloseTheLoop({0, 0, -1}));
}

TEST_CASE("Contact rules at the start of a call read the card", "[calls][rules]")
{
    const QDate monday(2026, 11, 23);
    const QDateTime startOfToday = QDateTime(monday, QTime(0, 0)).toUTC();
    const ContactPolicy::Windows windows;
    DebtorCard card;
    ContactRecord own;
    own.id = QStringLiteral("c1");
    own.owner = QStringLiteral("debtor");
    own.verified = true;
    ContactRecord office = own;
    office.id = QStringLiteral("c2");
    office.owner = QStringLiteral("workplace");
    // The portfolio row keeps the last conversation, not the last attempt: an unanswered
    // call at 9:00 leaves it empty.
    const QString at9 = QDateTime(monday, QTime(9, 0)).toUTC().toString(Qt::ISODate);

    const QDateTime at10 = QDateTime(monday, QTime(10, 0));
    auto reasons = [&](const ContactRecord* contact, const QString& purpose, bool callback,
                       const QDateTime& when) {
        return ContactPolicy::blockReasons(windows, when,
                                           ContactPolicy::factsFor(card, contact, startOfToday),
                                           ContactPolicy::purposeFor(purpose, callback));
    };
    // An unanswered attempt is no conversation.
    CHECK(reasons(&own, QStringLiteral("first_reminder"), false, at10).isEmpty());
    CHECK(reasons(&office, QStringLiteral("first_reminder"), false, at10)
              .join(QLatin1Char('|'))
              .contains(QStringLiteral("third-party")));
    CHECK(reasons(&own, QStringLiteral("caring"), false, QDateTime(monday, QTime(21, 30)))
              .join(QLatin1Char('|'))
              .contains(QStringLiteral("outside the contact window")));

    card.summary.lastConversationAt = at9;
    card.summary.lastConversationOutcome = QStringLiteral("refused");
    CHECK(reasons(&own, QStringLiteral("first_reminder"), false, at10)
              .contains(QStringLiteral("already talked to today")));
    CHECK(reasons(&own, QStringLiteral("first_reminder"), false, at10)
              .join(QLatin1Char('|'))
              .contains(QStringLiteral("disputed the debt")));
    // The debtor asked to be called back: the day's conversation does not block.
    CHECK_FALSE(reasons(&own, QStringLiteral("first_reminder"), true, at10)
                    .contains(QStringLiteral("already talked to today")));
    // A plan since the refusal lifts the refusal rule.
    PlanRecord plan;
    plan.status = QStringLiteral("active");
    card.plans << plan;
    card.summary.lastConversationAt = startOfToday.addDays(-3).toString(Qt::ISODate);
    CHECK(reasons(&own, QStringLiteral("installment_reminder"), false, at10).isEmpty());

    card.debtor.doNotContact = true;
    CHECK(reasons(&own, QStringLiteral("caring"), false, at10)
              .contains(QStringLiteral("do not contact")));
    card.debtor.doNotContact = false;
    card.summary.flags = FlagOnHold;
    CHECK(reasons(&own, QStringLiteral("first_reminder"), false, at10)
              .join(QLatin1Char('|'))
              .contains(QStringLiteral("dispute hold")));
    CHECK(reasons(&own, QStringLiteral("caring"), false, at10).isEmpty());
}

TEST_CASE("Today and the call decide contact facts with one function", "[calls][rules]")
{
    const QString midnight = QStringLiteral("2026-11-22T23:00:00Z"); // Monday 00:00 in Rome
    ContactPolicy::History h;
    CHECK_FALSE(ContactPolicy::facts(h, midnight).talkedToday);
    h.lastConversationAt = QStringLiteral("2026-11-23T08:00:00Z");
    h.lastConversationOutcome = QStringLiteral("refused");
    auto f = ContactPolicy::facts(h, midnight);
    CHECK(f.talkedToday);
    CHECK(f.refusedOrDisputed);
    h.activePlan = true;
    CHECK_FALSE(ContactPolicy::facts(h, midnight).refusedOrDisputed);
    h.lastConversationAt = QStringLiteral("2026-11-22T22:59:59Z"); // Sunday, late
    CHECK_FALSE(ContactPolicy::facts(h, midnight).talkedToday);
    h.flags = FlagDoNotContact | FlagOnHold | FlagUnverifiedOnly;
    f = ContactPolicy::facts(h, midnight);
    CHECK((f.doNotContact && f.onHold && f.unverifiedOnly));
    // Every outcome that is no conversation is listed for the SQL, and only those.
    for (const QString& o : CallOutcome::notConversations())
        CHECK_FALSE(CallOutcome::isConversation(o));
    CHECK(CallOutcome::isConversation(QStringLiteral("promise")));
    CHECK(CallOutcome::isConversation(QStringLiteral("refused")));
}

TEST_CASE("Written messages respect do-not-contact opt-out consent and ownership", "[calls][rules]")
{
    DebtorRecord d;
    d.address = QStringLiteral("Via Roma 1");
    ContactRecord phone;
    phone.kind = QStringLiteral("phone");
    phone.owner = QStringLiteral("debtor");
    phone.verified = true;
    ContactRecord mail = phone;
    mail.kind = QStringLiteral("email");
    CHECK(ContactPolicy::messageBlockReason(d, &phone, QStringLiteral("sms")).isEmpty());
    CHECK(ContactPolicy::messageBlockReason(d, &mail, QStringLiteral("email")).isEmpty());
    CHECK(ContactPolicy::messageBlockReason(d, nullptr, QStringLiteral("letter")).isEmpty());
    CHECK(ContactPolicy::messageBlockReason(d, &mail, QStringLiteral("sms"))
              .contains(QStringLiteral("phone number")));
    phone.optOut = true;
    CHECK(ContactPolicy::messageBlockReason(d, &phone, QStringLiteral("sms"))
              .contains(QStringLiteral("opted out")));
    mail.consent = QStringLiteral("denied");
    CHECK(ContactPolicy::messageBlockReason(d, &mail, QStringLiteral("email"))
              .contains(QStringLiteral("denied consent")));
    mail.consent = QStringLiteral("granted");
    mail.owner = QStringLiteral("family");
    CHECK(ContactPolicy::messageBlockReason(d, &mail, QStringLiteral("email"))
              .contains(QStringLiteral("no debt details")));
    d.doNotContact = true;
    CHECK(ContactPolicy::messageBlockReason(d, nullptr, QStringLiteral("letter")) ==
          QStringLiteral("do not contact"));
}

TEST_CASE("A message template is offered only when its facts exist and it fits the debtor",
          "[calls][messages]")
{
    MessageTemplate dueSoon;
    dueSoon.code = QStringLiteral("due_soon");
    dueSoon.channel = QStringLiteral("sms");
    dueSoon.body = QStringLiteral("{debtor}: la bolletta di {next_amount} scade il {next_due}.");
    QHash<QString, QString> values{{QStringLiteral("debtor"), QStringLiteral("Rossi Remo")}};
    const QString why = dueSoon.whyNotOffered(values, false);
    CHECK(why.contains(QStringLiteral("{next_amount}")));
    CHECK(why.contains(QStringLiteral("{next_due}")));
    values.insert(QStringLiteral("next_amount"), QStringLiteral("50,00 €"));
    values.insert(QStringLiteral("next_due"), QStringLiteral("26/11/2026"));
    CHECK(dueSoon.whyNotOffered(values, false).isEmpty());
    CHECK(dueSoon.whyNotOffered(values, true).isEmpty()); // proposes no plan

    MessageTemplate solutions = dueSoon;
    solutions.body = QStringLiteral("{debtor}: possiamo concordare un piano di rientro.");
    solutions.offersPlan = true;
    CHECK(solutions.whyNotOffered(values, false).isEmpty());
    CHECK(solutions.whyNotOffered(values, true).contains(QStringLiteral("already has one")));
    // The built-in templates say which ones propose a plan.
    const auto parsed = MessageTemplate::listFromJson(
        R"({"templates":[{"code":"x","channel":"sms","title":"X","body":"b","offers_plan":true}]})",
        QStringLiteral("test"));
    REQUIRE(parsed.ok());
    CHECK(parsed->first().offersPlan);
}

TEST_CASE("The purpose a call proposes follows the debtor's situation", "[calls][rules]")
{
    DebtorCard card;
    card.summary.nextDueDate = QDate(2026, 12, 5);
    CHECK(CallState::proposedPurpose(card) == QStringLiteral("caring"));
    card.summary.nextDueDate = QDate();
    CHECK(CallState::proposedPurpose(card) == QStringLiteral("inbound"));
    card.summary.overdue = Money::fromCents(8000);
    CHECK(CallState::proposedPurpose(card) == QStringLiteral("first_reminder"));
    // An unanswered reminder was no conversation; a reminder that reached the debtor was.
    InteractionRecord attempt;
    attempt.purpose = QStringLiteral("first_reminder");
    attempt.outcome = QStringLiteral("no_answer");
    card.interactions << attempt;
    CHECK(CallState::proposedPurpose(card) == QStringLiteral("first_reminder"));
    attempt.outcome = QStringLiteral("refused");
    card.interactions << attempt;
    CHECK(CallState::proposedPurpose(card) == QStringLiteral("followup_reminder"));
    PromiseRecord promise;
    promise.status = QStringLiteral("broken");
    card.promises << promise;
    CHECK(CallState::proposedPurpose(card) == QStringLiteral("broken_promise"));
    PlanRecord plan;
    plan.status = QStringLiteral("active");
    card.plans << plan;
    CHECK(CallState::proposedPurpose(card) == QStringLiteral("installment_reminder"));
}

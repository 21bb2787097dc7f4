#include <catch2/catch.hpp>

#include "domain/ContactPolicy.h"

#include "TestSupport.h"

#include "storage/CallRepository.h"
#include "storage/DebtorCardQuery.h"
#include "storage/DebtorRepository.h"
#include "storage/DebtorSummaryRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/WorkQueueQuery.h"
#include "ui/Language.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <optional>

using namespace ascolto;
using ascolto::test::Fixture;
using ascolto::test::TempDatabase;

namespace {

struct Call
{
    Call()
        : clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::LocalTime)) // Monday
        , f(t.db(), clock)
    {
        debtor = f.addDebtor(QStringLiteral("R1"), QStringLiteral("Rossi Rita"), f.operatorA1);
        bill = f.addBill(debtor, QStringLiteral("F-1"), clock.today().addDays(-20), 12000);
        contactId =
            DebtorRepository(t.db(), clock).find(f.operatorA1, debtor).value().contacts.first().id;
    }
    qint64 count(const QString& sql)
    {
        QSqlQuery q(t->sql());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery q(t->sql());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0);
    }
    // Row counts of every table a call writes, to compare before and after.
    QVector<qint64> footprint()
    {
        QVector<qint64> n;
        for (const char* table : {"interaction", "promise", "task", "survey", "audit_log",
                                  "call_draft", "message", "complaint"})
            n << count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        n << count(QStringLiteral("SELECT version FROM debtor WHERE id = '%1'").arg(debtor));
        n << count(QStringLiteral("SELECT sum(opt_out) FROM contact"));
        return n;
    }
    CallState reached(const QString& outcome)
    {
        CallState s;
        s.debtorId = debtor;
        s.contactId = contactId;
        s.purpose = QStringLiteral("first_reminder");
        s.startedAt = clock.nowUtc().addSecs(-300);
        s.elapsedSeconds = 300;
        s.identity = CallState::Identity::Confirmed;
        s.outcome = outcome;
        return s;
    }
    // The payment-education SMS "how to pay" to the debtor's own phone.
    MessageDraft howToPaySms() const
    {
        MessageDraft m;
        m.debtorId = debtor;
        m.templateCode = QStringLiteral("how_to_pay");
        m.channel = QStringLiteral("sms");
        m.contactId = contactId;
        m.body = QStringLiteral("Può pagare con l'avviso pagoPA...");
        return m;
    }
    bool queueBlocked(const QString& reason)
    {
        for (const QueueItem& i : WorkQueueQuery(t.db(), f.operatorA1, clock).items())
            if (i.debtorId == debtor)
                return i.blocked.join(QLatin1Char('|')).contains(reason);
        FAIL("debtor not in the queue");
        return false;
    }

    TempDatabase t;
    FixedClock clock;
    Fixture f;
    QString debtor;
    QString bill;
    QString contactId;
};

} // namespace

TEST_CASE("Saving a call records interaction promise tasks survey and flags together",
          "[calls][storage]")
{
    Call c;
    CallRepository calls(c.t.db(), c.clock);
    CallState s = c.reached(QStringLiteral("promise"));
    s.emotion = QStringLiteral("worried");
    s.emotionsSeen = {QStringLiteral("angry"), QStringLiteral("worried")};
    s.checklist = {QStringLiteral("listened"), QStringLiteral("asked_reason")};
    s.nonpaymentReason = QStringLiteral("job_loss");
    s.notes = QStringLiteral("Ha perso il lavoro; paga metà venerdì.");
    s.promiseAmount = Money::fromCents(6000);
    s.promiseDate = QDate(2026, 11, 27);
    s.promiseChannel = QStringLiteral("pagopa");
    s.nextAction = QStringLiteral("callback");
    s.nextAt = QDateTime(QDate(2026, 11, 30), QTime(17, 0));
    s.vulnerability = QStringLiteral("hardship");
    s.vulnerabilityNote = QStringLiteral("Due figli a carico");
    s.vulnerabilityConsent = true;
    s.csat = 3;
    s.ces = 2;
    s.nps = 5;
    s.surveyComment = QStringLiteral("Troppe chiamate");
    REQUIRE(calls.saveDraft(c.f.operatorA1, s));
    REQUIRE(c.count(QStringLiteral("SELECT count(*) FROM call_draft")) == 1);

    const auto saved = calls.finish(c.f.operatorA1, s);
    REQUIRE(saved.ok());
    CHECK(saved->closeTheLoop);
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM call_draft")) == 0);

    QSqlQuery q(c.t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT outcome, emotion, nonpayment_reason, checklist, "
                                  "duration_s, contact_id, notes FROM interaction")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("promise"));
    CHECK(q.value(1).toString() == QStringLiteral("worried"));
    CHECK(q.value(2).toString() == QStringLiteral("job_loss"));
    const QJsonObject checklist = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    CHECK(checklist.value(QLatin1String("items")).toArray().size() == 2);
    CHECK(checklist.value(QLatin1String("identity")).toString() == QStringLiteral("confirmed"));
    CHECK(checklist.value(QLatin1String("emotions")).toArray().size() == 2);
    CHECK(q.value(4).toInt() == 300);
    CHECK(q.value(5).toString() == c.contactId);
    CHECK(q.value(6).toString() == s.notes);

    CHECK(c.count(QStringLiteral("SELECT amount_cents FROM promise WHERE status = 'open' AND "
                                 "due_date = '2026-11-27'")) == 6000);
    CHECK(c.value(QStringLiteral("SELECT due_at FROM task WHERE kind = 'callback'")).toString() ==
          QStringLiteral("2026-11-30T16:00:00Z"));
    // The detractor gets a close-the-loop call on the next business day.
    CHECK(c.value(QStringLiteral("SELECT due_at FROM task WHERE kind = 'close_the_loop'"))
              .toString() == QStringLiteral("2026-11-24"));
    // Its reason is kept as a code and the survey's figures, worded when shown.
    CHECK(c.value(QStringLiteral("SELECT reason_code || ' ' || json_extract(reason_args, "
                                 "'$.nps') || ' ' || json_extract(reason_args, '$.comment') "
                                 "FROM task WHERE kind = 'close_the_loop'"))
              .toString() == QStringLiteral("low_survey 5 Troppe chiamate"));
    CHECK(c.count(QStringLiteral("SELECT nps FROM survey")) == 5);
    CHECK(c.value(QStringLiteral("SELECT vulnerability FROM debtor")).toString() ==
          QStringLiteral("hardship"));
    CHECK(c.count(QStringLiteral("SELECT vulnerability_consent FROM debtor")) == 1);
    CHECK(c.count(QStringLiteral("SELECT flags & 1 FROM debtor_summary")) == 1);
    CHECK(c.count(QStringLiteral(
              "SELECT count(*) FROM audit_log WHERE action = 'vulnerability'")) == 1);
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'interaction' "
                                 "AND action = 'create'")) == 1);
}

TEST_CASE("A call that cannot be saved leaves the store exactly as before", "[calls][storage]")
{
    Call c;
    CallRepository calls(c.t.db(), c.clock);
    CallState s = c.reached(QStringLiteral("promise"));
    s.promiseAmount = Money::fromCents(50000); // more than the 120 euro owed
    s.promiseDate = QDate(2026, 11, 27);
    s.csat = 5;
    REQUIRE(calls.saveDraft(c.f.operatorA1, s));
    const auto before = c.footprint();
    const auto saved = calls.finish(c.f.operatorA1, s);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().contains(QStringLiteral("more than the balance")));
    CHECK(c.footprint() == before);

    // A contact of another debtor fails inside the transaction: nothing is half-written.
    const QString other =
        c.f.addDebtor(QStringLiteral("X"), QStringLiteral("Altro"), c.f.operatorA1);
    const auto before2 = c.footprint();
    s.promiseAmount = Money::fromCents(5000);
    s.contactId =
        DebtorRepository(c.t.db(), c.clock).find(c.f.operatorA1, other).value().contacts.first().id;
    CHECK_FALSE(calls.finish(c.f.operatorA1, s).ok());
    CHECK(c.footprint() == before2);
    // Another operator's debtor is out of scope.
    s.contactId = c.contactId;
    CHECK_FALSE(calls.finish(c.f.operatorB1, s).ok());
    CHECK(c.footprint() == before2);
}

TEST_CASE("Call drafts belong to their operator and are replaced in place", "[calls][storage]")
{
    Call c;
    CallRepository calls(c.t.db(), c.clock);
    CallState s = c.reached(QString());
    s.notes = QStringLiteral("prima");
    REQUIRE(calls.saveDraft(c.f.operatorA1, s));
    const QString id = s.draftId;
    REQUIRE_FALSE(id.isEmpty());
    s.notes = QStringLiteral("seconda versione, con più dettagli");
    REQUIRE(calls.saveDraft(c.f.operatorA1, s));
    CHECK(s.draftId == id);
    const auto mine = calls.drafts(c.f.operatorA1);
    REQUIRE(mine.ok());
    REQUIRE(mine->size() == 1);
    CHECK(mine->first().notes == s.notes);
    CHECK(calls.drafts(c.f.operatorA2)->isEmpty());
    CHECK(calls.discardDraft(c.f.operatorA2, id)); // not theirs: nothing happens
    CHECK(calls.drafts(c.f.operatorA1)->size() == 1);
    REQUIRE(calls.discardDraft(c.f.operatorA1, id));
    CHECK(calls.drafts(c.f.operatorA1)->isEmpty());
}

TEST_CASE("Do-not-contact and opt-out are never cleared by a later call or message",
          "[calls][storage][rules]")
{
    Call c;
    CallRepository calls(c.t.db(), c.clock);
    CallState first = c.reached(QStringLiteral("reached_debtor"));
    first.optOutRequested = true;
    REQUIRE(calls.finish(c.f.operatorA1, first).ok());
    CHECK(c.count(QStringLiteral("SELECT opt_out FROM contact")) == 1);
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'opt_out'")) == 1);

    REQUIRE(c.t->execScript(
        QStringLiteral("UPDATE debtor SET do_not_contact = 1 WHERE id = '%1'").arg(c.debtor)));
    c.clock.set(c.clock.nowUtc().addDays(1));
    CallState later = c.reached(QStringLiteral("reached_debtor"));
    later.startedAt = c.clock.nowUtc();
    later.blockReasons = {QStringLiteral("do not contact")};
    later.overrideReason = QStringLiteral("The debtor called us back on this number");
    REQUIRE(calls.finish(c.f.operatorA1, later).ok());
    CHECK(c.count(QStringLiteral("SELECT do_not_contact FROM debtor")) == 1);
    CHECK(c.count(QStringLiteral("SELECT opt_out FROM contact")) == 1);
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'override'")) == 1);
    CHECK(c.value(QStringLiteral("SELECT override_reason FROM interaction WHERE override_reason "
                                 "IS NOT NULL"))
              .toString() == later.overrideReason);

    MessageDraft m;
    m.debtorId = c.debtor;
    m.channel = QStringLiteral("letter");
    m.body = QStringLiteral("Gentile cliente...");
    const auto refused = InteractionRepository(c.t.db(), c.clock).recordMessage(c.f.operatorA1, m);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("do not contact")));
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM message")) == 0);
}

TEST_CASE("Messages are recorded with their interaction unless the contact forbids it",
          "[calls][storage]")
{
    Call c;
    InteractionRepository repo(c.t.db(), c.clock);
    MessageDraft m = c.howToPaySms();
    m.outboxPath = QStringLiteral("/tmp/outbox/x.txt");
    REQUIRE(repo.recordMessage(c.f.operatorA1, m).ok());
    CHECK(c.value(QStringLiteral("SELECT outbox_path FROM message")).toString() == m.outboxPath);
    // The same message again the same day is not recorded twice.
    CHECK(
        repo.recordMessage(c.f.operatorA1, m).error().contains(QStringLiteral("already written")));
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM message")) == 1);
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM interaction WHERE purpose = 'education'")) ==
          1);
    CHECK(c.value(QStringLiteral("SELECT purpose || '/' || outcome || '/' || channel FROM "
                                 "interaction"))
              .toString() == QStringLiteral("education/sent/sms"));
    m.channel = QStringLiteral("email");
    CHECK(repo.recordMessage(c.f.operatorA1, m).error().contains(QStringLiteral("e-mail address")));
    REQUIRE(c.t->execScript(QStringLiteral("UPDATE contact SET opt_out = 1")));
    m.channel = QStringLiteral("sms");
    CHECK(repo.recordMessage(c.f.operatorA1, m).error().contains(QStringLiteral("opted out")));
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM message")) == 1);
    // A message does not count as the day's conversation.
    CHECK_FALSE(c.queueBlocked(QStringLiteral("already talked to today")));
}

TEST_CASE("Today and the call agree on a conversation followed by an unanswered attempt",
          "[calls][storage][rules]")
{
    Call c;
    // A promise from last week falls due today: the debtor is on Today's list whatever the
    // reminders say.
    REQUIRE(c.t->execScript(
        QStringLiteral("INSERT INTO promise(id, debtor_id, amount_cents, due_date, device_id, "
                       "updated_at, created_at) VALUES('p1', '%1', 5000, '%2', 'd', '', '')")
            .arg(c.debtor, c.clock.today().toString(Qt::ISODate))));
    CallRepository calls(c.t.db(), c.clock);
    REQUIRE(calls.finish(c.f.operatorA1, c.reached(QStringLiteral("refused"))).ok());
    c.clock.set(c.clock.nowUtc().addSecs(3600));
    CallState attempt = c.reached(QStringLiteral("no_answer"));
    attempt.identity = CallState::Identity::Unknown;
    attempt.blockReasons = {QStringLiteral("already talked to today")};
    attempt.overrideReason = QStringLiteral("Numero sbagliato in scheda, riprovo");
    REQUIRE(calls.finish(c.f.operatorA1, attempt).ok());
    // An education message afterwards is no conversation either.
    REQUIRE(InteractionRepository(c.t.db(), c.clock)
                .recordMessage(c.f.operatorA1, c.howToPaySms())
                .ok());

    CHECK(c.queueBlocked(QStringLiteral("already talked to today")));
    CHECK(c.queueBlocked(QStringLiteral("disputed the debt")));
    const auto card = DebtorCardQuery(c.t.db(), c.clock).load(c.f.operatorA1, c.debtor);
    REQUIRE(card.ok());
    const QDateTime midnight(c.clock.today(), QTime(0, 0), Qt::LocalTime);
    const auto facts = ContactPolicy::factsFor(card.value(), nullptr, midnight);
    CHECK(facts.talkedToday);
    CHECK(facts.refusedOrDisputed);
    // The next day the conversation no longer counts for today; the refusal still does.
    c.clock.set(c.clock.nowUtc().addDays(1));
    REQUIRE(DebtorSummaryRepository(c.t.db()).refreshAll(c.clock.today()));
    CHECK_FALSE(c.queueBlocked(QStringLiteral("already talked to today")));
    CHECK(c.queueBlocked(QStringLiteral("disputed the debt")));
}

TEST_CASE("Task reasons are stored as codes and read in the reader's language",
          "[calls][storage][i18n]")
{
    Call c;
    Language language;
    REQUIRE(language.apply(QStringLiteral("it")));
    // An Italian operator's call: a callback with no note, and a detractor.
    CallState s = c.reached(QStringLiteral("callback_requested"));
    s.nextAction = QStringLiteral("callback");
    s.nextAt = QDateTime(c.clock.today(), QTime(10, 30));
    s.nps = 2;
    s.surveyComment = QStringLiteral("Troppe chiamate");
    REQUIRE(CallRepository(c.t.db(), c.clock).finish(c.f.operatorA1, s).ok());
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM task WHERE reason IS NOT NULL")) == 0);
    // An English reader the next day reads English only (the debtor's words stay as said).
    REQUIRE(language.apply(QStringLiteral("en")));
    c.clock.set(c.clock.nowUtc().addDays(1));
    auto reason = [&c] {
        for (const QueueItem& i : WorkQueueQuery(c.t.db(), c.f.operatorA1, c.clock).items())
            if (i.debtorId == c.debtor)
                return i.reason;
        return QString();
    };
    const QString callback = reason(); // the callback comes first
    CHECK(callback.startsWith(QStringLiteral("The debtor asked to be called back at")));
    CHECK_FALSE(callback.contains(QLatin1Char('(')));
    REQUIRE(c.t->execScript(QStringLiteral("UPDATE task SET status = 'done' WHERE kind = "
                                           "'callback'")));
    const QString unhappy = reason();
    INFO(unhappy.toStdString());
    CHECK(unhappy.contains(QStringLiteral("Low score in the satisfaction survey: NPS 2/10")));
    CHECK(unhappy.contains(QStringLiteral("\"Troppe chiamate\"")));
    for (const char* italian : {"Richiam", "Punteggio", "concordato", "Chiudere"})
        CHECK_FALSE((callback + unhappy).contains(QLatin1String(italian)));
    REQUIRE(language.apply(QStringLiteral("it")));
}

TEST_CASE("A call made for a callback closes it and Today shrinks at once", "[calls][storage]")
{
    Call c;
    CallRepository calls(c.t.db(), c.clock);
    // At 10:00 the debtor asks to be called back at 10:30.
    CallState asked = c.reached(QStringLiteral("callback_requested"));
    asked.nextAction = QStringLiteral("callback");
    asked.nextAt = QDateTime(c.clock.today(), QTime(10, 30));
    asked.notes = QStringLiteral("Richiamare dopo lo stipendio");
    REQUIRE(calls.finish(c.f.operatorA1, asked).ok());
    c.clock.set(c.clock.nowUtc().addSecs(45 * 60));
    auto callbackItem = [&c]() -> std::optional<QueueItem> {
        for (const QueueItem& i : WorkQueueQuery(c.t.db(), c.f.operatorA1, c.clock).items())
            if (i.debtorId == c.debtor && i.kind == QueueItem::Kind::Callback)
                return i;
        return std::nullopt;
    };
    const auto item = callbackItem();
    REQUIRE(item);
    REQUIRE_FALSE(item->taskId.isEmpty());
    CHECK(QueueItem::callPurpose(item->kind) == QStringLiteral("callback"));

    CallState call = c.reached(QStringLiteral("no_answer"));
    call.identity = CallState::Identity::Unknown;
    call.purpose = QueueItem::callPurpose(item->kind);
    call.taskId = item->taskId;
    const auto saved = calls.finish(c.f.operatorA1, call);
    REQUIRE(saved.ok());
    CHECK(saved->closedTaskId == item->taskId);
    CHECK(c.value(QStringLiteral("SELECT status FROM task WHERE id = '%1'").arg(item->taskId))
              .toString() == QStringLiteral("done"));
    CHECK(c.value(QStringLiteral("SELECT purpose FROM interaction ORDER BY started_at DESC"))
              .toString() == QStringLiteral("callback"));
    CHECK_FALSE(callbackItem());
    // A task is closed once: the same call again changes nothing, and nobody closes another
    // debtor's task by naming it.
    CHECK(calls.finish(c.f.operatorA1, call)->closedTaskId.isEmpty());
}

TEST_CASE("The portfolio row's flags are the DebtorFlag bits the code names", "[storage][rules]")
{
    Call c;
    auto flags = [&c] {
        REQUIRE(DebtorSummaryRepository(c.t.db()).recompute(c.debtor, c.clock.today()));
        return int(c.count(QStringLiteral("SELECT flags FROM debtor_summary WHERE debtor_id = "
                                          "'%1'")
                               .arg(c.debtor)));
    };
    CHECK(flags() == 0);
    REQUIRE(c.t->execScript(QStringLiteral("UPDATE debtor SET vulnerability = 'hardship', "
                                           "do_not_contact = 1, hold_reason = 'verifica'")));
    CHECK(flags() == (FlagVulnerable | FlagOnHold | FlagDoNotContact));
    REQUIRE(c.t->execScript(QStringLiteral("UPDATE contact SET verified = 0; UPDATE invoice SET "
                                           "prescription_covered = 1, due_date = '2020-01-01'")));
    CHECK(flags() ==
          (FlagVulnerable | FlagOnHold | FlagDoNotContact | FlagUnverifiedOnly | FlagPrescribed));
    // The bills-only pass keeps the others and sets the same bit for prescribed bills.
    REQUIRE(DebtorSummaryRepository(c.t.db()).refreshBillFacts(c.clock.today()));
    CHECK(int(c.count(QStringLiteral("SELECT flags FROM debtor_summary WHERE debtor_id = '%1'")
                          .arg(c.debtor))) ==
          (FlagVulnerable | FlagOnHold | FlagDoNotContact | FlagUnverifiedOnly | FlagPrescribed));
}

TEST_CASE("A complaint holds reminders for its bills until it is resolved", "[calls][storage]")
{
    Call c;
    InteractionRepository repo(c.t.db(), c.clock);
    CHECK_FALSE(c.queueBlocked(QStringLiteral("dispute hold")));
    ComplaintDraft d;
    d.debtorId = c.debtor;
    d.category = QStringLiteral("meter_reading");
    d.description = QStringLiteral("Lettura stimata, contatore mai letto");
    d.invoiceIds = {c.bill};
    const auto id = repo.openComplaint(c.f.operatorA1, d);
    REQUIRE(id.ok());
    CHECK(c.queueBlocked(QStringLiteral("dispute hold")));
    REQUIRE(repo.setComplaintStatus(c.f.operatorA1, id.value(), QStringLiteral("forwarded")));
    CHECK(c.value(QStringLiteral("SELECT status FROM complaint")).toString() ==
          QStringLiteral("forwarded"));
    CHECK(c.queueBlocked(QStringLiteral("dispute hold")));
    CHECK(repo.setComplaintStatus(c.f.operatorA1, id.value(), QStringLiteral("forwarded"))
              .error()
              .contains(QStringLiteral("already forwarded")));
    CHECK(repo.setComplaintStatus(c.f.operatorA1, id.value(), QStringLiteral("resolved"))
              .error()
              .contains(QStringLiteral("how the complaint was resolved")));
    CHECK_FALSE(repo.setComplaintStatus(c.f.operatorB1, id.value(), QStringLiteral("resolved"),
                                        QStringLiteral("Rettificata"))
                    .ok());
    REQUIRE(repo.setComplaintStatus(c.f.operatorA1, id.value(), QStringLiteral("resolved"),
                                    QStringLiteral("Bolletta rettificata dal cliente")));
    CHECK(c.value(QStringLiteral("SELECT resolution FROM complaint")).toString() ==
          QStringLiteral("Bolletta rettificata dal cliente"));
    CHECK_FALSE(c.queueBlocked(QStringLiteral("dispute hold")));
    CHECK(c.count(QStringLiteral("SELECT flags & 2 FROM debtor_summary")) == 0);
    CHECK_FALSE(
        repo.setComplaintStatus(c.f.operatorA1, id.value(), QStringLiteral("forwarded")).ok());
}

TEST_CASE("A third party on the phone is recorded without using the day's conversation",
          "[calls][storage]")
{
    Call c;
    CallState s = c.reached(QStringLiteral("reached_third_party"));
    s.identity = CallState::Identity::ThirdParty;
    s.thirdPartyRelation = QStringLiteral("family");
    REQUIRE(CallRepository(c.t.db(), c.clock).finish(c.f.operatorA1, s).ok());
    CHECK(c.value(QStringLiteral("SELECT json_extract(checklist, '$.third_party') FROM "
                                 "interaction"))
              .toString() == QStringLiteral("family"));
    CHECK(c.count(QStringLiteral("SELECT count(*) FROM promise")) == 0);
    CHECK_FALSE(c.queueBlocked(QStringLiteral("already talked to today")));
}

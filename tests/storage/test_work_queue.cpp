#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "storage/DebtorSummaryRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/WorkQueueQuery.h"

#include "domain/ContactPolicy.h"

#include <QSqlQuery>

using namespace ascolto;
using ascolto::test::Fixture;
using ascolto::test::TempDatabase;

namespace {

QDateTime rome(const QDate& d, int h, int m = 0)
{
    return QDateTime(d, QTime(h, m), Qt::LocalTime);
}

struct Day
{
    Day()
        : clock(rome(QDate(2026, 11, 23), 10)) // a Monday morning
        , f(t.db(), clock)
    {
        const QDate today = clock.today();
        reminder = f.addDebtor(QStringLiteral("R"), QStringLiteral("Rossi Remo"), f.operatorA1);
        f.addBill(reminder, QStringLiteral("R-1"), today.addDays(-20), 8000);
        caring = f.addDebtor(QStringLiteral("C"), QStringLiteral("Conti Carla"), f.operatorA1);
        f.addBill(caring, QStringLiteral("C-1"), today.addDays(3), 5000);
        promise = f.addDebtor(QStringLiteral("P"), QStringLiteral("Pace Pia"), f.operatorA1);
        f.addBill(promise, QStringLiteral("P-1"), today.addDays(-40), 6000);
        callback = f.addDebtor(QStringLiteral("K"), QStringLiteral("Costa Kevin"), f.operatorA1);
        f.addBill(callback, QStringLiteral("K-1"), today.addDays(-5), 2000);
        const QString now = QStringLiteral("2026-11-20T10:00:00Z");
        REQUIRE(t->execScript(
            QStringLiteral(
                "INSERT INTO promise(id, debtor_id, amount_cents, due_date, status, device_id, "
                "updated_at, created_at) VALUES('pr1', '%1', 6000, '2026-11-23', 'open', 'x', "
                "'%3', '%3');"
                "INSERT INTO task(id, debtor_id, assigned_to, kind, due_at, status, device_id, "
                "updated_at, created_at) VALUES('t1', '%2', '%4', 'callback', "
                "'2026-11-23T14:00:00Z', "
                "'open', 'x', '%3', '%3');")
                .arg(promise, callback, now, f.operatorA1.userId())));
        DebtorSummaryRepository s(t.db());
        REQUIRE(s.recompute(promise, clock.today()));
        REQUIRE(s.recompute(callback, clock.today()));
    }
    QVector<QueueItem> queue() { return WorkQueueQuery(t.db(), f.operatorA1, clock).items(); }
    const QueueItem* find(const QVector<QueueItem>& items, const QString& debtor)
    {
        for (const QueueItem& i : items)
            if (i.debtorId == debtor)
                return &i;
        return nullptr;
    }
    TempDatabase t;
    FixedClock clock;
    Fixture f;
    QString reminder, caring, promise, callback;
};

} // namespace

TEST_CASE("Today's queue lists each kind of work with its reason in priority order", "[queue]")
{
    Day d;
    const auto items = d.queue();
    REQUIRE(items.size() == 4);
    CHECK(items[0].debtorId == d.promise);
    CHECK(items[0].kind == QueueItem::Kind::PromiseDue);
    CHECK(items[0].reason.contains(QStringLiteral("today")));
    CHECK(items[1].debtorId == d.callback);
    CHECK(items[1].kind == QueueItem::Kind::Callback);
    CHECK(items[2].debtorId == d.reminder);
    CHECK(items[2].kind == QueueItem::Kind::Reminder);
    CHECK(items[2].reason.startsWith(QStringLiteral("Reminder: ")));
    CHECK(items[3].debtorId == d.caring);
    CHECK(items[3].kind == QueueItem::Kind::Caring);
    for (const QueueItem& i : items)
        CHECK(i.blocked.isEmpty());
    // Another operator's queue does not contain these debtors.
    CHECK(WorkQueueQuery(d.t.db(), d.f.operatorA2, d.clock).items().isEmpty());
}

TEST_CASE("Contact windows block calls on Saturday afternoon and Sunday and holidays",
          "[queue][rules]")
{
    Day d;
    d.clock.set(rome(QDate(2026, 11, 28), 16)); // Saturday 16:00
    for (const QueueItem& i : d.queue())
        CHECK(i.blocked.join(QLatin1Char('|'))
                  .contains(QStringLiteral("outside the contact window (08:30-15:00)")));
    d.clock.set(rome(QDate(2026, 11, 28), 11)); // Saturday 11:00
    CHECK(d.find(d.queue(), d.reminder)->blocked.isEmpty());
    d.clock.set(rome(QDate(2026, 11, 29), 11)); // Sunday
    CHECK(d.find(d.queue(), d.reminder)->blocked ==
          QStringList{QStringLiteral("Sunday: no calls")});
    d.clock.set(rome(QDate(2026, 12, 8), 11)); // Tuesday, Immaculate Conception
    CHECK(d.find(d.queue(), d.reminder)
              ->blocked.first()
              .contains(QStringLiteral("Immaculate Conception")));
    d.clock.set(rome(QDate(2026, 11, 24), 21, 5)); // weekday after 21:00
    CHECK(d.find(d.queue(), d.reminder)->blocked.first().contains(QStringLiteral("08:30-21:00")));
}

TEST_CASE("One conversation a day unless the debtor asked for a callback", "[queue][rules]")
{
    Day d;
    InteractionRepository calls(d.t.db(), d.clock);
    InteractionDraft attempt;
    attempt.debtorId = d.reminder;
    attempt.outcome = QStringLiteral("no_answer");
    REQUIRE(calls.record(d.f.operatorA1, attempt).ok());
    // An unanswered attempt is no conversation: the reminder stays workable.
    REQUIRE(d.find(d.queue(), d.reminder));
    CHECK(d.find(d.queue(), d.reminder)->blocked.isEmpty());
    for (const QString& who : {d.reminder, d.callback, d.promise}) {
        InteractionDraft talk;
        talk.debtorId = who;
        talk.outcome = QStringLiteral("reached_debtor");
        REQUIRE(calls.record(d.f.operatorA1, talk).ok());
    }
    const auto items = d.queue();
    // The reminder was given: the item leaves the list as work is done.
    CHECK(d.find(items, d.reminder) == nullptr);
    // The promise is still due, but one conversation a day is enough.
    REQUIRE(d.find(items, d.promise));
    CHECK(d.find(items, d.promise)->blocked ==
          QStringList{QStringLiteral("already talked to today")});
    // The debtor asked for this callback: it may go ahead.
    REQUIRE(d.find(items, d.callback));
    CHECK(d.find(items, d.callback)->blocked.isEmpty());
    d.clock.advanceDays(1);
    CHECK(d.find(d.queue(), d.reminder) == nullptr);
}

TEST_CASE("Holds, refusals, do-not-contact and unverified numbers block with their reason",
          "[queue][rules]")
{
    Day d;
    ComplaintDraft complaint;
    complaint.debtorId = d.reminder;
    complaint.category = QStringLiteral("meter_reading");
    complaint.description = QStringLiteral("Lettura del contatore contestata");
    REQUIRE(InteractionRepository(d.t.db(), d.clock).openComplaint(d.f.operatorA1, complaint).ok());
    REQUIRE(
        d.t->execScript(QStringLiteral("UPDATE debtor SET do_not_contact = 1 WHERE id = '%1'; "
                                       "UPDATE contact SET verified = 0 WHERE debtor_id = '%2';")
                            .arg(d.promise, d.caring)));
    DebtorSummaryRepository s(d.t.db());
    REQUIRE(s.recompute(d.promise, d.clock.today()));
    REQUIRE(s.recompute(d.caring, d.clock.today()));
    const auto items = d.queue();
    CHECK(d.find(items, d.reminder)
              ->blocked.join(QLatin1Char('|'))
              .contains(QStringLiteral("dispute hold")));
    CHECK(d.find(items, d.promise)->blocked.contains(QStringLiteral("do not contact")));
    CHECK(d.find(items, d.caring)
              ->blocked.join(QLatin1Char('|'))
              .contains(QStringLiteral("unverified")));
    // Blocked items stay visible, after the workable ones.
    CHECK(items.size() == 4);
    CHECK_FALSE(items.first().isBlocked());
    CHECK(items.first().debtorId == d.callback);
}

TEST_CASE("Contact policy reasons", "[rules]")
{
    const ContactPolicy::Windows w = ContactPolicy::Windows::fromJson(
        QStringLiteral("{\"weekdays\":[\"09:00\",\"19:00\"],\"saturday\":[\"09:00\",\"12:00\"]}"));
    const QDateTime monday8 = QDateTime(QDate(2026, 11, 23), QTime(8, 45));
    CHECK(ContactPolicy::outsideWindowReason(w, monday8).contains(QStringLiteral("09:00-19:00")));
    CHECK(ContactPolicy::outsideWindowReason(w, monday8.addSecs(3600)).isEmpty());
    ContactPolicy::Facts refused;
    refused.refusedOrDisputed = true;
    CHECK(ContactPolicy::blockReasons(w, monday8.addSecs(3600), refused,
                                      ContactPolicy::Purpose::Reminder)
              .first()
              .contains(QStringLiteral("cannot pay")));
    CHECK(ContactPolicy::blockReasons(w, monday8.addSecs(3600), refused,
                                      ContactPolicy::Purpose::Caring)
              .isEmpty());
}

TEST_CASE("Today's order of urgency is one rule", "[queue][rules]")
{
    using K = QueueItem::Kind;
    const QVector<int> order{QueueItem::priorityOf(K::Callback),
                             QueueItem::priorityOf(K::Approval),
                             QueueItem::priorityOf(K::PromiseDue),
                             QueueItem::priorityOf(K::Callback, true),
                             QueueItem::priorityOf(K::PromiseBroken),
                             QueueItem::priorityOf(K::InstallmentOverdue),
                             QueueItem::priorityOf(K::InstallmentDue),
                             QueueItem::priorityOf(K::CloseTheLoop),
                             QueueItem::priorityOf(K::Review),
                             QueueItem::priorityOf(K::Reminder, false, 4),
                             QueueItem::priorityOf(K::Reminder, false, 2),
                             QueueItem::priorityOf(K::Caring)};
    for (int i = 1; i < order.size(); ++i) {
        INFO("position " << i);
        CHECK(order[i - 1] > order[i]);
    }
}

TEST_CASE("Today leaves the reminder's purpose to the card's rule", "[queue][rules]")
{
    using K = QueueItem::Kind;
    // First or follow-up is CallState::proposedPurpose's call, not "first" always.
    CHECK(QueueItem::callPurpose(K::Reminder).isEmpty());
    CHECK(QueueItem::callPurpose(K::PromiseDue).isEmpty());
    CHECK(QueueItem::callPurpose(K::Caring) == QStringLiteral("caring"));
    CHECK(QueueItem::callPurpose(K::Callback) == QStringLiteral("callback"));
    CHECK(QueueItem::asksForCall(K::Reminder));
    CHECK_FALSE(QueueItem::asksForCall(K::Approval));
}

TEST_CASE("A team lead's Today says whose debtor each line is and shows one operator's day",
          "[queue][teamlead]")
{
    Day d;
    const QDate today = d.clock.today();
    const QString theirs =
        d.f.addDebtor(QStringLiteral("B"), QStringLiteral("Bruni Bice"), d.f.operatorA2);
    d.f.addBill(theirs, QStringLiteral("B-1"), today.addDays(-25), 7000);
    WorkQueueQuery lead(d.t.db(), d.f.leadA, d.clock);
    const QVector<QueueItem> all = lead.items();
    REQUIRE(d.find(all, theirs));
    REQUIRE(d.find(all, d.reminder));
    CHECK(d.find(all, theirs)->operatorId == d.f.operatorA2.userId());
    CHECK(d.find(all, d.reminder)->operatorId == d.f.operatorA1.userId());
    lead.setOperator(d.f.operatorA2.userId());
    const QVector<QueueItem> one = lead.items();
    REQUIRE(one.size() == 1);
    CHECK(one.first().debtorId == theirs);
    lead.setOperator(d.f.operatorA1.userId());
    const QVector<QueueItem> first = lead.items();
    CHECK(first.size() == all.size() - 1);
    CHECK_FALSE(d.find(first, theirs));
    // An operator's list is theirs whatever the filter says.
    WorkQueueQuery own(d.t.db(), d.f.operatorA1, d.clock);
    own.setOperator(d.f.operatorA2.userId());
    CHECK(own.items().isEmpty());
}

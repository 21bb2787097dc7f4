#include <catch2/catch.hpp>

#include "TestSupport.h"

#include <algorithm>

#include "storage/AuditLog.h"
#include "storage/ClientRepository.h"
#include "storage/DebtorRepository.h"
#include "storage/DebtorSummaryRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/PortfolioQuery.h"
#include "storage/StoreCheck.h"
#include "storage/UserRepository.h"

#include "domain/Aging.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace ascolto;
using ascolto::test::Fixture;
using ascolto::test::TempDatabase;

namespace {
int count(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    q.next();
    return q.value(0).toInt();
}
} // namespace

TEST_CASE("Passwords are stored as Argon2id hashes and checked at login", "[users]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(t.db(), clock);
    UserRepository users(t.db(), clock);

    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT password_hash FROM app_user WHERE username = 'op.a1'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(q.value(0).toString().contains(QStringLiteral("password-1")));

    const auto ok = users.authenticate(QStringLiteral("OP.A1"), QStringLiteral("password-1"));
    REQUIRE(ok.ok());
    CHECK(ok->role() == Role::Operator);
    CHECK(ok->clientId() == f.clientA);

    const auto wrong = users.authenticate(QStringLiteral("op.a1"), QStringLiteral("nope-nope"));
    const auto unknown = users.authenticate(QStringLiteral("ghost"), QStringLiteral("password-1"));
    REQUIRE_FALSE(wrong.ok());
    REQUIRE_FALSE(unknown.ok());
    CHECK(wrong.error() == unknown.error()); // no hint about which part was wrong

    UserRecord disabled;
    disabled.username = QStringLiteral("gone");
    disabled.role = Role::Operator;
    disabled.clientId = f.clientA;
    disabled.active = false;
    REQUIRE(users.create(f.admin, disabled, QStringLiteral("password-1")).ok());
    CHECK(users.authenticate(QStringLiteral("gone"), QStringLiteral("password-1"))
              .error()
              .contains(QStringLiteral("disabled")));
}

TEST_CASE("Only admins create users so operators must belong to a client", "[users]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(t.db(), clock);
    UserRepository users(t.db(), clock);
    UserRecord u;
    u.username = QStringLiteral("new.op");
    u.role = Role::Operator;
    u.clientId = f.clientA;
    CHECK(users.create(f.leadA, u, QStringLiteral("password-1"))
              .error()
              .contains(QStringLiteral("not allowed")));
    UserRecord orphan = u;
    orphan.clientId.clear();
    CHECK(users.create(f.admin, orphan, QStringLiteral("password-1"))
              .error()
              .contains(QStringLiteral("client")));
    CHECK(users.create(f.admin, u, QStringLiteral("short"))
              .error()
              .contains(QStringLiteral("8 characters")));
    REQUIRE(users.create(f.admin, u, QStringLiteral("password-1")).ok());
    CHECK(users.create(f.admin, u, QStringLiteral("password-1"))
              .error()
              .contains(QStringLiteral("taken")));
    // Each creation left its audit row.
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'user' "
                                       "AND action = 'create'")) == 6);
}

TEST_CASE("The session scopes every debtor read", "[session][scope]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(t.db(), clock);
    const QString mine =
        f.addDebtor(QStringLiteral("A-1"), QStringLiteral("Rossi Mario"), f.operatorA1);
    const QString colleague =
        f.addDebtor(QStringLiteral("A-2"), QStringLiteral("Bianchi Anna"), f.operatorA2);
    const QString otherClient =
        f.addDebtor(QStringLiteral("B-1"), QStringLiteral("Verdi Luca"), f.operatorB1);
    DebtorRepository debtors(t.db(), clock);

    CHECK(debtors.find(f.operatorA1, mine).ok());
    CHECK(debtors.find(f.operatorA1, colleague)
              .error()
              .contains(QStringLiteral("not in your portfolio")));
    CHECK_FALSE(debtors.find(f.operatorA1, otherClient).ok());
    CHECK(debtors.count(f.operatorA1) == 1);

    CHECK(debtors.find(f.leadA, mine).ok());
    CHECK(debtors.find(f.leadA, colleague).ok());
    CHECK_FALSE(debtors.find(f.leadA, otherClient).ok());
    CHECK(debtors.count(f.leadA) == 2);
    CHECK(debtors.count(f.leadB) == 1);
    CHECK(debtors.count(f.admin) == 3);

    // The same rule holds for lists, balances, bills and payments.
    CHECK(PortfolioQuery(t.db(), f.operatorA2, clock).count() == 1);
    CHECK(PortfolioQuery(t.db(), f.operatorA2, clock).page({}, {}, nullptr, 50).first().id ==
          colleague);
    CHECK_FALSE(DebtorSummaryRepository(t.db()).get(f.operatorA1, colleague).ok());
    f.addBill(colleague, QStringLiteral("F-1"), QDate(2026, 10, 1), 10000);
    CHECK(InvoiceRepository(t.db(), clock).forDebtor(f.operatorA1, colleague).isEmpty());
    CHECK(InvoiceRepository(t.db(), clock).forDebtor(f.operatorA2, colleague).size() == 1);
    PaymentDraft pay;
    pay.debtorId = colleague;
    pay.amount = Money::fromCents(100);
    pay.paidOn = clock.today();
    CHECK_FALSE(PaymentRepository(t.db(), clock).record(f.operatorA1, pay).ok());
    CHECK(PaymentRepository(t.db(), clock).record(f.operatorA2, pay).ok());
}

TEST_CASE("Debtor creation validates codes and contacts and records the interlocutor", "[debtors]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(t.db(), clock);
    DebtorRepository debtors(t.db(), clock);
    DebtorRecord d;
    d.customerCode = QStringLiteral("A-9");
    d.firstName = QString::fromUtf8("Nicolò");
    d.lastName = QStringLiteral("D'Angelo");
    d.taxCode = QStringLiteral("RSSMRA85T10A562X");
    d.assignedOperatorId = f.operatorA1.userId();
    CHECK(debtors.create(f.leadA, d).error().contains(QStringLiteral("check character")));
    d.taxCode = QStringLiteral("rssmra85t10a562s");
    ContactRecord badPhone;
    badPhone.value = QStringLiteral("12345");
    d.contacts = {badPhone};
    CHECK(debtors.create(f.leadA, d).error().contains(QStringLiteral("phone number")));
    ContactRecord phone;
    phone.value = QStringLiteral("0039 347 765 4321");
    phone.owner = QStringLiteral("family");
    ContactRecord mail;
    mail.kind = QStringLiteral("email");
    mail.value = QStringLiteral(" Nicolo.DAngelo@Example.IT ");
    d.contacts = {phone, mail};
    CHECK(debtors.create(f.operatorA1, d).error().contains(QStringLiteral("not allowed")));
    const auto id = debtors.create(f.leadA, d);
    REQUIRE(id.ok());
    const auto back = debtors.find(f.operatorA1, id.value());
    REQUIRE(back.ok());
    CHECK(back->displayName == QString::fromUtf8("D'Angelo Nicolò"));
    CHECK(back->taxCode == QStringLiteral("RSSMRA85T10A562S"));
    CHECK(back->clientId == f.clientA);
    REQUIRE(back->contacts.size() == 2);
    QStringList values;
    for (const auto& c : back->contacts)
        values << c.value + QLatin1Char('/') + c.owner;
    CHECK(values.contains(QStringLiteral("+393477654321/family")));
    CHECK(values.contains(QStringLiteral("nicolo.dangelo@example.it/debtor")));
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM assignment WHERE to_date IS NULL")) ==
          1);
    CHECK(debtors.create(f.leadA, d).error().contains(QStringLiteral("already exists")));
}

TEST_CASE("Rectification corrects a debtor's registry data, checked and audited by field name",
          "[debtors][privacy]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(t.db(), clock);
    DebtorRepository debtors(t.db(), clock);
    DebtorRecord d;
    d.customerCode = QStringLiteral("A-9");
    d.firstName = QStringLiteral("Lucia");
    d.lastName = QStringLiteral("Bianchi");
    d.address = QStringLiteral("Via Roma 1");
    d.postalCode = QStringLiteral("20100");
    d.city = QStringLiteral("Milano");
    d.province = QStringLiteral("MI");
    d.assignedOperatorId = f.operatorA1.userId();
    const auto id = debtors.create(f.leadA, d);
    REQUIRE(id.ok());
    auto held = debtors.find(f.operatorA1, id.value());
    REQUIRE(held.ok());
    const int version = held->version;

    // Wrong values are refused, naming the field; nothing is written.
    DebtorRecord c = held.value();
    c.postalCode = QStringLiteral("1012");
    CHECK(debtors.rectify(f.operatorA1, c).error().contains(QStringLiteral("CAP")));
    c = held.value();
    c.province = QStringLiteral("Torino");
    CHECK(debtors.rectify(f.operatorA1, c).error().contains(QStringLiteral("two-letter")));
    c = held.value();
    c.taxCode = QStringLiteral("RSSMRA85T10A562X");
    CHECK(debtors.rectify(f.operatorA1, c).error().contains(QStringLiteral("check character")));
    c = held.value();
    c.birthDate = QDate(2027, 1, 1);
    CHECK(debtors.rectify(f.operatorA1, c).error().contains(QStringLiteral("future")));
    c = held.value();
    c.lastName.clear();
    c.firstName = QStringLiteral("  ");
    CHECK(debtors.rectify(f.operatorA1, c).error().contains(QStringLiteral("name is empty")));
    // Another operator's debtor is not theirs to correct.
    CHECK(debtors.rectify(f.operatorA2, held.value())
              .error()
              .contains(QStringLiteral("not in your portfolio")));
    CHECK(debtors.find(f.operatorA1, id.value())->version == version);
    // Nothing different: nothing written, nothing audited.
    const auto same = debtors.rectify(f.operatorA1, held.value());
    REQUIRE(same.ok());
    INFO(same->join(QLatin1Char(',')).toStdString());
    CHECK(same->isEmpty());

    // The debtor moved and married: surname, address, province typed in lower case, tax code.
    c = held.value();
    c.lastName = QStringLiteral("Bianchi Verdi");
    c.address = QStringLiteral("  Corso   Francia 10 ");
    c.postalCode = QStringLiteral("10138");
    c.city = QStringLiteral("Torino");
    c.province = QStringLiteral("to");
    c.taxCode = QStringLiteral("rssmra85t10a562s");
    c.birthDate = QDate(1985, 12, 10);
    const auto changed = debtors.rectify(f.operatorA1, c);
    INFO(changed.error().toStdString());
    REQUIRE(changed.ok());
    CHECK(changed.value() ==
          (QStringList{QStringLiteral("last_name"), QStringLiteral("display_name"),
                       QStringLiteral("tax_code"), QStringLiteral("birth_date"),
                       QStringLiteral("address"), QStringLiteral("postal_code"),
                       QStringLiteral("city"), QStringLiteral("province")}));
    held = debtors.find(f.operatorA1, id.value());
    CHECK(held->displayName == QStringLiteral("Bianchi Verdi Lucia"));
    CHECK(held->address == QStringLiteral("Corso Francia 10"));
    CHECK(held->province == QStringLiteral("TO"));
    CHECK(held->taxCode == QStringLiteral("RSSMRA85T10A562S"));
    CHECK(held->version == version + 1);
    // The portfolio row and the search follow; the audit row names the fields, not values.
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM search_index WHERE search_index "
                                       "MATCH 'verdi'")) == 1);
    QSqlQuery q(t.db().sql());
    REQUIRE(q.exec(QStringLiteral("SELECT details FROM audit_log WHERE action = 'rectify'")));
    REQUIRE(q.next());
    const QString details = q.value(0).toString();
    CHECK(details.contains(QStringLiteral("postal_code")));
    CHECK_FALSE(details.contains(QStringLiteral("Francia")));
    CHECK_FALSE(q.next());
    CHECK(StoreCheck::run(t.db()) == QStringList());
}

TEST_CASE("Reassignment keeps the relationship history", "[debtors][continuity]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(t.db(), clock);
    const QString id = f.addDebtor(QStringLiteral("A-1"), QStringLiteral("Rossi"), f.operatorA1);
    DebtorRepository debtors(t.db(), clock);
    CHECK(debtors.assign(f.operatorA1, id, f.operatorA2.userId(), QStringLiteral("x"))
              .error()
              .contains(QStringLiteral("not allowed")));
    CHECK(debtors.assign(f.leadA, id, f.operatorA2.userId(), QString())
              .error()
              .contains(QStringLiteral("reason")));
    CHECK(debtors.assign(f.leadA, id, f.operatorB1.userId(), QStringLiteral("x"))
              .error()
              .contains(QStringLiteral("same client")));
    clock.advanceDays(3);
    REQUIRE(debtors.assign(f.leadA, id, f.operatorA2.userId(), QStringLiteral("Maternity leave")));
    CHECK(debtors.find(f.operatorA2, id).ok());
    CHECK_FALSE(debtors.find(f.operatorA1, id).ok());
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT operator_id, from_date, to_date FROM assignment ORDER "
                                  "BY from_date, to_date IS NULL")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == f.operatorA1.userId());
    CHECK(q.value(2).toString() == QStringLiteral("2026-11-26"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == f.operatorA2.userId());
    CHECK(q.value(1).toString() == QStringLiteral("2026-11-26"));
    CHECK(q.value(2).isNull());
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'assign' "
                                       "AND details LIKE '%Maternity leave%'")) == 1);
    CHECK(PortfolioQuery(t.db(), f.operatorA2, clock).count() == 1);
}

TEST_CASE("Handing debtors over moves their open tasks and keeps what was done",
          "[debtors][continuity]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(t.db(), clock);
    const QString a = f.addDebtor(QStringLiteral("A-1"), QStringLiteral("Rossi"), f.operatorA1);
    const QString b = f.addDebtor(QStringLiteral("A-2"), QStringLiteral("Verdi"), f.operatorA1);
    const QString c = f.addDebtor(QStringLiteral("A-3"), QStringLiteral("Bianchi"), f.operatorA1);
    // A1's callback for A-1 (open), a call A1 already made (done), the team lead's review.
    REQUIRE(t->execScript(
        QStringLiteral("INSERT INTO task(id, debtor_id, assigned_to, kind, due_at, status, "
                       "device_id, updated_at, created_at) VALUES "
                       "('t1', '%1', '%2', 'callback', '2026-11-24T09:00:00Z', 'open', 'd', 'now', "
                       "'now'), ('t2', '%1', '%2', 'callback', '2026-11-20T09:00:00Z', 'done', "
                       "'d', 'now', 'now'), ('t3', '%1', '%3', 'review', '2026-11-24T09:00:00Z', "
                       "'open', 'd', 'now', 'now')")
            .arg(a, f.operatorA1.userId(), f.leadA.userId())));
    DebtorRepository debtors(t.db(), clock);
    const QString note = QStringLiteral("Preferisce essere chiamata la sera; promessa per il 30");
    // Refused as a whole: an operator of another client, or no note.
    CHECK_FALSE(debtors.reassign(f.leadA, {a, b}, f.operatorB1.userId(), note));
    CHECK_FALSE(debtors.reassign(f.leadA, {a, b}, f.operatorA2.userId(), QStringLiteral(" ")));
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM debtor WHERE assigned_operator_id "
                                       "= '%1'")
                            .arg(f.operatorA1.userId())) == 3);
    const auto moved = debtors.reassign(f.leadA, {a, b}, f.operatorA2.userId(), note);
    REQUIRE(moved);
    CHECK(moved.value() == 2);
    const auto owner = [&](const QString& task) {
        QSqlQuery q(t->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT assigned_to FROM task WHERE id = '%1'").arg(task)));
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    CHECK(owner(QStringLiteral("t1")) == f.operatorA2.userId());
    CHECK(owner(QStringLiteral("t2")) == f.operatorA1.userId());
    CHECK(owner(QStringLiteral("t3")) == f.leadA.userId());
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM assignment WHERE reason = '%1' AND "
                                       "to_date IS NULL")
                            .arg(note)) == 2);
    // Everything A1 still holds (an absence): one call.
    const auto rest =
        debtors.reassignAllOf(f.leadA, f.operatorA1.userId(), f.operatorA2.userId(), note);
    REQUIRE(rest);
    CHECK(rest.value() == 1);
    CHECK(debtors.find(f.operatorA2, c).ok());
    CHECK(PortfolioQuery(t.db(), f.operatorA1, clock).count() == 0);
    CHECK(PortfolioQuery(t.db(), f.operatorA2, clock).count() == 3);
}

TEST_CASE("Stored balances and aging follow bills and payments", "[balance]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(t.db(), clock);
    const QString id = f.addDebtor(QStringLiteral("A-1"), QStringLiteral("Rossi"), f.operatorA1);
    const QDate today = clock.today();
    const QString oldest = f.addBill(id, QStringLiteral("F-400"), today.addDays(-400), 40000);
    f.addBill(id, QStringLiteral("F-45"), today.addDays(-45), 4500);
    f.addBill(id, QStringLiteral("F-10"), today.addDays(-10), 1000);
    f.addBill(id, QStringLiteral("F+5"), today.addDays(5), 500);
    DebtorSummaryRepository summaries(t.db());
    auto s = summaries.get(f.operatorA1, id);
    REQUIRE(s.ok());
    CHECK(s->outstanding.cents() == 46000);
    CHECK(s->overdue.cents() == 45500);
    CHECK(s->oldestOverdueDue == today.addDays(-400));
    CHECK(s->aging[Aging::Over360].cents() == 40000);
    CHECK(s->aging[Aging::Days31To60].cents() == 4500);
    CHECK(s->aging[Aging::Days0To30].cents() == 1000);
    CHECK(s->nextDueDate == today.addDays(5));
    CHECK(s->openInvoices == 4);

    PaymentRepository payments(t.db(), clock);
    PaymentDraft pay;
    pay.debtorId = id;
    pay.amount = Money::fromCents(40500);
    pay.paidOn = today;
    pay.channel = QStringLiteral("bank_transfer");
    REQUIRE(payments.record(f.operatorA1, pay).ok());
    s = summaries.get(f.operatorA1, id);
    CHECK(s->outstanding.cents() == 5500);
    CHECK(s->aging[Aging::Over360].isZero());
    CHECK(s->aging[Aging::Days31To60].cents() == 4000); // 500 of F-45 paid after F-400
    CHECK(s->oldestOverdueDue == today.addDays(-45));
    CHECK(count(t.db(),
                QStringLiteral("SELECT paid_cents FROM invoice WHERE id = '%1'").arg(oldest)) ==
          40000);

    // Days pass: the aging moves when the summaries are refreshed.
    clock.advanceDays(20);
    REQUIRE(summaries.refreshAll(clock.today()));
    s = summaries.get(f.operatorA1, id);
    CHECK(s->aging[Aging::Days61To90].cents() == 4000);
    CHECK(s->aging[Aging::Days0To30].cents() == 1500); // F-10 (30 days) and F+5 (15 days)

    // Invalid payments leave everything as it was.
    pay.amount = Money::fromCents(999999);
    CHECK(payments.record(f.operatorA1, pay).error().contains(QStringLiteral("credit")));
    pay.amount = Money::fromCents(100);
    pay.paidOn = clock.today().addDays(1);
    CHECK(payments.record(f.operatorA1, pay).error().contains(QStringLiteral("future")));
    pay.paidOn = clock.today();
    pay.channel = QStringLiteral("bitcoin");
    CHECK(payments.record(f.operatorA1, pay).error().contains(QStringLiteral("channel")));
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM payment")) == 1);
    CHECK(StoreCheck::run(t.db()).isEmpty());
}

// Every portfolio row, every column, in rowid order.
QStringList summaryRows(Database& db)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM debtor_summary ORDER BY rowid")));
    QStringList rows;
    while (q.next()) {
        QStringList row;
        for (int c = 0; c < q.record().count(); ++c)
            row << q.record().fieldName(c) + QLatin1Char('=') + q.value(c).toString();
        rows << row.join(QLatin1Char(' '));
    }
    return rows;
}

TEST_CASE("The bill-only refresh of an import writes the same portfolio rows as a full refresh",
          "[balance]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(t.db(), clock);
    const QDate today = clock.today();
    // Bills on both sides of every aging limit, due today and ahead, partly and fully paid,
    // cancelled, receipt confirmed, prescribed and not, issued within 90 days and before.
    const QString many = f.addDebtor(QStringLiteral("A-1"), QStringLiteral("Rossi"), f.operatorA1);
    int n = 0;
    // 70 and 25: issued exactly 90 days before each day checked.
    for (int days : {0, 1, 25, 30, 31, 60, 61, 70, 90, 91, 180, 181, 360, 361, 800, -1, -15, -70}) {
        f.addBill(many, QStringLiteral("F-%1").arg(++n), today.addDays(-days), 1000 + days);
    }
    const QString partly = f.addBill(many, QStringLiteral("P-1"), today.addDays(-50), 9000);
    const QString paid = f.addBill(many, QStringLiteral("P-2"), today.addDays(-5), 7000);
    const QString cancelled = f.addBill(many, QStringLiteral("C-1"), today.addDays(-40), 5000);
    const QString confirmed = f.addBill(many, QStringLiteral("R-1"), today.addDays(3), 600);
    // Old bills: one covered by prescription, one interrupted (a formal notice was sent).
    const QString old = f.addDebtor(QStringLiteral("A-2"), QStringLiteral("Bianchi"), f.operatorA2);
    f.addBill(old, QStringLiteral("O-1"), today.addDays(-900), 12000);
    const QString interrupted =
        f.addDebtor(QStringLiteral("A-3"), QStringLiteral("Verdi"), f.leadA);
    const QString notCovered =
        f.addBill(interrupted, QStringLiteral("O-2"), today.addDays(-900), 300);
    f.addDebtor(QStringLiteral("A-4"), QStringLiteral("Neri"), f.operatorA1); // no bills
    // Stages that vulnerability and a hold soften.
    const QString vulnerable =
        f.addDebtor(QStringLiteral("A-5"), QStringLiteral("Gialli"), f.operatorA1);
    f.addBill(vulnerable, QStringLiteral("V-1"), today.addDays(-35), 800);
    const QString onHold =
        f.addDebtor(QStringLiteral("A-6"), QStringLiteral("Viola"), f.operatorA1);
    f.addBill(onHold, QStringLiteral("H-1"), today.addDays(-50), 900);
    const QString other = f.addDebtor(QStringLiteral("B-1"), QStringLiteral("Gallo"), f.operatorB1);
    f.addBill(other, QStringLiteral("F-1"), today.addDays(-100), 2500);
    QSqlQuery q(t->sql());
    REQUIRE(
        q.exec(QStringLiteral("UPDATE invoice SET paid_cents = 4000 WHERE id = '%1'").arg(partly)));
    REQUIRE(
        q.exec(QStringLiteral("UPDATE invoice SET paid_cents = 7000 WHERE id = '%1'").arg(paid)));
    REQUIRE(
        q.exec(QStringLiteral("UPDATE invoice SET cancelled = 1 WHERE id = '%1'").arg(cancelled)));
    REQUIRE(q.exec(
        QStringLiteral("UPDATE invoice SET receipt_confirmed = 1 WHERE id = '%1'").arg(confirmed)));
    REQUIRE(q.exec(QStringLiteral("UPDATE invoice SET prescription_covered = 0 WHERE id = '%1'")
                       .arg(notCovered)));
    REQUIRE(q.exec(QStringLiteral("UPDATE invoice SET issue_date = '2026-01-10' WHERE number = "
                                  "'F-16' OR debtor_id = '%1'")
                       .arg(other)));
    REQUIRE(q.exec(
        QStringLiteral("UPDATE debtor SET vulnerability = 'illness' WHERE id IN ('%1', '%2')")
            .arg(many, vulnerable)));
    REQUIRE(q.exec(
        QStringLiteral("UPDATE debtor SET hold_reason = 'dispute' WHERE id = '%1'").arg(onHold)));

    DebtorSummaryRepository summaries(t.db());
    QStringList stages;
    for (const QDate& day : {today, today.addDays(45)}) {
        INFO("day " << day.toString(Qt::ISODate).toStdString());
        REQUIRE(summaries.refreshAll(day));
        const QStringList full = summaryRows(t.db());
        REQUIRE(full.size() == 7);
        stages << test::scalar(t.db(), QStringLiteral("SELECT group_concat(stage, ',') FROM "
                                                      "(SELECT stage FROM debtor_summary ORDER "
                                                      "BY rowid)"))
                      .toString();
        // Whatever the bill columns held before, the bill pass writes them back.
        REQUIRE(q.exec(QStringLiteral(
            "UPDATE debtor_summary SET outstanding_cents = -1, overdue_cents = -1, "
            "oldest_overdue_due = '0000-00-00', aging_bucket = 9, aging_0_30_cents = -1, "
            "aging_31_60_cents = -1, aging_61_90_cents = -1, aging_91_180_cents = -1, "
            "aging_181_360_cents = -1, aging_over_360_cents = -1, open_invoices = -1, "
            "next_due_date = '', caring_due = '', billed_90d_cents = -1, flags = flags | 8, "
            "stage = 'x', stage_rank = 99")));
        REQUIRE(summaries.refreshBillFacts(day));
        CHECK(summaryRows(t.db()) == full);
    }
    // The rows checked are not trivial: balances, buckets, flags and stages differ.
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT count(DISTINCT aging_bucket) || '/' || "
                                              "sum(flags & 8 > 0) FROM debtor_summary"))
              .toString() == QStringLiteral("4/2"));
    // (A-5 is vulnerable: a firm reminder becomes a reminder; A-6 is on hold: a formal notice
    // becomes a review.)
    CHECK(stages == QStringList{QStringLiteral("review,review,review,,reminder,review,review"),
                                QStringLiteral("review,review,review,,review,review,review")});
}

TEST_CASE("Rows added for new debtors are those a full refresh writes", "[balance]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(t.db(), clock);
    const QString withBills =
        f.addDebtor(QStringLiteral("A-1"), QStringLiteral("Rossi"), f.operatorA1);
    f.addBill(withBills, QStringLiteral("F-1"), clock.today().addDays(-200), 5000);
    QStringList fresh;
    for (const char* name : {"Bianchi", "Verdi", "Neri", "Gallo", "Conti"})
        fresh << f.addDebtor(QString::fromLatin1(name), QString::fromLatin1(name), f.operatorA2);
    fresh << f.addDebtor(QStringLiteral("B-1"), QStringLiteral("Greco"), f.operatorB1);
    QSqlQuery q(t->sql());
    // Vulnerable, on hold, not to be contacted, phone not verified, phone opted out.
    REQUIRE(q.exec(QStringLiteral("UPDATE debtor SET vulnerability = 'illness' WHERE id = '%1'")
                       .arg(fresh[0])));
    REQUIRE(q.exec(QStringLiteral("UPDATE debtor SET hold_reason = 'dispute', city = 'Bari', "
                                  "province = 'BA' WHERE id = '%1'")
                       .arg(fresh[1])));
    REQUIRE(q.exec(
        QStringLiteral("UPDATE debtor SET do_not_contact = 1 WHERE id = '%1'").arg(fresh[2])));
    REQUIRE(q.exec(
        QStringLiteral("UPDATE contact SET verified = 0 WHERE debtor_id = '%1'").arg(fresh[3])));
    REQUIRE(q.exec(
        QStringLiteral("UPDATE contact SET opt_out = 1 WHERE debtor_id = '%1'").arg(fresh[4])));
    DebtorSummaryRepository summaries(t.db());
    REQUIRE(summaries.refreshAll(clock.today()));
    const QStringList full = summaryRows(t.db());
    REQUIRE(full.size() == 7);
    REQUIRE(q.exec(QStringLiteral("DELETE FROM debtor_summary WHERE debtor_id IN ('%1')")
                       .arg(fresh.join(QStringLiteral("', '")))));
    REQUIRE(summaries.addNewDebtors(clock.today()));
    CHECK(summaryRows(t.db()) == full);
    // The rows checked are not trivial: every flag of a debtor row is there, and stages.
    CHECK(test::scalar(t.db(), QStringLiteral("SELECT group_concat(flags, ',') || '/' || "
                                              "count(DISTINCT stage) FROM (SELECT flags, stage "
                                              "FROM debtor_summary ORDER BY rowid)"))
              .toString() == QStringLiteral("0,1,2,4,16,16,0/2"));
}

TEST_CASE("Each change is one transaction with its audit row", "[audit]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(t.db(), clock);
    const QString id = f.addDebtor(QStringLiteral("A-1"), QStringLiteral("Rossi"), f.operatorA1);
    f.addBill(id, QStringLiteral("F-1"), clock.today().addDays(-3), 2000);
    const int before = count(t.db(), QStringLiteral("SELECT count(*) FROM audit_log"));
    PaymentDraft pay;
    pay.debtorId = id;
    pay.amount = Money::fromCents(2500);
    pay.paidOn = clock.today();
    pay.allowCredit = true;
    const auto paid = PaymentRepository(t.db(), clock).record(f.operatorA1, pay);
    REQUIRE(paid.ok());
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT user_id, action, entity, entity_id, details FROM "
                                  "audit_log ORDER BY rowid DESC LIMIT 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == f.operatorA1.userId());
    CHECK(q.value(2).toString() == QStringLiteral("payment"));
    CHECK(q.value(3).toString() == paid.value());
    CHECK(q.value(4).toString().contains(QStringLiteral("\"credit_cents\":500")));
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")) == before + 1);
    CHECK(DebtorSummaryRepository(t.db()).get(f.operatorA1, id)->credit.cents() == 500);

    // A failure part-way (here: the audit insert is made impossible) leaves no payment.
    REQUIRE(t->execScript(QStringLiteral(
        "CREATE TRIGGER no_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit "
        "offline'); END")));
    pay.amount = Money::fromCents(100);
    const auto failed = PaymentRepository(t.db(), clock).record(f.operatorA1, pay);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().contains(QStringLiteral("audit offline")));
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM payment")) == 1);
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM payment_allocation")) == 1);
}

TEST_CASE("Clients carry their mandate rules", "[clients]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    ClientRepository clients(t.db(), clock);
    ClientRecord c;
    c.code = QStringLiteral("LUCE");
    c.name = QStringLiteral("Luce S.p.A.");
    c.rules.maxInstallments = 12;
    c.rules.operatorDiscountBp = 500;
    c.rules.teamLeadDiscountBp = 1000;
    c.rules.minInstallment = Money::fromCents(3000);
    Session op(QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("x"), Role::Operator,
               QStringLiteral("y"));
    CHECK_FALSE(clients.create(op, c).ok());
    const auto id = clients.create(Session::system(), c);
    REQUIRE(id.ok());
    const auto back = clients.byCode(QStringLiteral("LUCE"));
    REQUIRE(back.ok());
    CHECK(back->id == id.value());
    CHECK(back->rules.maxInstallments == 12);
    CHECK(back->rules.operatorDiscountBp == 500);
    CHECK(back->rules.minInstallment.cents() == 3000);
    CHECK(clients.create(Session::system(), c).error().contains(QStringLiteral("already exists")));
    CHECK(clients.byCode(QStringLiteral("NOPE")).error().contains(QStringLiteral("NOPE")));
}

TEST_CASE("A payment to a plan settles installments in order and reaches the plan's bills",
          "[payments][plans]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(t.db(), clock);
    const QString id = f.addDebtor(QStringLiteral("A-1"), QStringLiteral("Rossi"), f.operatorA1);
    const QString b1 = f.addBill(id, QStringLiteral("F-1"), clock.today().addDays(-90), 6000);
    const QString b2 = f.addBill(id, QStringLiteral("F-2"), clock.today().addDays(-60), 3000);
    f.addBill(id, QStringLiteral("F-3"), clock.today().addDays(10), 1000); // not in the plan
    REQUIRE(t->execScript(
        QStringLiteral(
            "INSERT INTO plan(id, client_id, debtor_id, kind, status, total_cents, "
            "installment_count, "
            "frequency, first_due, device_id, updated_at, created_at) VALUES('p', '%1', '%2', "
            "'installments', 'active', 9000, 3, 'monthly', '2026-11-01', 'x', 'n', 'n');"
            "INSERT INTO plan_invoice VALUES('p', '%3'), ('p', '%4');"
            "INSERT INTO installment(id, plan_id, seq, due_date, amount_cents, device_id, "
            "updated_at) "
            "VALUES('i1', 'p', 1, '2026-11-01', 3000, 'x', 'n'), ('i2', 'p', 2, '2026-12-01', "
            "3000, "
            "'x', 'n'), ('i3', 'p', 3, '2027-01-01', 3000, 'x', 'n');")
            .arg(f.clientA, id, b1, b2)));
    PaymentRepository payments(t.db(), clock);
    PaymentDraft pay;
    pay.debtorId = id;
    pay.planId = QStringLiteral("p");
    pay.amount = Money::fromCents(4500);
    pay.paidOn = clock.today();
    REQUIRE(payments.record(f.operatorA1, pay).ok());
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT seq, paid_cents, status FROM installment ORDER BY seq")));
    QStringList installments;
    while (q.next())
        installments << QStringLiteral("%1:%2:%3")
                            .arg(q.value(0).toInt())
                            .arg(q.value(1).toInt())
                            .arg(q.value(2).toString());
    CHECK(installments == (QStringList{QStringLiteral("1:3000:paid"), QStringLiteral("2:1500:open"),
                                       QStringLiteral("3:0:open")}));
    CHECK(count(t.db(), QStringLiteral("SELECT paid_cents FROM invoice WHERE number = 'F-1'")) ==
          4500);
    CHECK(count(t.db(), QStringLiteral("SELECT paid_cents FROM invoice WHERE number = 'F-3'")) ==
          0);
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM payment_allocation WHERE "
                                       "installment_id IS NOT NULL")) == 2);
    // The rest of the plan: installments 2 and 3 complete it; F-3 is untouched.
    pay.amount = Money::fromCents(4500);
    REQUIRE(payments.record(f.operatorA1, pay).ok());
    CHECK(count(t.db(), QStringLiteral("SELECT count(*) FROM plan WHERE status = 'completed'")) ==
          1);
    CHECK(count(t.db(), QStringLiteral("SELECT paid_cents FROM invoice WHERE number = 'F-2'")) ==
          3000);
    CHECK(payments.record(f.operatorA1, pay).error().contains(QStringLiteral("active plan")));
    CHECK(StoreCheck::run(t.db()).isEmpty());
}

TEST_CASE("Failed logins are audited and slow the user name down, right password or not",
          "[users][security]")
{
    TempDatabase t;
    FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    Fixture f(t.db(), clock);
    UserRepository users(t.db(), clock);
    for (int i = 0; i < 3; ++i)
        CHECK(users.authenticate(QStringLiteral("op.a1"), QStringLiteral("guess")).error() ==
              QStringLiteral("Wrong user name or password."));
    // Now even the right password waits: it is not checked at all.
    const auto waiting = users.authenticate(QStringLiteral("OP.A1"), QStringLiteral("password-1"));
    REQUIRE_FALSE(waiting);
    CHECK(waiting.error().startsWith(
        QStringLiteral("Too many failed attempts for OP.A1: try again in 5 second")));
    clock.set(clock.nowUtc().addSecs(5));
    REQUIRE(users.authenticate(QStringLiteral("op.a1"), QStringLiteral("password-1")));
    // The success cleared the count: the next typo costs nothing.
    CHECK(users.authenticate(QStringLiteral("op.a1"), QStringLiteral("typo")).error() ==
          QStringLiteral("Wrong user name or password."));
    CHECK(users.authenticate(QStringLiteral("op.a1"), QStringLiteral("password-1")));

    // Names nobody has are counted too, so guessing does not tell which ones exist.
    for (int i = 0; i < 3; ++i)
        users.authenticate(QStringLiteral("ghost"), QStringLiteral("x"));
    CHECK(users.authenticate(QStringLiteral("ghost"), QStringLiteral("x"))
              .error()
              .startsWith(QStringLiteral("Too many failed attempts for ghost")));

    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral(
        "SELECT count(*), count(entity_id), sum(json_extract(details, '$.username') = 'ghost') "
        "FROM audit_log WHERE action = 'login_failed' AND user_id IS NULL")));
    REQUIRE(q.next());
    // 3 + 1 for op.a1, 3 for ghost: attempts refused while waiting are not checked or counted.
    CHECK(q.value(0).toInt() == 7);
    CHECK(q.value(1).toInt() == 4); // op.a1's rows name the account
    CHECK(q.value(2).toInt() == 3);
}

TEST_CASE("The audit log is a hash chain: a row changed, removed or slipped in breaks it",
          "[audit][security]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 30));
    Fixture f(t.db(), clock);
    Database& db = t.db();
    for (int i = 0; i < 4; ++i)
        REQUIRE(AuditLog::append(db, clock, f.admin, QStringLiteral("test"), QStringLiteral("x"),
                                 QString::number(i), {{QStringLiteral("n"), i}}));
    auto v = AuditLog::verify(db);
    REQUIRE(v);
    CHECK(v->breaks.isEmpty());
    const qint64 rows = v->rows;
    CHECK(rows >= 4);
    const auto seqOf = [&](int i) {
        QSqlQuery q(db.sql());
        REQUIRE(q.exec(QStringLiteral("SELECT chain_seq FROM audit_log WHERE action = 'test' AND "
                                      "entity_id = '%1'")
                           .arg(i)));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    const qint64 second = seqOf(1), third = seqOf(2);

    SECTION("a value changed by hand")
    {
        REQUIRE(db.execScript(QStringLiteral(
            "UPDATE audit_log SET details = '{\"n\":99}' WHERE action = 'test' AND entity_id = "
            "'1'")));
        v = AuditLog::verify(db);
        REQUIRE(v);
        REQUIRE(v->breaks.size() == 1);
        CHECK(v->breaks[0].chainSeq == second);
        CHECK(v->breaks[0].what.contains(QStringLiteral("values were changed")));
    }
    SECTION("a row deleted")
    {
        REQUIRE(db.execScript(
            QStringLiteral("DELETE FROM audit_log WHERE action = 'test' AND entity_id = '1'")));
        v = AuditLog::verify(db);
        REQUIRE(v);
        REQUIRE(v->breaks.size() == 1);
        CHECK(v->breaks[0].chainSeq == second);
        CHECK(v->breaks[0].what.contains(QStringLiteral("deleted")));
    }
    SECTION("a row replaced with a consistent-looking one")
    {
        // Whoever rewrites a row must also recompute its hash, and then the next row no
        // longer follows it.
        REQUIRE(db.execScript(
            QStringLiteral(
                "UPDATE audit_log SET hash = '%1' WHERE action = 'test' AND entity_id = '1'")
                .arg(QString(64, QLatin1Char('a')))));
        v = AuditLog::verify(db);
        REQUIRE(v);
        REQUIRE(v->breaks.size() == 1);
        CHECK((v->breaks[0].chainSeq == second || v->breaks[0].chainSeq == third));
    }
    // Writing goes on from the last link.
    REQUIRE(AuditLog::append(t.db(), clock, f.admin, QStringLiteral("test"), QStringLiteral("x"),
                             QStringLiteral("after")));
}

TEST_CASE("The register of operations names who did what on which debtor in a period",
          "[audit][register]")
{
    TempDatabase t;
    FixedClock clock(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    Fixture f(t.db(), clock);
    const QString debtor =
        f.addDebtor(QStringLiteral("R-77"), QStringLiteral("Rossi Remo"), f.operatorA1);
    f.addBill(debtor, QStringLiteral("F-1"), clock.today().addDays(-10), 8000);
    clock.set(clock.nowUtc().addDays(1));
    PaymentDraft pay;
    pay.debtorId = debtor;
    pay.amount = Money::fromCents(3000);
    pay.paidOn = clock.today();
    REQUIRE(PaymentRepository(t.db(), clock).record(f.operatorA1, pay).ok());

    const QDateTime dayTwo(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
    const auto rows = AuditLog::registerRows(t.db(), dayTwo, dayTwo.addDays(1));
    REQUIRE(rows);
    REQUIRE(rows->size() == 1); // the first day's rows stay out of the second day's register
    const AuditLog::RegisterRow& r = rows->first();
    CHECK(r.action == QStringLiteral("create"));
    CHECK(r.entity == QStringLiteral("payment"));
    CHECK(r.username == QStringLiteral("op.a1"));
    CHECK(r.customerCode == QStringLiteral("R-77"));
    CHECK(r.debtorName == QStringLiteral("Rossi Remo"));
    CHECK(r.at.startsWith(QStringLiteral("2026-12-01T09:00")));

    const auto both = AuditLog::registerRows(t.db(), dayTwo.addDays(-1), dayTwo.addDays(1));
    REQUIRE(both);
    CHECK(both->size() > 1);
    CHECK(std::is_sorted(both->begin(), both->end(),
                         [](const auto& a, const auto& b) { return a.at < b.at; }));
}

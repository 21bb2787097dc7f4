#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "storage/DebtorRepository.h"
#include "storage/DebtorSummaryRepository.h"
#include "storage/Ids.h"
#include "storage/PaymentRepository.h"
#include "storage/PortfolioQuery.h"
#include "storage/StoreCheck.h"

#include "domain/Aging.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ascolto;
using ascolto::test::Fixture;
using ascolto::test::TempDatabase;

namespace {

QStringList names(const QVector<PortfolioRow>& rows)
{
    QStringList out;
    for (const auto& r : rows)
        out << r.displayName;
    return out;
}

struct Portfolio
{
    Portfolio()
        : f(t.db(), clock)
    {
        const QDate today = clock.today();
        nicolo = addPerson(QStringLiteral("A-001"), QString::fromUtf8("Nicolò"),
                           QStringLiteral("D'Angelo"), QStringLiteral("347 111 2222"));
        f.addBill(nicolo, QStringLiteral("2026/000123"), today.addDays(-100), 12000);
        rossi = addPerson(QStringLiteral("A-002"), QStringLiteral("Mario"), QStringLiteral("Rossi"),
                          QStringLiteral("06 5555 1234"));
        f.addBill(rossi, QStringLiteral("2026/000124"), today.addDays(-10), 3000);
        f.addBill(rossi, QStringLiteral("2026/000125"), today.addDays(3), 4000);
        bianchi = addPerson(QStringLiteral("B-777"), QStringLiteral("Anna"),
                            QStringLiteral("Bianchi"), QStringLiteral("333 999 0000"));
        other = addPerson(QStringLiteral("A-003"), QStringLiteral("Luca"), QStringLiteral("Verdi"),
                          QStringLiteral("340 000 0000"), f.operatorA2);
    }
    QString addPerson(const QString& code, const QString& first, const QString& last,
                      const QString& phone, const Session& owner = Session())
    {
        DebtorRecord d;
        d.customerCode = code;
        d.firstName = first;
        d.lastName = last;
        d.clientId = f.clientA;
        d.assignedOperatorId = owner.isValid() ? owner.userId() : f.operatorA1.userId();
        ContactRecord c;
        c.value = phone;
        c.verified = true;
        d.contacts << c;
        const auto id = DebtorRepository(t.db(), clock).create(f.admin, d);
        REQUIRE(id.ok());
        return id.value();
    }
    QStringList search(const QString& text, const Session& s)
    {
        PortfolioFilter filter;
        filter.search = text;
        return names(PortfolioQuery(t.db(), s, clock).page(filter, {}, nullptr, 50));
    }
    TempDatabase t;
    FixedClock clock{QDate(2026, 11, 23)};
    Fixture f;
    QString nicolo, rossi, bianchi, other;
};

} // namespace

TEST_CASE("Search ignores case and accents and tolerates apostrophes", "[portfolio][search]")
{
    Portfolio p;
    const QString dangelo = QString::fromUtf8("D'Angelo Nicolò");
    for (const char* typed : {"Nicolò", "NICOLO", "nicolo", "nico", "D'Angelo", "dangelo",
                              "d angelo", "DANG", "d'angelo nic"}) {
        INFO(typed);
        CHECK(p.search(QString::fromUtf8(typed), p.f.operatorA1) == QStringList{dangelo});
    }
    CHECK(p.search(QStringLiteral("ros"), p.f.operatorA1) ==
          QStringList{QStringLiteral("Rossi Mario")});
    CHECK(p.search(QStringLiteral("zzz"), p.f.operatorA1).isEmpty());
    // Someone else's debtor is not found, however it is spelt.
    CHECK(p.search(QStringLiteral("verdi"), p.f.operatorA1).isEmpty());
    CHECK(p.search(QStringLiteral("verdi"), p.f.leadA) ==
          QStringList{QStringLiteral("Verdi Luca")});
}

TEST_CASE("Search finds codes and numbers", "[portfolio][search]")
{
    Portfolio p;
    const Session& op = p.f.operatorA1;
    CHECK(p.search(QStringLiteral("b-77"), op) == QStringList{QStringLiteral("Bianchi Anna")});
    CHECK(p.search(QStringLiteral("347 111"), op) ==
          QStringList{QString::fromUtf8("D'Angelo Nicolò")});
    CHECK(p.search(QStringLiteral("+39 347 111 2222"), op) ==
          QStringList{QString::fromUtf8("D'Angelo Nicolò")});
    CHECK(p.search(QStringLiteral("06 5555"), op) == QStringList{QStringLiteral("Rossi Mario")});
    CHECK(p.search(QStringLiteral("2026/000124"), op) ==
          QStringList{QStringLiteral("Rossi Mario")});
    CHECK(p.search(QStringLiteral("2026/00012"), op).size() == 2);
    // The tax code of the Fixture's debtors is empty; add one and find it by prefix.
    QSqlQuery q(p.t->sql());
    REQUIRE(q.exec(QStringLiteral("UPDATE debtor SET tax_code = 'BNCNNA80A41H501X' WHERE "
                                  "customer_code = 'B-777'")));
    CHECK(p.search(QStringLiteral("bncnna80"), op) == QStringList{QStringLiteral("Bianchi Anna")});
    // The first letters alone (surname and name consonants) find it too.
    CHECK(p.search(QStringLiteral("BNCNNA"), op) == QStringList{QStringLiteral("Bianchi Anna")});
    CHECK(p.search(QStringLiteral("bncnn"), op).isEmpty()); // five letters: a word only
    // An e-mail address with digits, whole or in part.
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM debtor WHERE customer_code = 'B-777'")));
    REQUIRE(q.next());
    const QString bianchi = q.value(0).toString();
    ContactRecord mail;
    mail.kind = QStringLiteral("email");
    mail.value = QStringLiteral("anna.bianchi80@example.it");
    REQUIRE(DebtorRepository(p.t.db(), p.clock).addContact(p.f.admin, bianchi, mail).ok());
    CHECK(p.search(QStringLiteral("anna.bianchi80@example.it"), op) ==
          QStringList{QStringLiteral("Bianchi Anna")});
    CHECK(p.search(QStringLiteral("bianchi80@"), op) ==
          QStringList{QStringLiteral("Bianchi Anna")});
}

TEST_CASE("Filters combine and the stored row follows the debtor", "[portfolio][filters]")
{
    Portfolio p;
    PortfolioQuery query(p.t.db(), p.f.operatorA1, p.clock);
    PortfolioFilter f;
    CHECK(query.count(f) == 3);
    f.agingBuckets = {Aging::Days91To180};
    CHECK(names(query.page(f, {}, nullptr, 10)) ==
          QStringList{QString::fromUtf8("D'Angelo Nicolò")});
    f.agingBuckets = {Aging::Days0To30, Aging::Days91To180};
    CHECK(query.count(f) == 2);
    f = {};
    f.dueWithinDays = 5; // caring: Rossi has a bill due in 3 days
    CHECK(names(query.page(f, {}, nullptr, 10)) == QStringList{QStringLiteral("Rossi Mario")});
    f = {};
    f.stages = {QStringLiteral("reminder_firm"), QStringLiteral("review"),
                QStringLiteral("formal_notice")};
    CHECK(names(query.page(f, {}, nullptr, 10)) ==
          QStringList{QString::fromUtf8("D'Angelo Nicolò")});
    f = {};
    f.flagsAll = FlagUnverifiedOnly;
    CHECK(query.count(f) == 0);
    // Paying everything moves the debtor out of the aging filter at once.
    PaymentDraft pay;
    pay.debtorId = p.nicolo;
    pay.amount = Money::fromCents(12000);
    pay.paidOn = p.clock.today();
    REQUIRE(PaymentRepository(p.t.db(), p.clock).record(p.f.operatorA1, pay).ok());
    f = {};
    f.agingBuckets = {Aging::Days91To180};
    CHECK(query.count(f) == 0);
    f = {};
    f.operatorId = p.f.operatorA2.userId();
    CHECK(PortfolioQuery(p.t.db(), p.f.leadA, p.clock).count(f) == 1);
}

TEST_CASE("Keyset pages follow any sort without gaps or repeats", "[portfolio][sort]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(t.db(), clock);
    for (int i = 0; i < 57; ++i) {
        const QString id = f.addDebtor(QStringLiteral("K-%1").arg(i, 3, 10, QLatin1Char('0')),
                                       QStringLiteral("Name %1").arg(i % 7), f.operatorA1);
        f.addBill(id, QStringLiteral("B-%1").arg(i), clock.today().addDays(-(i % 5) * 40),
                  1000 * (i % 9) + 100);
    }
    PortfolioQuery query(t.db(), f.operatorA1, clock);
    for (auto key :
         {PortfolioSortKey::Name, PortfolioSortKey::Outstanding, PortfolioSortKey::OldestDue,
          PortfolioSortKey::Stage, PortfolioSortKey::CustomerCode}) {
        for (bool desc : {false, true}) {
            PortfolioSort sort{key, desc};
            QStringList ids;
            QVector<PortfolioRow> page = query.page({}, sort, nullptr, 10);
            QVariant previous;
            while (!page.isEmpty()) {
                for (const auto& r : page) {
                    ids << r.id;
                    if (previous.isValid() && r.sortValue.typeId() == QMetaType::LongLong)
                        CHECK((desc ? r.sortValue.toLongLong() <= previous.toLongLong()
                                    : r.sortValue.toLongLong() >= previous.toLongLong()));
                    previous = r.sortValue;
                }
                const PortfolioRow last = page.constLast();
                page = query.page({}, sort, &last, 10);
            }
            CHECK(ids.size() == 57);
            ids.removeDuplicates();
            CHECK(ids.size() == 57);
        }
    }
}

TEST_CASE("Portfolio KPIs add up the stored rows", "[portfolio][kpi]")
{
    Portfolio p;
    const PortfolioKpis k = PortfolioQuery(p.t.db(), p.f.operatorA1, p.clock).kpis();
    CHECK(k.debtors == 3);
    CHECK(k.outstanding.cents() == 19000);
    CHECK(k.overdue.cents() == 15000);
    // Billed in the last 90 days: the bills issued 20 days before their due dates.
    CHECK(k.billedLast90Days.cents() == 7000);
    CHECK(k.dsoDays == (19000 * 90 + 3500) / 7000);
    CHECK(k.caringPending == 0); // Rossi has an overdue bill too: a reminder, not a caring call
    PaymentDraft pay;
    pay.debtorId = p.rossi;
    pay.amount = Money::fromCents(3000);
    pay.paidOn = p.clock.today();
    REQUIRE(PaymentRepository(p.t.db(), p.clock).record(p.f.operatorA1, pay).ok());
    const PortfolioKpis after = PortfolioQuery(p.t.db(), p.f.operatorA1, p.clock).kpis();
    CHECK(after.collectedThisMonth.cents() == 3000);
    CHECK(after.caringPending == 1);
}

TEST_CASE("A schema 1 store is upgraded and its portfolio rows are rebuilt", "[migration]")
{
    QTemporaryDir dir;
    QTemporaryDir v1;
    QFile::copy(QStringLiteral(":/sql/001_initial.sql"),
                v1.filePath(QStringLiteral("001_initial.sql")));
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto db = Database::open(path, TempDatabase::uniqueConnectionName(),
                                 {v1.path(), true, true, 1000});
        REQUIRE(db.ok());
        REQUIRE(db.value()->schemaVersion() == 1);
        REQUIRE(db.value()->execScript(QStringLiteral(
            "INSERT INTO client(id, code, name, device_id, updated_at) VALUES('c', 'C', 'Client', "
            "'x', 'now');"
            "INSERT INTO debtor(id, client_id, customer_code, display_name, device_id, updated_at) "
            " VALUES('d', 'c', 'K1', 'D''Angelo Nicolò', 'x', 'now');"
            "INSERT INTO invoice(id, client_id, debtor_id, number, issue_date, due_date, "
            "amount_cents, "
            " device_id, updated_at) VALUES('i', 'c', 'd', 'N1', '2026-01-01', '2026-02-01', 5000, "
            "'x', 'now');")));
    }
    auto db = Database::open(path, TempDatabase::uniqueConnectionName());
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == Database::latestVersion());
    CHECK_FALSE(db.value()->lastBackupPath().isEmpty());
    FixedClock clock(QDate(2026, 11, 23));
    const auto refreshed = DebtorSummaryRepository(*db.value()).ensureCurrent(clock.today());
    REQUIRE(refreshed.ok());
    CHECK(refreshed.value());
    CHECK_FALSE(DebtorSummaryRepository(*db.value()).ensureCurrent(clock.today()).value());
    const Session admin = Session::system();
    PortfolioFilter f;
    f.search = QStringLiteral("dangelo");
    const auto rows = PortfolioQuery(*db.value(), admin, clock).page(f, {}, nullptr, 10);
    REQUIRE(rows.size() == 1);
    CHECK(rows.first().outstanding.cents() == 5000);
    CHECK(rows.first().agingBucket == Aging::Days181To360);
}

TEST_CASE("The daily refresh in chunks gives the same rows as one pass", "[portfolio][refresh]")
{
    Portfolio p;
    for (int i = 0; i < 9; ++i) {
        const QString id =
            p.f.addDebtor(QStringLiteral("X-%1").arg(i), QStringLiteral("Extra %1").arg(i),
                          i % 2 ? p.f.operatorA1 : p.f.operatorA2);
        p.f.addBill(id, QStringLiteral("X-B%1").arg(i), p.clock.today().addDays(-10 * i - 1),
                    1000 + i);
    }
    const auto snapshot = [&] {
        QSqlQuery q(p.t->sql());
        REQUIRE(
            q.exec(QStringLiteral("SELECT group_concat(debtor_id || as_of || outstanding_cents "
                                  "|| overdue_cents || aging_bucket || stage || flags, '|') FROM "
                                  "(SELECT * FROM debtor_summary ORDER BY rowid)")));
        REQUIRE(q.next());
        return q.value(0).toString();
    };
    // 40 days later, aging and stages have moved.
    const QDate later = p.clock.today().addDays(40);
    DebtorSummaryRepository summaries(p.t.db());
    const auto chunked = summaries.ensureCurrent(later, 3);
    REQUIRE(chunked.ok());
    CHECK(chunked.value());
    const QString inChunks = snapshot();
    REQUIRE(p.t->execScript(QStringLiteral("BEGIN")));
    REQUIRE(summaries.refreshAll(later));
    REQUIRE(p.t->execScript(QStringLiteral("COMMIT")));
    CHECK(snapshot() == inChunks);
    CHECK(inChunks.count(isoDate(later)) == 13);
    CHECK_FALSE(summaries.ensureCurrent(later).value());
}

TEST_CASE("Each operator's portfolio is read through its scope key, which check verifies",
          "[portfolio][scope]")
{
    Portfolio p;
    Database& db = p.t.db();
    PortfolioQuery mine(db, p.f.operatorA1, p.clock), theirs(db, p.f.operatorA2, p.clock);
    CHECK(mine.count({}) == 3);
    CHECK(names(theirs.page({}, {}, nullptr, 50)) == QStringList{QStringLiteral("Verdi Luca")});
    CHECK(StoreCheck::run(db).isEmpty());

    // A row filed under another operator's key is what that operator sees, and check says so.
    REQUIRE(db.execScript(
        QStringLiteral(
            "UPDATE debtor_summary SET operator_key = (SELECT n FROM scope_key WHERE id = '%1') "
            "WHERE debtor_id = '%2'")
            .arg(p.f.operatorA2.userId(), p.rossi)));
    CHECK(PortfolioQuery(db, p.f.operatorA2, p.clock).count({}) == 2);
    CHECK(
        StoreCheck::run(db) ==
        QStringList{QStringLiteral("1 portfolio rows are filed under another client or operator")});
    // Recomputing the debtor's row files it again under its interlocutor.
    REQUIRE(DebtorSummaryRepository(db).recompute(p.rossi, p.clock.today()));
    CHECK(PortfolioQuery(db, p.f.operatorA2, p.clock).count({}) == 1);
    CHECK(StoreCheck::run(db).isEmpty());
}

TEST_CASE("Schema 8 files a schema 7 store's portfolio rows under scope keys",
          "[portfolio][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
    {
        auto db = ascolto::test::storeAtSchema(path, 7);
        REQUIRE(db->execScript(QStringLiteral(
            "INSERT INTO client(id, code, name, device_id, updated_at) VALUES('c', 'C', 'Luce', "
            "'d', 'now'); "
            "INSERT INTO app_user(id, username, display_name, role, client_id, password_hash, "
            "device_id, updated_at) VALUES('u1', 'uno', 'Uno', 'operator', 'c', 'x', 'd', 'now'), "
            "('u2', 'due', 'Due', 'operator', 'c', 'x', 'd', 'now'); "
            "INSERT INTO debtor(id, client_id, customer_code, display_name, assigned_operator_id, "
            "device_id, updated_at) VALUES('x', 'c', 'X1', 'Rossi', 'u1', 'd', 'now'), "
            "('y', 'c', 'Y1', 'Bianchi', 'u2', 'd', 'now'); "
            "INSERT INTO debtor_summary(rowid, debtor_id, client_id, operator_id, display_name, "
            "customer_code, as_of) SELECT rowid, id, client_id, assigned_operator_id, "
            "display_name, customer_code, '2026-11-23' FROM debtor")));
    }
    auto db = Database::open(path, TempDatabase::uniqueConnectionName());
    REQUIRE(db.ok());
    Database& d = *db.value();
    CHECK(d.schemaVersion() == Database::latestVersion());
    CHECK(StoreCheck::run(d).isEmpty());
    FixedClock clock{QDate(2026, 11, 23)};
    const auto operatorSees = [&](const QString& userId) {
        const Session s(userId, QStringLiteral("x"), QStringLiteral("x"), Role::Operator,
                        QStringLiteral("c"));
        return names(PortfolioQuery(d, s, clock).page({}, {}, nullptr, 50));
    };
    CHECK(operatorSees(QStringLiteral("u1")) == QStringList{QStringLiteral("Rossi")});
    CHECK(operatorSees(QStringLiteral("u2")) == QStringList{QStringLiteral("Bianchi")});
    // An id this store never numbered sees nothing rather than everything.
    CHECK(operatorSees(QStringLiteral("nobody")).isEmpty());
    // Users and clients created later get their keys.
    REQUIRE(d.execScript(QStringLiteral(
        "INSERT INTO client(id, code, name, device_id, updated_at) VALUES('c2', 'C2', 'Acqua', "
        "'d', 'now')")));
    CHECK(ascolto::test::scalar(d, QStringLiteral("SELECT count(*) FROM scope_key WHERE id = 'c2'"))
              .toInt() == 1);
}

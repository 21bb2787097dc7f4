#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "io/DemoPortfolio.h"
#include "io/StoreBootstrap.h"
#include "storage/StoreCheck.h"
#include "storage/UserRepository.h"

#include "domain/CodiceFiscale.h"
#include "domain/PagoPaNotice.h"
#include "domain/PartitaIva.h"
#include "domain/PhoneNumber.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ascolto;
using ascolto::test::TempDatabase;

namespace {
const QDate kToday(2026, 11, 23);

DemoPortfolio::Summary makeDemo(Database& db, int debtors, quint64 seed)
{
    DemoPortfolio::Options o;
    o.debtors = debtors;
    o.seed = seed;
    o.today = kToday;
    const auto r = DemoPortfolio::generate(db, o);
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

QStringList column(Database& db, const QString& sql)
{
    QStringList out;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

int scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toInt();
}
} // namespace

TEST_CASE("The demo portfolio is deterministic for a seed and a day", "[demo]")
{
    TempDatabase a, b, c;
    const auto sa = makeDemo(a.db(), 300, 7);
    const auto sb = makeDemo(b.db(), 300, 7);
    makeDemo(c.db(), 300, 8);
    CHECK(sa.debtors == 300);
    CHECK(sa.invoices == sb.invoices);
    CHECK(sa.payments == sb.payments);
    const QString sql = QStringLiteral("SELECT id || display_name || tax_code FROM debtor ORDER "
                                       "BY customer_code");
    CHECK(column(a.db(), sql) == column(b.db(), sql));
    CHECK(column(a.db(), sql) != column(c.db(), sql));
    const QString bills = QStringLiteral("SELECT number || amount_cents || paid_cents || due_date "
                                         "FROM invoice ORDER BY number");
    CHECK(column(a.db(), bills) == column(b.db(), bills));
}

TEST_CASE("A larger demo firm shares its debtors among all its operators", "[demo]")
{
    TempDatabase t;
    DemoPortfolio::Options o;
    o.debtors = 400;
    o.operators = 12;
    o.today = kToday;
    const auto r = DemoPortfolio::generate(t.db(), o);
    REQUIRE(r.ok());
    CHECK(r->users == 14); // twelve operators, a team lead, an administrator
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM app_user WHERE role = 'operator'")) ==
          12);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM app_user WHERE username = "
                                        "'operatore12'")) == 1);
    // Every operator holds some debtors, and every debtor is in an operator's hands.
    CHECK(scalar(t.db(),
                 QStringLiteral("SELECT count(DISTINCT assigned_operator_id) FROM debtor")) == 12);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM debtor WHERE assigned_operator_id "
                                        "NOT IN (SELECT id FROM app_user WHERE role = "
                                        "'operator')")) == 0);
    CHECK(StoreCheck::run(t.db()).isEmpty());

    // A firm of several clients: each its own operators and team lead, its debtors in the
    // hands of its own operators.
    TempDatabase firm;
    o.operators = 3;
    o.clients = 3;
    REQUIRE(DemoPortfolio::generate(firm.db(), o).ok());
    CHECK(scalar(firm.db(), QStringLiteral("SELECT count(*) FROM client")) == 3);
    CHECK(scalar(firm.db(), QStringLiteral("SELECT count(*) FROM client WHERE code IN "
                                           "('LUCEGAS', 'LUCEGAS02', 'LUCEGAS03')")) == 3);
    CHECK(scalar(firm.db(), QStringLiteral("SELECT count(DISTINCT client_id) FROM app_user WHERE "
                                           "role = 'teamlead'")) == 3);
    CHECK(scalar(firm.db(), QStringLiteral("SELECT min(n) FROM (SELECT count(*) AS n FROM debtor "
                                           "GROUP BY client_id)")) >= 130);
    CHECK(scalar(firm.db(), QStringLiteral("SELECT count(*) FROM debtor d JOIN app_user u ON u.id "
                                           "= d.assigned_operator_id WHERE u.client_id <> "
                                           "d.client_id")) == 0);
    CHECK(scalar(firm.db(), QStringLiteral("SELECT count(*) FROM invoice i JOIN debtor d ON d.id "
                                           "= i.debtor_id WHERE i.client_id <> d.client_id")) == 0);
    CHECK(StoreCheck::run(firm.db()).isEmpty());
}

TEST_CASE("The demo portfolio is realistic and consistent", "[demo]")
{
    TempDatabase t;
    const auto s = makeDemo(t.db(), 2000, 1);
    CHECK(s.users == 5);
    CHECK(s.invoices > 15000);
    CHECK(s.payments > 1000);
    CHECK(s.interactions > 500);
    CHECK(s.plans > 20);
    CHECK(s.promises > 10);
    CHECK(s.complaints > 5);
    CHECK(StoreCheck::run(t.db()).isEmpty());

    // Names with accents and apostrophes, for the search rules.
    CHECK(scalar(t.db(), QString::fromUtf8("SELECT count(*) FROM debtor WHERE display_name LIKE "
                                           "'%Nicolò%'")) > 0);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM debtor WHERE display_name LIKE "
                                        "'%D''Angelo%'")) > 0);
    // Every tax code, VAT number, phone and PagoPA notice passes the domain validators.
    for (const QString& code : column(t.db(), QStringLiteral("SELECT tax_code FROM debtor WHERE "
                                                             "kind = 'person'"))) {
        INFO(code.toStdString());
        CHECK(CodiceFiscale::validate(code).ok());
    }
    for (const QString& vat : column(t.db(), QStringLiteral("SELECT vat_number FROM debtor WHERE "
                                                            "kind = 'company'")))
        CHECK(PartitaIva::validate(vat).ok());
    for (const QString& phone : column(t.db(), QStringLiteral("SELECT value FROM contact WHERE "
                                                              "kind = 'phone' LIMIT 300")))
        CHECK(PhoneNumber::parse(phone).ok());
    for (const QString& n : column(t.db(), QStringLiteral("SELECT pagopa_notice FROM invoice "
                                                          "LIMIT 300")))
        CHECK(PagoPaNotice::validate(n).ok());

    // Bills in every aging bucket, bills due in the coming days, paid bills.
    for (const char* bucket : {"aging_0_30_cents", "aging_31_60_cents", "aging_61_90_cents",
                               "aging_91_180_cents", "aging_181_360_cents", "aging_over_360_cents"})
        CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM debtor_summary WHERE %1 > 0")
                                 .arg(QLatin1String(bucket))) > 0);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM invoice WHERE due_date BETWEEN "
                                        "'2026-11-23' AND '2026-11-30' AND paid_cents = 0")) > 20);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM invoice WHERE paid_cents = "
                                        "amount_cents")) > 5000);
    // Every billing frequency and service, several payment channels, owners of contacts.
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(DISTINCT billing_frequency) FROM supply")) ==
          5);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(DISTINCT service) FROM supply")) == 3);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(DISTINCT channel) FROM payment")) >= 4);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(DISTINCT owner) FROM contact")) == 4);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(DISTINCT emotion) FROM interaction")) == 6);
    // Three operators share the portfolio; one team lead, one admin.
    CHECK(scalar(t.db(),
                 QStringLiteral("SELECT count(DISTINCT assigned_operator_id) FROM debtor")) == 3);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM app_user WHERE role = 'teamlead'")) ==
          1);

    FixedClock clock(kToday);
    const auto login =
        UserRepository(t.db(), clock)
            .authenticate(DemoPortfolio::operatorUsername(), DemoPortfolio::password());
    REQUIRE(login.ok());
    CHECK(login->role() == Role::Operator);
}

TEST_CASE("The demo is built only in an empty store and a cancel changes nothing", "[demo]")
{
    TempDatabase t;
    makeDemo(t.db(), 10, 1);
    DemoPortfolio::Options o;
    o.today = kToday;
    const auto again = DemoPortfolio::generate(t.db(), o);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("already holds data")));

    TempDatabase empty;
    o.debtors = 3000;
    o.progress = [](int done, int) {
        return done < 2000;
    };
    const auto cancelled = DemoPortfolio::generate(empty.db(), o);
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().contains(QStringLiteral("cancelled")));
    CHECK(scalar(empty.db(), QStringLiteral("SELECT count(*) FROM debtor")) == 0);
    CHECK(scalar(empty.db(), QStringLiteral("SELECT count(*) FROM client")) == 0);
    // The indexes dropped for the bulk load are back.
    CHECK(scalar(empty.db(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                            "'index' AND name = 'invoice_debtor_due'")) == 1);
}

TEST_CASE("Store bootstrap demo file or empty store with its administrator", "[bootstrap]")
{
    QTemporaryDir dir;
    FixedClock clock(kToday);
    const QString demoPath = dir.filePath(QStringLiteral("demo.sqlite"));
    DemoPortfolio::Options o;
    o.debtors = 50;
    auto demo =
        StoreBootstrap::createDemo(demoPath, TempDatabase::uniqueConnectionName(), clock, o);
    REQUIRE(demo.ok());
    CHECK(scalar(*demo.value(), QStringLiteral("SELECT count(*) FROM debtor")) == 50);
    QSqlQuery q(demo.value()->sql());
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    CHECK_FALSE(QFile::exists(demoPath + QStringLiteral(".part")));
    CHECK(StoreBootstrap::createDemo(demoPath, TempDatabase::uniqueConnectionName(), clock, o)
              .error()
              .contains(QStringLiteral("already exists")));

    const QString emptyPath = dir.filePath(QStringLiteral("office.sqlite"));
    CHECK_FALSE(StoreBootstrap::createEmpty(emptyPath, TempDatabase::uniqueConnectionName(), clock,
                                            QStringLiteral("boss"), QStringLiteral("short"))
                    .ok());
    CHECK_FALSE(QFile::exists(emptyPath)); // a refused start leaves no file behind
    auto empty = StoreBootstrap::createEmpty(emptyPath, TempDatabase::uniqueConnectionName(), clock,
                                             QStringLiteral("boss"), QStringLiteral("long-enough"));
    REQUIRE(empty.ok());
    const auto login = UserRepository(*empty.value(), clock)
                           .authenticate(QStringLiteral("boss"), QStringLiteral("long-enough"));
    REQUIRE(login.ok());
    CHECK(login->role() == Role::Admin);
    CHECK(scalar(*empty.value(), QStringLiteral("SELECT count(*) FROM debtor")) == 0);
}

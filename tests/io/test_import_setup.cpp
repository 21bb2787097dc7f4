// The import that loses nothing (issue "set-up and onboarding"): robust headers, every
// column accounted for, bad optional values as warnings, refused encodings and control
// characters, a report that cannot be redirected, payments applied like the card's, new
// debtors assigned by the client's rule.
#include <catch2/catch.hpp>

#include "QtCatch.h"
#include "TestSupport.h"

#include "io/Csv.h"
#include "io/CsvImport.h"
#include "storage/AssignmentRepository.h"
#include "storage/PlanRepository.h"
#include "storage/StoreCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

using namespace ascolto;
using namespace ascolto::test;

namespace {

const QDate kToday(2026, 11, 20);

QString writeFile(const QString& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir + QLatin1Char('/') + name;
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

Result<CsvImport::Summary> run(Database& db, const Fixture& f, const Clock& clock,
                               const QString& path, CsvImport::Kind kind,
                               const CsvImport::Mapping& mapping = {})
{
    CsvImport::Options o;
    o.clientId = f.clientA;
    o.kind = kind;
    o.policy = CsvImport::Policy::ValidRows;
    o.mapping = mapping;
    o.mapping.kind = kind;
    return CsvImport::run(db, f.admin, clock, path, o);
}

CsvImport::Summary ok(const Result<CsvImport::Summary>& r)
{
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return r.value();
}

const QByteArray kDebtors = "Codice Cliente;Cognome;Nome;Codice Fiscale;Provincia\r\n"
                            "C1;Rossi;Mario;RSSMRA80A01H501U;MI\r\n"
                            "C2;Bianchi;Anna;;RM\r\n";

} // namespace

TEST_CASE("Headers are matched in any case, accent, order and with extra words", "[import][setup]")
{
    const QStringList header{
        QStringLiteral("Nr. Fattura"),        QStringLiteral("CODICE CLIENTE"),
        QStringLiteral("Data di Emissione"),  QStringLiteral("Scadenza Data"),
        QStringLiteral("Importo Totale (€)"), QStringLiteral("Codice Avviso PagoPA"),
        QStringLiteral("Modalità invio")};
    const auto m = CsvImport::Mapping::guess(CsvImport::Kind::Invoices, header);
    CHECK(m.columns.value(QStringLiteral("number")) == QStringLiteral("Nr. Fattura"));
    CHECK(m.columns.value(QStringLiteral("customer_code")) == QStringLiteral("CODICE CLIENTE"));
    CHECK(m.columns.value(QStringLiteral("issue_date")) == QStringLiteral("Data di Emissione"));
    CHECK(m.columns.value(QStringLiteral("due_date")) == QStringLiteral("Scadenza Data"));
    CHECK(m.columns.value(QStringLiteral("amount")) == QStringLiteral("Importo Totale (€)"));
    CHECK(m.columns.value(QStringLiteral("pagopa_notice")) ==
          QStringLiteral("Codice Avviso PagoPA"));
    CHECK(m.columns.value(QStringLiteral("delivery_channel")) == QStringLiteral("Modalità invio"));
    CHECK(m.unmapped(header).isEmpty());
}

TEST_CASE("A bills file keeps its PagoPA notices and reports the columns it does not import",
          "[import][setup]")
{
    TempDatabase store;
    FixedClock clock(kToday);
    Fixture f(store.db(), clock);
    ok(run(store.db(), f, clock, writeFile(store.dir(), QStringLiteral("d.csv"), kDebtors),
           CsvImport::Kind::Debtors));
    const QString bills = writeFile(
        store.dir(), QStringLiteral("b.csv"),
        "Numero Fattura;Codice Cliente;Data Emissione;Data Scadenza;Importo;Codice Avviso "
        "PagoPA;Letture contatore\r\n"
        "F1;C1;01/09/2026;01/10/2026;100,00;302000000000123415;1234\r\n");
    const auto s = ok(run(store.db(), f, clock, bills, CsvImport::Kind::Invoices));
    CHECK(s.inserted == 1);
    CHECK(scalar(store.db(), QStringLiteral("SELECT pagopa_notice FROM invoice")).toString() ==
          QStringLiteral("302000000000123415"));
    CHECK(s.unmappedColumns == QStringList{QStringLiteral("Letture contatore")});
    // The report names it too.
    QFile report(bills + QStringLiteral(".report.csv"));
    REQUIRE(report.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(report.readAll()).contains(QStringLiteral("Letture contatore")));
}

TEST_CASE("A debtor with a malformed optional value is imported without it, and so are their "
          "bills",
          "[import][setup]")
{
    TempDatabase store;
    FixedClock clock(kToday);
    Fixture f(store.db(), clock);
    const QString debtors =
        writeFile(store.dir(), QStringLiteral("d.csv"),
                  "Codice Cliente;Cognome;Codice Fiscale;Telefono;E-mail\r\n"
                  "C1;Rossi;RSSMRA80A01H501U;chiamare dopo le 18;mario rossi@example.it\r\n");
    const auto s = ok(run(store.db(), f, clock, debtors, CsvImport::Kind::Debtors));
    CHECK(s.inserted == 1);
    CHECK(s.rejectedRows == 0);
    CHECK(s.warnings == 2);
    REQUIRE(s.rejections.size() == 2);
    CHECK(s.rejections[0].column == QStringLiteral("Telefono"));
    CHECK(s.rejections[1].column == QStringLiteral("E-mail"));
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM contact")).toInt() == 0);
    const QString bills = writeFile(store.dir(), QStringLiteral("b.csv"),
                                    "Numero Fattura;Codice Cliente;Data Emissione;Data "
                                    "Scadenza;Importo\r\nF1;C1;01/09/2026;01/10/2026;10,00\r\n");
    CHECK(ok(run(store.db(), f, clock, bills, CsvImport::Kind::Invoices)).inserted == 1);
}

TEST_CASE("Amounts with a declared decimal comma never become thousands", "[import][setup]")
{
    TempDatabase store;
    FixedClock clock(kToday);
    Fixture f(store.db(), clock);
    ok(run(store.db(), f, clock, writeFile(store.dir(), QStringLiteral("d.csv"), kDebtors),
           CsvImport::Kind::Debtors));
    const QString bills = writeFile(store.dir(), QStringLiteral("b.csv"),
                                    "Numero;Cliente;Emissione;Scadenza;Importo\r\n"
                                    "F1;C1;01/09/2026;01/10/2026;1,234\r\n"
                                    "F2;C1;01/09/2026;01/10/2026;12,345\r\n"
                                    "F3;C1;01/09/2026;01/10/2026;1.234,5\r\n");
    CsvImport::Mapping m;
    m.columns = {{QStringLiteral("number"), QStringLiteral("Numero")},
                 {QStringLiteral("customer_code"), QStringLiteral("Cliente")},
                 {QStringLiteral("issue_date"), QStringLiteral("Emissione")},
                 {QStringLiteral("due_date"), QStringLiteral("Scadenza")},
                 {QStringLiteral("amount"), QStringLiteral("Importo")}};
    m.decimal = QStringLiteral("comma");
    const auto s = ok(run(store.db(), f, clock, bills, CsvImport::Kind::Invoices, m));
    CHECK(s.inserted == 1);
    REQUIRE(s.rejections.size() == 2);
    CHECK(s.rejections[0].reason.contains(QStringLiteral("more than two decimals")));
    CHECK(s.rejections[1].line == 3);
    CHECK(scalar(store.db(), QStringLiteral("SELECT amount_cents FROM invoice")).toLongLong() ==
          123450);
}

TEST_CASE("Files that would import garbage are refused by name and change nothing",
          "[import][setup]")
{
    TempDatabase store;
    FixedClock clock(kToday);
    Fixture f(store.db(), clock);
    const auto refused = [&](const QByteArray& bytes) {
        const QString path = writeFile(store.dir(), QStringLiteral("x.csv"), bytes);
        const auto r = run(store.db(), f, clock, path, CsvImport::Kind::Debtors);
        CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM debtor")).toInt() == 0);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().contains(QStringLiteral("x.csv")));
        return r.error();
    };
    CHECK(refused("Codice Cliente;Cognome\r\nC1;Ros\0si\r\n" + QByteArray(1, '\0'))
              .contains(QStringLiteral("NUL")));
    CHECK(refused("Codice Cliente;Cognome\r\nC1;Nicol\xC3\xB2\r\nC2;Nicol\xF2\r\n")
              .contains(QStringLiteral("mixes UTF-8 (line 2) and Windows-1252 (line 3)")));
    CHECK(refused("Codice Cliente;Cognome\r\nC1;\x81\x81\r\n").contains(QStringLiteral("0x81")));
    CHECK(refused("Codice Cliente;Cognome\r\nC1;\"" + QByteArray(5000, 'a') + "\r\n")
              .contains(QStringLiteral("longer than")));
    CHECK(refused("Codice Cliente;Cognome;Cognome\r\nC1;A;B\r\n")
              .contains(QStringLiteral("appears twice")));

    // UTF-16 with a byte-order mark (Excel's "Unicode text") is read.
    QString text = QStringLiteral("Codice Cliente;Cognome\r\nC1;Nicolò\r\n");
    QByteArray utf16("\xFF\xFE", 2);
    for (const QChar c : text) {
        utf16.append(char(c.unicode() & 0xFF));
        utf16.append(char(c.unicode() >> 8));
    }
    const auto s =
        ok(run(store.db(), f, clock, writeFile(store.dir(), QStringLiteral("u.csv"), utf16),
               CsvImport::Kind::Debtors));
    CHECK(s.encoding == QStringLiteral("UTF-16LE"));
    CHECK(scalar(store.db(), QStringLiteral("SELECT last_name FROM debtor")).toString() ==
          QStringLiteral("Nicolò"));

    // A control character rejects the row, naming the column.
    const auto c = ok(run(store.db(), f, clock,
                          writeFile(store.dir(), QStringLiteral("c.csv"),
                                    "Codice Cliente;Cognome\r\nC2;Ver\x1b"
                                    "di\r\nC3;Neri\r\n"),
                          CsvImport::Kind::Debtors));
    CHECK(c.inserted == 1);
    CHECK(c.rejectedRows == 1);
    REQUIRE(c.rejections.size() == 2);
    // The file has no tax code column at all: said once, not on every row.
    CHECK(c.rejections[0].line == 1);
    CHECK(c.rejections[0].reason.contains(QStringLiteral("codice fiscale")));
    CHECK(c.rejections[1].column == QStringLiteral("Cognome"));
    CHECK(c.rejections[1].reason.contains(QStringLiteral("control character")));
}

TEST_CASE("The report neutralises formulas and is never written through a link",
          "[import][setup][security]")
{
    TempDatabase store;
    FixedClock clock(kToday);
    Fixture f(store.db(), clock);
    const QString dir = store.dir() + QStringLiteral("/in");
    REQUIRE(QDir().mkpath(dir));
    const QString debtors = writeFile(dir, QStringLiteral("d.csv"),
                                      "Codice Cliente;Cognome;Partita IVA\r\n"
                                      "C1;Rossi;=HYPERLINK(\"http://x\")\r\n");
    const QString target = store.dir() + QStringLiteral("/victim.txt");
    writeFile(store.dir(), QStringLiteral("victim.txt"), "keep me");
    REQUIRE(QFile::link(target, debtors + QStringLiteral(".report.csv")));

    CsvImport::Options o;
    o.clientId = f.clientA;
    o.kind = CsvImport::Kind::Debtors;
    o.policy = CsvImport::Policy::ValidRows;
    o.fallbackReportDir = store.dir() + QStringLiteral("/reports");
    const auto s = ok(CsvImport::run(store.db(), f.admin, clock, debtors, o));
    QFile victim(target);
    REQUIRE(victim.open(QIODevice::ReadOnly));
    CHECK(victim.readAll() == "keep me");
    CHECK(s.reportPath == o.fallbackReportDir + QStringLiteral("/d.csv.report.csv"));
    // The report names debtors: owner-only, in an owner-only folder it made.
    CHECK(QFileInfo(s.reportPath).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
           QFileDevice::WriteUser));
    CHECK_FALSE(QFileInfo(o.fallbackReportDir).permissions() &
                (QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QFile report(s.reportPath);
    REQUIRE(report.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(report.readAll());
    CHECK(text.contains(QStringLiteral("'=HYPERLINK")));
    CHECK(Csv::neutralised(QStringLiteral("-12,50")) == QStringLiteral("-12,50"));
    CHECK(Csv::neutralised(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(Csv::neutralised(QStringLiteral("+39 347")) == QStringLiteral("'+39 347"));
}

TEST_CASE("A second import waits for the store instead of failing", "[import][setup]")
{
    TempDatabase store;
    FixedClock clock(kToday);
    Fixture f(store.db(), clock);
    const QString debtors = writeFile(store.dir(), QStringLiteral("d.csv"), kDebtors);
    // Another connection holds the write lock for a moment.
    auto other = Database::open(store.path(), TempDatabase::uniqueConnectionName());
    REQUIRE(other.ok());
    REQUIRE(other.value()->execScript(QStringLiteral("BEGIN IMMEDIATE")));
    QString said;
    CsvImport::Options o;
    o.clientId = f.clientA;
    o.kind = CsvImport::Kind::Debtors;
    o.waiting = [&](const QString& what) {
        said = what;
        // The other writer finishes while the import waits.
        other.value()->execScript(QStringLiteral("COMMIT"));
    };
    const auto s = ok(CsvImport::run(store.db(), f.admin, clock, debtors, o));
    CHECK(s.inserted == 2);
    CHECK(said.contains(QStringLiteral("waits")));
}

TEST_CASE("An import brings new debtors to their operators and payments to their plans",
          "[import][setup][payments]")
{
    TempDatabase store;
    FixedClock clock(kToday);
    Fixture f(store.db(), clock);
    REQUIRE(store->execScript(
        QStringLiteral("UPDATE client SET assignment_rule = '{\"kind\":\"provinces\","
                       "\"provinces\":{\"op.a1\":[\"MI\"],\"op.a2\":[\"RM\"]}}'")));
    const auto d =
        ok(run(store.db(), f, clock, writeFile(store.dir(), QStringLiteral("d.csv"), kDebtors),
               CsvImport::Kind::Debtors));
    CHECK(d.assigned == 2);
    CHECK(d.text().contains(QStringLiteral("op.a1 1")));
    CHECK(scalar(store.db(), QStringLiteral("SELECT u.username FROM debtor d JOIN app_user u ON "
                                            "u.id = d.assigned_operator_id WHERE d.customer_code "
                                            "= 'C2'"))
              .toString() == QStringLiteral("op.a2"));

    ok(run(store.db(), f, clock,
           writeFile(store.dir(), QStringLiteral("b.csv"),
                     "Numero Fattura;Codice Cliente;Data Emissione;Data Scadenza;Importo\r\n"
                     "F1;C1;01/08/2026;01/09/2026;300,00\r\n"),
           CsvImport::Kind::Invoices));
    const QString debtorId =
        scalar(store.db(), QStringLiteral("SELECT id FROM debtor WHERE customer_code = 'C1'"))
            .toString();
    PlanDraft draft;
    draft.debtorId = debtorId;
    draft.invoiceIds = {
        scalar(store.db(), QStringLiteral("SELECT id FROM invoice WHERE number = 'F1'"))
            .toString()};
    draft.request.installments = 3;
    draft.request.firstDue = QDate(2026, 10, 12);
    // Agreed in October: installments on 12 October, 12 November, 14 December.
    FixedClock october(QDate(2026, 10, 1));
    const auto plan = PlanRepository(store.db(), october).create(f.operatorA1, draft);
    INFO(plan.error().toStdString());
    REQUIRE(plan.ok());

    // The client's payments file pays the first two installments on time.
    const auto p = ok(run(store.db(), f, clock,
                          writeFile(store.dir(), QStringLiteral("p.csv"),
                                    "Riferimento;Codice Cliente;Importo;Data Pagamento\r\n"
                                    "TRN-1;C1;100,00;09/10/2026\r\n"
                                    "TRN-2;C1;100,00;10/11/2026\r\n"),
                          CsvImport::Kind::Payments));
    CHECK(p.inserted == 2);
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM installment WHERE status = "
                                            "'paid'"))
              .toInt() == 2);
    // Monitoring the next day breaks nothing: the plan is on time.
    REQUIRE(PlanRepository(store.db(), clock).monitor(kToday.addDays(1)).ok());
    CHECK(scalar(store.db(), QStringLiteral("SELECT status FROM plan")).toString() ==
          QStringLiteral("active"));
    CHECK(StoreCheck::run(store.db()).isEmpty());
}

TEST_CASE("The same file imported whole again is recognised without re-checking its rows",
          "[import][setup]")
{
    TempDatabase store;
    FixedClock clock(kToday);
    Fixture f(store.db(), clock);
    const QString debtors = writeFile(store.dir(), QStringLiteral("d.csv"),
                                      "Codice Cliente;Cognome;Nome;Codice Fiscale;Comune\r\n"
                                      "C1;Rossi;Mario;RSSMRA80A01H501U;Milano\r\n"
                                      "C2;Bianchi;Anna;BNCNNA85M41F205Q;Roma\r\n");
    const auto first = ok(run(store.db(), f, clock, debtors, CsvImport::Kind::Debtors));
    CHECK(first.inserted == 2);
    CHECK(first.rejections.isEmpty());
    CHECK_FALSE(first.alreadyImportedAt.isValid());
    // An operator corrects a city meanwhile: the same file again must not undo it.
    REQUIRE(store->execScript(QStringLiteral("UPDATE debtor SET city = 'Monza' WHERE "
                                             "customer_code = 'C1'")));
    const auto again = ok(run(store.db(), f, clock, debtors, CsvImport::Kind::Debtors));
    CHECK(again.alreadyImportedAt.isValid());
    CHECK(again.rows == 2);
    CHECK(again.unchanged == 2);
    CHECK(again.inserted + again.updated == 0);
    CHECK(again.text().contains(QStringLiteral("nothing to do")));
    CHECK(scalar(store.db(), QStringLiteral("SELECT city FROM debtor WHERE customer_code = 'C1'"))
              .toString() == QStringLiteral("Monza"));

    // The same text with other columns chosen is a different import.
    CsvImport::Mapping fewer;
    fewer.columns = {{QStringLiteral("customer_code"), QStringLiteral("Codice Cliente")},
                     {QStringLiteral("last_name"), QStringLiteral("Cognome")}};
    const auto other = ok(run(store.db(), f, clock, debtors, CsvImport::Kind::Debtors, fewer));
    CHECK_FALSE(other.alreadyImportedAt.isValid());
    CHECK(other.rows == 2);
    // A file imported with warnings is not remembered: its report comes again.
    const QString warned = writeFile(store.dir(), QStringLiteral("w.csv"),
                                     "Codice Cliente;Cognome;Telefono\r\nC9;Neri;dopo le 18\r\n");
    ok(run(store.db(), f, clock, warned, CsvImport::Kind::Debtors));
    const auto warnedAgain = ok(run(store.db(), f, clock, warned, CsvImport::Kind::Debtors));
    CHECK_FALSE(warnedAgain.alreadyImportedAt.isValid());
    CHECK(warnedAgain.warnings > 0);
}

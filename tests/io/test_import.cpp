#include <catch2/catch.hpp>

#include "QtCatch.h"
#include "TestSupport.h"

#include "io/Csv.h"
#include "io/CsvImport.h"
#include "storage/PaymentRepository.h"
#include "storage/Session.h"
#include "storage/StoreCheck.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace ascolto;
using namespace ascolto::test;

namespace {

const QDate kToday(2026, 11, 20);

QString writeFile(const TempDatabase& store, const QString& name, const QByteArray& bytes)
{
    const QString path = store.dir() + QLatin1Char('/') + name;
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

// The rows of a query as text, one line each.
QString rowsOf(Database& db, const QString& sql)
{
    QString all;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(sql));
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i)
            all += q.value(i).toString() + QLatin1Char('|');
        all += QLatin1Char('\n');
    }
    return all;
}

// Every synced row's id and version: what a user would see change.
QString contentOf(Database& db)
{
    QString all;
    for (const char* table :
         {"debtor", "contact", "supply", "invoice", "payment", "payment_allocation"})
        all += rowsOf(db, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
    return all;
}

CsvImport::Summary import(Database& db, const Fixture& f, const Clock& clock, const QString& path,
                          CsvImport::Kind kind,
                          CsvImport::Policy policy = CsvImport::Policy::ValidRows)
{
    CsvImport::Options o;
    o.clientId = f.clientA;
    o.kind = kind;
    o.policy = policy;
    const auto summary = CsvImport::run(db, f.admin, clock, path, o);
    INFO(summary.error().toStdString());
    REQUIRE(summary);
    return summary.value();
}

// The problems of a summary of one severity, in file order.
QVector<CsvImport::Rejection> only(const CsvImport::Summary& s,
                                   CsvImport::Rejection::Severity severity)
{
    QVector<CsvImport::Rejection> out;
    for (const auto& r : s.rejections)
        if (r.severity == severity)
            out.push_back(r);
    return out;
}
const auto kError = CsvImport::Rejection::Severity::Error;
const auto kWarning = CsvImport::Rejection::Severity::Warning;

const QByteArray kDebtorsHeader = "Codice cliente;Cognome;Nome;Codice fiscale;Telefono;E-mail;"
                                  "Comune;Servizio;POD;Periodicità\r\n";

// Debtor R1 (Rossi Mario, a phone, Roma) of client A.
void importRossi(TempDatabase& store, const Fixture& f, const Clock& clock)
{
    import(store.db(), f, clock,
           writeFile(store, QStringLiteral("d.csv"),
                     kDebtorsHeader + "R1;Rossi;Mario;;3471234567;;Roma;;;\r\n"),
           CsvImport::Kind::Debtors);
}

} // namespace

TEST_CASE("Import reads every file variant utilities send", "[import]")
{
    TempDatabase store;
    FixedClock clock(kToday);
    Fixture f(store.db(), clock);
    // ';' UTF-8 with BOM, CRLF, quoted field with a separator and a line break inside.
    const QString debtors = writeFile(
        store, QStringLiteral("clienti.csv"),
        "\xEF\xBB\xBF" + kDebtorsHeader +
            "K1;\"D'Angelo\";Nicolò;DNGNCL80A01H501X;347 123 4567;nicolo@example.it;\"Roma; "
            "centro\";luce;IT001E00000001;bimestrale\r\n"
            "K2;Rossi;\"Anna\nMaria\";;;;Milano;;;\r\n");
    auto s = import(store.db(), f, clock, debtors, CsvImport::Kind::Debtors);
    INFO(s.text().toStdString());
    // The CF above has a wrong check character: the domain validator says so, naming the
    // column as the file names it. K2 has no tax code at all: imported, with a warning.
    const auto errors = only(s, kError);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().line == 2);
    CHECK(errors.first().field == QStringLiteral("tax_code"));
    CHECK(errors.first().column == QStringLiteral("Codice fiscale"));
    const auto warnings = only(s, kWarning);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().line == 3);
    CHECK(s.inserted == 1);
    CHECK(scalar(store.db(), QStringLiteral("SELECT first_name FROM debtor WHERE customer_code = "
                                            "'K2'"))
              .toString() == QStringLiteral("Anna\nMaria"));

    // ',' without BOM, LF, ISO dates, decimal point.
    const QString invoices = writeFile(store, QStringLiteral("fatture.csv"),
                                       "number,customer code,issue date,due date,amount\n"
                                       "F-1,K2,2026-09-01,2026-10-01,1234.56\n"
                                       "F-2,K2,2026-09-01,2026-10-15,\"1,234.50\"\n");
    s = import(store.db(), f, clock, invoices, CsvImport::Kind::Invoices);
    CHECK(s.separator == QLatin1Char(','));
    CHECK(s.inserted == 2);
    CHECK(scalar(store.db(), QStringLiteral("SELECT amount_cents FROM invoice WHERE number = "
                                            "'F-2'"))
              .toLongLong() == 123450);

    // Windows-1252, ';', dd/mm/yyyy, decimal comma with thousands dots.
    QByteArray cp1252 = "Numero fattura;Codice cliente;Data emissione;Scadenza;Importo;Note\r\n"
                        "F-3;K2;01/09/2026;1/10/2026;1.234,56;\xE8 gi\xE0 pagata \x80\r\n";
    const QString legacy = writeFile(store, QStringLiteral("legacy.csv"), cp1252);
    s = import(store.db(), f, clock, legacy, CsvImport::Kind::Invoices);
    CHECK(s.encoding == QStringLiteral("Windows-1252"));
    CHECK(s.inserted == 1);
    // The client's "Note" column has no field: reported, not silently dropped.
    CHECK(s.unmappedColumns == QStringList{QStringLiteral("Note")});
    CHECK(s.text().contains(QStringLiteral("Note")));
    CHECK(scalar(store.db(), QStringLiteral("SELECT due_date || ' ' || amount_cents FROM invoice "
                                            "WHERE number = 'F-3'"))
              .toString() == QStringLiteral("2026-10-01 123456"));
    // The debtor's balance reflects the imported bills.
    CHECK(scalar(store.db(), QStringLiteral("SELECT s.outstanding_cents FROM debtor_summary s "
                                            "JOIN debtor d ON d.id = s.debtor_id WHERE "
                                            "d.customer_code = 'K2'"))
              .toLongLong() == 123456 + 123450 + 123456);
}

TEST_CASE("Malformed rows are rejected with their line field and reason", "[import]")
{
    TempDatabase store;
    FixedClock clock(kToday);
    Fixture f(store.db(), clock);
    const QString debtors =
        writeFile(store, QStringLiteral("d.csv"),
                  "Codice cliente;Cognome;Codice fiscale;Partita IVA;IBAN\r\n"
                  "A1;Bianchi;RSSMRA80A01H501U;;\r\n"
                  "A2;Verdi;RSSMRA80A01H501Z;;\r\n"             // CF check character
                  "A3;Neri SRL;;12345678901;\r\n"               // partita IVA check digit
                  "A4;Gialli;;;IT60X0542811101000000123457\r\n" // IBAN check digits
                  "A1;Doppio;;;\r\n");                          // duplicate
    auto s = import(store.db(), f, clock, debtors, CsvImport::Kind::Debtors,
                    CsvImport::Policy::AllOrNothing);
    CHECK_FALSE(s.committed);
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM debtor WHERE customer_code LIKE "
                                            "'A%'"))
              .toInt() == 0);
    // Keys and tax codes reject the row; a bad IBAN (optional) is left out with a warning.
    const auto errors = only(s, kError);
    REQUIRE(errors.size() == 3);
    CHECK((errors[0].line == 3 && errors[0].field == QStringLiteral("tax_code")));
    CHECK((errors[1].line == 4 && errors[1].field == QStringLiteral("vat_number")));
    CHECK((errors[2].line == 6 && errors[2].reason.contains(QStringLiteral("line 2"))));
    const auto warnings = only(s, kWarning);
    REQUIRE(warnings.size() == 2);
    CHECK((warnings[0].line == 5 && warnings[0].column == QStringLiteral("IBAN")));
    CHECK((warnings[1].line == 5 && warnings[1].reason.contains(QStringLiteral("partita IVA"))));
    // The report next to the file lists them, readable as a spreadsheet, with the file's own
    // column names and the severity.
    QFile report(debtors + QStringLiteral(".report.csv"));
    REQUIRE(report.open(QIODevice::ReadOnly));
    const auto table = Csv::parse(report.readAll());
    REQUIRE(table);
    CHECK(table->records.size() == 5);
    CHECK(table->records[0].fields.at(1) == QStringLiteral("3"));
    CHECK(table->records[0].fields.at(2) == QStringLiteral("Codice fiscale"));
    CHECK(table->records[0].fields.at(5) == QStringLiteral("error"));
    CHECK(table->records[2].fields.at(5) == QStringLiteral("warning"));

    s = import(store.db(), f, clock, debtors, CsvImport::Kind::Debtors);
    CHECK(s.committed);
    CHECK(s.inserted == 2); // A1, and A4 without its IBAN
    CHECK(scalar(store.db(), QStringLiteral("SELECT iban IS NULL FROM debtor WHERE customer_code "
                                            "= 'A4'"))
              .toBool());

    const QString bills =
        writeFile(store, QStringLiteral("b.csv"),
                  "Numero fattura;Codice cliente;Data emissione;Scadenza;Importo;Codice avviso\r\n"
                  "B1;A1;01/09/2026;01/10/2026;10,00;\r\n"
                  "B2;A1;;01/10/2026;10,00;\r\n"                            // missing date
                  "B3;A1;31/02/2026;01/10/2026;10,00;\r\n"                  // impossible date
                  "B4;A1;01/09/2026;01/10/2026;-5,00;\r\n"                  // negative
                  "B5;A1;01/09/2026;01/10/2026;12,3,4;\r\n"                 // malformed amount
                  "B6;ZZ;01/09/2026;01/10/2026;10,00;\r\n"                  // unknown debtor
                  "B7;A1;01/09/2026;01/10/2026;10,00;30200000000001234\r\n" // PagoPA length
                  "B1;A1;01/09/2026;01/10/2026;10,00;\r\n");                // duplicate
    s = import(store.db(), f, clock, bills, CsvImport::Kind::Invoices);
    CHECK(s.inserted == 2); // B1, and B7 without its malformed PagoPA notice
    CHECK(s.rejectedRows == 6);
    QStringList seen;
    const auto errors2 = only(s, kError);
    for (const auto& r : errors2)
        seen << QStringLiteral("%1:%2").arg(r.line).arg(r.field);
    CHECK(seen == QStringList{QStringLiteral("3:issue_date"), QStringLiteral("4:issue_date"),
                              QStringLiteral("5:amount"), QStringLiteral("6:amount"),
                              QStringLiteral("7:customer_code"), QStringLiteral("9:number")});
    CHECK(errors2[0].reason.contains(QStringLiteral("missing")));
    CHECK(errors2[1].reason.contains(QStringLiteral("impossible")));
    CHECK(errors2[2].reason.contains(QStringLiteral("negative")));
    CHECK(errors2[4].reason.contains(QStringLiteral("debtors first")));
    const auto notices = only(s, kWarning);
    REQUIRE(notices.size() == 1);
    CHECK((notices[0].line == 8 && notices[0].column == QStringLiteral("Codice avviso")));
    CHECK(scalar(store.db(), QStringLiteral("SELECT pagopa_notice IS NULL FROM invoice WHERE "
                                            "number = 'B7'"))
              .toBool());
}

TEST_CASE("Re-importing changes nothing and a newer file updates by the client keys", "[import]")
{
    TempDatabase store;
    FixedClock clock(kToday);
    Fixture f(store.db(), clock);
    const QString debtors =
        writeFile(store, QStringLiteral("d.csv"),
                  kDebtorsHeader + "R1;Rossi;Mario;RSSMRA80A01H501U;3471234567;;Roma;gas;"
                                   "PDR1;mensile\r\n");
    const QString bills = writeFile(store, QStringLiteral("b.csv"),
                                    "Numero fattura;Codice cliente;Data emissione;Scadenza;"
                                    "Importo\r\nX1;R1;01/09/2026;01/10/2026;50,00\r\n");
    const QString payments =
        writeFile(store, QStringLiteral("p.csv"),
                  "Riferimento;Codice cliente;Importo;Data pagamento;Canale\r\n"
                  "TRN-1;R1;20,00;05/10/2026;bonifico\r\n");
    import(store.db(), f, clock, debtors, CsvImport::Kind::Debtors);
    import(store.db(), f, clock, bills, CsvImport::Kind::Invoices);
    auto p = import(store.db(), f, clock, payments, CsvImport::Kind::Payments);
    CHECK(p.inserted == 1);
    CHECK(scalar(store.db(), QStringLiteral("SELECT paid_cents FROM invoice WHERE number = 'X1'"))
              .toLongLong() == 2000);
    const QString before = contentOf(store.db());
    for (auto [path, kind] :
         {std::pair{debtors, CsvImport::Kind::Debtors}, std::pair{bills, CsvImport::Kind::Invoices},
          std::pair{payments, CsvImport::Kind::Payments}}) {
        const auto again = import(store.db(), f, clock, path, kind);
        CHECK(again.inserted == 0);
        CHECK(again.updated == 0);
        CHECK(again.unchanged == 1);
    }
    CHECK(contentOf(store.db()) == before);

    const QString newer = writeFile(store, QStringLiteral("b2.csv"),
                                    "Numero fattura;Codice cliente;Data emissione;Scadenza;"
                                    "Importo\r\nX1;R1;01/09/2026;01/10/2026;55,00\r\n");
    const auto updated = import(store.db(), f, clock, newer, CsvImport::Kind::Invoices);
    CHECK(updated.updated == 1);
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) || ' ' || amount_cents || ' ' || "
                                            "paid_cents FROM invoice WHERE number = 'X1'"))
              .toString() == QStringLiteral("1 5500 2000"));
}

TEST_CASE("The client's paid figure counts the payments recorded here once", "[import]")
{
    // Schema 10: a bill's paid amount is derived, min(amount, what the client reports beyond
    // the payments recorded here + those payments), so a bills file that already counts a
    // payment recorded at the card does not count it twice, and an older file lowers nothing.
    TempDatabase store;
    FixedClock clock(kToday);
    Fixture f(store.db(), clock);
    importRossi(store, f, clock);
    auto bills = [&](const char* paid) {
        return import(store.db(), f, clock,
                      writeFile(store, QStringLiteral("b-%1.csv").arg(QLatin1String(paid)),
                                QByteArray("Numero fattura;Codice cliente;Data emissione;Scadenza;"
                                           "Importo;Pagato\r\nX1;R1;01/09/2026;01/10/2026;"
                                           "50,00;") +
                                    paid + "\r\n"),
                      CsvImport::Kind::Invoices);
    };
    const QString paid = QStringLiteral(
        "SELECT paid_cents || ' ' || client_paid_cents FROM invoice WHERE number = 'X1'");
    bills("10,00");
    CHECK(scalar(store.db(), paid).toString() == QStringLiteral("1000 1000"));
    PaymentDraft draft;
    draft.debtorId = scalar(store.db(), QStringLiteral("SELECT id FROM debtor")).toString();
    draft.amount = Money::fromCents(500);
    draft.paidOn = kToday;
    REQUIRE(PaymentRepository(store.db(), clock).record(f.admin, draft));
    CHECK(scalar(store.db(), paid).toString() == QStringLiteral("1500 1000"));
    // The client has now received the 5,00 too: 15,00 is the same money, not 20,00.
    CHECK(bills("15,00").updated == 0);
    CHECK(scalar(store.db(), paid).toString() == QStringLiteral("1500 1000"));
    // An older file lowers nothing; a later one with more paid at the client raises it.
    CHECK(bills("5,00").updated == 0);
    CHECK(scalar(store.db(), paid).toString() == QStringLiteral("1500 1000"));
    CHECK(bills("30,00").updated == 1);
    CHECK(scalar(store.db(), paid).toString() == QStringLiteral("3000 2500"));
    CHECK(StoreCheck::run(store.db()).isEmpty());
}

TEST_CASE("Imported rows keep the ids their client keys have always given them", "[import]")
{
    // Offices and versions must derive the same id from the same key, or a re-import after an
    // upgrade would duplicate every row: name-based UUIDs in Ascolto's namespace.
    TempDatabase store;
    FixedClock clock(kToday);
    Fixture f(store.db(), clock);
    importRossi(store, f, clock);
    import(store.db(), f, clock,
           writeFile(store, QStringLiteral("b.csv"),
                     "Numero fattura;Codice cliente;Data emissione;Scadenza;Importo\r\n"
                     "X1;R1;01/09/2026;01/10/2026;50,00\r\n"),
           CsvImport::Kind::Invoices);
    const QUuid ns(QStringLiteral("{5b0e3c1e-2f4a-4f0e-9a55-6173636f6c74}"));
    const auto expected = [&](const QString& scope, const QString& key) {
        return QUuid::createUuidV5(ns, (scope + QChar(0x1f) + key).toUtf8())
            .toString(QUuid::WithoutBraces);
    };
    const QString debtor = expected(f.clientA, QStringLiteral("R1"));
    CHECK(scalar(store.db(), QStringLiteral("SELECT id FROM debtor WHERE customer_code = 'R1'"))
              .toString() == debtor);
    CHECK(scalar(store.db(), QStringLiteral("SELECT id FROM contact")).toString() ==
          expected(debtor, QStringLiteral("phone:+393471234567")));
    CHECK(scalar(store.db(), QStringLiteral("SELECT id FROM invoice WHERE number = 'X1'"))
              .toString() == expected(f.clientA, QStringLiteral("X1")));
}

TEST_CASE("A large file loads in bulk with the same rows, log and portfolio as a small one",
          "[import]")
{
    FixedClock clock(kToday);
    const QByteArray debtors =
        kDebtorsHeader + "R1;Rossi;Mario;RSSMRA80A01H501U;3471234567;mario@example.it;Roma;gas;"
                         "PDR1;mensile\r\n"
                         "R2;D'Angelo;Nicolò;;;;Napoli;luce;POD2;\r\n"
                         "R3;Verdi;Anna;;+39 06 1234567;;Milano;;;\r\n";
    const QByteArray billsHeader = "Numero fattura;Codice cliente;Data emissione;Scadenza;"
                                   "Importo;Pagato\r\n";
    const QByteArray bills = "X1;R1;01/09/2026;01/10/2026;50,00;10,00\r\n"
                             "X2;R2;01/10/2026;30/11/2026;1.234,56;\r\n";
    // Enough rows of others for the bulk mode (a few thousand rows into a small store).
    QByteArray moreDebtors, moreBills;
    for (int i = 0; i < 2500; ++i) {
        moreDebtors += "Z" + QByteArray::number(i) + ";Bianchi;Luca;;3470000000;;Roma;;;\r\n";
        moreBills += "Y" + QByteArray::number(i) + ";Z" + QByteArray::number(i) +
                     ";01/09/2026;01/10/2026;12,34;\r\n";
    }
    auto load = [&](TempDatabase& store, bool large) {
        Fixture f(store.db(), clock);
        const auto d =
            import(store.db(), f, clock,
                   writeFile(store, QStringLiteral("d.csv"), debtors + (large ? moreDebtors : "")),
                   CsvImport::Kind::Debtors);
        CHECK(d.inserted == (large ? 2503 : 3));
        const auto b = import(store.db(), f, clock,
                              writeFile(store, QStringLiteral("b.csv"),
                                        billsHeader + bills + (large ? moreBills : "")),
                              CsvImport::Kind::Invoices);
        CHECK(b.inserted == (large ? 2502 : 2));
    };
    // What operators see of the three debtors, without store-specific ids and devices.
    const QString codes = QStringLiteral("('R1', 'R2', 'R3')");
    auto seen = [&](Database& db) {
        return rowsOf(db, QStringLiteral("SELECT customer_code, kind, first_name, last_name, "
                                         "display_name, tax_code, city, language, "
                                         "assigned_operator_id IS NOT NULL FROM debtor WHERE "
                                         "customer_code IN %1 ORDER BY 1")
                              .arg(codes)) +
               rowsOf(db, QStringLiteral("SELECT d.customer_code, c.kind, c.value, c.owner, "
                                         "c.verified, c.version FROM contact c JOIN debtor d ON "
                                         "d.id = c.debtor_id WHERE d.customer_code IN %1 ORDER BY "
                                         "1, 2")
                              .arg(codes)) +
               rowsOf(db, QStringLiteral("SELECT d.customer_code, s.service, s.point_code, "
                                         "s.billing_frequency, s.version FROM supply s JOIN debtor "
                                         "d ON d.id = s.debtor_id WHERE d.customer_code IN %1 "
                                         "ORDER BY 1")
                              .arg(codes)) +
               rowsOf(db, QStringLiteral("SELECT i.number, d.customer_code, i.issue_date, "
                                         "i.due_date, i.amount_cents, i.paid_cents, i.version "
                                         "FROM invoice i JOIN debtor d ON d.id = i.debtor_id "
                                         "WHERE d.customer_code IN %1 ORDER BY 1")
                              .arg(codes)) +
               // One change-log entry per new row, ready for the next bundle.
               rowsOf(db,
                      QStringLiteral("SELECT l.entity, count(*) FROM change_log l WHERE "
                                     "l.entity_id IN (SELECT id FROM debtor WHERE "
                                     "customer_code IN %1 UNION ALL SELECT c.id FROM contact "
                                     "c JOIN debtor d ON d.id = c.debtor_id WHERE "
                                     "d.customer_code IN %1 UNION ALL SELECT s.id FROM supply "
                                     "s JOIN debtor d ON d.id = s.debtor_id WHERE "
                                     "d.customer_code IN %1 UNION ALL SELECT i.id FROM invoice i "
                                     "JOIN debtor d ON d.id = i.debtor_id WHERE "
                                     "d.customer_code IN %1) GROUP BY 1 ORDER BY 1")
                          .arg(codes)) +
               rowsOf(db, QStringLiteral("SELECT customer_code, display_name, outstanding_cents, "
                                         "overdue_cents, open_invoices, next_due_date, stage, "
                                         "flags FROM debtor_summary WHERE customer_code IN %1 "
                                         "ORDER BY 1")
                              .arg(codes)) +
               rowsOf(db, QStringLiteral("SELECT d.customer_code FROM search_index s JOIN debtor "
                                         "d ON d.rowid = s.rowid WHERE search_index MATCH "
                                         "'dangelo OR verdi OR \"mario@example.it\"' ORDER BY 1"));
    };
    // (ANALYZE adds its statistics table.)
    const QString schema = QStringLiteral(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY 2");
    TempDatabase small, large;
    const QString schemaBefore = rowsOf(large.db(), schema);
    load(small, false);
    load(large, true);
    const QString expected = seen(small.db());
    CHECK(expected.count(QLatin1Char('\n')) == 3 + 3 + 2 + 2 + 4 + 3 + 3);
    CHECK(seen(large.db()) == expected);
    // The change-log triggers and the indexes dropped for the load are back.
    CHECK(rowsOf(large.db(), schema) == schemaBefore);
    CHECK(scalar(large.db(), QStringLiteral("SELECT count(*) FROM change_log WHERE entity IN "
                                            "('debtor', 'contact', 'supply', 'invoice')"))
              .toInt() == 2503 + 2503 + 2 + 2502);
    // The bulk load deals its debtors as it inserts them (one version, one log entry each);
    // the small file's are assigned afterwards. Both by the client's rule, balanced by count
    // between the client's two operators, each with its assignment row and one audit row.
    const QString debtorVersions =
        QStringLiteral(
            "SELECT group_concat(DISTINCT version) FROM debtor WHERE customer_code IN %1")
            .arg(codes);
    CHECK(scalar(large.db(), debtorVersions).toString() == QStringLiteral("1"));
    CHECK(scalar(small.db(), debtorVersions).toString() == QStringLiteral("2"));
    const QString shares = QStringLiteral(
        "SELECT group_concat(n, ' ') FROM (SELECT count(*) AS n FROM debtor d JOIN client c ON "
        "c.id = d.client_id AND c.code = 'ACQUA' GROUP BY assigned_operator_id ORDER BY 1)");
    CHECK(scalar(large.db(), shares).toString() == QStringLiteral("1251 1252"));
    CHECK(scalar(large.db(), QStringLiteral("SELECT count(*) FROM assignment a JOIN change_log l "
                                            "ON l.entity = 'assignment' AND l.entity_id = a.id"))
              .toInt() == 2503);
    CHECK(scalar(large.db(), QStringLiteral("SELECT count(*) FROM debtor_summary s JOIN debtor d "
                                            "ON d.rowid = s.rowid WHERE s.operator_id IS NOT "
                                            "d.assigned_operator_id OR s.operator_key = 0"))
              .toInt() == 0);
    CHECK(scalar(large.db(), QStringLiteral("SELECT json_extract(details, '$.assigned') FROM "
                                            "audit_log WHERE action = 'assign_rule'"))
              .toInt() == 2503);
}

TEST_CASE("A broken file or a missing column leaves the store as it was", "[import]")
{
    TempDatabase store;
    FixedClock clock(kToday);
    Fixture f(store.db(), clock);
    const QString before = contentOf(store.db());
    const QString broken = writeFile(store, QStringLiteral("x.csv"),
                                     kDebtorsHeader + "Q1;Rossi;Mario;;;;Roma;;;\r\n"
                                                      "Q2;\"Verdi;Luigi;;;;;;;\r\n");
    CsvImport::Options o;
    o.clientId = f.clientA;
    o.kind = CsvImport::Kind::Debtors;
    auto r = CsvImport::run(store.db(), f.admin, clock, broken, o);
    REQUIRE_FALSE(r);
    CHECK(r.error().contains(QStringLiteral("line 3")));
    CHECK(contentOf(store.db()) == before);

    const QString noNumber =
        writeFile(store, QStringLiteral("y.csv"), "Cliente;Importo\r\nA;1\r\n");
    o.kind = CsvImport::Kind::Invoices;
    r = CsvImport::run(store.db(), f.admin, clock, noNumber, o);
    REQUIRE_FALSE(r);
    CHECK(r.error().contains(QStringLiteral("Bill number")));
    // Operators do not import.
    r = CsvImport::run(store.db(), f.operatorA1, clock, broken, o);
    REQUIRE_FALSE(r);
    // A mapping file names the columns when the header does not speak for itself.
    const auto mapping = CsvImport::Mapping::fromJson(
        R"({"kind":"invoices","columns":{"number":"Doc","customer_code":"Cli","issue_date":"E",
            "due_date":"S","amount":"Tot"},"decimal":"point","dates":"iso"})",
        QStringLiteral("map.json"));
    REQUIRE(mapping);
    const QString custom = writeFile(store, QStringLiteral("z.csv"),
                                     "Doc;Cli;E;S;Tot\r\nM1;Q9;2026-01-01;2026-02-01;1.50\r\n");
    o.mapping = mapping.value();
    r = CsvImport::run(store.db(), f.admin, clock, custom, o);
    REQUIRE(r);
    CHECK(r->rejections.size() == 1); // Q9 is unknown, but every column was found
    CHECK(r->rejections.first().field == QStringLiteral("customer_code"));
}

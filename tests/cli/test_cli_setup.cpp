// From an empty store to operators working a client's portfolio, with ascolto-cli only.
#include <catch2/catch.hpp>

#include "CliRun.h"
#include "QtCatch.h"

#include "io/Csv.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

using ascolto::test::Run;

namespace {

// ascolto-cli with the given passwords in its environment (nothing on a terminal), in
// English unless a locale is given.
Run as(const QString& password, const QStringList& args, const QString& newPassword = {},
       const QString& locale = QStringLiteral("C.UTF-8"))
{
    QProcessEnvironment env = ascolto::test::cliEnvironment(locale);
    env.remove(QStringLiteral("ASCOLTO_PASSWORD"));
    env.remove(QStringLiteral("ASCOLTO_NEW_PASSWORD"));
    if (!password.isNull())
        env.insert(QStringLiteral("ASCOLTO_PASSWORD"), password);
    if (!newPassword.isNull())
        env.insert(QStringLiteral("ASCOLTO_NEW_PASSWORD"), newPassword);
    return ascolto::test::runCli(args, env);
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QVariant one(const QString& store, const QString& sql)
{
    const QString name = QUuid::createUuid().toString();
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(store);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        if (q.next())
            value = q.value(0);
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

TEST_CASE("ascolto-cli takes a firm from an empty store to each operator's portfolio",
          "[cli][setup]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("sede.sqlite"));
    const QString adminPw = QStringLiteral("segreta-admin-1");
    const auto db = [&](QStringList args) {
        args << QStringLiteral("--db") << store;
        return args;
    };
    const auto asAdmin = [&](const QStringList& args, const QString& newPassword = {}) {
        return as(adminPw, db(args) << QStringLiteral("--user") << QStringLiteral("admin"),
                  newPassword);
    };

    // init: never over an existing file, never without a password.
    CHECK(as({}, db({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}))
              .exitCode == 2);
    Run r = as({}, db({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}),
               adminPw);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(as({}, db({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}),
             adminPw)
              .exitCode == 1);

    // A client from a JSON file, with a typo refused by name.
    const QString typo = write(dir, QStringLiteral("typo.json"),
                               R"({"code": "ACQUA", "name": "Acqua", "max_instalments": 12})");
    r = asAdmin({QStringLiteral("client"), QStringLiteral("set"), typo});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("max_instalments")));
    const QString clientJson =
        write(dir, QStringLiteral("acqua.json"),
              R"({"code": "ACQUA", "name": "Acqua Nord S.p.A.", "max_installments": 18,
                  "min_installment": "30,00", "operator_discount_percent": 10,
                  "teamlead_discount_percent": 25,
                  "contact_windows": {"weekdays": ["09:00", "20:00"], "saturday": ["09:00", "13:00"]},
                  "escalation_ladder": [{"stage": "reminder_soft", "days": 3},
                                        {"stage": "reminder", "days": 15},
                                        {"stage": "formal_notice", "days": 60}],
                  "assignment": {"kind": "balanced_count"}})");
    r = asAdmin({QStringLiteral("client"), QStringLiteral("set"), clientJson});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("created")));
    // show prints what set read: the round trip is exact.
    r = asAdmin({QStringLiteral("client"), QStringLiteral("show"), QStringLiteral("ACQUA")});
    REQUIRE(r.exitCode == 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(shown.value(QStringLiteral("max_installments")).toInt() == 18);
    CHECK(shown.value(QStringLiteral("min_installment")).toString() == QStringLiteral("30,00"));
    const QString roundTrip = write(dir, QStringLiteral("shown.json"), r.out.toUtf8());
    CHECK(asAdmin({QStringLiteral("client"), QStringLiteral("set"), roundTrip}).exitCode == 0);
    CHECK(one(store, QStringLiteral("SELECT version FROM client")).toInt() == 1);

    // Users: two operators and a team lead.
    for (const auto& [name, role] :
         {std::pair{"mrossi", "operator"}, std::pair{"lbianchi", "operator"},
          std::pair{"capo", "teamlead"}}) {
        r = asAdmin({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--username"),
                     QLatin1String(name), QStringLiteral("--role"), QLatin1String(role),
                     QStringLiteral("--client"), QStringLiteral("ACQUA")},
                    QStringLiteral("password-%1").arg(QLatin1String(name)));
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }

    // Refusals: wrong password, a role without the right.
    r = as(QStringLiteral("wrong"), db({QStringLiteral("user"), QStringLiteral("list"),
                                        QStringLiteral("--user"), QStringLiteral("admin")}));
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(QStringLiteral("Wrong user name or password")));
    r = as(QStringLiteral("password-mrossi"),
           db({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--user"),
               QStringLiteral("mrossi"), QStringLiteral("--username"), QStringLiteral("x1"),
               QStringLiteral("--role"), QStringLiteral("admin")}),
           QStringLiteral("password-x1"));
    CHECK(r.exitCode == 4);
    CHECK(as({}, db({QStringLiteral("user"), QStringLiteral("list")})).exitCode == 2);

    // The client's files: debtors, bills, payments; every column imported or reported.
    const QString debtors =
        write(dir, QStringLiteral("clienti.csv"),
              "\xEF\xBB\xBF"
              "Codice Cliente;Cognome;Nome;Codice Fiscale;Provincia;Telefono;Segmento\r\n"
              "C1;Rossi;Mario;RSSMRA80A01H501U;MI;347 123 4567;A\r\n"
              "C2;Bianchi;Anna;BNCNNA85M41F205Q;RM;chiamare dopo le 18;B\r\n"
              "C3;Verdi;Luca;;TO;;A\r\n"
              "C4;Neri;Sara;;NA;;C\r\n");
    const auto import = [&](const char* kind, const QString& file) {
        return asAdmin({QStringLiteral("import"), QStringLiteral("--client"),
                        QStringLiteral("ACQUA"), QStringLiteral("--kind"), QLatin1String(kind),
                        QStringLiteral("--policy"), QStringLiteral("valid-rows"), file});
    };
    r = import("debtors", debtors);
    INFO(r.out.toStdString() + r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Segmento")));            // reported, not dropped
    CHECK(r.out.contains(QStringLiteral("chiamare dopo le 18"))); // a warning, row imported
    CHECK(r.out.contains(QStringLiteral("mrossi 2")));
    CHECK(r.out.contains(QStringLiteral("lbianchi 2")));
    CHECK(one(store, QStringLiteral("SELECT count(*) FROM debtor WHERE assigned_operator_id IS "
                                    "NULL"))
              .toInt() == 0);
    // The import is audited with the acting user.
    CHECK(one(store, QStringLiteral("SELECT u.username FROM audit_log a JOIN app_user u ON u.id "
                                    "= a.user_id WHERE a.action = 'import'"))
              .toString() == QStringLiteral("admin"));
    const QString bills =
        write(dir, QStringLiteral("fatture.csv"),
              "Numero Fattura;Codice Cliente;Data Emissione;Data Scadenza;Importo;Codice Avviso "
              "PagoPA\r\n"
              "F1;C1;01/09/2026;01/10/2026;120,00;302000000000123415\r\n"
              "F2;C2;01/09/2026;01/10/2026;80,50;\r\n"
              "F3;C3;01/09/2026;01/10/2026;45,00;\r\n");
    r = import("invoices", bills);
    REQUIRE(r.exitCode == 0);
    CHECK(one(store, QStringLiteral("SELECT pagopa_notice FROM invoice WHERE number = 'F1'"))
              .toString() == QStringLiteral("302000000000123415"));
    const QString payments = write(dir, QStringLiteral("pagamenti.csv"),
                                   "Riferimento;Codice Cliente;Importo;Data Pagamento\r\n"
                                   "TRN-1;C1;20,00;02/10/2026\r\n");
    REQUIRE(import("payments", payments).exitCode == 0);

    // assign on demand: nothing left to do.
    r = asAdmin({QStringLiteral("assign"), QStringLiteral("--client"), QStringLiteral("ACQUA")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("0 debtors assigned")));

    // Each operator sees exactly their debtors; the team lead sees all four.
    const auto portfolio = [&](const char* user, const QString& password) {
        const QString csv = dir.filePath(QStringLiteral("%1.csv").arg(QLatin1String(user)));
        const Run p = as(password, db({QStringLiteral("portfolio"), QStringLiteral("--user"),
                                       QLatin1String(user), QStringLiteral("--csv"), csv}));
        INFO(p.err.toStdString());
        REQUIRE(p.exitCode == 0);
        QFile f(csv);
        REQUIRE(f.open(QIODevice::ReadOnly));
        // Owner-only, whatever the umask the command ran with.
        CHECK(f.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                  QFileDevice::ReadUser | QFileDevice::WriteUser));
        const QByteArray bytes = f.readAll();
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        const auto table = ascolto::Csv::parse(bytes);
        REQUIRE(table.ok());
        QStringList codes;
        for (const auto& record : table->records)
            codes << record.fields.at(0);
        codes.sort();
        return std::pair{codes, table.value()};
    };
    const auto [mine, table] = portfolio("mrossi", QStringLiteral("password-mrossi"));
    const auto [theirs, _] = portfolio("lbianchi", QStringLiteral("password-lbianchi"));
    const auto [all, __] = portfolio("capo", QStringLiteral("password-capo"));
    CHECK(mine.size() == 2);
    CHECK(theirs.size() == 2);
    QStringList both = mine + theirs;
    both.sort();
    CHECK(both == all);
    CHECK(all == QStringList{QStringLiteral("C1"), QStringLiteral("C2"), QStringLiteral("C3"),
                             QStringLiteral("C4")});
    // Italian spreadsheet: ';', decimal comma.
    CHECK(table.header.contains(QStringLiteral("Outstanding")));
    bool sawComma = false;
    for (const auto& record : table.records)
        sawComma = sawComma || record.fields.at(5).contains(QLatin1Char(','));
    CHECK(sawComma);
    CHECK(one(store, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export' AND "
                                    "entity = 'portfolio'"))
              .toInt() == 3);

    // An Italian user gets the summary and the report in Italian.
    const QString italian = write(dir, QStringLiteral("altri.csv"),
                                  "Codice Cliente;Cognome;Telefono\r\nC9;Gialli;dopo le 18\r\n"
                                  "C10;Rosa;347 111 2222\r\n");
    r = as(adminPw,
           db({QStringLiteral("import"), QStringLiteral("--user"), QStringLiteral("admin"),
               QStringLiteral("--client"), QStringLiteral("ACQUA"), QStringLiteral("--kind"),
               QStringLiteral("debtors"), italian}),
           {}, QStringLiteral("it_IT.UTF-8"));
    INFO(r.out.toStdString() + r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("righe lette")));
    QFile italianReport(italian + QStringLiteral(".report.csv"));
    REQUIRE(italianReport.open(QIODevice::ReadOnly));
    const QString reportText = QString::fromUtf8(italianReport.readAll());
    CHECK(reportText.contains(QStringLiteral("Motivo")));
    CHECK(reportText.contains(QStringLiteral("avviso")));
    // --lang wins over the environment.
    r = as(adminPw,
           db({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("user"),
               QStringLiteral("list"), QStringLiteral("--user"), QStringLiteral("wrong")}),
           {}, QStringLiteral("it_IT.UTF-8"));
    CHECK(r.err.contains(QStringLiteral("Wrong user name or password")));

    // Reading or moving the store's data names an authorised user too.
    CHECK(as({}, db({QStringLiteral("export"), QStringLiteral("--out"),
                     dir.filePath(QStringLiteral("out"))}))
              .exitCode == 2);
    r = as(QStringLiteral("password-mrossi"),
           db({QStringLiteral("export"), QStringLiteral("--user"), QStringLiteral("mrossi"),
               QStringLiteral("--out"), dir.filePath(QStringLiteral("out"))}));
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(QStringLiteral("not allowed")));
    r = as(QStringLiteral("password-mrossi"),
           db({QStringLiteral("import"), QStringLiteral("--user"), QStringLiteral("mrossi"),
               QStringLiteral("--client"), QStringLiteral("ACQUA"), QStringLiteral("--kind"),
               QStringLiteral("payments"), payments}));
    CHECK(r.exitCode == 4);
    // A whole-store bundle, for a branch enrolled from its request.
    r = as({}, {QStringLiteral("device"), QStringLiteral("request"), QStringLiteral("--db"),
                dir.filePath(QStringLiteral("branch.sqlite"))});
    REQUIRE(r.exitCode == 0);
    const QString request = r.out.section(QLatin1Char('\n'), 0, 0);
    // A device is enrolled with who logs in there; without them it is refused.
    CHECK(asAdmin({QStringLiteral("device"), QStringLiteral("enrol"), QStringLiteral("--request"),
                   request, QStringLiteral("--name"), QStringLiteral("Filiale")})
              .err.contains(QStringLiteral("Name the users")));
    REQUIRE(asAdmin({QStringLiteral("device"), QStringLiteral("enrol"), QStringLiteral("--request"),
                     request, QStringLiteral("--name"), QStringLiteral("Filiale"),
                     QStringLiteral("--users"), QStringLiteral("admin")})
                .exitCode == 0);
    r = asAdmin({QStringLiteral("sync"), QStringLiteral("--export-bundle"),
                 dir.filePath(QStringLiteral("all.bundle")), QStringLiteral("--full"),
                 QStringLiteral("--for-device"), request.section(QLatin1Char(':'), 1, 1)});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(one(store, QStringLiteral("SELECT count(*) FROM audit_log a JOIN app_user u ON u.id = "
                                    "a.user_id WHERE a.action = 'export' AND a.entity = 'bundle' "
                                    "AND u.username = 'admin'"))
              .toInt() == 1);

    // A reset password is changed from the command line before anything else.
    r = asAdmin({QStringLiteral("user"), QStringLiteral("reset-password"),
                 QStringLiteral("--username"), QStringLiteral("capo")},
                QStringLiteral("temporanea-1"));
    REQUIRE(r.exitCode == 0);
    r = as(QStringLiteral("temporanea-1"),
           db({QStringLiteral("portfolio"), QStringLiteral("--user"), QStringLiteral("capo"),
               QStringLiteral("--csv"), dir.filePath(QStringLiteral("y.csv"))}));
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(QStringLiteral("ascolto-cli password")));
    r = as(QStringLiteral("temporanea-1"),
           db({QStringLiteral("password"), QStringLiteral("--user"), QStringLiteral("capo")}),
           QStringLiteral("nuova-password-capo"));
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(as(QStringLiteral("nuova-password-capo"),
             db({QStringLiteral("portfolio"), QStringLiteral("--user"), QStringLiteral("capo"),
                 QStringLiteral("--csv"), dir.filePath(QStringLiteral("y.csv"))}))
              .exitCode == 0);

    // Deactivating a user; the last admin stays.
    r = asAdmin({QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("--username"),
                 QStringLiteral("lbianchi")});
    CHECK(r.exitCode == 0);
    CHECK(as(QStringLiteral("password-lbianchi"),
             db({QStringLiteral("portfolio"), QStringLiteral("--user"), QStringLiteral("lbianchi"),
                 QStringLiteral("--csv"), dir.filePath(QStringLiteral("x.csv"))}))
              .exitCode == 4);
    r = asAdmin({QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("--username"),
                 QStringLiteral("admin")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("last active administrator")));
}

TEST_CASE("ascolto-cli scorecard shows a client's scorecard and sets a new version of it",
          "[cli][scorecard]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(as({}, {QStringLiteral("demo"), QStringLiteral("--db"), store,
                    QStringLiteral("--debtors"), QStringLiteral("50")})
                .exitCode == 0);
    const QString code = one(store, QStringLiteral("SELECT code FROM client")).toString();
    const QString pw = QStringLiteral("ascolto-demo");
    const auto scorecard = [&](const QString& user, const QStringList& rest) {
        return as(pw,
                  QStringList{QStringLiteral("scorecard")} + rest +
                      QStringList{QStringLiteral("--db"), store, QStringLiteral("--user"), user});
    };
    // Ascolto's standard card until the client has its own.
    const Run shown = scorecard(QStringLiteral("capoteam"), {QStringLiteral("show"), code});
    INFO(shown.err.toStdString());
    REQUIRE(shown.exitCode == 0);
    QJsonObject card = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    REQUIRE(card.value(QLatin1String("sections")).toArray().size() == 3);
    CHECK(shown.err.contains(QStringLiteral("standard card")));

    // Empathy weighs 50 %, compliance 20 %.
    QJsonArray sections = card.value(QLatin1String("sections")).toArray();
    QJsonObject compliance = sections.at(0).toObject(), empathy = sections.at(1).toObject();
    compliance.insert(QStringLiteral("weight"), 20);
    empathy.insert(QStringLiteral("weight"), 50);
    sections.replace(0, compliance);
    sections.replace(1, empathy);
    card.insert(QStringLiteral("sections"), sections);
    const QString file = write(dir, QStringLiteral("card.json"), QJsonDocument(card).toJson());
    const Run set = scorecard(QStringLiteral("capoteam"), {QStringLiteral("set"), code, file});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.contains(QStringLiteral("version 1 in force")));
    CHECK(one(store, QStringLiteral("SELECT json_extract(definition, '$.sections[1].weight') "
                                    "FROM scorecard WHERE version = 1"))
              .toInt() == 50);
    // Weights that do not add up to 100 are refused, naming the sum; nothing is stored.
    empathy.insert(QStringLiteral("weight"), 40);
    sections.replace(1, empathy);
    card.insert(QStringLiteral("sections"), sections);
    const QString bad = write(dir, QStringLiteral("bad.json"), QJsonDocument(card).toJson());
    const Run refused = scorecard(QStringLiteral("capoteam"), {QStringLiteral("set"), code, bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("add up to 90")));
    CHECK(refused.err.contains(QStringLiteral("bad.json")));
    CHECK(one(store, QStringLiteral("SELECT count(*) FROM scorecard")).toInt() == 1);
    // An operator may not.
    const Run op = scorecard(QStringLiteral("operatore1"), {QStringLiteral("set"), code, file});
    CHECK(op.exitCode == 4);
}

TEST_CASE("ascolto-cli client erase removes an ended mandate's debtors and signs a certificate",
          "[cli][privacy]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(as({}, {QStringLiteral("demo"), QStringLiteral("--db"), store,
                    QStringLiteral("--debtors"), QStringLiteral("30")})
                .exitCode == 0);
    const QString code = one(store, QStringLiteral("SELECT code FROM client")).toString();
    const QString name =
        one(store, QStringLiteral("SELECT display_name FROM debtor LIMIT 1")).toString();
    const QString pw = QStringLiteral("ascolto-demo");
    const QString out = dir.filePath(QStringLiteral("certificati"));
    const auto erase = [&](const QString& user) {
        return as(pw,
                  {QStringLiteral("client"), QStringLiteral("erase"), code, QStringLiteral("--db"),
                   store, QStringLiteral("--user"), user, QStringLiteral("--out"), out});
    };
    const auto setClient = [&](const QByteArray& json) {
        const QString file = write(dir, QStringLiteral("client.json"), json);
        const Run set =
            as(pw, {QStringLiteral("client"), QStringLiteral("set"), file, QStringLiteral("--db"),
                    store, QStringLiteral("--user"), QStringLiteral("admin")});
        INFO(set.err.toStdString());
        REQUIRE(set.exitCode == 0);
    };
    // The mandate still runs: nothing is erased.
    Run refused = erase(QStringLiteral("admin"));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("has not ended")));
    // Ended a month ago with 12 months' retention: not yet, and the message says when.
    const QDate today = QDate::currentDate();
    setClient(QStringLiteral("{\"code\":\"%1\",\"mandate_ended_on\":\"%2\"}")
                  .arg(code, today.addMonths(-1).toString(Qt::ISODate))
                  .toUtf8());
    refused = erase(QStringLiteral("admin"));
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(
        QStringLiteral("erased from %1").arg(today.addMonths(11).toString(Qt::ISODate))));
    CHECK(one(store, QStringLiteral("SELECT count(*) FROM debtor")).toInt() == 30);
    // Retention over: a team lead may not, an administrator may.
    setClient(QStringLiteral("{\"code\":\"%1\",\"retention_months\":0}").arg(code).toUtf8());
    CHECK(erase(QStringLiteral("capoteam")).exitCode == 4);
    const Run erased = erase(QStringLiteral("admin"));
    INFO(erased.err.toStdString());
    REQUIRE(erased.exitCode == 0);
    CHECK(erased.out.contains(QStringLiteral("30 debtors erased")));
    CHECK(one(store, QStringLiteral("SELECT count(*) FROM debtor")).toInt() == 0);
    CHECK(one(store, QStringLiteral("SELECT count(*) FROM debtor WHERE display_name = '%1'")
                         .arg(QString(name).replace(QLatin1Char('\''), QStringLiteral("''"))))
              .toInt() == 0);
    const QString certificate = dir.filePath(
        QStringLiteral("certificati/erasure-%1-%2.json").arg(code, today.toString(Qt::ISODate)));
    REQUIRE(QFile::exists(certificate));
    CHECK((QFile::permissions(certificate) &
           (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)) == 0);
    QFile file(certificate);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK_FALSE(bytes.contains(name.toUtf8()));
    // Checked anywhere; a figure changed by hand breaks the signature.
    const Run verified =
        as({}, {QStringLiteral("client"), QStringLiteral("verify-certificate"), certificate});
    INFO(verified.err.toStdString());
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(QStringLiteral("signature verified")));
    CHECK(verified.out.contains(QStringLiteral("30 debtors erased")));
    QByteArray forged = bytes;
    forged.replace("\"debtors\": 30", "\"debtors\": 3");
    const QString forgedPath = write(dir, QStringLiteral("forged.json"), forged);
    const Run broken =
        as({}, {QStringLiteral("client"), QStringLiteral("verify-certificate"), forgedPath});
    CHECK(broken.exitCode == 1);
    CHECK(broken.err.contains(QStringLiteral("changed after it was signed")));
    // The client's old file cannot bring them back: a new mandate is a new client.
    const QString file30 = write(dir, QStringLiteral("debitori.csv"),
                                 "Codice cliente;Nominativo;Codice fiscale\r\n"
                                 "C1;Rossi Mario;RSSMRA85T10A562S\r\n");
    const Run reimport =
        as(pw, {QStringLiteral("import"), QStringLiteral("--db"), store, QStringLiteral("--user"),
                QStringLiteral("admin"), QStringLiteral("--client"), code, QStringLiteral("--kind"),
                QStringLiteral("debtors"), file30});
    CHECK(reimport.exitCode == 1);
    CHECK(reimport.err.contains(QStringLiteral("were erased")));
    CHECK(reimport.err.contains(QStringLiteral("new client")));
    CHECK(one(store, QStringLiteral("SELECT count(*) FROM debtor")).toInt() == 0);
    // Nothing left to erase the second time; the store is healthy.
    CHECK(erase(QStringLiteral("admin")).err.contains(QStringLiteral("nothing to erase")));
    CHECK(as({}, {QStringLiteral("check"), QStringLiteral("--db"), store}).exitCode == 0);
}

TEST_CASE("No password hash or key appears in what Ascolto writes or prints", "[cli][privacy]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(as({}, {QStringLiteral("demo"), QStringLiteral("--db"), store,
                    QStringLiteral("--debtors"), QStringLiteral("40")})
                .exitCode == 0);
    // The device key is generated on first use (the first signature or request).
    const Run request = as(
        {}, {QStringLiteral("device"), QStringLiteral("request"), QStringLiteral("--db"), store});
    REQUIRE(request.exitCode == 0);
    // The secrets: every user's password hash, and the device's signing key.
    QStringList secrets;
    {
        const QString name = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(store);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("SELECT password_hash FROM app_user WHERE "
                                          "password_hash <> '' UNION ALL SELECT value FROM meta "
                                          "WHERE key = 'device_secret_key'")));
            while (q.next())
                secrets << q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const auto pieces = [](const QStringList& whole) {
        // A hash is also looked for by its salt or digest alone.
        QStringList out;
        for (const QString& s : whole) {
            out << s;
            for (const QString& part : s.split(QLatin1Char('$'), Qt::SkipEmptyParts))
                if (part.size() >= 16)
                    out << part;
            // An Ed25519 secret key is its seed followed by the public key, which is public
            // (enrolment requests carry it): the seed is the secret.
            if (!s.contains(QLatin1Char('$')))
                out << s.left(s.size() / 2);
        }
        return out;
    };
    const QStringList looked = pieces(secrets);
    REQUIRE(looked.size() >= 10);

    const QString pw = QStringLiteral("ascolto-demo");
    const QString out = dir.filePath(QStringLiteral("out"));
    QDir().mkpath(out);
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QList<QStringList> commands = {
        {QStringLiteral("export"), QStringLiteral("--out"), out, QStringLiteral("--full")},
        {QStringLiteral("portfolio"), QStringLiteral("--csv"), dir.filePath("portfolio.csv")},
        {QStringLiteral("audit"), QStringLiteral("register"), QStringLiteral("--from"), today,
         QStringLiteral("--to"), today, QStringLiteral("--csv"), dir.filePath("register.csv")},
        {QStringLiteral("audit"), QStringLiteral("verify")},
        {QStringLiteral("user"), QStringLiteral("list")},
        {QStringLiteral("device"), QStringLiteral("list")},
        {QStringLiteral("client"), QStringLiteral("show"),
         one(store, QStringLiteral("SELECT code FROM client")).toString()},
    };
    QString printed = request.out + request.err;
    for (const QStringList& command : commands) {
        const Run run =
            as(pw, command + QStringList{QStringLiteral("--db"), store, QStringLiteral("--user"),
                                         QStringLiteral("admin")});
        INFO(command.join(QLatin1Char(' ')).toStdString() + ": " + run.err.toStdString());
        CHECK(run.exitCode == 0);
        printed += run.out + run.err;
    }
    // A wrong password is reported and audited, never echoed with a hash.
    const Run wrong = as(QStringLiteral("sbagliata"),
                         {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"),
                          store, QStringLiteral("--user"), QStringLiteral("admin")});
    CHECK(wrong.exitCode == 4);
    printed += wrong.out + wrong.err;
    QStringList files{dir.filePath("portfolio.csv"), dir.filePath("register.csv")};
    for (const QString& f : QDir(out).entryList(QDir::Files))
        files << QDir(out).filePath(f);
    REQUIRE(files.size() >= 3);
    QString written;
    for (const QString& path : std::as_const(files)) {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        // As text, and as bytes (a key written raw would show in their hex).
        const QByteArray bytes = f.readAll();
        written += QString::fromUtf8(bytes) + QString::fromLatin1(bytes.toHex());
    }
    // The audit log's details (what a log would show) hold none either.
    const QString details =
        one(store, QStringLiteral("SELECT group_concat(details, ' ') FROM audit_log")).toString();
    for (const QString& secret : looked) {
        INFO(secret.toStdString());
        CHECK_FALSE(printed.contains(secret));
        CHECK_FALSE(written.contains(secret, Qt::CaseInsensitive));
        CHECK_FALSE(details.contains(secret));
    }
}

TEST_CASE("ascolto-cli report writes the client's periodic report as PDF and CSV with the same "
          "figures",
          "[cli][report]")
{
    QTemporaryDir dir;
    const QString store = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(as({}, {QStringLiteral("demo"), QStringLiteral("--db"), store,
                    QStringLiteral("--debtors"), QStringLiteral("60")})
                .exitCode == 0);
    const QString code = one(store, QStringLiteral("SELECT code FROM client")).toString();
    const QString pw = QStringLiteral("ascolto-demo");
    const QString file = write(
        dir, QStringLiteral("client.json"),
        QStringLiteral(R"({"code": "%1", "monthly_fee": "1.000,00", "success_fee_percent": 8})")
            .arg(code)
            .toUtf8());
    REQUIRE(as(pw, {QStringLiteral("client"), QStringLiteral("set"), file, QStringLiteral("--db"),
                    store, QStringLiteral("--user"), QStringLiteral("admin")})
                .exitCode == 0);
    // Last month, whole.
    const QDate thisMonth(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    const QString from = thisMonth.addMonths(-1).toString(Qt::ISODate);
    const QString to = thisMonth.addDays(-1).toString(Qt::ISODate);
    const QString pdf = dir.filePath(QStringLiteral("rapporto.pdf"));
    const QString csv = dir.filePath(QStringLiteral("rapporto"));
    const auto report = [&](const QString& user) {
        return as(pw, {QStringLiteral("report"), QStringLiteral("--db"), store,
                       QStringLiteral("--user"), user, QStringLiteral("--client"), code,
                       QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                       QStringLiteral("--pdf"), pdf, QStringLiteral("--csv"), csv,
                       QStringLiteral("--lang"), QStringLiteral("it")});
    };
    const Run refused = report(QStringLiteral("operatore1"));
    CHECK(refused.exitCode == 4);
    CHECK_FALSE(QFile::exists(pdf));

    const Run done = report(QStringLiteral("capoteam"));
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    // The commission: a whole month's fee and 8% of what was collected, to the cent.
    const auto rows = [&](const char* name) {
        QFile f(QDir(csv).filePath(QLatin1String(name)));
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        CHECK(bytes.startsWith("\xEF\xBB\xBF"));
        QStringList lines =
            QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        return lines;
    };
    const QStringList results = rows("results.csv");
    CHECK(results.first() == QStringLiteral("Indicatore;Valore"));
    const QString collectedLine = results.filter(QStringLiteral("Incassato nel periodo")).value(0);
    const qint64 collected =
        QString(collectedLine.section(QLatin1Char(';'), 1)).remove(QLatin1Char(',')).toLongLong();
    CHECK(collected > 0);
    const QStringList commission = rows("commission.csv");
    REQUIRE(commission.size() == 5);
    CHECK(commission.at(1).endsWith(QStringLiteral(";1000,00")));
    const qint64 success = (collected * 800 + 5000) / 10000;
    CHECK(commission.at(3).section(QLatin1Char(';'), 1) ==
          QStringLiteral("%1,%2").arg(success / 100).arg(success % 100, 2, 10, QLatin1Char('0')));
    // The PDF says the same: its text has the collected amount as the CSV has it.
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == "%PDF-");
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        REQUIRE(text.waitForFinished(60000));
        const QString body = QString::fromUtf8(text.readAllStandardOutput());
        CHECK(body.contains(QStringLiteral("Rapporto periodico")));
        CHECK(body.contains(QStringLiteral("Rendiconto dei compensi")));
        QLocale italian(QLocale::Italian);
        CHECK(body.contains(italian.toString(collected / 100) + QLatin1Char(',') +
                            QStringLiteral("%1").arg(collected % 100, 2, 10, QLatin1Char('0'))));
        CHECK(body.contains(QStringLiteral("Pagina 1 di")));
    }

    // A client that reads English gets its report in English, whatever --lang says.
    const QString english =
        write(dir, QStringLiteral("english.json"),
              QStringLiteral(R"({"code": "%1", "report_language": "en"})").arg(code).toUtf8());
    REQUIRE(
        as(pw, {QStringLiteral("client"), QStringLiteral("set"), english, QStringLiteral("--db"),
                store, QStringLiteral("--user"), QStringLiteral("admin")})
            .exitCode == 0);
    REQUIRE(report(QStringLiteral("capoteam")).exitCode == 0);
    CHECK(rows("results.csv").first() == QStringLiteral("Figure;Value"));
    CHECK(rows("results.csv").filter(QStringLiteral("Collected in the period")).size() == 1);
}

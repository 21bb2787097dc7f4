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
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
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

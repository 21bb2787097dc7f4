#include <catch2/catch.hpp>

#include "CliRun.h"
#include "QtCatch.h"

#include <QDate>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using ascolto::test::Run;

namespace {

// Runs ascolto-cli to the end, with input on its standard input. The messages these tests
// read are the English ones, whatever the machine's locale.
Run cli(const QStringList& args, const QByteArray& input = {})
{
    return ascolto::test::runCli(args, ascolto::test::cliEnvironment(), input);
}

} // namespace

TEST_CASE("ascolto-cli --version and usage errors", "[cli]")
{
    const Run v = cli({QStringLiteral("--version")});
    CHECK(v.exitCode == 0);
    CHECK(v.out.trimmed() == QStringLiteral("ascolto-cli " ASCOLTO_TEST_VERSION));
    const Run none = cli({});
    CHECK(none.exitCode == 2);
    CHECK(none.err.contains(QStringLiteral("no command")));
    const Run unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown command \"frobnicate\"")));
    const Run missingDb = cli({QStringLiteral("check")});
    CHECK(missingDb.exitCode == 2);
    CHECK(missingDb.err.contains(QStringLiteral("--db")));
    const Run badCount = cli({QStringLiteral("demo"), QStringLiteral("--db"), QStringLiteral("x"),
                              QStringLiteral("--debtors"), QStringLiteral("many")});
    CHECK(badCount.exitCode == 2);
    CHECK(badCount.err.contains(QStringLiteral("--debtors")));
}

TEST_CASE("ascolto-cli demo builds a store that check finds healthy", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    const Run demo =
        cli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--debtors"),
             QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("3"),
             QStringLiteral("--today"), QStringLiteral("2026-11-23")});
    INFO(demo.err.toStdString());
    REQUIRE(demo.exitCode == 0);
    CHECK(demo.out.contains(QStringLiteral("debtors:      120")));
    CHECK(demo.out.contains(QStringLiteral("seed 3, day 2026-11-23")));

    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(check.exitCode == 0);
    CHECK(check.out.startsWith(QStringLiteral("OK: ")));

    const Run again = cli({QStringLiteral("demo"), QStringLiteral("--db"), path});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));

    // Same seed and day, same portfolio.
    const QString twin = dir.filePath(QStringLiteral("twin.sqlite"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), twin, QStringLiteral("--debtors"),
                 QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("3"),
                 QStringLiteral("--today"), QStringLiteral("2026-11-23")})
                .exitCode == 0);
    const QString sql =
        QStringLiteral("SELECT group_concat(id || display_name || outstanding_cents) "
                       "FROM (SELECT d.id, d.display_name, s.outstanding_cents FROM "
                       "debtor d JOIN debtor_summary s ON s.debtor_id = d.id ORDER "
                       "BY d.id)");
    QStringList digests;
    for (const QString& file : {path, twin}) {
        const QString name = QStringLiteral("cli-digest-%1").arg(digests.size());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(file);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(sql));
            REQUIRE(q.next());
            digests << q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(name);
    }
    CHECK(digests.at(0) == digests.at(1));
    CHECK(digests.at(0).size() > 1000);
}

TEST_CASE("ascolto-cli daily follows up a store nobody has open and says what changed",
          "[cli][daily]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--debtors"),
                 QStringLiteral("300"), QStringLiteral("--today"), QStringLiteral("2026-11-01")})
                .exitCode == 0);
    QProcessEnvironment env = ascolto::test::cliEnvironment();
    env.insert(QStringLiteral("ASCOLTO_PASSWORD"), QStringLiteral("ascolto-demo"));
    auto dailyAs = [&](const char* user, const char* day) {
        return ascolto::test::runCli({QStringLiteral("daily"), QStringLiteral("--db"), path,
                                      QStringLiteral("--user"), QLatin1String(user),
                                      QStringLiteral("--today"), QString::fromLatin1(day)},
                                     env);
    };
    auto daily = [&](const char* day) {
        return dailyAs("capoteam", day);
    };
    // It changes every debtor's rows: on record, and not an operator's job.
    CHECK(dailyAs("operatore1", "2026-11-01").exitCode == 4);
    CHECK(cli({QStringLiteral("daily"), QStringLiteral("--db"), path}).exitCode == 2);
    auto count = [&path](const QString& sql) {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {path, sql});
        REQUIRE(p.waitForFinished());
        return p.readAllStandardOutput().trimmed().toInt();
    };
    // The demo day itself: nothing to do.
    const Run same = daily("2026-11-01");
    REQUIRE(same.exitCode == 0);
    CHECK(same.out.contains(QStringLiteral("nothing changed")));
    const int lateBefore = count(QStringLiteral("SELECT count(*) FROM installment WHERE status "
                                                "IN ('late', 'missed')"));
    // A month later installments fell due unpaid, and every row is brought to the day.
    const Run month = daily("2026-12-01");
    INFO(month.err.toStdString());
    REQUIRE(month.exitCode == 0);
    CHECK(month.out.contains(QStringLiteral("installments late")));
    CHECK(month.out.contains(QStringLiteral("brought to the day")));
    CHECK(count(QStringLiteral("SELECT count(*) FROM installment WHERE status IN ('late', "
                               "'missed')")) > lateBefore);
    CHECK(count(QStringLiteral("SELECT count(*) FROM debtor_summary WHERE as_of <> "
                               "'2026-12-01'")) == 0);
    // Twice the same day: the second run changes nothing.
    CHECK(daily("2026-12-01").out.contains(QStringLiteral("nothing changed")));
    CHECK(cli({QStringLiteral("check"), QStringLiteral("--db"), path}).exitCode == 0);
    CHECK(cli({QStringLiteral("daily")}).exitCode == 2);
    CHECK(daily("1 dicembre").exitCode == 2);
    CHECK(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'daily'")) == 3);
    CHECK(cli({QStringLiteral("daily"), QStringLiteral("--db"), dir.filePath(QStringLiteral("no"))})
              .exitCode == 1);
}

TEST_CASE("ascolto-cli check reports damaged and inconsistent stores", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--debtors"),
                 QStringLiteral("40")})
                .exitCode == 0);
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("UPDATE invoice SET amount_cents = amount_cents + 1 WHERE "
                                      "rowid IN (SELECT rowid FROM invoice LIMIT 3)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(check.exitCode == 1);
    CHECK(check.err.contains(QStringLiteral("stored balance that disagrees")));

    const QString garbage = dir.filePath(QStringLiteral("garbage.sqlite"));
    {
        QFile f(garbage);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    const Run bad = cli({QStringLiteral("check"), QStringLiteral("--db"), garbage});
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("not an Ascolto store")));

    const Run missing = cli({QStringLiteral("check"), QStringLiteral("--db"),
                             dir.filePath(QStringLiteral("nope.sqlite"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("nope.sqlite"))));
}

TEST_CASE("ascolto-cli audit verify finds the row someone edited with sqlite3", "[cli][audit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--debtors"),
                 QStringLiteral("10")})
                .exitCode == 0);
    QProcessEnvironment env = ascolto::test::cliEnvironment();
    const auto verify = [&](const char* password) {
        env.insert(QStringLiteral("ASCOLTO_PASSWORD"), QLatin1String(password));
        return ascolto::test::runCli({QStringLiteral("audit"), QStringLiteral("verify"),
                                      QStringLiteral("--db"), path, QStringLiteral("--user"),
                                      QStringLiteral("admin")},
                                     env);
    };
    // A wrong password is refused, and recorded in the chain like everything else.
    CHECK(verify("wrong").exitCode == 4);
    const Run clean = verify("ascolto-demo");
    INFO(clean.err.toStdString());
    CHECK(clean.exitCode == 0);
    CHECK(clean.out.contains(QStringLiteral("every chain holds")));

    // Someone with the file hides the failed login.
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {path, QStringLiteral("UPDATE audit_log SET details = "
                                       "json_set(details, '$.username', 'nobody') WHERE action = "
                                       "'login_failed'")});
    REQUIRE(sqlite.waitForFinished());
    REQUIRE(sqlite.exitCode() == 0);
    const Run broken = verify("ascolto-demo");
    CHECK(broken.exitCode == 1);
    CHECK(broken.out.contains(QStringLiteral("row 2 (")));
    CHECK(broken.out.contains(QStringLiteral("values were changed")));
    // Only an administrator may check.
    env.insert(QStringLiteral("ASCOLTO_PASSWORD"), QStringLiteral("ascolto-demo"));
    const Run operatorTries = ascolto::test::runCli(
        {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), path,
         QStringLiteral("--user"), QStringLiteral("operatore1")},
        env);
    CHECK(operatorTries.exitCode == 4);

    // The register of operations of today: who, when, what; owner-only, audited itself.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString csv = dir.filePath(QStringLiteral("registro.csv"));
    const auto registerOf = [&]() {
        return ascolto::test::runCli({QStringLiteral("audit"), QStringLiteral("register"),
                                      QStringLiteral("--db"), path, QStringLiteral("--user"),
                                      QStringLiteral("admin"), QStringLiteral("--from"),
                                      QStringLiteral("2026-01-01"), QStringLiteral("--to"), today,
                                      QStringLiteral("--csv"), csv},
                                     env);
    };
    const Run reg = registerOf();
    INFO(reg.err.toStdString());
    REQUIRE(reg.exitCode == 0);
    QFile file(csv);
    CHECK(file.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                 QFileDevice::ReadUser | QFileDevice::WriteUser));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "Date;Time;Who;Operation;On;Customer code;Debtor;"));
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.contains(QStringLiteral(";failed login;user;")));
    CHECK(text.contains(QStringLiteral("Amministratore (admin);audit log verified;store;")));
    const Run bad = ascolto::test::runCli(
        {QStringLiteral("audit"), QStringLiteral("register"), QStringLiteral("--db"), path,
         QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--from"), today,
         QStringLiteral("--to"), QStringLiteral("2026-01-01"), QStringLiteral("--csv"), csv},
        env);
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("is before --from")));
    file.close();
    REQUIRE(registerOf().exitCode == 0);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(file.readAll())
              .contains(QStringLiteral("register of operations exported")));
}

TEST_CASE("A team lead exports only their own client, and only an admin the whole store",
          "[cli][security]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--debtors"),
                 QStringLiteral("10")})
                .exitCode == 0);
    QProcessEnvironment env = ascolto::test::cliEnvironment();
    env.insert(QStringLiteral("ASCOLTO_PASSWORD"), QStringLiteral("ascolto-demo"));
    const auto as = [&](const char* user, QStringList args) {
        args << QStringLiteral("--db") << path << QStringLiteral("--user") << QLatin1String(user);
        return ascolto::test::runCli(args, env);
    };
    // A second client the team lead has nothing to do with.
    {
        QFile json(dir.filePath(QStringLiteral("acqua.json")));
        REQUIRE(json.open(QIODevice::WriteOnly));
        json.write(R"({"code": "ACQUA", "name": "Acqua Nord"})");
    }
    REQUIRE(as("admin", {QStringLiteral("client"), QStringLiteral("set"),
                         dir.filePath(QStringLiteral("acqua.json"))})
                .exitCode == 0);

    const QString bundle = dir.filePath(QStringLiteral("tl.bundle"));
    Run r = as("capoteam", {QStringLiteral("sync"), QStringLiteral("--export-bundle"), bundle,
                            QStringLiteral("--full")});
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(QStringLiteral("--full")));
    r = as("capoteam", {QStringLiteral("sync"), QStringLiteral("--export-bundle"), bundle,
                        QStringLiteral("--client"), QStringLiteral("ACQUA")});
    CHECK(r.exitCode == 4);
    CHECK(r.err.contains(QStringLiteral("cannot export the data of client ACQUA")));
    CHECK_FALSE(QFile::exists(bundle));
    r = as("capoteam", {QStringLiteral("export"), QStringLiteral("--out"), dir.path(),
                        QStringLiteral("--full")});
    CHECK(r.exitCode == 4);

    // Bundles go only to enrolled devices: the branch prints its request, an administrator
    // enrols it (a team lead may not), and the bundle names it.
    r = as("capoteam", {QStringLiteral("sync"), QStringLiteral("--export-bundle"), bundle});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("no head office")));
    const QString branch = dir.filePath(QStringLiteral("branch.sqlite"));
    r = cli({QStringLiteral("device"), QStringLiteral("request"), QStringLiteral("--db"), branch});
    REQUIRE(r.exitCode == 0);
    const QString request = r.out.section(QLatin1Char('\n'), 0, 0);
    const QString fingerprint = r.out.section(QStringLiteral("fingerprint "), 1).trimmed();
    REQUIRE(request.startsWith(QStringLiteral("ascolto-device:")));
    const QString branchId = request.section(QLatin1Char(':'), 1, 1);
    const QStringList enrol{QStringLiteral("device"),    QStringLiteral("enrol"),
                            QStringLiteral("--request"), request,
                            QStringLiteral("--name"),    QStringLiteral("Filiale Bari"),
                            QStringLiteral("--users"),   QStringLiteral("capoteam")};
    CHECK(as("capoteam", enrol).exitCode == 4);
    r = as("admin", enrol);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(fingerprint));
    r = as("admin", {QStringLiteral("device"), QStringLiteral("list")});
    CHECK(r.out.contains(QStringLiteral("Filiale Bari")));
    r = as("capoteam", {QStringLiteral("sync"), QStringLiteral("--export-bundle"), bundle,
                        QStringLiteral("--for-device"), branchId});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("clients LUCEGAS,")));
    r = cli({QStringLiteral("sync"), QStringLiteral("--inspect-bundle"), bundle});
    CHECK(r.out.contains(QStringLiteral("signature verified")));
    CHECK(r.out.contains(branchId));
    // The new branch store takes it (no user yet) and knows head office from now on.
    r = cli({QStringLiteral("sync"), QStringLiteral("--db"), branch,
             QStringLiteral("--import-bundle"), bundle});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    // Even the administrator's whole-store bundle for it holds only what its users may see.
    r = as("admin", {QStringLiteral("sync"), QStringLiteral("--export-bundle"),
                     dir.filePath(QStringLiteral("all.bundle")), QStringLiteral("--full"),
                     QStringLiteral("--for-device"), branchId});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("clients LUCEGAS,")));
    CHECK_FALSE(r.out.contains(QStringLiteral("ACQUA")));
    // Revoked: no more bundles for it.
    CHECK(as("admin",
             {QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("--id"), branchId})
              .exitCode == 0);
    r = as("admin",
           {QStringLiteral("sync"), QStringLiteral("--export-bundle"),
            dir.filePath(QStringLiteral("late.bundle")), QStringLiteral("--for-device"), branchId});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("revoked")));
}

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

TEST_CASE("ascolto-cli bench measures every budget and reports JSON", "[cli][bench]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--debtors"),
                 QStringLiteral("300")})
                .exitCode == 0);
    const Run bench =
        cli({QStringLiteral("bench"), QStringLiteral("--db"), path, QStringLiteral("--json")});
    INFO(bench.err.toStdString());
    CHECK((bench.exitCode == 0 || bench.exitCode == 1)); // 1 = a budget was exceeded
    const QJsonObject o = QJsonDocument::fromJson(bench.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("debtors")).toInt() == 300);
    const QJsonArray measures = o.value(QStringLiteral("measures")).toArray();
    QStringList names;
    bool allPass = true;
    for (const QJsonValue& m : measures) {
        names << m.toObject().value(QStringLiteral("name")).toString();
        CHECK(m.toObject().value(QStringLiteral("value")).toDouble() >= 0);
        // Every measure has its budget, but the reports: read on a worker, they are followed
        // without one.
        const QString name = m.toObject().value(QStringLiteral("name")).toString();
        CHECK((m.toObject().value(QStringLiteral("budget")).toDouble() > 0 ||
               name.startsWith(QLatin1String("reports, "))));
        allPass = allPass && m.toObject().value(QStringLiteral("pass")).toBool();
    }
    CHECK(o.value(QStringLiteral("pass")).toBool() == allPass);
    CHECK(bench.exitCode == (allPass ? 0 : 1));
    const QString all = names.join(QLatin1Char('|'));
    for (const char* expected :
         {"start-up to first portfolio page", "search keystroke, SQL",
          "search keystroke, model reset", "filter switch", "page fetch", "sort by column",
          "debtor card, typical debtor", "debtor card, debtor with 10,000 more bills",
          "today's queue", "balance recompute of one debtor", "resident memory",
          "reports, whole client"})
        CHECK(all.contains(QLatin1String(expected)));
    // The bench never changes the store it measures.
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(check.exitCode == 0);
}

TEST_CASE("ascolto-cli plan --preview prints the schedule and the checks as JSON", "[cli][plans]")
{
    const Run ok = cli({QStringLiteral("plan"), QStringLiteral("--preview")},
                       R"({"bills":[{"amount":"1.000,00"},{"amount_cents":1}],"installments":3,
            "first_due":"2026-12-08","today":"2026-11-23","down_payment":"100",
            "household":{"members":2,"income":"1800","housing":"500"},
            "rules":{"max_installments":12,"min_installment":"25","protected_minimum":"600",
                     "operator_discount_percent":0,"teamlead_discount_percent":20}})");
    INFO(ok.out.toStdString());
    REQUIRE(ok.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(ok.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("total_cents")).toInt() == 100001);
    CHECK(o.value(QStringLiteral("financed_cents")).toInt() == 90001);
    const QJsonArray lines = o.value(QStringLiteral("schedule")).toArray();
    REQUIRE(lines.size() == 4);
    CHECK(lines.at(0).toObject().value(QStringLiteral("seq")).toInt() == 0);
    CHECK(lines.at(1).toObject().value(QStringLiteral("nominal")).toString() ==
          QStringLiteral("2026-12-08"));
    CHECK(lines.at(1).toObject().value(QStringLiteral("due")).toString() ==
          QStringLiteral("2026-12-09"));
    CHECK(lines.at(1).toObject().value(QStringLiteral("amount_cents")).toInt() == 30001);
    qint64 sum = 0;
    for (const QJsonValue& l : lines)
        sum += l.toObject().value(QStringLiteral("amount_cents")).toInteger();
    CHECK(sum == 100001);
    const QJsonObject a = o.value(QStringLiteral("affordability")).toObject();
    CHECK(a.value(QStringLiteral("protected_minimum_cents")).toInt() == 94200); // 600 x 1.57
    // 1,800 - the larger of 500 declared and the 942 floor.
    CHECK(a.value(QStringLiteral("max_monthly_cents")).toInt() == 85800);
    CHECK(a.value(QStringLiteral("affordable")).toBool());
    CHECK(o.value(QStringLiteral("mandate")).toObject().value(QStringLiteral("ok")).toBool());
    CHECK_FALSE(o.value(QStringLiteral("approval_needed")).toBool());

    const Run discount = cli({QStringLiteral("plan"), QStringLiteral("--preview")},
                             R"({"total":"1000","discount_percent":15,"installments":2,
                                          "first_due":"2026-12-15","today":"2026-11-23",
                                          "rules":{"operator_discount_percent":10,
                                                   "teamlead_discount_percent":20}})");
    REQUIRE(discount.exitCode == 0);
    CHECK(QJsonDocument::fromJson(discount.out.toUtf8())
              .object()
              .value(QStringLiteral("approval_needed"))
              .toBool());

    struct Bad
    {
        const char* json;
        const char* field;
    };
    for (
        const Bad& bad :
        {Bad{R"({"total":"12x","first_due":"2026-12-15","installments":2})", "total"},
         Bad{R"({"total":"100","installments":2})", "first_due"},
         Bad{R"({"total":"100","first_due":"2026-13-45","installments":2})", "first_due"},
         Bad{R"({"total":"100","first_due":"2026-12-15","installments":0})", "installments"},
         Bad{R"({"total":"100","first_due":"2026-12-15","today":"2026-11-23"})", "installments"},
         Bad{R"({"total":"100","first_due":"2026-12-15","installments":2,"frequency":"weekly"})",
             "frequency"},
         Bad{R"({"bills":[{"amount":"-5"}],"first_due":"2026-12-15","installments":2})",
             "bills[0].amount"},
         Bad{R"({"total":"100","first_due":"2020-01-01","today":"2026-11-23","installments":2})",
             "first_due"},
         Bad{R"({"total":"100","down_payment":"200","first_due":"2026-12-15","today":"2026-11-23","installments":2})",
             "down_payment"},
         Bad{"not json", ""}}) {
        const Run r = cli({QStringLiteral("plan"), QStringLiteral("--preview")}, bad.json);
        INFO(bad.json);
        CHECK(r.exitCode == 1);
        const QJsonObject e = QJsonDocument::fromJson(r.out.toUtf8()).object();
        CHECK(e.value(QStringLiteral("field")).toString() == QLatin1String(bad.field));
        CHECK_FALSE(e.value(QStringLiteral("error")).toString().isEmpty());
    }
}

#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>

namespace {

// Starts ascolto-cli and kills it (SIGKILL, as a power cut or a crash would) after delayMs.
// True when it was still running then.
bool killedAfter(const QStringList& args, int delayMs)
{
    QProcess p;
    p.start(QStringLiteral(ASCOLTO_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    if (p.waitForFinished(delayMs))
        return false;
    p.kill();
    REQUIRE(p.waitForFinished(30000));
    return true;
}

// Milliseconds an uninterrupted run takes.
qint64 timed(const QStringList& args)
{
    QElapsedTimer timer;
    timer.start();
    const Run r = cli(args);
    INFO(r.err.toStdString());
    REQUIRE((r.exitCode == 0 || r.exitCode == 3));
    return timer.elapsed();
}

// A store file with its WAL companions, as a closed store is copied; from empty: removes.
void copyStore(const QString& from, const QString& to)
{
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const QString target = to + QLatin1String(suffix);
        QFile::remove(target);
        if (!from.isEmpty() && QFile::exists(from + QLatin1String(suffix)))
            REQUIRE(QFile::copy(from + QLatin1String(suffix), target));
    }
}

qint64 count(const QString& path, const QString& sql)
{
    qint64 n = -1;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        n = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return n;
}

// The store opens (recovering its journal) and passes every consistency check.
void requireHealthy(const QString& path)
{
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    INFO(check.err.toStdString());
    REQUIRE(check.exitCode == 0);
}

// Kill points spread over the run, jittered reproducibly.
QVector<int> killPoints(qint64 runMs, int n, quint32 seed)
{
    QRandomGenerator random(seed);
    QVector<int> points;
    for (int i = 0; i < n; ++i)
        points << int(runMs * (0.05 + 0.9 * (i + random.generateDouble()) / n));
    return points;
}

} // namespace

TEST_CASE("Killing ascolto-cli during an import, an export or a sync leaves stores consistent",
          "[cli][kill]")
{
    QTemporaryDir dir;
    // Reading or changing a store names the acting user: the demo administrator here.
    qputenv("ASCOLTO_PASSWORD", "ascolto-demo");
    const QString pristine = dir.filePath(QStringLiteral("pristine.sqlite"));
    REQUIRE(cli({QStringLiteral("demo"), QStringLiteral("--db"), pristine,
                 QStringLiteral("--debtors"), QStringLiteral("1000"), QStringLiteral("--seed"),
                 QStringLiteral("5"), QStringLiteral("--today"), QStringLiteral("2026-11-23")})
                .exitCode == 0);
    const QString debtors = QStringLiteral("SELECT count(*) FROM debtor");
    const qint64 before = count(pristine, debtors);
    const QString store = dir.filePath(QStringLiteral("store.sqlite"));
    // Bundles go to enrolled devices only: a device prints its request, the demo's
    // administrator enrols it in the pristine store.
    const auto enrolled = [&](const QString& device, const char* kind) {
        const Run request = cli(
            {QStringLiteral("device"), QStringLiteral("request"), QStringLiteral("--db"), device});
        REQUIRE(request.exitCode == 0);
        const QString text = request.out.section(QLatin1Char('\n'), 0, 0);
        const Run enrol = cli(
            {QStringLiteral("device"), QStringLiteral("enrol"), QStringLiteral("--db"), pristine,
             QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--request"), text,
             QStringLiteral("--name"), QFileInfo(device).baseName(), QStringLiteral("--kind"),
             QLatin1String(kind), QStringLiteral("--users"), QStringLiteral("admin")});
        INFO(enrol.err.toStdString());
        REQUIRE(enrol.exitCode == 0);
        return text.section(QLatin1Char(':'), 1, 1);
    };

    SECTION("import: all the file's rows or none")
    {
        const QString csv = dir.filePath(QStringLiteral("debtors.csv"));
        {
            QFile f(csv);
            REQUIRE(f.open(QIODevice::WriteOnly));
            f.write("Codice cliente;Cognome;Nome;Comune\n");
            for (int i = 0; i < 25000; ++i)
                f.write("N-" + QByteArray::number(i) + ";Rossi;Mario;Roma\n");
        }
        const QStringList args{QStringLiteral("import"),
                               QStringLiteral("--db"),
                               store,
                               QStringLiteral("--user"),
                               QStringLiteral("admin"),
                               QStringLiteral("--client"),
                               QStringLiteral("LUCEGAS"),
                               QStringLiteral("--kind"),
                               QStringLiteral("debtors"),
                               csv};
        copyStore(pristine, store);
        const qint64 runMs = timed(args);
        const qint64 after = count(store, debtors);
        REQUIRE(after == before + 25000);

        int midway = 0;
        for (int at : killPoints(runMs, 5, 11)) {
            INFO("killed after " << at << " ms of " << runMs);
            copyStore(pristine, store);
            midway += killedAfter(args, at) ? 1 : 0;
            requireHealthy(store);
            const qint64 n = count(store, debtors);
            CHECK((n == before || n == after));
            CHECK(count(store, QStringLiteral("SELECT count(*) FROM change_log l WHERE "
                                              "l.entity = 'debtor' AND NOT EXISTS (SELECT 1 FROM "
                                              "debtor d WHERE d.id = l.entity_id)")) == 0);
        }
        CHECK(midway >= 3);
        // The interrupted store takes the same file again, whole.
        REQUIRE(cli(args).exitCode == 0);
        CHECK(count(store, debtors) == after);
        requireHealthy(store);
    }

    SECTION("export: only whole files under their final names; the next export catches up")
    {
        // The store's head office, where its folder's bundles go.
        const QString seeded = dir.filePath(QStringLiteral("seeded.sqlite"));
        enrolled(seeded, "head_office");
        copyStore(pristine, store);
        const QString out = dir.filePath(QStringLiteral("out"));
        const QStringList args{
            QStringLiteral("export"), QStringLiteral("--db"),  store, QStringLiteral("--user"),
            QStringLiteral("admin"),  QStringLiteral("--out"), out};
        REQUIRE(QDir().mkpath(out));
        const qint64 runMs = timed(args);
        REQUIRE(QDir(out).removeRecursively());

        int midway = 0;
        const QVector<int> points = killPoints(runMs, 5, 12);
        for (int at : points) {
            INFO("killed after " << at << " ms of " << runMs);
            copyStore(pristine, store);
            REQUIRE(QDir().mkpath(out));
            midway += killedAfter(args, at) ? 1 : 0;
            requireHealthy(store);
            for (const QFileInfo& file : QDir(out).entryInfoList(QDir::Files)) {
                INFO(file.fileName().toStdString());
                if (file.suffix() == QLatin1String("bundle")) {
                    const Run inspect = cli({QStringLiteral("sync"),
                                             QStringLiteral("--inspect-bundle"), file.filePath()});
                    INFO(inspect.err.toStdString());
                    CHECK(inspect.exitCode == 0);
                } else if (file.suffix() == QLatin1String("csv")) {
                    QFile f(file.filePath());
                    REQUIRE(f.open(QIODevice::ReadOnly));
                    const QByteArray bytes = f.readAll();
                    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
                    CHECK(bytes.endsWith('\n'));
                } else {
                    // Anything else is an unfinished temporary file, never a final name.
                    CHECK(file.fileName().contains(QStringLiteral(".part")));
                }
            }
            if (at != points.constLast()) // the last kill's leftovers meet the next export
                REQUIRE(QDir(out).removeRecursively());
        }
        CHECK(midway >= 3);
        // Nothing is lost: the next export carries everything up to now, and a new
        // workstation seeded from the folder's bundles has every debtor.
        REQUIRE(cli(args).exitCode == 0);
        const QFileInfoList bundles =
            QDir(out).entryInfoList({QStringLiteral("*.bundle")}, QDir::Files, QDir::Name);
        REQUIRE_FALSE(bundles.isEmpty());
        for (const QFileInfo& b : bundles) {
            const Run applied = cli({QStringLiteral("sync"), QStringLiteral("--db"), seeded,
                                     QStringLiteral("--user"), QStringLiteral("admin"),
                                     QStringLiteral("--import-bundle"), b.filePath()});
            INFO(applied.err.toStdString());
            REQUIRE(applied.exitCode == 0);
        }
        CHECK(count(seeded, debtors) == before);
    }

    SECTION("sync: a bundle applied whole or not at all, then applied again")
    {
        // A new workstation (its store made when it printed its request), seeded from head
        // office: the same blank store each time.
        const QString blank = dir.filePath(QStringLiteral("blank.sqlite"));
        const QString device = enrolled(blank, "workstation");
        const QString bundle = dir.filePath(QStringLiteral("full.bundle"));
        REQUIRE(
            cli({QStringLiteral("sync"), QStringLiteral("--db"), pristine, QStringLiteral("--user"),
                 QStringLiteral("admin"), QStringLiteral("--export-bundle"), bundle,
                 QStringLiteral("--full"), QStringLiteral("--for-device"), device})
                .exitCode == 0);
        const QStringList args{QStringLiteral("sync"),
                               QStringLiteral("--db"),
                               store,
                               QStringLiteral("--user"),
                               QStringLiteral("admin"),
                               QStringLiteral("--import-bundle"),
                               bundle};
        copyStore(blank, store);
        const qint64 runMs = timed(args);
        REQUIRE(count(store, debtors) == before);

        int midway = 0;
        for (int at : killPoints(runMs, 5, 13)) {
            INFO("killed after " << at << " ms of " << runMs);
            copyStore(blank, store); // a new workstation seeded from head office
            midway += killedAfter(args, at) ? 1 : 0;
            if (!QFile::exists(store))
                continue; // killed before the store was created
            requireHealthy(store);
            const qint64 n = count(store, debtors);
            CHECK((n == 0 || n == before));
            CHECK(count(store, QStringLiteral("SELECT count(*) FROM sync_received")) ==
                  (n == 0 ? 0 : 1));
        }
        CHECK(midway >= 3);
        const Run again = cli(args);
        INFO(again.err.toStdString());
        REQUIRE(again.exitCode == 0);
        CHECK(count(store, debtors) == before);
        requireHealthy(store);
    }
}

TEST_CASE("ascolto-cli bench times the CSV import against the sqlite3 shell doing the same job",
          "[cli][bench]")
{
    QTemporaryDir dir;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ASCOLTO_BENCH_DIR"), dir.path());
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ASCOLTO_CLI_PATH), {QStringLiteral("bench"), QStringLiteral("--debtors"),
                                               QStringLiteral("300"), QStringLiteral("--json")});
    REQUIRE(p.waitForFinished(120000));
    INFO(p.readAllStandardError().toStdString());
    const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue& m : o.value(QStringLiteral("measures")).toArray())
        byName.insert(m.toObject().value(QStringLiteral("name")).toString(), m.toObject());
    for (const char* name :
         {"CSV import, 300 debtors + 3000 bills", "sqlite3 shell: .import into bare tables",
          "sqlite3 shell: the same rows into the store", "CSV import / shell into the store"}) {
        INFO(name);
        REQUIRE(byName.contains(QLatin1String(name)));
        CHECK(byName.value(QLatin1String(name)).value(QStringLiteral("value")).toDouble() > 0);
    }
    CHECK(byName.value(QStringLiteral("CSV import / shell into the store"))
              .value(QStringLiteral("budget"))
              .toDouble() == 1.5);
    // The import really ran (as the demo administrator), and an unchanged file is measured
    // against its first import.
    CHECK_FALSE(byName.contains(QStringLiteral("CSV import ran to the end (1 = it failed)")));
    CHECK(byName.value(QStringLiteral("re-import of the same bills / their first import"))
              .value(QStringLiteral("budget"))
              .toDouble() == 0.5);
    // The shell's store holds the same rows as the import's: the comparison is fair.
    for (const char* table : {"debtor", "contact", "supply", "invoice"}) {
        INFO(table);
        const QString sql = QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        CHECK(count(dir.filePath(QStringLiteral("shell-store.sqlite")), sql) ==
              count(dir.filePath(QStringLiteral("import.sqlite")), sql));
    }
    CHECK(count(dir.filePath(QStringLiteral("shell-store.sqlite")),
                QStringLiteral("SELECT count(*) FROM change_log")) >= 300 + 300 + 300 + 3000);
}

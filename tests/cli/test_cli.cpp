#include <catch2/catch.hpp>

#include "QtCatch.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& args)
{
    const QString program = QStringLiteral(ASCOLTO_CLI_PATH);
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
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
        CHECK(m.toObject().value(QStringLiteral("budget")).toDouble() > 0);
        allPass = allPass && m.toObject().value(QStringLiteral("pass")).toBool();
    }
    CHECK(o.value(QStringLiteral("pass")).toBool() == allPass);
    CHECK(bench.exitCode == (allPass ? 0 : 1));
    const QString all = names.join(QLatin1Char('|'));
    for (const char* expected :
         {"start-up to first portfolio page", "search keystroke, SQL",
          "search keystroke, model reset", "filter switch", "page fetch", "sort by column",
          "debtor card, typical debtor", "debtor card, debtor with 10,000 more bills",
          "today's queue", "balance recompute of one debtor", "resident memory"})
        CHECK(all.contains(QLatin1String(expected)));
    // The bench never changes the store it measures.
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(check.exitCode == 0);
}

namespace {
Run cliWithInput(const QStringList& args, const QByteArray& input)
{
    QProcess p;
    p.start(QStringLiteral(ASCOLTO_CLI_PATH), args);
    REQUIRE(p.waitForStarted());
    p.write(input);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

TEST_CASE("ascolto-cli plan --preview prints the schedule and the checks as JSON", "[cli][plans]")
{
    const Run ok =
        cliWithInput({QStringLiteral("plan"), QStringLiteral("--preview")},
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
    CHECK(a.value(QStringLiteral("max_monthly_cents")).toInt() == 35800);
    CHECK(a.value(QStringLiteral("affordable")).toBool());
    CHECK(o.value(QStringLiteral("mandate")).toObject().value(QStringLiteral("ok")).toBool());
    CHECK_FALSE(o.value(QStringLiteral("approval_needed")).toBool());

    const Run discount = cliWithInput({QStringLiteral("plan"), QStringLiteral("--preview")},
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
        const Run r = cliWithInput({QStringLiteral("plan"), QStringLiteral("--preview")}, bad.json);
        INFO(bad.json);
        CHECK(r.exitCode == 1);
        const QJsonObject e = QJsonDocument::fromJson(r.out.toUtf8()).object();
        CHECK(e.value(QStringLiteral("field")).toString() == QLatin1String(bad.field));
        CHECK_FALSE(e.value(QStringLiteral("error")).toString().isEmpty());
    }
}

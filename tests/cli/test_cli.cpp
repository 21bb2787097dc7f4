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
    const Run bench = cli({QStringLiteral("bench"), QStringLiteral("--db"), path, QStringLiteral("--json")});
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
    for (const char* expected : {"start-up to first portfolio page", "search keystroke, SQL",
                                 "search keystroke, model reset", "filter switch", "page fetch",
                                 "sort by column", "debtor card, typical debtor",
                                 "debtor card, debtor with 10,000 more bills", "today's queue",
                                 "balance recompute of one debtor", "resident memory"})
        CHECK(all.contains(QLatin1String(expected)));
    // The bench never changes the store it measures.
    const Run check = cli({QStringLiteral("check"), QStringLiteral("--db"), path});
    CHECK(check.exitCode == 0);
}

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

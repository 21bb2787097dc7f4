#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "domain/CallOutcome.h"
#include "storage/Database.h"
#include "storage/StoreCheck.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace ascolto;
using ascolto::test::TempDatabase;

namespace {
QString pragma(Database& db, const char* name)
{
    QSqlQuery q(db.sql());
    q.exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
    q.next();
    return q.value(0).toString();
}

int scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    q.exec(sql);
    q.next();
    return q.value(0).toInt();
}

void writeFile(const QString& path, const QByteArray& content)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(content);
}
} // namespace

TEST_CASE("A new store is a WAL SQLite file with foreign keys and at the latest schema",
          "[database]")
{
    TempDatabase t;
    CHECK(pragma(t.db(), "journal_mode") == QStringLiteral("wal"));
    CHECK(pragma(t.db(), "foreign_keys") == QStringLiteral("1"));
    CHECK(pragma(t.db(), "busy_timeout") == QStringLiteral("5000"));
    CHECK(t->schemaVersion() == Database::latestVersion());
    CHECK(t->schemaVersion() >= 1);
    CHECK(t->deviceId().size() == 36);
    CHECK(QFile::exists(t.path()));
    // A foreign key violation is refused.
    QSqlQuery q(t->sql());
    CHECK_FALSE(q.exec(QStringLiteral(
        "INSERT INTO debtor(id, client_id, customer_code, display_name, device_id, updated_at) "
        "VALUES('d', 'no-such-client', 'C1', 'X', 'dev', 'now')")));
}

TEST_CASE("The device id survives reopening", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("s.sqlite"));
    QString first;
    {
        auto db = Database::open(path, TempDatabase::uniqueConnectionName());
        REQUIRE(db.ok());
        first = db.value()->deviceId();
    }
    auto again = Database::open(path, TempDatabase::uniqueConnectionName());
    REQUIRE(again.ok());
    CHECK(again.value()->deviceId() == first);
}

TEST_CASE("A store newer than the app is refused and left untouched", "[database][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto db = Database::open(path, TempDatabase::uniqueConnectionName());
        REQUIRE(db.ok());
        REQUIRE(db.value()->execScript(QStringLiteral("PRAGMA user_version = 99")));
    }
    auto again = Database::open(path, TempDatabase::uniqueConnectionName());
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("newer version of Ascolto")));
    CHECK(again.error().contains(QStringLiteral("schema 99")));
}

TEST_CASE("Files that are not Ascolto stores are refused without changes", "[database]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("notes.txt"));
    writeFile(
        text,
        QByteArray("this is not a database, just some text that is long enough ").repeated(20));
    auto r = Database::open(text, TempDatabase::uniqueConnectionName());
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().contains(QStringLiteral("not an Ascolto store")));

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        auto db = Database::open(other, TempDatabase::uniqueConnectionName(),
                                 {QStringLiteral(":/nonexistent"), true, true, 1000});
        CHECK_FALSE(db.ok()); // no migrations found
    }
    QFile::remove(other);
    // A foreign SQLite file: has tables but user_version 0.
    {
        QTemporaryDir mig;
        writeFile(mig.filePath(QStringLiteral("001_other.sql")),
                  "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                  "CREATE TABLE something(x);");
        auto db = Database::open(other, TempDatabase::uniqueConnectionName(),
                                 {mig.path(), true, true, 1000});
        REQUIRE(db.ok());
        REQUIRE(db.value()->execScript(QStringLiteral("PRAGMA user_version = 0")));
    }
    auto foreign = Database::open(other, TempDatabase::uniqueConnectionName());
    REQUIRE_FALSE(foreign.ok());
    CHECK(foreign.error().contains(QStringLiteral("not an Ascolto store")));

    Database::Options noCreate;
    noCreate.create = false;
    auto missing = Database::open(dir.filePath(QStringLiteral("missing.sqlite")),
                                  TempDatabase::uniqueConnectionName(), noCreate);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().contains(QStringLiteral("does not exist")));
}

TEST_CASE("Migrating an older store makes a backup first and runs each step atomically",
          "[database][migration]")
{
    QTemporaryDir mig;
    writeFile(mig.filePath(QStringLiteral("001_base.sql")),
              "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
              "CREATE TABLE thing(id INTEGER PRIMARY KEY, name TEXT);");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto db = Database::open(path, TempDatabase::uniqueConnectionName(),
                                 {mig.path(), true, true, 1000});
        REQUIRE(db.ok());
        CHECK(db.value()->schemaVersion() == 1);
        REQUIRE(db.value()->execScript(QStringLiteral("INSERT INTO thing(name) VALUES('kept')")));
    }

    SECTION("a failing migration rolls back and reports the file")
    {
        writeFile(mig.filePath(QStringLiteral("002_broken.sql")),
                  "ALTER TABLE thing ADD COLUMN extra TEXT; INSERT INTO nowhere VALUES(1);");
        auto db = Database::open(path, TempDatabase::uniqueConnectionName(),
                                 {mig.path(), true, true, 1000});
        REQUIRE_FALSE(db.ok());
        CHECK(db.error().contains(QStringLiteral("002_broken.sql")));
        CHECK(db.error().contains(QStringLiteral("left at schema 1")));
        QFile::remove(mig.filePath(QStringLiteral("002_broken.sql")));
        auto reopened = Database::open(path, TempDatabase::uniqueConnectionName(),
                                       {mig.path(), true, true, 1000});
        REQUIRE(reopened.ok());
        CHECK(reopened.value()->schemaVersion() == 1);
        // The column added before the failure was rolled back with it.
        QSqlQuery q(reopened.value()->sql());
        CHECK_FALSE(q.exec(QStringLiteral("SELECT extra FROM thing")));
    }

    SECTION("a good migration upgrades and leaves a readable backup of the old version")
    {
        writeFile(mig.filePath(QStringLiteral("002_more.sql")),
                  "ALTER TABLE thing ADD COLUMN extra TEXT DEFAULT 'x';");
        auto db = Database::open(path, TempDatabase::uniqueConnectionName(),
                                 {mig.path(), true, true, 1000});
        REQUIRE(db.ok());
        CHECK(db.value()->schemaVersion() == 2);
        CHECK(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM thing WHERE extra = 'x'")) ==
              1);
        const QString backup = db.value()->lastBackupPath();
        REQUIRE_FALSE(backup.isEmpty());
        REQUIRE(QFile::exists(backup));
        QTemporaryDir mig1;
        writeFile(mig1.filePath(QStringLiteral("001_base.sql")), "SELECT 1;");
        auto old = Database::open(backup, TempDatabase::uniqueConnectionName(),
                                  {mig1.path(), false, false, 1000});
        REQUIRE(old.ok());
        CHECK(old.value()->schemaVersion() == 1);
        CHECK(scalar(*old.value(), QStringLiteral("SELECT count(*) FROM thing")) == 1);
    }
}

TEST_CASE("Schema 6 rebuilds the interaction table keeping every call and what refers to it",
          "[database][migration]")
{
    // A store left at schema 5, with a call and the promise made in it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    {
        auto db = ascolto::test::storeAtSchema(path, 5);
        REQUIRE(db->execScript(QStringLiteral(
            "INSERT INTO client(id, code, name, device_id, updated_at) VALUES('c', 'C', 'Luce', "
            "'d', 'now'); INSERT INTO debtor(id, client_id, customer_code, display_name, "
            "device_id, updated_at) VALUES('x', 'c', 'X1', 'Rossi', 'd', 'now'); "
            "INSERT INTO interaction(id, client_id, debtor_id, channel, purpose, started_at, "
            "outcome, device_id, created_at) VALUES('i', 'c', 'x', 'phone_out', "
            "'first_reminder', '2026-11-23T09:00:00Z', 'promise', 'd', 'now'); "
            "INSERT INTO promise(id, debtor_id, interaction_id, amount_cents, due_date, "
            "device_id, updated_at, created_at) VALUES('p', 'x', 'i', 5000, '2026-11-27', 'd', "
            "'now', 'now')")));
        // Schema 5 knows no callback purpose.
        CHECK_FALSE(db->execScript(QStringLiteral(
            "INSERT INTO interaction(id, client_id, debtor_id, channel, purpose, started_at, "
            "outcome, device_id, created_at) VALUES('j', 'c', 'x', 'phone_out', 'callback', "
            "'2026-11-23T10:00:00Z', 'no_answer', 'd', 'now')")));
    }
    auto db = Database::open(path, TempDatabase::uniqueConnectionName());
    REQUIRE(db.ok());
    Database& d = *db.value();
    CHECK(d.schemaVersion() == Database::latestVersion());
    CHECK(scalar(d, QStringLiteral("SELECT count(*) FROM interaction WHERE id = 'i' AND outcome "
                                   "= 'promise'")) == 1);
    CHECK(scalar(d, QStringLiteral("SELECT count(*) FROM promise p JOIN interaction i ON i.id = "
                                   "p.interaction_id")) == 1);
    CHECK(scalar(d, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE tbl_name = "
                                   "'interaction' AND type IN ('index', 'trigger')")) >= 4);
    // Foreign keys are on again, and new calls are logged for sync as before.
    CHECK(scalar(d, QStringLiteral("PRAGMA foreign_keys")) == 1);
    const qint64 logged = scalar(d, QStringLiteral("SELECT count(*) FROM change_log"));
    REQUIRE(d.execScript(QStringLiteral(
        "INSERT INTO interaction(id, client_id, debtor_id, channel, purpose, started_at, "
        "outcome, device_id, created_at) VALUES('j', 'c', 'x', 'phone_out', 'callback', "
        "'2026-11-23T10:00:00Z', 'no_answer', 'd', 'now')")));
    CHECK(scalar(d, QStringLiteral("SELECT count(*) FROM change_log")) == logged + 1);
    CHECK_FALSE(d.execScript(QStringLiteral(
        "INSERT INTO promise(id, debtor_id, interaction_id, amount_cents, due_date, device_id, "
        "updated_at, created_at) VALUES('q', 'x', 'nowhere', 100, '2026-11-27', 'd', 'now', "
        "'now')")));
}

TEST_CASE("Schema 10 keeps what the client reported paid apart from the payments recorded",
          "[database][migration]")
{
    // A store left at schema 9: one bill the client's file said was 30,00 paid, one paid 20,00
    // by a payment recorded here, one with both (10,00 from the client, 15,00 recorded).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v9.sqlite"));
    {
        auto db = ascolto::test::storeAtSchema(path, 9);
        REQUIRE(db->execScript(QStringLiteral(
            "INSERT INTO client(id, code, name, device_id, updated_at) VALUES('c', 'C', 'Luce', "
            "'d', 'now'); INSERT INTO debtor(id, client_id, customer_code, display_name, "
            "device_id, updated_at) VALUES('x', 'c', 'X1', 'Rossi', 'd', 'now'); "
            "INSERT INTO invoice(id, client_id, debtor_id, number, issue_date, due_date, "
            "amount_cents, paid_cents, device_id, updated_at) VALUES "
            "('a', 'c', 'x', 'A', '2026-09-01', '2026-10-01', 5000, 3000, 'd', 'now'), "
            "('b', 'c', 'x', 'B', '2026-09-01', '2026-10-01', 5000, 2000, 'd', 'now'), "
            "('e', 'c', 'x', 'E', '2026-09-01', '2026-10-01', 5000, 2500, 'd', 'now'); "
            "INSERT INTO payment(id, client_id, debtor_id, amount_cents, paid_on, channel, "
            "device_id, created_at) VALUES('p', 'c', 'x', 3500, '2026-10-05', 'pagopa', 'd', "
            "'now'); INSERT INTO payment_allocation(id, payment_id, invoice_id, amount_cents, "
            "device_id, created_at) VALUES('p1', 'p', 'b', 2000, 'd', 'now'), ('p2', 'p', 'e', "
            "1500, 'd', 'now')")));
    }
    auto db = Database::open(path, TempDatabase::uniqueConnectionName());
    REQUIRE(db.ok());
    Database& d = *db.value();
    CHECK(d.schemaVersion() == Database::latestVersion());
    QSqlQuery q(d.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT group_concat(number || ' ' || paid_cents || ' ' || "
                                  "client_paid_cents, ', ') FROM (SELECT * FROM invoice ORDER BY "
                                  "number)")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("A 3000 3000, B 2000 0, E 2500 1000"));
    CHECK(StoreCheck::run(d).filter(QStringLiteral("allocated")).isEmpty());
}

TEST_CASE("The store accepts exactly the outcomes the domain defines", "[database][rules]")
{
    TempDatabase t;
    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'interaction'")));
    REQUIRE(q.next());
    const QString sql = q.value(0).toString();
    const QRegularExpression check(QStringLiteral("outcome\\s+TEXT NOT NULL CHECK \\(outcome IN "
                                                  "\\(([^)]*)\\)"));
    const QRegularExpressionMatch m = check.match(sql);
    REQUIRE(m.hasMatch());
    QStringList inSchema;
    for (QString code : m.captured(1).split(QLatin1Char(',')))
        inSchema << code.trimmed().remove(QLatin1Char('\''));
    QStringList inDomain = CallOutcome::all();
    inSchema.sort();
    inDomain.sort();
    CHECK(inSchema == inDomain);
}

TEST_CASE("A migration that leaves a row pointing nowhere is refused", "[database][migration]")
{
    QTemporaryDir mig;
    writeFile(mig.filePath(QStringLiteral("001_base.sql")),
              "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
              "CREATE TABLE parent(id TEXT PRIMARY KEY);"
              "CREATE TABLE child(id TEXT PRIMARY KEY, parent_id TEXT REFERENCES parent(id));"
              "INSERT INTO parent VALUES('a'); INSERT INTO child VALUES('c', 'a');");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fk.sqlite"));
    REQUIRE(
        Database::open(path, TempDatabase::uniqueConnectionName(), {mig.path(), true, true, 1000})
            .ok());
    writeFile(mig.filePath(QStringLiteral("002_orphan.sql")), "DELETE FROM parent;");
    auto db =
        Database::open(path, TempDatabase::uniqueConnectionName(), {mig.path(), true, true, 1000});
    REQUIRE_FALSE(db.ok());
    CHECK(db.error().contains(QStringLiteral("002_orphan.sql")));
    CHECK(db.error().contains(QStringLiteral("child")));
}

TEST_CASE("Transaction guard rolls back unless committed", "[database][transaction]")
{
    TempDatabase t;
    {
        Transaction tx(t.db());
        REQUIRE(tx.begun());
        REQUIRE(t->setMetaValue(QStringLiteral("probe"), QStringLiteral("1")));
    }
    CHECK(t->metaValue(QStringLiteral("probe")).isEmpty());
    {
        Transaction tx(t.db());
        REQUIRE(t->setMetaValue(QStringLiteral("probe"), QStringLiteral("2")));
        REQUIRE(tx.commit());
        CHECK_FALSE(tx.commit().ok()); // a second commit is an error, not a silent no-op
    }
    CHECK(t->metaValue(QStringLiteral("probe")) == QStringLiteral("2"));
}

TEST_CASE("A second writer waits for the busy timeout and then gets a clear error",
          "[database][transaction]")
{
    TempDatabase t;
    Database::Options quick;
    quick.busyTimeoutMs = 50;
    auto other = Database::open(t.path(), TempDatabase::uniqueConnectionName(), quick);
    REQUIRE(other.ok());
    Transaction holder(t.db());
    REQUIRE(holder.begun());
    Transaction blocked(*other.value());
    CHECK_FALSE(blocked.begun().ok());
    CHECK(blocked.begun().error().contains(QStringLiteral("locked")));
}

// The hub against a real PostgreSQL server: run under pg_virtualenv (CTest does), which sets
// PGHOST, PGPORT, PGUSER and PGDATABASE for a throwaway cluster. Each test makes its own
// database in it.

#include <catch2/catch.hpp>

#include "HubTest.h"
#include "QtCatch.h"
#include "TestSupport.h"

#include "hub/HubSchema.h"
#include "hub/HubStore.h"
#include "hub/HubSync.h"
#include "hub/PgConnection.h"
#include "io/BundleEnvelope.h"
#include "io/DemoPortfolio.h"
#include "io/StoreBootstrap.h"
#include "io/SyncBundle.h"
#include "storage/ChangeLog.h"
#include "storage/Devices.h"
#include "storage/PaymentRepository.h"
#include "storage/Session.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>

#include <sqlite3.h>

using namespace ascolto;
using namespace ascolto::test;

namespace {

const QDate kToday(2026, 11, 20);

std::unique_ptr<HubStore> migratedHub(const QString& conninfo)
{
    auto pg = PgConnection::open(conninfo);
    REQUIRE(pg);
    const Status migrated = HubSchema::migrate(*pg.value());
    INFO(migrated.error().toStdString());
    REQUIRE(migrated);
    auto hub = HubStore::open(conninfo);
    INFO(hub.error().toStdString());
    REQUIRE(hub);
    return std::move(hub.value());
}

std::unique_ptr<Database> demoStore(const QString& path, const Clock& clock, int debtors = 40)
{
    DemoPortfolio::Options o;
    o.debtors = debtors;
    o.seed = 1;
    o.today = kToday;
    auto db = StoreBootstrap::createDemo(path, TempDatabase::uniqueConnectionName(), clock, o);
    REQUIRE(db);
    return std::move(db.value());
}

std::unique_ptr<Database> openStore(const QString& path)
{
    auto db = Database::open(path, TempDatabase::uniqueConnectionName());
    INFO(db.error().toStdString());
    REQUIRE(db);
    return std::move(db.value());
}

void sql(Database& db, const QString& statement)
{
    QSqlQuery q(db.sql());
    INFO(statement.toStdString());
    REQUIRE(q.exec(statement));
}

// Every row of the given tables, in key order: two stores that agree print the same text.
QString content(Database& db, const QStringList& tables)
{
    QString all;
    for (const QString& table : tables) {
        all += QStringLiteral("[%1]\n").arg(table);
        QSqlQuery q(db.sql());
        // A writer's knowledge is a map: the trigger that stamps a local edit and the merge
        // write its keys in different orders, so it is compared key by key.
        const QString select =
            table == QLatin1String("field_stamp")
                ? QStringLiteral("SELECT entity, entity_id, field, hlc, device, (SELECT "
                                 "group_concat(key || '=' || value) FROM (SELECT key, value FROM "
                                 "json_each(seen) ORDER BY key)), live, author FROM field_stamp "
                                 "ORDER BY 1, 2, 3")
                : QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table);
        REQUIRE(q.exec(select));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                all += q.value(i).toString() + QLatin1Char('|');
            all += QLatin1Char('\n');
        }
    }
    return all;
}

// What travels between offices (each store audits its own imports: not compared).
QStringList synced()
{
    QStringList tables = ChangeLog::tableNames();
    tables.removeAll(QStringLiteral("audit_log"));
    return tables + QStringList{QStringLiteral("field_stamp")};
}

// Every table the hub holds.
QStringList hubTables(Database& db)
{
    const auto tables = HubSchema::fromSqlite(db.handle());
    REQUIRE(tables);
    QStringList names;
    for (const HubTable& t : tables.value())
        names << t.name;
    return names;
}

// The hub's rows, as a workstation store.
std::unique_ptr<Database> snapshot(HubStore& hub, const QString& path)
{
    const auto dumped = hub.dump(path);
    INFO(dumped.error().toStdString());
    REQUIRE(dumped);
    return openStore(path);
}

void enrol(Database& at, const Clock& clock, Database& device, const QStringList& userIds)
{
    const auto key = Devices(device, clock).publicKey();
    REQUIRE(key);
    REQUIRE(Devices(at, clock).add(device.deviceId(), QFileInfo(device.path()).baseName(),
                                   key.value(), QStringLiteral("branch"), QString(), userIds));
}

QStringList allUsers(Database& db)
{
    QStringList ids;
    QSqlQuery q(db.sql());
    REQUIRE(q.exec(QStringLiteral("SELECT id FROM app_user ORDER BY id")));
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

SyncBundle::ImportResult apply(Database& db, const Clock& clock, const QString& bundle)
{
    const auto r = SyncBundle::importBundle(db, clock, bundle);
    INFO(r.error().toStdString());
    REQUIRE(r);
    return r.value();
}

QString exportFor(Database& db, const Clock& clock, const QString& path, const QString& device = {})
{
    SyncBundle::ExportOptions o;
    o.forDevice = device;
    const auto r = SyncBundle::exportBundle(db, clock, path, o);
    INFO(r.error().toStdString());
    REQUIRE(r);
    return r->path;
}

HubSync::Imported applyAtHub(HubStore& hub, const Clock& clock, const QString& bundle)
{
    const auto r = HubSync::importBundle(hub, clock, bundle);
    INFO(r.error().toStdString());
    REQUIRE(r);
    return r.value();
}

} // namespace

TEST_CASE("The hub's schema is the workstation's, whichever way it got there", "[hub]")
{
    const QString fresh = newDatabase();
    auto pg = PgConnection::open(fresh);
    REQUIRE(pg);
    QStringList applied;
    REQUIRE(HubSchema::migrate(*pg.value(), 0, &applied));
    CHECK(applied.size() == HubSchema::latestVersion());
    CHECK(applied.last() == QStringLiteral("schema %1").arg(Database::latestVersion()));

    // The tables, columns, types, keys and indexes a new workstation store declares.
    TempDatabase store;
    const auto wanted = HubSchema::fromSqlite(store.db().handle());
    REQUIRE(wanted);
    const auto actual = HubSchema::fromPg(*pg.value());
    REQUIRE(actual);
    CHECK(HubSchema::describe(actual.value()).toStdString() ==
          HubSchema::describe(wanted.value()).toStdString());
    const QString described = HubSchema::describe(actual.value());
    CHECK(described.contains(QStringLiteral("invoice.amount_cents bigint not null")));
    CHECK(described.contains(QStringLiteral("payment.paid_on date not null")));
    CHECK(described.contains(QStringLiteral("interaction.started_at timestamptz not null")));
    CHECK(described.contains(QStringLiteral("task.due_at text not null")));
    CHECK(described.contains(QStringLiteral("field_stamp key (entity, entity_id, field)")));
    CHECK(described.contains(
        QStringLiteral("invoice index invoice_debtor_due (debtor_id, due_date)")));
    // What only a workstation keeps is not at the hub.
    CHECK_FALSE(described.contains(QStringLiteral("debtor_summary")));
    CHECK_FALSE(described.contains(QStringLiteral("call_draft")));

    // Again: nothing to do.
    applied.clear();
    REQUIRE(HubSchema::migrate(*pg.value(), 0, &applied));
    CHECK(applied.isEmpty());

    // A hub left at schema 10 is refused until migrated, then holds the same schema.
    const QString old = newDatabase();
    auto oldPg = PgConnection::open(old);
    REQUIRE(oldPg);
    REQUIRE(HubSchema::migrate(*oldPg.value(), 10));
    CHECK(HubSchema::version(*oldPg.value()).value() == 10);
    const auto refused = HubStore::open(old);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("schema 10")));
    CHECK(refused.error().contains(QStringLiteral("migrate")));
    applied.clear();
    REQUIRE(HubSchema::migrate(*oldPg.value(), 0, &applied));
    CHECK(applied.first() == QStringLiteral("schema 11"));
    const auto migrated = HubSchema::fromPg(*oldPg.value());
    REQUIRE(migrated);
    CHECK(HubSchema::describe(migrated.value()).toStdString() ==
          HubSchema::describe(wanted.value()).toStdString());
    CHECK(HubStore::open(old));
}

TEST_CASE("A head office's store loaded into the hub comes back row for row", "[hub]")
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(kToday, QTime(9, 0), Qt::UTC));
    auto ho = demoStore(dir.filePath(QStringLiteral("ho.sqlite")), clock);
    REQUIRE(Devices(*ho, clock).publicKey()); // the identity the hub takes over
    auto hub = migratedHub(newDatabase());
    CHECK(hub->deviceId().isEmpty());
    const auto loaded = hub->load(ho->path());
    INFO(loaded.error().toStdString());
    REQUIRE(loaded);
    CHECK(loaded->written > 1000);
    CHECK(hub->deviceId() == ho->deviceId());
    CHECK(hub->pg().value(QStringLiteral("SELECT count(*) FROM debtor")).value() ==
          QStringLiteral("40"));

    auto back = snapshot(*hub, dir.filePath(QStringLiteral("back.sqlite")));
    const QStringList tables = hubTables(*ho);
    CHECK(tables.contains(QStringLiteral("meta")));
    CHECK(content(*back, tables).toStdString() == content(*ho, tables).toStdString());
    // The snapshot is a workstation store: its portfolio rows are there.
    CHECK(scalar(*back, QStringLiteral("SELECT count(*) FROM debtor_summary")).toInt() == 40);

    // A hub that holds a firm takes no second one.
    const auto again = hub->load(ho->path());
    REQUIRE_FALSE(again);
    CHECK(again.error().contains(QStringLiteral("empty hub")));
}

TEST_CASE("A branch's work merged at the hub is what a head office on SQLite makes of it",
          "[hub][sync]")
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(kToday, QTime(9, 0), Qt::UTC));
    auto ho = demoStore(dir.filePath(QStringLiteral("ho.sqlite")), clock);
    auto branch = openStore(dir.filePath(QStringLiteral("branch.sqlite")));
    auto other = openStore(dir.filePath(QStringLiteral("other.sqlite")));
    enrol(*ho, clock, *branch, allUsers(*ho));
    enrol(*ho, clock, *other, allUsers(*ho));
    apply(*branch, clock,
          exportFor(*ho, clock, dir.filePath(QStringLiteral("seed.bundle")), branch->deviceId()));
    apply(*other, clock,
          exportFor(*ho, clock, dir.filePath(QStringLiteral("seed2.bundle")), other->deviceId()));

    // The same head office twice: on SQLite, and loaded into the hub.
    const QString hoPath = ho->path();
    ho.reset(); // closed, so the file holds everything
    REQUIRE(QFile::copy(hoPath, dir.filePath(QStringLiteral("reference.sqlite"))));
    auto reference = openStore(dir.filePath(QStringLiteral("reference.sqlite")));
    auto hub = migratedHub(newDatabase());
    REQUIRE(hub->load(reference->path()));

    // Both branches edit, one debtor concurrently (a conflict), and record a payment.
    const QString debtor =
        scalar(*branch, QStringLiteral("SELECT id FROM debtor ORDER BY id LIMIT 1")).toString();
    const QString second =
        scalar(*branch, QStringLiteral("SELECT id FROM debtor ORDER BY id LIMIT 1 OFFSET 1"))
            .toString();
    clock.set(clock.nowUtc().addSecs(60));
    sql(*branch, QStringLiteral("UPDATE debtor SET notes = 'Bari: paga a fine mese', version = "
                                "version + 1, device_id = '%1' WHERE id = '%2'")
                     .arg(branch->deviceId(), debtor));
    clock.set(clock.nowUtc().addSecs(60));
    sql(*other, QStringLiteral("UPDATE debtor SET notes = 'Lecce: preferisce la mail', version = "
                               "version + 1, device_id = '%1' WHERE id = '%2'")
                    .arg(other->deviceId(), debtor));
    sql(*other, QStringLiteral("UPDATE debtor SET do_not_contact = 1, version = version + 1, "
                               "device_id = '%1' WHERE id = '%2'")
                    .arg(other->deviceId(), second));
    // A payment on a bill partly paid before: its paid amount is settled from every
    // allocation of the debtor, the earlier ones included.
    const QString bill =
        scalar(*other, QStringLiteral("SELECT i.id FROM invoice i WHERE i.cancelled = 0 AND "
                                      "i.paid_cents > 0 AND i.amount_cents - i.paid_cents "
                                      ">= 2000 AND NOT EXISTS "
                                      "(SELECT 1 FROM plan p WHERE p.debtor_id = i.debtor_id "
                                      "AND p.status IN ('active', 'awaiting_approval')) "
                                      "ORDER BY i.id LIMIT 1"))
            .toString();
    REQUIRE_FALSE(bill.isEmpty());
    const QString paidSql =
        QStringLiteral("SELECT paid_cents FROM invoice WHERE id = '%1'").arg(bill);
    const qint64 paidBefore = scalar(*other, paidSql).toLongLong();
    {
        PaymentDraft draft;
        draft.debtorId =
            scalar(*other,
                   QStringLiteral("SELECT debtor_id FROM invoice WHERE id = '%1'").arg(bill))
                .toString();
        draft.amount = Money::fromCents(700);
        draft.paidOn = kToday;
        draft.invoiceIds = {bill};
        const auto id = PaymentRepository(*other, clock).record(Session::system(), draft);
        INFO(id.error().toStdString());
        REQUIRE(id);
    }
    const QString up1 = exportFor(*branch, clock, dir.filePath(QStringLiteral("up1.bundle")));
    const QString up2 = exportFor(*other, clock, dir.filePath(QStringLiteral("up2.bundle")));

    const auto atReference1 = apply(*reference, clock, up1);
    const auto atReference2 = apply(*reference, clock, up2);
    const auto atHub1 = applyAtHub(*hub, clock, up1);
    const auto atHub2 = applyAtHub(*hub, clock, up2);
    CHECK(atHub1.result.updated == atReference1.updated);
    CHECK(atHub2.result.updated == atReference2.updated);
    CHECK(atHub2.result.conflicts == atReference2.conflicts);
    CHECK(atHub2.result.conflicts == 1);
    // The hub read the debtors the bundles touch, not the firm.
    CHECK(atHub1.counts.hydrated < 400);

    auto seen = snapshot(*hub, dir.filePath(QStringLiteral("hub1.sqlite")));
    CHECK(content(*seen, synced()).toStdString() == content(*reference, synced()).toStdString());
    // One of the two concurrent notes won, the other is in the conflict log.
    const QString notes =
        scalar(*seen, QStringLiteral("SELECT notes FROM debtor WHERE id = '%1'").arg(debtor))
            .toString();
    CHECK((notes.startsWith(QLatin1String("Bari")) || notes.startsWith(QLatin1String("Lecce"))));
    CHECK(scalar(*seen, QStringLiteral("SELECT count(*) FROM conflict_log WHERE entity_id = '%1'")
                            .arg(debtor))
              .toInt() == 1);

    CHECK(scalar(*seen, paidSql).toLongLong() == paidBefore + 700);

    // The same bundle again changes nothing at the hub.
    const auto twice = applyAtHub(*hub, clock, up1);
    CHECK(twice.result.alreadyApplied);
    CHECK(twice.counts.written == 0);

    // What the hub sends the first branch is what the SQLite head office would send: applied
    // to two copies of the branch, they end the same.
    const QString branchPath = branch->path();
    branch.reset();
    REQUIRE(QFile::copy(branchPath, dir.filePath(QStringLiteral("branch-copy.sqlite"))));
    branch = openStore(branchPath);
    auto branchCopy = openStore(dir.filePath(QStringLiteral("branch-copy.sqlite")));
    const auto down = HubSync::exportBundle(
        *hub, clock, dir.filePath(QStringLiteral("down.bundle")), branch->deviceId());
    INFO(down.error().toStdString());
    REQUIRE(down);
    CHECK(down->result.header.rows > 0);
    apply(*branch, clock, down->result.path);
    apply(*branchCopy, clock,
          exportFor(*reference, clock, dir.filePath(QStringLiteral("ref-down.bundle")),
                    branch->deviceId()));
    CHECK(content(*branch, synced()).toStdString() == content(*branchCopy, synced()).toStdString());
    CHECK(scalar(*branch,
                 QStringLiteral("SELECT do_not_contact FROM debtor WHERE id = '%1'").arg(second))
              .toInt() == 1);
    // Nothing new since: the next bundle is empty.
    const auto next = HubSync::exportBundle(
        *hub, clock, dir.filePath(QStringLiteral("next.bundle")), branch->deviceId());
    REQUIRE(next);
    CHECK(next->result.header.rows == 0);
}

TEST_CASE("The hub refuses what a head office refuses and stays exactly as it was", "[hub][sync]")
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(kToday, QTime(9, 0), Qt::UTC));
    auto ho = demoStore(dir.filePath(QStringLiteral("ho.sqlite")), clock);
    auto branch = openStore(dir.filePath(QStringLiteral("branch.sqlite")));
    auto stranger = openStore(dir.filePath(QStringLiteral("stranger.sqlite")));
    enrol(*ho, clock, *branch, allUsers(*ho));
    apply(*branch, clock,
          exportFor(*ho, clock, dir.filePath(QStringLiteral("seed.bundle")), branch->deviceId()));
    const QString conninfo = newDatabase();
    auto hub = migratedHub(conninfo);
    REQUIRE(hub->load(ho->path()));
    // As a command does it (a copy per change) and as a serving hub does (one kept copy).
    const bool warm = GENERATE(false, true);
    INFO((warm ? "serving hub (working copy kept)" : "a copy per change"));
    if (warm)
        hub->keepWarm();
    auto before = snapshot(*hub, dir.filePath(QStringLiteral("before.sqlite")));
    const QStringList tables = hubTables(*before);
    const QString was = content(*before, tables);

    const QString debtor =
        scalar(*branch, QStringLiteral("SELECT id FROM debtor LIMIT 1")).toString();
    sql(*branch,
        QStringLiteral("UPDATE debtor SET notes = 'x', version = version + 1 WHERE id = '%1'")
            .arg(debtor));
    const QString good = exportFor(*branch, clock, dir.filePath(QStringLiteral("good.bundle")));

    // Altered on the way: one byte of the content.
    const QString altered = dir.filePath(QStringLiteral("altered.bundle"));
    REQUIRE(QFile::copy(good, altered));
    {
        QFile f(altered);
        REQUIRE(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        char c = 0;
        f.getChar(&c);
        f.seek(f.size() / 2);
        f.putChar(char(c ^ 0x5a));
    }
    const auto r1 = HubSync::importBundle(*hub, clock, altered);
    REQUIRE_FALSE(r1);
    CHECK(r1.error().contains(QStringLiteral("altered.bundle")));

    // From a device nobody enrolled (signed with its own key, sealed for the hub).
    enrol(*stranger, clock, *ho, {}); // the stranger knows the hub's key, not the reverse
    sql(*stranger, QStringLiteral("UPDATE device SET kind = 'head_office'"));
    REQUIRE(Devices(*stranger, clock)
                .pinHeadOffice(ho->deviceId(), Devices(*ho, clock).publicKey().value()));
    const auto r2 = HubSync::importBundle(*hub, clock,
                                          exportFor(*stranger, clock,
                                                    dir.filePath(QStringLiteral("stranger.bundle")),
                                                    ho->deviceId()));
    REQUIRE_FALSE(r2);
    CHECK(r2.error().contains(QStringLiteral("not enrolled")));

    // Revoked at the hub: its bundles are refused from then on.
    const auto revoked = hub->withWorkingCopy({}, [&](const QString& path) {
        auto db = openStore(path);
        return Devices(*db, clock).revoke(Session::system(), branch->deviceId());
    });
    INFO(revoked.error().toStdString());
    REQUIRE(revoked);
    const auto r3 = HubSync::importBundle(*hub, clock, good);
    REQUIRE_FALSE(r3);
    CHECK(r3.error().contains(QStringLiteral("revoked")));

    // A change that fails after it wrote to the copy: nothing of it stays, not even in the
    // copy a serving hub keeps.
    const auto failed = hub->withWorkingStore(HubStore::Scope(), [&](Database& db) {
        QSqlQuery q(db.sql());
        if (!q.exec(QStringLiteral("UPDATE debtor SET notes = 'half done', version = version + "
                                   "1 WHERE id = '%1'")
                        .arg(debtor)))
            return Status::failure(q.lastError().text());
        return Status::failure(QStringLiteral("the disk filled up"));
    });
    REQUIRE_FALSE(failed);
    CHECK(failed.error() == QStringLiteral("the disk filled up"));

    // Nothing of the four reached the hub (the revocation and its audit row aside), and the
    // kept copy is the hub's (its snapshot is taken from it).
    auto after = snapshot(*hub, dir.filePath(QStringLiteral("after.sqlite")));
    auto fresh = snapshot(*migratedHub(conninfo), dir.filePath(QStringLiteral("fresh.sqlite")));
    CHECK(content(*after, tables).toStdString() == content(*fresh, tables).toStdString());
    CHECK(scalar(*after,
                 QStringLiteral("SELECT notes IS NULL OR notes NOT IN ('x', 'half done') FROM "
                                "debtor WHERE id = '%1'")
                     .arg(debtor))
              .toInt() == 1);
    sql(*after, QStringLiteral("UPDATE device SET revoked_at = NULL"));
    sql(*after, QStringLiteral("DELETE FROM audit_log WHERE action = 'device_revoked'"));
    sql(*after,
        QStringLiteral("DELETE FROM change_log WHERE seq > (SELECT max(seq) FROM change_log) - "
                       "(SELECT count(*) FROM change_log WHERE entity IN ('audit_log', 'device'))"
                       " AND entity IN ('audit_log', 'device')"));
    CHECK(content(*after, synced()).toStdString() == content(*before, synced()).toStdString());
    CHECK(was.size() > 0);
}

TEST_CASE("A serving hub makes its copy again when the hub's log no longer reaches back to it",
          "[hub][sync]")
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(kToday, QTime(9, 0), Qt::UTC));
    auto ho = demoStore(dir.filePath(QStringLiteral("ho.sqlite")), clock);
    auto branch = openStore(dir.filePath(QStringLiteral("branch.sqlite")));
    enrol(*ho, clock, *branch, allUsers(*ho));
    apply(*branch, clock,
          exportFor(*ho, clock, dir.filePath(QStringLiteral("seed.bundle")), branch->deviceId()));
    const QString conninfo = newDatabase();
    auto serving = migratedHub(conninfo);
    REQUIRE(serving->load(ho->path()));
    serving->keepWarm();
    REQUIRE(serving->warmUp());
    auto command = migratedHub(conninfo);
    const QStringList debtors = [&] {
        QStringList ids;
        QSqlQuery q(branch->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM debtor ORDER BY id LIMIT 2")));
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    }();
    REQUIRE(debtors.size() == 2);
    auto edit = [&](const QString& debtor, const QString& notes, const QString& bundle) {
        clock.set(clock.nowUtc().addSecs(60));
        sql(*branch, QStringLiteral("UPDATE debtor SET notes = '%1', version = version + 1 WHERE "
                                    "id = '%2'")
                         .arg(notes, debtor));
        applyAtHub(*command, clock, exportFor(*branch, clock, dir.filePath(bundle)));
    };
    // Another process writes; the log of what it wrote is then cut short (as when it is kept
    // to its last keys and this process served nothing for long); then it writes again.
    edit(debtors.at(0), QStringLiteral("prima modifica"), QStringLiteral("one.bundle"));
    REQUIRE(command->pg().exec(QStringLiteral("DELETE FROM hub_change")));
    edit(debtors.at(1), QStringLiteral("seconda modifica"), QStringLiteral("two.bundle"));
    // The serving hub's next change starts from the hub's rows, both edits included.
    auto kept = snapshot(*serving, dir.filePath(QStringLiteral("kept.sqlite")));
    auto fresh = snapshot(*command, dir.filePath(QStringLiteral("fresh.sqlite")));
    CHECK(
        scalar(*kept, QStringLiteral("SELECT notes FROM debtor WHERE id = '%1'").arg(debtors.at(0)))
            .toString() == QStringLiteral("prima modifica"));
    CHECK(content(*kept, hubTables(*kept)).toStdString() ==
          content(*fresh, hubTables(*fresh)).toStdString());
}

TEST_CASE("A device receives from the hub only the clients its users work for", "[hub][privacy]")
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(kToday, QTime(9, 0), Qt::UTC));
    auto ho = openStore(dir.filePath(QStringLiteral("ho.sqlite")));
    Fixture f(*ho, clock);
    f.addDebtor(QStringLiteral("A-1"), QStringLiteral("Rossi Mario"), f.operatorA1);
    const QString b1 =
        f.addDebtor(QStringLiteral("B-1"), QStringLiteral("Bianchi Anna"), f.operatorB1);
    f.addBill(b1, QStringLiteral("B-F1"), kToday.addDays(10), 12000);
    auto branch = openStore(dir.filePath(QStringLiteral("branch.sqlite")));
    REQUIRE(Devices(*ho, clock).publicKey());
    enrol(*ho, clock, *branch, {f.leadB.userId()});
    auto hub = migratedHub(newDatabase());
    REQUIRE(hub->load(ho->path()));

    const auto bundle = HubSync::exportBundle(*hub, clock, dir.filePath(QStringLiteral("b.bundle")),
                                              branch->deviceId(), true);
    INFO(bundle.error().toStdString());
    REQUIRE(bundle);
    CHECK(bundle->result.header.clientCodes == QStringList{QStringLiteral("GASNORD")});
    apply(*branch, clock, bundle->result.path);
    CHECK(scalar(*branch, QStringLiteral("SELECT count(*) FROM debtor")).toInt() == 1);
    CHECK(scalar(*branch, QStringLiteral("SELECT customer_code FROM debtor")).toString() ==
          QStringLiteral("B-1"));
    CHECK(scalar(*branch, QStringLiteral("SELECT count(*) FROM client WHERE code = 'ACQUA'"))
              .toInt() == 0);
    CHECK(scalar(*branch, QStringLiteral("SELECT count(*) FROM invoice")).toInt() == 1);
}

TEST_CASE("An operator's workstation gets from the hub the bundle a head office on SQLite writes",
          "[hub][sync][privacy]")
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(kToday, QTime(9, 0), Qt::UTC));
    const QString hoPath = dir.filePath(QStringLiteral("ho.sqlite"));
    const QString wsPath = dir.filePath(QStringLiteral("ws.sqlite"));
    const QString wsRefPath = dir.filePath(QStringLiteral("ws-ref.sqlite"));
    QString a1, b1, b2;
    {
        auto ho = openStore(hoPath);
        Fixture f(*ho, clock);
        a1 = f.addDebtor(QStringLiteral("A-1"), QStringLiteral("Rossi Mario"), f.operatorA1);
        b1 = f.addDebtor(QStringLiteral("B-1"), QStringLiteral("Bianchi Anna"), f.operatorB1);
        b2 = f.addDebtor(QStringLiteral("B-2"), QStringLiteral("Verdi Luca"), f.operatorB1);
        f.addBill(b1, QStringLiteral("B-F1"), kToday.addDays(10), 12000);
        REQUIRE(Devices(*ho, clock).publicKey());
        auto ws = openStore(wsPath);
        enrol(*ho, clock, *ws, {f.operatorB1.userId()});
        auto editor = openStore(dir.filePath(QStringLiteral("editor.sqlite")));
        enrol(*ho, clock, *editor, allUsers(*ho));
        apply(*editor, clock,
              exportFor(*ho, clock, dir.filePath(QStringLiteral("seed-editor.bundle")),
                        editor->deviceId()));
    }
    REQUIRE(QFile::copy(wsPath, wsRefPath));
    REQUIRE(QFile::copy(hoPath, dir.filePath(QStringLiteral("reference.sqlite"))));
    auto reference = openStore(dir.filePath(QStringLiteral("reference.sqlite")));
    auto hub = migratedHub(newDatabase());
    REQUIRE(hub->load(hoPath));
    auto ws = openStore(wsPath);
    auto wsRef = openStore(wsRefPath);
    auto editor = openStore(dir.filePath(QStringLiteral("editor.sqlite")));

    // First bundles: everything the operator may see, from each head office.
    auto fromHub = [&](const QString& name) {
        const auto b = HubSync::exportBundle(*hub, clock, dir.filePath(name), ws->deviceId());
        INFO(b.error().toStdString());
        REQUIRE(b);
        return b->result.path;
    };
    apply(*ws, clock, fromHub(QStringLiteral("first.bundle")));
    apply(*wsRef, clock,
          exportFor(*reference, clock, dir.filePath(QStringLiteral("first-ref.bundle")),
                    ws->deviceId()));
    CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM debtor")).toInt() == 2);

    // Head office's editor changes a debtor of each client and hands B-2 to... nobody else:
    // the operator keeps B-1 and B-2, and never sees A-1.
    for (const QString& id : {a1, b1})
        sql(*editor, QStringLiteral("UPDATE debtor SET notes = 'richiamare lunedì', version = "
                                    "version + 1 WHERE id = '%1'")
                         .arg(id));
    const QString up = exportFor(*editor, clock, dir.filePath(QStringLiteral("up.bundle")));
    apply(*reference, clock, up);
    applyAtHub(*hub, clock, up);

    // The next bundles: from the hub only the rows changed and the debtors they belong to.
    const auto next = HubSync::exportBundle(
        *hub, clock, dir.filePath(QStringLiteral("next.bundle")), ws->deviceId());
    REQUIRE(next);
    CHECK(next->counts.hydrated < 60);
    apply(*ws, clock, next->result.path);
    apply(*wsRef, clock,
          exportFor(*reference, clock, dir.filePath(QStringLiteral("next-ref.bundle")),
                    ws->deviceId()));
    CHECK(content(*ws, synced()).toStdString() == content(*wsRef, synced()).toStdString());
    CHECK(scalar(*ws, QStringLiteral("SELECT notes FROM debtor WHERE id = '%1'").arg(b1))
              .toString() == QStringLiteral("richiamare lunedì"));
    CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM debtor WHERE id = '%1'").arg(a1))
              .toInt() == 0);
    CHECK(scalar(*ws, QStringLiteral("SELECT count(*) FROM debtor WHERE id = '%1'").arg(b2))
              .toInt() == 1);
}

TEST_CASE("Two branches and a head-office team lead editing the same debtors converge through "
          "the hub",
          "[hub][sync][property]")
{
    // The replication property with the hub as head office: the offices edit the same few
    // debtors (ordinary fields and the do-not-contact protection), send their work to the hub
    // and take theirs from it at random (an office left out works offline meanwhile). Once
    // everyone has sent and taken twice, every office holds what the hub holds, and a
    // protection set and never cleared is set everywhere. Fixed seeds; ASCOLTO_HUB_SEEDS=a-b
    // runs others.
    quint32 first = 1, last = 2;
    if (const QString env = qEnvironmentVariable("ASCOLTO_HUB_SEEDS"); !env.isEmpty()) {
        first = env.section(QLatin1Char('-'), 0, 0).toUInt();
        last = env.section(QLatin1Char('-'), -1).toUInt();
    }
    for (quint32 seed = first; seed <= last; ++seed) {
        INFO("seed " << seed << " (rerun with ASCOLTO_HUB_SEEDS=" << seed << "-" << seed << ")");
        QRandomGenerator rng(seed);
        QTemporaryDir dir;
        FixedClock clock(QDateTime(kToday, QTime(9, 0), Qt::UTC));
        const QString hoPath = dir.filePath(QStringLiteral("ho.sqlite"));
        const QStringList names{QStringLiteral("bari"), QStringLiteral("lecce"),
                                QStringLiteral("sede")};
        QStringList debtors;
        {
            auto ho = demoStore(hoPath, clock, 30);
            for (const QString& name : names) {
                auto office = openStore(dir.filePath(name + QStringLiteral(".sqlite")));
                enrol(*ho, clock, *office, allUsers(*ho));
                apply(*office, clock,
                      exportFor(*ho, clock, dir.filePath(name + QStringLiteral(".seed")),
                                office->deviceId()));
            }
            QSqlQuery q(ho->sql());
            REQUIRE(q.exec(QStringLiteral("SELECT id FROM debtor ORDER BY id LIMIT 5")));
            while (q.next())
                debtors << q.value(0).toString();
        }
        // Three hub processes on one database, as behind a load balancer: two serving (each
        // keeps its working copy and catches up with the others' writes), one running
        // commands (a copy per change).
        const QString conninfo = newDatabase();
        std::vector<std::unique_ptr<HubStore>> hubs;
        for (int i = 0; i < 3; ++i)
            hubs.push_back(migratedHub(conninfo));
        REQUIRE(hubs[0]->load(hoPath));
        hubs[0]->keepWarm();
        hubs[1]->keepWarm();
        auto anyHub = [&]() -> HubStore& {
            return *hubs[size_t(rng.bounded(3))];
        };
        std::vector<std::unique_ptr<Database>> offices;
        for (const QString& name : names)
            offices.push_back(openStore(dir.filePath(name + QStringLiteral(".sqlite"))));

        int n = 0;
        auto push = [&](Database& office) {
            applyAtHub(
                anyHub(), clock,
                exportFor(office, clock, dir.filePath(QStringLiteral("up%1.bundle").arg(++n))));
        };
        auto pull = [&](Database& office) {
            const auto b = HubSync::exportBundle(
                anyHub(), clock, dir.filePath(QStringLiteral("down%1.bundle").arg(++n)),
                office.deviceId());
            INFO(b.error().toStdString());
            REQUIRE(b);
            apply(office, clock, b->result.path);
        };
        QSet<QString> setNeverCleared;
        const QStringList phrases{QStringLiteral("paga a fine mese"),
                                  QStringLiteral("preferisce la mail"),
                                  QStringLiteral("richiamare dopo le 18")};
        for (int step = 0; step < 40; ++step) {
            Database& office = *offices[size_t(rng.bounded(quint32(offices.size())))];
            const QString debtor = debtors.at(int(rng.bounded(quint32(debtors.size()))));
            clock.set(clock.nowUtc().addSecs(30));
            switch (rng.bounded(5)) {
            case 0:
            case 1:
                sql(office, QStringLiteral("UPDATE debtor SET notes = '%1 (%2)', version = version "
                                           "+ 1, device_id = '%3' WHERE id = '%4'")
                                .arg(phrases.at(int(rng.bounded(3))))
                                .arg(step)
                                .arg(office.deviceId(), debtor));
                break;
            case 2: {
                const bool set = rng.bounded(2) == 0;
                // Writing the value an office already holds is no new set or clear.
                const bool was = scalar(office, QStringLiteral("SELECT do_not_contact FROM "
                                                               "debtor WHERE id = '%1'")
                                                    .arg(debtor))
                                     .toInt() == 1;
                if (was == set)
                    break;
                sql(office, QStringLiteral("UPDATE debtor SET do_not_contact = %1, version = "
                                           "version + 1, device_id = '%2' WHERE id = '%3'")
                                .arg(set ? 1 : 0)
                                .arg(office.deviceId(), debtor));
                if (set)
                    setNeverCleared.insert(debtor);
                else
                    setNeverCleared.remove(debtor);
                break;
            }
            case 3:
                push(office);
                break;
            default:
                pull(office);
            }
        }
        for (int round = 0; round < 2; ++round) {
            for (auto& office : offices)
                push(*office);
            for (auto& office : offices)
                pull(*office);
        }
        auto atHub = snapshot(*hubs[2], dir.filePath(QStringLiteral("hub.sqlite")));
        const QString expected = content(*atHub, synced());
        // What the serving hubs keep is the database's, row for row.
        for (size_t i = 0; i < 2; ++i) {
            INFO("serving hub " << i);
            auto kept = snapshot(*hubs[i], dir.filePath(QStringLiteral("kept%1.sqlite").arg(i)));
            CHECK(content(*kept, hubTables(*kept)).toStdString() ==
                  content(*atHub, hubTables(*atHub)).toStdString());
        }
        for (size_t i = 0; i < offices.size(); ++i) {
            INFO("office " << names.at(int(i)).toStdString());
            CHECK(content(*offices[i], synced()).toStdString() == expected.toStdString());
        }
        for (const QString& debtor : std::as_const(setNeverCleared))
            CHECK(scalar(*atHub, QStringLiteral("SELECT do_not_contact FROM debtor WHERE id = '%1'")
                                     .arg(debtor))
                      .toInt() == 1);
    }
}

TEST_CASE("A bundle from a device outside a client's scope never reaches that client at the hub",
          "[hub][sync][privacy]")
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(kToday, QTime(9, 0), Qt::UTC));
    const QString hoPath = dir.filePath(QStringLiteral("ho.sqlite"));
    QString a1, b1, leadB;
    {
        auto ho = openStore(hoPath);
        Fixture f(*ho, clock);
        a1 = f.addDebtor(QStringLiteral("A-1"), QStringLiteral("Rossi Mario"), f.operatorA1);
        b1 = f.addDebtor(QStringLiteral("B-1"), QStringLiteral("Bianchi Anna"), f.operatorB1);
        leadB = f.leadB.userId();
        // Head office has an administrator: bundles are checked against who may do what.
        UserRecord admin;
        admin.username = QStringLiteral("admin");
        admin.displayName = QStringLiteral("Amministratore");
        admin.role = Role::Admin;
        REQUIRE(UserRepository(*ho, clock)
                    .create(Session::system(), admin, QStringLiteral("password-1")));
        REQUIRE(Devices(*ho, clock).publicKey());
        // The device once served every client (an administrator logged in there)...
        auto device = openStore(dir.filePath(QStringLiteral("device.sqlite")));
        enrol(*ho, clock, *device, allUsers(*ho));
        apply(
            *device, clock,
            exportFor(*ho, clock, dir.filePath(QStringLiteral("seed.bundle")), device->deviceId()));
    }
    auto hub = migratedHub(newDatabase());
    REQUIRE(hub->load(hoPath));
    auto device = openStore(dir.filePath(QStringLiteral("device.sqlite")));
    // ...and now only GASNORD's team lead does.
    const auto narrowed = hub->withWorkingCopy({}, [&](const QString& path) {
        auto db = openStore(path);
        return db->execScript(QStringLiteral("DELETE FROM device_user WHERE device_id = '%1' AND "
                                             "user_id <> '%2'")
                                  .arg(device->deviceId(), leadB));
    });
    REQUIRE(narrowed);
    for (const QString& id : {a1, b1})
        sql(*device, QStringLiteral("UPDATE debtor SET notes = 'da Bari', version = version + 1 "
                                    "WHERE id = '%1'")
                         .arg(id));
    const auto merged = applyAtHub(
        *hub, clock, exportFor(*device, clock, dir.filePath(QStringLiteral("up.bundle"))));
    INFO(merged.result.text().toStdString());
    CHECK(merged.result.refusals.join(QLatin1Char(' ')).contains(QStringLiteral("debtor")));
    auto seen = snapshot(*hub, dir.filePath(QStringLiteral("seen.sqlite")));
    CHECK(scalar(*seen, QStringLiteral("SELECT notes FROM debtor WHERE id = '%1'").arg(b1))
              .toString() == QStringLiteral("da Bari"));
    CHECK(scalar(*seen,
                 QStringLiteral("SELECT coalesce(notes, '') FROM debtor WHERE id = '%1'").arg(a1))
              .toString() != QStringLiteral("da Bari"));
    CHECK(
        scalar(*seen, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sync_refused' "
                                     "AND entity = 'debtor'"))
            .toInt() == 1);
}

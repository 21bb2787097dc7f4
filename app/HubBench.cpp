#include "HubBench.h"

#include "CliAdmin.h"
#include "hub/HubSchema.h"
#include "hub/HubServer.h"
#include "hub/HubStore.h"
#include "hub/HubSync.h"
#include "hub/PgConnection.h"
#include "io/DemoPortfolio.h"
#include "io/HubLink.h"
#include "io/StoreBootstrap.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Devices.h"
#include "storage/Ids.h"
#include "storage/ReportQuery.h"
#include "storage/Session.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <memory>

namespace ascolto {

namespace {

struct Measure
{
    QString name;
    double value = 0;
    QString unit;
    double budget = -1; // < 0: no budget (information)
    bool lowerIsBetter = true;
    bool pass() const { return budget < 0 || (lowerIsBetter ? value <= budget : value >= budget); }
};

QTextStream& out()
{
    return cliOut();
}

std::unique_ptr<Database> openStore(const QString& path)
{
    auto db = Database::open(path, QStringLiteral("bench-") + QUuid::createUuid().toString());
    return db ? std::move(db.value()) : nullptr;
}

double percentile(std::vector<qint64> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t i = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return double(values[i]);
}

} // namespace

int runHubBench(const HubBenchOptions& o)
{
    QVector<Measure> measures;
    auto fail = [](const QString& why) {
        cliErr() << "ascolto-hub bench: " << why << "\n";
        return int(ExitFailed);
    };
    QTemporaryDir dir(qEnvironmentVariableIsSet("ASCOLTO_BENCH_DIR")
                          ? qEnvironmentVariable("ASCOLTO_BENCH_DIR") +
                                QStringLiteral("/hub-XXXXXX")
                          : QDir::temp().filePath(QStringLiteral("ascolto-hub-bench-XXXXXX")));
    if (!dir.isValid())
        return fail(QStringLiteral("cannot make a working folder"));
    SystemClock clock;
    auto progress = [&](const QString& what) {
        if (!o.json)
            cliErr() << "  " << what << "...\n" << Qt::flush;
    };

    // The firm.
    auto pg = PgConnection::open(o.conninfo);
    if (!pg)
        return fail(pg.error());
    if (Status s = HubSchema::migrate(*pg.value()); !s)
        return fail(s.error());
    auto opened = HubStore::open(o.conninfo);
    if (!opened)
        return fail(opened.error());
    HubStore& hub = *opened.value();
    if (!hub.deviceId().isEmpty())
        return fail(QStringLiteral("the bench makes its own firm: give it an empty database"));
    const QString firm = dir.filePath(QStringLiteral("firm.sqlite"));
    progress(
        QStringLiteral("making a firm of %1 debtors, %2 client(s)").arg(o.debtors).arg(o.clients));
    {
        DemoPortfolio::Options demo;
        demo.debtors = o.debtors;
        // One operator per workstation, as in a firm: each the single interlocutor of the
        // debtors in their hands.
        demo.clients = o.clients;
        demo.operators = std::max(3, (o.workstations + o.clients - 1) / o.clients);
        auto db = StoreBootstrap::createDemo(firm, QStringLiteral("bench-firm"), clock, demo);
        if (!db)
            return fail(db.error());
        if (auto key = Devices(*db.value(), clock).publicKey(); !key)
            return fail(key.error());
    }
    progress(QStringLiteral("loading it into the hub"));
    QElapsedTimer t;
    t.start();
    const auto loaded = hub.load(firm);
    if (!loaded)
        return fail(loaded.error());
    measures << Measure{QStringLiteral("initial load (%1 rows)").arg(loaded->written),
                        double(t.elapsed()) / 1000.0, QStringLiteral("s")};
    const auto bills = hub.pg().value(QStringLiteral("SELECT count(*) FROM invoice"));
    measures << Measure{QStringLiteral("bills in the firm (%1 clients)").arg(o.clients),
                        bills ? bills->toDouble() : -1, QString()};
    const auto size = hub.pg().value(QStringLiteral("SELECT pg_database_size(current_database())"));
    measures << Measure{QStringLiteral("size on disk"), size ? size->toDouble() / 1e6 : -1,
                        QStringLiteral("MB")};
    // As `ascolto-hub serve` works: one working copy of the whole firm, kept.
    progress(QStringLiteral("making the hub's working copy of the firm"));
    hub.keepWarm();
    t.restart();
    if (Status s = hub.warmUp(); !s)
        return fail(s.error());
    measures << Measure{QStringLiteral("working copy of the whole firm (a serving hub's start)"),
                        double(t.elapsed()) / 1000.0, QStringLiteral("s")};
    // The largest client.
    const auto clientId = hub.pg().value(QStringLiteral(
        "SELECT client_id FROM debtor GROUP BY client_id ORDER BY count(*) DESC LIMIT 1"));
    const auto users =
        hub.pg().query(QStringLiteral("SELECT id, role FROM app_user ORDER BY role, username"));
    if (!clientId || !users)
        return fail(QStringLiteral("the firm has no client"));
    QStringList operators, everyone;
    for (const auto& u : users->rows) {
        everyone << u.at(0);
        if (u.at(1) == QLatin1String("operator"))
            operators << u.at(0);
    }

    // The team's reports for the client, last month, read at the hub.
    progress(QStringLiteral("reading the client's reports at the hub"));
    {
        HubStore::Scope scope;
        scope.clientIds << clientId.value();
        const QDate today = clock.today();
        const QDate from(today.addMonths(-1).year(), today.addMonths(-1).month(), 1);
        t.restart();
        const auto read = hub.withWorkingStore(scope, [&](Database& db) {
            const auto facts = ReportQuery(db, clock).facts(
                Session::system(),
                ReportFilter{clientId.value(), from, from.addMonths(1).addDays(-1), QString()});
            return facts.status();
        });
        if (!read)
            return fail(read.error());
        measures << Measure{QStringLiteral("largest client's report facts at the hub, last month"),
                            double(t.elapsed()), QStringLiteral("ms")};
    }

    // --workstations 0: the firm's figures only.
    if (o.workstations > 0) {
        // Devices enrolled at the hub, seeded with their first bundle.
        auto enrol = [&](Database& device, const QString& name, const QString& kind,
                         const QStringList& userIds) -> Status {
            const auto key = Devices(device, clock).publicKey();
            if (!key)
                return key.status();
            const auto done = hub.withWorkingCopy({}, [&](const QString& path) {
                auto db = openStore(path);
                return db ? Devices(*db, clock)
                                .add(device.deviceId(), name, key.value(), kind, QString(), userIds)
                          : Status::failure(QStringLiteral("working copy"));
            });
            return done.status();
        };
        auto seed = [&](Database& device) -> Status {
            const QString bundle = dir.filePath(device.deviceId() + QStringLiteral(".seed"));
            const auto b = HubSync::exportBundle(hub, clock, bundle, device.deviceId(), true);
            if (!b)
                return b.status();
            const auto applied = SyncBundle::importBundle(device, clock, bundle);
            QFile::remove(bundle);
            return applied.status();
        };

        // A 20,000-debtor bundle: an administrator's workstation edits them.
        {
            progress(QStringLiteral("seeding an administrator's workstation"));
            auto editor = openStore(dir.filePath(QStringLiteral("editor.sqlite")));
            if (!editor)
                return fail(QStringLiteral("editor store"));
            if (Status s = enrol(*editor, QStringLiteral("bench editor"),
                                 QStringLiteral("workstation"), everyone);
                !s)
                return fail(s.error());
            if (Status s = seed(*editor); !s)
                return fail(s.error());
            // What it holds came from the hub: its bundle carries only the edits.
            if (Status s = ChangeLog::markExported(*editor, hub.deviceId(),
                                                   ChangeLog::lastSequence(*editor),
                                                   isoUtc(clock.nowUtc()));
                !s)
                return fail(s.error());
            const int edits = std::min(20000, o.debtors);
            if (Status s = editor->execScript(
                    QStringLiteral(
                        "UPDATE debtor SET notes = 'bench: richiamare', version = version "
                        "+ 1 WHERE rowid IN (SELECT rowid FROM debtor ORDER BY rowid LIMIT "
                        "%1)")
                        .arg(edits));
                !s)
                return fail(s.error());
            SyncBundle::ExportOptions options;
            options.forDevice = hub.deviceId();
            const auto up = SyncBundle::exportBundle(
                *editor, clock, dir.filePath(QStringLiteral("up.bundle")), options);
            if (!up)
                return fail(up.error());
            progress(QStringLiteral("merging %1 edited debtors at the hub").arg(edits));
            t.restart();
            const auto merged = HubSync::importBundle(hub, clock, up->path);
            if (!merged)
                return fail(merged.error());
            measures << Measure{
                QStringLiteral("merge of a %1-debtor bundle (merge %2 ms, written %3)")
                    .arg(edits)
                    .arg(merged->counts.workMs)
                    .arg(merged->counts.writeMs),
                double(t.elapsed()), QStringLiteral("ms"), 1000};
        }

        // Workstations: one per operator, enrolled at the hub and seeded with their first bundle.
        progress(QStringLiteral("setting up %1 workstations").arg(o.workstations));
        QStringList stores;
        for (int i = 0; i < o.workstations && i < operators.size(); ++i) {
            const QString path = dir.filePath(QStringLiteral("ws%1.sqlite").arg(i));
            auto ws = openStore(path);
            if (!ws)
                return fail(QStringLiteral("workstation store"));
            if (Status s = enrol(*ws, QStringLiteral("ws%1").arg(i), QStringLiteral("workstation"),
                                 {operators.at(i)});
                !s)
                return fail(s.error());
            if (Status s = seed(*ws); !s)
                return fail(s.error());
            // Everything it holds came from the hub: nothing to send back.
            if (Status s = ChangeLog::markExported(
                    *ws, hub.deviceId(), ChangeLog::lastSequence(*ws), isoUtc(clock.nowUtc()));
                !s)
                return fail(s.error());
            stores << path;
        }

        // The hub serves them over HTTPS on loopback.
        const QString cert = dir.filePath(QStringLiteral("hub.pem"));
        const QString key = dir.filePath(QStringLiteral("hub.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            return fail(QStringLiteral("openssl could not make a certificate"));
        HubServer server(o.conninfo, clock);
        const auto port = server.start(QHostAddress::LocalHost, 0, cert, key);
        if (!port)
            return fail(port.error());
        const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(port.value()));

        progress(
            QStringLiteral("%1 workstations syncing for %2 s").arg(o.workstations).arg(o.seconds));
        QMutex lock;
        std::vector<qint64> rounds;
        std::atomic<int> failures{0};
        QString firstFailure;
        QElapsedTimer wall;
        wall.start();
        const qint64 deadline = qint64(o.seconds) * 1000;
        std::vector<std::unique_ptr<QThread>> threads;
        std::atomic<int> running{int(stores.size())};
        QEventLoop waiting;
        for (int i = 0; i < stores.size(); ++i) {
            const QString path = stores.at(i);
            threads.emplace_back(QThread::create([&, path, i] {
                auto ws = openStore(path);
                QRandomGenerator rng(quint32(i) + 1);
                if (!ws) {
                    ++failures;
                    return;
                }
                QThread::msleep(rng.bounded(quint32(o.pauseMs)));
                int n = 0;
                while (wall.elapsed() < deadline) {
                    ws->execScript(
                        QStringLiteral("UPDATE debtor SET notes = 'ws%1 round %2', version = "
                                       "version + 1 WHERE rowid IN (SELECT rowid FROM debtor "
                                       "ORDER BY random() LIMIT %3)")
                            .arg(i)
                            .arg(++n)
                            .arg(o.changes));
                    QElapsedTimer round;
                    round.start();
                    const auto r = HubLink::syncOnce(*ws, clock, url, cert, 600000);
                    const qint64 ms = round.elapsed();
                    {
                        QMutexLocker locked(&lock);
                        if (r)
                            rounds.push_back(ms);
                        else if (firstFailure.isEmpty())
                            firstFailure = r.error();
                    }
                    if (!r)
                        ++failures;
                    QThread::msleep(ulong(o.pauseMs / 2) + rng.bounded(quint32(o.pauseMs)));
                }
            }));
            QObject::connect(threads.back().get(), &QThread::finished, &waiting, [&] {
                if (--running == 0)
                    waiting.quit();
            });
            threads.back()->start();
        }
        waiting.exec();
        for (auto& thread : threads)
            thread->wait();
        const double elapsed = double(wall.elapsed()) / 1000.0;

        // Everyone sends and takes twice more: then each workstation holds the hub's rows.
        progress(QStringLiteral("final rounds and comparison"));
        int differing = 0;
        for (int pass = 0; pass < 2; ++pass) {
            for (const QString& path : stores) {
                auto ws = openStore(path);
                if (!ws || !HubLink::syncOnce(*ws, clock, url, cert, 600000))
                    ++failures;
            }
        }
        for (const QString& path : stores) {
            auto ws = openStore(path);
            if (!ws)
                continue;
            QSqlQuery q(ws->sql());
            q.exec(QStringLiteral("SELECT id, coalesce(notes, ''), version FROM debtor"));
            QStringList ids, expected;
            while (q.next()) {
                ids << q.value(0).toString();
                expected << q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() +
                                QLatin1Char('|') + q.value(2).toString();
            }
            const auto rows = hub.pg().query(
                QStringLiteral(
                    "SELECT id || '|' || coalesce(notes, '') || '|' || version FROM debtor "
                    "WHERE id = ANY($1::text[])"),
                {PgConnection::textArray(ids)});
            QStringList atHub;
            if (rows)
                for (const auto& r : rows->rows)
                    atHub << r.first();
            expected.sort();
            atHub.sort();
            if (atHub != expected)
                ++differing;
        }
        const auto debtorsAtHub = hub.pg().value(QStringLiteral("SELECT count(*) FROM debtor"));

        measures << Measure{QStringLiteral("workstation rounds in %1 s (%2 failed%3)")
                                .arg(elapsed, 0, 'f', 0)
                                .arg(failures.load())
                                .arg(firstFailure.isEmpty()
                                         ? QString()
                                         : QStringLiteral(": ") + firstFailure.left(80)),
                            double(rounds.size()), QStringLiteral("rounds")}
                 << Measure{QStringLiteral("throughput"), double(rounds.size()) / elapsed,
                            QStringLiteral("rounds/s")}
                 << Measure{QStringLiteral("round p50 (%1 workstations, %2 changes each)")
                                .arg(o.workstations)
                                .arg(o.changes),
                            percentile(rounds, 0.5), QStringLiteral("ms")}
                 << Measure{QStringLiteral("round p95"), percentile(rounds, 0.95),
                            QStringLiteral("ms"), 200}
                 << Measure{QStringLiteral("push at the server (queue excluded), p50"),
                            percentile(server.pushTimes(), 0.5), QStringLiteral("ms")}
                 << Measure{QStringLiteral("push at the server, p95"),
                            percentile(server.pushTimes(), 0.95), QStringLiteral("ms")}
                 << Measure{QStringLiteral("pull at the server (queue excluded), p50"),
                            percentile(server.pullTimes(), 0.5), QStringLiteral("ms")}
                 << Measure{QStringLiteral("pull at the server, p95"),
                            percentile(server.pullTimes(), 0.95), QStringLiteral("ms")}
                 << Measure{QStringLiteral("workstations whose debtors differ from the hub's"),
                            double(differing), QString(), 0}
                 << Measure{QStringLiteral("debtors lost or doubled at the hub"),
                            double(qAbs((debtorsAtHub ? debtorsAtHub->toInt() : 0) - o.debtors)),
                            QString(), 0};
    }

    bool allPass = true;
    QJsonArray json;
    for (const Measure& m : measures) {
        allPass = allPass && m.pass();
        if (o.json) {
            json.append(QJsonObject{{QStringLiteral("name"), m.name},
                                    {QStringLiteral("value"), m.value},
                                    {QStringLiteral("unit"), m.unit},
                                    {QStringLiteral("budget"), m.budget},
                                    {QStringLiteral("pass"), m.pass()}});
            continue;
        }
        out() << QStringLiteral("%1  %2 %3")
                     .arg(m.name, -60)
                     .arg(m.value, 10, 'f', m.value < 100 ? 1 : 0)
                     .arg(m.unit, -8);
        if (m.budget >= 0)
            out() << QStringLiteral("  budget %1  %2")
                         .arg(m.budget)
                         .arg(m.pass() ? QStringLiteral("pass") : QStringLiteral("FAIL"));
        out() << "\n";
    }
    if (o.json)
        out() << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return allPass ? ExitOk : ExitFailed;
}

} // namespace ascolto

// ascolto-hub end to end: the program an administrator runs, against the throwaway cluster.

#include <catch2/catch.hpp>

#include "HubTest.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QThread>

#include <QTemporaryDir>
#include <cerrno>
#include <csignal>

using namespace ascolto;
using namespace ascolto::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run run(const QString& program, const QStringList& args, const QProcessEnvironment& env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    REQUIRE(p.waitForStarted());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("ASCOLTO_PASSWORD"), QStringLiteral("capo-password-1"));
    env.insert(QStringLiteral("ASCOLTO_NEW_PASSWORD"), QStringLiteral("capo-password-1"));
    return env;
}

Run hub(const QStringList& args, const QString& conninfo)
{
    QStringList all = args;
    all << QStringLiteral("--pg") << conninfo;
    return run(QStringLiteral(ASCOLTO_HUB_PATH), all, environment());
}

Run cli(const QStringList& args)
{
    return run(QStringLiteral(ASCOLTO_CLI_PATH), args, environment());
}

// A workstation's enrolment request, made on a new store.
QString request(const QString& store)
{
    const Run r =
        cli({QStringLiteral("device"), QStringLiteral("request"), QStringLiteral("--db"), store});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out.section(QLatin1Char('\n'), 0, 0);
}

} // namespace

TEST_CASE("An administrator sets up the hub, enrols workstations and they sync through it",
          "[hub][cli]")
{
    QTemporaryDir dir;
    const QString pg = newDatabase();

    Run r = hub({QStringLiteral("status")}, pg);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("ascolto-hub init")));

    r = hub({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("capo")}, pg);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("administrator capo")));
    // Twice: the schema is there, the firm too.
    r = hub({QStringLiteral("init")}, pg);
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("up to date")));

    // The hub's own enrolment request (a branch set up before the hub enrols it).
    r = hub({QStringLiteral("device"), QStringLiteral("request")}, pg);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.startsWith(QStringLiteral("ascolto-device:")));

    // Two workstations enrolled at the hub by its administrator; a wrong password is refused.
    const QString ws1 = dir.filePath(QStringLiteral("ws1.sqlite"));
    const QString ws2 = dir.filePath(QStringLiteral("ws2.sqlite"));
    QStringList ids;
    for (const QString& ws : {ws1, ws2}) {
        const QString req = request(ws);
        ids << req.section(QLatin1Char(':'), 1, 1);
        r = hub({QStringLiteral("device"), QStringLiteral("enrol"), QStringLiteral("--user"),
                 QStringLiteral("capo"), QStringLiteral("--request"), req, QStringLiteral("--name"),
                 QFileInfo(ws).baseName(), QStringLiteral("--users"), QStringLiteral("capo")},
                pg);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    {
        QProcessEnvironment wrong = environment();
        wrong.insert(QStringLiteral("ASCOLTO_PASSWORD"), QStringLiteral("not-it"));
        r = run(QStringLiteral(ASCOLTO_HUB_PATH),
                {QStringLiteral("device"), QStringLiteral("list"), QStringLiteral("--user"),
                 QStringLiteral("capo"), QStringLiteral("--pg"), pg},
                wrong);
        CHECK(r.exitCode == 4);
    }

    // Each takes its first bundle from the hub, then sends its own work.
    QStringList ups;
    for (int i = 0; i < 2; ++i) {
        const QString ws = i == 0 ? ws1 : ws2;
        const QString seed = dir.filePath(QStringLiteral("seed%1.bundle").arg(i));
        r = hub({QStringLiteral("export-bundle"), QStringLiteral("--for-device"), ids.at(i), seed},
                pg);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        r = cli({QStringLiteral("sync"), QStringLiteral("--db"), ws,
                 QStringLiteral("--import-bundle"), seed});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        // A user added at the workstation is work that goes to the hub.
        r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), ws,
                 QStringLiteral("--user"), QStringLiteral("capo"), QStringLiteral("--username"),
                 QStringLiteral("admin%1").arg(i), QStringLiteral("--role"),
                 QStringLiteral("admin"), QStringLiteral("--display-name"),
                 QStringLiteral("Admin %1").arg(i)});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        ups << dir.filePath(QStringLiteral("up%1.bundle").arg(i));
        r = cli({QStringLiteral("sync"), QStringLiteral("--db"), ws, QStringLiteral("--user"),
                 QStringLiteral("capo"), QStringLiteral("--export-bundle"), ups.last()});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }

    // Two hub processes merge at once: both bundles land, one after the other.
    {
        QProcess a, b;
        for (auto [p, file] : {std::pair{&a, ups.at(0)}, std::pair{&b, ups.at(1)}}) {
            p->setProcessEnvironment(environment());
            p->start(QStringLiteral(ASCOLTO_HUB_PATH),
                     {QStringLiteral("import-bundle"), file, QStringLiteral("--pg"), pg});
        }
        REQUIRE(a.waitForFinished(120000));
        REQUIRE(b.waitForFinished(120000));
        INFO(QString::fromUtf8(a.readAllStandardError()).toStdString());
        INFO(QString::fromUtf8(b.readAllStandardError()).toStdString());
        CHECK(a.exitCode() == 0);
        CHECK(b.exitCode() == 0);
    }
    r = hub({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--user"),
             QStringLiteral("capo")},
            pg);
    CHECK(r.out.contains(QStringLiteral("admin0")));
    CHECK(r.out.contains(QStringLiteral("admin1")));
    r = hub({QStringLiteral("status")}, pg);
    CHECK(r.out.contains(QStringLiteral("3 users")));
    CHECK(r.out.count(QStringLiteral("last bundle received 1")) == 2);

    // The second workstation hears of the first one's user through the hub.
    const QString down = dir.filePath(QStringLiteral("down.bundle"));
    r = hub({QStringLiteral("export-bundle"), QStringLiteral("--for-device"), ids.at(1), down}, pg);
    REQUIRE(r.exitCode == 0);
    r = cli({QStringLiteral("sync"), QStringLiteral("--db"), ws2, QStringLiteral("--user"),
             QStringLiteral("capo"), QStringLiteral("--import-bundle"), down});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), ws2,
             QStringLiteral("--user"), QStringLiteral("capo")});
    CHECK(r.out.contains(QStringLiteral("admin0")));

    // Backed up with pg_dump, restored into a new database: the same hub.
    const QString backup = dir.filePath(QStringLiteral("hub.dump"));
    const QString name = pg.section(QLatin1Char('='), 1);
    r = run(QStringLiteral("pg_dump"), {QStringLiteral("-Fc"), QStringLiteral("-f"), backup, name},
            environment());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString restored = newDatabase();
    r = run(QStringLiteral("pg_restore"),
            {QStringLiteral("--no-owner"), QStringLiteral("-d"),
             restored.section(QLatin1Char('='), 1), backup},
            environment());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const Run original = hub({QStringLiteral("status")}, pg);
    const Run copy = hub({QStringLiteral("status")}, restored);
    REQUIRE(copy.exitCode == 0);
    CHECK(copy.out.section(QLatin1Char('\n'), 0, 1)
              .remove(QRegularExpression(QStringLiteral("database .*")))
              .toStdString() == original.out.section(QLatin1Char('\n'), 0, 1)
                                    .remove(QRegularExpression(QStringLiteral("database .*")))
                                    .toStdString());

    // Revoked at the hub: its next bundle is refused and changes nothing.
    r = hub({QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("--user"),
             QStringLiteral("capo"), QStringLiteral("--id"), ids.at(0)},
            pg);
    REQUIRE(r.exitCode == 0);
    r = cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), ws1,
             QStringLiteral("--user"), QStringLiteral("capo"), QStringLiteral("--username"),
             QStringLiteral("late"), QStringLiteral("--role"), QStringLiteral("admin"),
             QStringLiteral("--display-name"), QStringLiteral("Late")});
    REQUIRE(r.exitCode == 0);
    const QString late = dir.filePath(QStringLiteral("late.bundle"));
    REQUIRE(cli({QStringLiteral("sync"), QStringLiteral("--db"), ws1, QStringLiteral("--user"),
                 QStringLiteral("capo"), QStringLiteral("--export-bundle"), late})
                .exitCode == 0);
    r = hub({QStringLiteral("import-bundle"), late}, pg);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("revoked")));
    r = hub({QStringLiteral("status")}, pg);
    CHECK(r.out.contains(QStringLiteral("3 users")));
    CHECK(r.out.contains(QStringLiteral("revoked")));
    // Every act audited at the hub links to the one before, whichever process wrote it.
    r = hub({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--user"),
             QStringLiteral("capo")},
            pg);
    INFO(r.out.toStdString() + r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("every chain holds")));
}

namespace {

// A self-signed certificate for 127.0.0.1 and its key, made with openssl.
void makeCertificate(const QString& cert, const QString& key)
{
    const Run r =
        run(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
             QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("30"),
             QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")},
            environment());
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

} // namespace

TEST_CASE("Workstations sync with the hub online over HTTPS, and only with the right hub",
          "[hub][cli][online]")
{
    QTemporaryDir dir;
    const QString pg = newDatabase();
    REQUIRE(hub({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("capo")}, pg)
                .exitCode == 0);
    const QString cert = dir.filePath(QStringLiteral("hub.pem"));
    const QString key = dir.filePath(QStringLiteral("hub.key"));
    const QString stranger = dir.filePath(QStringLiteral("stranger.pem"));
    makeCertificate(cert, key);
    makeCertificate(stranger, dir.filePath(QStringLiteral("stranger.key")));

    // Two workstations, enrolled and seeded by file.
    const QStringList stores{dir.filePath(QStringLiteral("ws1.sqlite")),
                             dir.filePath(QStringLiteral("ws2.sqlite"))};
    QStringList ids;
    for (const QString& ws : stores) {
        const QString req = request(ws);
        ids << req.section(QLatin1Char(':'), 1, 1);
        REQUIRE(
            hub({QStringLiteral("device"), QStringLiteral("enrol"), QStringLiteral("--user"),
                 QStringLiteral("capo"), QStringLiteral("--request"), req, QStringLiteral("--name"),
                 QFileInfo(ws).baseName(), QStringLiteral("--users"), QStringLiteral("capo")},
                pg)
                .exitCode == 0);
        const QString seed = ws + QStringLiteral(".seed");
        REQUIRE(
            hub({QStringLiteral("export-bundle"), QStringLiteral("--for-device"), ids.last(), seed},
                pg)
                .exitCode == 0);
        REQUIRE(cli({QStringLiteral("sync"), QStringLiteral("--db"), ws,
                     QStringLiteral("--import-bundle"), seed})
                    .exitCode == 0);
    }

    QProcess server;
    server.setProcessEnvironment(environment());
    server.start(QStringLiteral(ASCOLTO_HUB_PATH),
                 {QStringLiteral("serve"), QStringLiteral("--pg"), pg, QStringLiteral("--listen"),
                  QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"), cert,
                  QStringLiteral("--tls-key"), key});
    REQUIRE(server.waitForStarted());
    QString banner;
    for (int i = 0; i < 100 && !banner.contains(QLatin1Char('\n')); ++i) {
        server.waitForReadyRead(100);
        banner += QString::fromUtf8(server.readAllStandardOutput());
    }
    INFO(banner.toStdString() + QString::fromUtf8(server.readAllStandardError()).toStdString());
    REQUIRE(banner.startsWith(QStringLiteral("Serving the hub on https://127.0.0.1:")));
    const QString url = banner.section(QStringLiteral(" on "), 1).trimmed();
    auto online = [&](const QString& ws, const QString& pinned) {
        return cli({QStringLiteral("sync"), QStringLiteral("--db"), ws, QStringLiteral("--user"),
                    QStringLiteral("capo"), QStringLiteral("--hub"), url,
                    QStringLiteral("--hub-cert"), pinned});
    };

    // A user added at the first workstation reaches the second through the hub.
    REQUIRE(
        cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), stores.at(0),
             QStringLiteral("--user"), QStringLiteral("capo"), QStringLiteral("--username"),
             QStringLiteral("online1"), QStringLiteral("--role"), QStringLiteral("admin"),
             QStringLiteral("--display-name"), QStringLiteral("Online One")})
            .exitCode == 0);
    Run r = online(stores.at(0), cert);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("1 new rows")));
    r = online(stores.at(1), cert);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), stores.at(1),
             QStringLiteral("--user"), QStringLiteral("capo")});
    CHECK(r.out.contains(QStringLiteral("online1")));

    // A bundle pulled but never applied (the workstation stopped in between): the hub counts
    // it as sent, and the next round applies it before anything else.
    REQUIRE(hub({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--user"),
                 QStringLiteral("capo"), QStringLiteral("--username"), QStringLiteral("pending1"),
                 QStringLiteral("--role"), QStringLiteral("admin"),
                 QStringLiteral("--display-name"), QStringLiteral("Pending One")},
                pg)
                .exitCode == 0);
    const QString pending = stores.at(1) + QStringLiteral(".hub-pending.bundle");
    REQUIRE(
        hub({QStringLiteral("export-bundle"), QStringLiteral("--for-device"), ids.at(1), pending},
            pg)
            .exitCode == 0);
    r = online(stores.at(1), cert);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK_FALSE(QFile::exists(pending));
    r = cli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), stores.at(1),
             QStringLiteral("--user"), QStringLiteral("capo")});
    CHECK(r.out.contains(QStringLiteral("pending1")));

    // A server with another certificate is not the hub: nothing is sent to it, and the work
    // goes with the next round that reaches the hub.
    REQUIRE(
        cli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), stores.at(0),
             QStringLiteral("--user"), QStringLiteral("capo"), QStringLiteral("--username"),
             QStringLiteral("online2"), QStringLiteral("--role"), QStringLiteral("admin"),
             QStringLiteral("--display-name"), QStringLiteral("Online Two")})
            .exitCode == 0);
    r = online(stores.at(0), stranger);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("cannot be reached")));
    CHECK(r.err.contains(QStringLiteral("SSL")));
    r = online(stores.at(0), cert);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    r = hub({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--user"),
             QStringLiteral("capo")},
            pg);
    CHECK(r.out.contains(QStringLiteral("online2")));

    // Revoked: the hub refuses its bundle, and says so.
    REQUIRE(hub({QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("--user"),
                 QStringLiteral("capo"), QStringLiteral("--id"), ids.at(0)},
                pg)
                .exitCode == 0);
    r = online(stores.at(0), cert);
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("refused")));
    CHECK(r.err.contains(QStringLiteral("revoked")));
    server.kill();
    server.waitForFinished();
}

TEST_CASE("The hub's client report has the workstation's figures on the same data",
          "[hub][cli][report]")
{
    QTemporaryDir dir;
    const QString pg = newDatabase();
    const QString store = dir.filePath(QStringLiteral("ho.sqlite"));
    Run r = cli({QStringLiteral("demo"), QStringLiteral("--db"), store, QStringLiteral("--debtors"),
                 QStringLiteral("300")});
    REQUIRE(r.exitCode == 0);
    REQUIRE(hub({QStringLiteral("init")}, pg).exitCode == 0);
    r = hub({QStringLiteral("load"), QStringLiteral("--db"), store}, pg);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);

    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("ASCOLTO_PASSWORD"), QStringLiteral("ascolto-demo"));
    const QDate today = QDate::currentDate();
    const QString from = today.addMonths(-2).toString(Qt::ISODate).left(8) + QStringLiteral("01");
    const QString to = today.toString(Qt::ISODate);
    const QStringList common{QStringLiteral("report"),
                             QStringLiteral("--user"),
                             QStringLiteral("capoteam"),
                             QStringLiteral("--client"),
                             QStringLiteral("LUCEGAS"),
                             QStringLiteral("--from"),
                             from,
                             QStringLiteral("--to"),
                             to,
                             QStringLiteral("--lang"),
                             QStringLiteral("it")};
    for (const bool team : {false, true}) {
        const QString atStore =
            dir.filePath(team ? QStringLiteral("store-team") : QStringLiteral("store"));
        const QString atHub =
            dir.filePath(team ? QStringLiteral("hub-team") : QStringLiteral("hub"));
        QStringList extra;
        if (team)
            extra << QStringLiteral("--reports");
        r = run(QStringLiteral(ASCOLTO_CLI_PATH),
                common + extra +
                    QStringList{QStringLiteral("--db"), store, QStringLiteral("--csv"), atStore},
                env);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        r = run(QStringLiteral(ASCOLTO_HUB_PATH),
                common + extra +
                    QStringList{QStringLiteral("--pg"), pg, QStringLiteral("--csv"), atHub},
                env);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QStringList files = QDir(atStore).entryList(QDir::Files, QDir::Name);
        REQUIRE(files.size() >= 5);
        CHECK(QDir(atHub).entryList(QDir::Files, QDir::Name) == files);
        for (const QString& name : files) {
            QFile a(QDir(atStore).filePath(name)), b(QDir(atHub).filePath(name));
            REQUIRE(a.open(QIODevice::ReadOnly));
            REQUIRE(b.open(QIODevice::ReadOnly));
            INFO(name.toStdString());
            CHECK(a.readAll() == b.readAll());
        }
    }
    // An operator may not read them at the hub either.
    env.insert(QStringLiteral("ASCOLTO_PASSWORD"), QStringLiteral("ascolto-demo"));
    r = run(QStringLiteral(ASCOLTO_HUB_PATH),
            QStringList{QStringLiteral("report"), QStringLiteral("--user"),
                        QStringLiteral("operatore1"), QStringLiteral("--client"),
                        QStringLiteral("LUCEGAS"), QStringLiteral("--from"), from,
                        QStringLiteral("--to"), to, QStringLiteral("--pg"), pg,
                        QStringLiteral("--csv"), dir.filePath(QStringLiteral("refused"))},
            env);
    CHECK(r.exitCode == 4);
}

TEST_CASE("A hub killed in the middle of a merge loses nothing and leaves nothing half done",
          "[hub][cli][crash]")
{
    QTemporaryDir dir;
    const QString pg = newDatabase();
    const QString store = dir.filePath(QStringLiteral("ho.sqlite"));
    const QString branch = dir.filePath(QStringLiteral("branch.sqlite"));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("ASCOLTO_PASSWORD"), QStringLiteral("ascolto-demo"));
    auto as = [&](const QString& program, const QStringList& args) {
        return run(program, args, env);
    };
    const QString cliPath = QStringLiteral(ASCOLTO_CLI_PATH),
                  hubPath = QStringLiteral(ASCOLTO_HUB_PATH);
    REQUIRE(as(cliPath, {QStringLiteral("demo"), QStringLiteral("--db"), store,
                         QStringLiteral("--debtors"), QStringLiteral("1500")})
                .exitCode == 0);
    REQUIRE(as(hubPath, {QStringLiteral("init"), QStringLiteral("--pg"), pg}).exitCode == 0);
    REQUIRE(as(hubPath,
               {QStringLiteral("load"), QStringLiteral("--db"), store, QStringLiteral("--pg"), pg})
                .exitCode == 0);
    const QString req = request(branch);
    REQUIRE(
        as(hubPath, {QStringLiteral("device"), QStringLiteral("enrol"), QStringLiteral("--user"),
                     QStringLiteral("admin"), QStringLiteral("--request"), req,
                     QStringLiteral("--name"), QStringLiteral("Bari"), QStringLiteral("--users"),
                     QStringLiteral("capoteam"), QStringLiteral("--pg"), pg})
            .exitCode == 0);
    const QString seed = dir.filePath(QStringLiteral("seed.bundle"));
    REQUIRE(as(hubPath, {QStringLiteral("export-bundle"), QStringLiteral("--for-device"),
                         req.section(QLatin1Char(':'), 1, 1), seed, QStringLiteral("--pg"), pg})
                .exitCode == 0);
    REQUIRE(as(cliPath, {QStringLiteral("sync"), QStringLiteral("--db"), branch,
                         QStringLiteral("--import-bundle"), seed})
                .exitCode == 0);
    // Every debtor edited at the branch: one bundle of 1,500 changes.
    REQUIRE(as(QStringLiteral("sqlite3"),
               {branch, QStringLiteral("UPDATE debtor SET notes = 'visto a Bari', version = "
                                       "version + 1")})
                .exitCode == 0);
    const QString up = dir.filePath(QStringLiteral("up.bundle"));
    REQUIRE(as(cliPath,
               {QStringLiteral("sync"), QStringLiteral("--db"), branch, QStringLiteral("--user"),
                QStringLiteral("capoteam"), QStringLiteral("--export-bundle"), up})
                .exitCode == 0);
    auto edited = [&] {
        auto c = PgConnection::open(pg);
        REQUIRE(c);
        return c.value()
            ->value(QStringLiteral("SELECT count(*) FROM debtor WHERE notes = 'visto a Bari'"))
            .value()
            .toInt();
    };
    // Folders a killed hub could leave with the decrypted bundle in them.
    const auto foreignFolders = [] {
        QStringList out;
        for (const QString& d : QDir::temp().entryList({QStringLiteral("ascolto-hub-*")},
                                                       QDir::Dirs | QDir::NoDotAndDotDot)) {
            bool pid = false;
            d.section(QLatin1Char('-'), 2, 2).toLongLong(&pid);
            if (!pid)
                out << d;
        }
        return out;
    };
    const QStringList before = foreignFolders();
    // Killed at different moments: the hub holds all of the bundle or none of it.
    int killed = 0;
    for (const int ms : {150, 300, 450, 600, 800}) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(hubPath, {QStringLiteral("import-bundle"), up, QStringLiteral("--pg"), pg});
        REQUIRE(p.waitForStarted());
        QThread::msleep(ulong(ms));
        if (p.state() == QProcess::Running) {
            ::kill(pid_t(p.processId()), SIGKILL);
            ++killed;
        }
        p.waitForFinished();
        const int n = edited();
        INFO("killed after " << ms << " ms: " << n << " debtors edited at the hub");
        CHECK((n == 0 || n == 1500));
        if (n == 1500)
            break;
    }
    CHECK(killed > 0);
    CHECK(foreignFolders() == before);
    // The next run takes it whole (or says it has it already), and cleans up after the dead.
    const Run r = as(hubPath, {QStringLiteral("import-bundle"), up, QStringLiteral("--pg"), pg});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 0);
    CHECK(edited() == 1500);
    const QStringList left = QDir::temp().entryList({QStringLiteral("ascolto-hub-*")},
                                                    QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& d : left) {
        const qint64 pid = d.section(QLatin1Char('-'), 2, 2).toLongLong();
        INFO(d.toStdString());
        CHECK((::kill(pid_t(pid), 0) == 0 || errno != ESRCH));
    }
}

TEST_CASE("ascolto-hub bench prints its figures with their budgets and finds nothing lost",
          "[hub][cli][bench]")
{
    const QString pg = newDatabase();
    QTemporaryDir dir;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("ASCOLTO_BENCH_DIR"), dir.path());
    const Run r =
        run(QStringLiteral(ASCOLTO_HUB_PATH),
            {QStringLiteral("bench"), QStringLiteral("--pg"), pg, QStringLiteral("--debtors"),
             QStringLiteral("300"), QStringLiteral("--workstations"), QStringLiteral("3"),
             QStringLiteral("--seconds"), QStringLiteral("4"), QStringLiteral("--json")},
            env);
    INFO(r.err.toStdString());
    // Pass or fail on the machine's speed; the run itself must complete.
    REQUIRE((r.exitCode == 0 || r.exitCode == 1));
    const QJsonArray measures = QJsonDocument::fromJson(r.out.toUtf8()).array();
    INFO(r.out.toStdString());
    REQUIRE(measures.size() == 16);
    QHash<QString, QJsonObject> byName;
    for (const auto& m : measures)
        byName.insert(
            m.toObject().value(QLatin1String("name")).toString().section(QLatin1Char(' '), 0, 2),
            m.toObject());
    CHECK(byName.value(QStringLiteral("size on disk")).value(QLatin1String("value")).toDouble() >
          1);
    CHECK(byName.value(QStringLiteral("round p95")).value(QLatin1String("budget")).toDouble() ==
          200);
    CHECK(byName.value(QStringLiteral("workstations whose debtors"))
              .value(QLatin1String("pass"))
              .toBool());
    CHECK(
        byName.value(QStringLiteral("debtors lost or")).value(QLatin1String("value")).toDouble() ==
        0);
    CHECK(byName.value(QStringLiteral("workstation rounds in"))
              .value(QLatin1String("value"))
              .toDouble() >= 3);
    // The serving hub's copy of the firm was made, and the requests were timed at the server.
    CHECK(byName.contains(QStringLiteral("working copy of")));
    CHECK(byName.value(QStringLiteral("push at the")).value(QLatin1String("value")).toDouble() > 0);
    CHECK(byName.value(QStringLiteral("pull at the")).value(QLatin1String("value")).toDouble() > 0);
    // The bench makes its own firm: a hub that holds one is refused.
    const Run again = run(QStringLiteral(ASCOLTO_HUB_PATH),
                          {QStringLiteral("bench"), QStringLiteral("--pg"), pg}, env);
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("empty database")));
}

// ascolto-hub: head office on PostgreSQL. Every command names the hub's database with
// --pg CONNINFO (empty: PGHOST, PGDATABASE... from the environment).

#include "CliAdmin.h"
#include "HubBench.h"
#include "hub/HubSchema.h"
#include "hub/HubServer.h"
#include "hub/HubStore.h"
#include "hub/HubSync.h"
#include "hub/PgConnection.h"
#include "io/StoreBootstrap.h"
#include "io/SyncBundle.h"
#include "storage/Database.h"
#include "storage/Devices.h"
#include "ui/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace ascolto;

namespace {

const char* const kUsage =
    "usage: ascolto-hub COMMAND --pg CONNINFO [options]\n"
    "\n"
    "Head office on PostgreSQL: the firm's data in one database, changed by the workstation's\n"
    "own rules through working copies. CONNINFO is a libpq connection string or URI; empty\n"
    "(--pg '') takes PGHOST, PGPORT, PGUSER, PGDATABASE from the environment.\n"
    "\n"
    "  init --pg C [--admin NAME]\n"
    "         Create the hub's schema (or bring it to this version). With --admin on an\n"
    "         empty hub: a new firm whose first administrator is NAME (password from\n"
    "         ASCOLTO_NEW_PASSWORD or a prompt).\n"
    "  migrate --pg C\n"
    "         Bring the schema to this version, one numbered migration per transaction.\n"
    "  load --pg C --db PATH\n"
    "         An existing head office's store becomes the hub (empty hub only): its clients,\n"
    "         users, debtors, devices and identity, so its devices go on with the hub.\n"
    "  dump --pg C --db PATH\n"
    "         Every row of the hub into a new SQLite store (a snapshot a workstation opens).\n"
    "  status --pg C\n"
    "         Schema, identity, rows and devices.\n"
    "  import-bundle --pg C FILE\n"
    "         Check a bundle from an enrolled device (signature, sender, scope, authority:\n"
    "         as a workstation does) and merge it in one transaction; twice changes nothing.\n"
    "  export-bundle --pg C --for-device ID FILE [--full]\n"
    "         What changed for the device since its last bundle, within its scope, signed\n"
    "         and encrypted for it.\n"
    "  serve --pg C --listen HOST:PORT --tls-cert FILE --tls-key FILE\n"
    "         Serve the bundles over HTTPS: workstations push their work and pull their\n"
    "         bundle (ascolto-cli sync --hub https://HOST:PORT --hub-cert FILE).\n"
    "  bench --pg C [--debtors N] [--clients K] [--workstations W] [--seconds S] [--json]\n"
    "         The hub's figures against their budgets, on a firm it makes in an empty\n"
    "         database: load, size, the largest client's report, a 20,000-debtor merge,\n"
    "         W workstations (one per operator) syncing over HTTPS on loopback (p50,\n"
    "         p95, nothing lost); --workstations 0: the firm's figures only.\n"
    "  device|client|user|scorecard|password|assign|audit|report ... --pg C --user NAME ...\n"
    "         The administrator's commands of ascolto-cli (same options), run at the hub:\n"
    "         `ascolto-hub device request --pg C` prints the hub's enrolment request.\n"
    "\n"
    "Exit codes: 0 done, 1 failed (the hub unchanged), 2 usage, 4 refused.\n";

QTextStream& out()
{
    return cliOut();
}

QTextStream& err()
{
    return cliErr();
}

int usageError(const QString& message)
{
    err() << "ascolto-hub: " << message << "\n" << kUsage;
    return ExitUsage;
}

int failed(const char* command, const QString& message, int code = ExitFailed)
{
    err() << "ascolto-hub " << command << ": " << message << "\n";
    return code;
}

std::unique_ptr<HubStore> openHub(const QCommandLineParser& p, const char* command, int* rc)
{
    auto hub = HubStore::open(p.value(QStringLiteral("pg")));
    if (!hub) {
        *rc = failed(command, hub.error());
        return nullptr;
    }
    return std::move(hub.value());
}

int runInit(const QCommandLineParser& p, bool create)
{
    const char* command = create ? "init" : "migrate";
    auto pg = PgConnection::open(p.value(QStringLiteral("pg")));
    if (!pg)
        return failed(command, pg.error());
    QStringList applied;
    if (Status s = HubSchema::migrate(*pg.value(), 0, &applied); !s)
        return failed(command, s.error());
    out() << (applied.isEmpty() ? QStringLiteral("The hub's schema is up to date (schema %1).")
                                      .arg(HubSchema::latestVersion())
                                : QStringLiteral("The hub's schema: %1 applied.")
                                      .arg(applied.join(QStringLiteral(", "))))
          << "\n";
    if (!create)
        return ExitOk;
    int rc = ExitOk;
    auto hub = openHub(p, command, &rc);
    if (!hub)
        return rc;
    if (!hub->deviceId().isEmpty()) {
        out() << "The hub is device " << hub->deviceId() << ".\n";
        return ExitOk;
    }
    const QString admin = p.value(QStringLiteral("admin"));
    if (admin.isEmpty()) {
        out() << "The hub is empty: load a head office's store (ascolto-hub load) or start a "
                 "new firm (ascolto-hub init --admin NAME).\n";
        return ExitOk;
    }
    const auto password = cliNewPassword(command, &rc);
    if (!password)
        return rc;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("firm.sqlite"));
    SystemClock clock;
    {
        auto db =
            StoreBootstrap::createEmpty(path, QStringLiteral("hub-init"), clock, admin, *password);
        if (!db)
            return failed(command, db.error());
        if (auto key = Devices(*db.value(), clock).publicKey(); !key)
            return failed(command, key.error());
    }
    const auto loaded = hub->load(path);
    if (!loaded)
        return failed(command, loaded.error());
    out() << "A new firm at the hub: device " << hub->deviceId() << ", administrator " << admin
          << ".\n";
    return ExitOk;
}

int runLoad(const QCommandLineParser& p)
{
    const QString path = p.value(QStringLiteral("db"));
    if (path.isEmpty() || !QFile::exists(path))
        return usageError(QStringLiteral("load needs --db PATH of an existing store"));
    int rc = ExitOk;
    auto hub = openHub(p, "load", &rc);
    if (!hub)
        return rc;
    QElapsedTimer timer;
    timer.start();
    const auto loaded = hub->load(path);
    if (!loaded)
        return failed("load", loaded.error());
    out() << "Loaded " << loaded->written << " rows from " << path << " in " << timer.elapsed()
          << " ms; the hub is device " << hub->deviceId() << ".\n";
    return ExitOk;
}

int runDump(const QCommandLineParser& p)
{
    const QString path = p.value(QStringLiteral("db"));
    if (path.isEmpty())
        return usageError(QStringLiteral("dump needs --db PATH (a new file)"));
    int rc = ExitOk;
    auto hub = openHub(p, "dump", &rc);
    if (!hub)
        return rc;
    const auto dumped = hub->dump(path);
    if (!dumped)
        return failed("dump", dumped.error());
    out() << "Wrote " << dumped->hydrated << " rows to " << path << ".\n";
    return ExitOk;
}

int runStatus(const QCommandLineParser& p)
{
    int rc = ExitOk;
    auto hub = openHub(p, "status", &rc);
    if (!hub)
        return rc;
    out() << "Hub schema " << HubSchema::latestVersion() << ", device "
          << (hub->deviceId().isEmpty() ? QStringLiteral("(none: empty hub)") : hub->deviceId())
          << "\n";
    const auto counts = hub->pg().query(QStringLiteral(
        "SELECT (SELECT count(*) FROM client), (SELECT count(*) FROM app_user), (SELECT count(*) "
        "FROM debtor), (SELECT count(*) FROM invoice), (SELECT count(*) FROM change_log), "
        "pg_size_pretty(pg_database_size(current_database()))"));
    if (!counts)
        return failed("status", counts.error());
    const QStringList c = counts->rows.first();
    out() << "  " << c.at(0) << " clients, " << c.at(1) << " users, " << c.at(2) << " debtors, "
          << c.at(3) << " bills, " << c.at(4) << " changes logged; database " << c.at(5) << "\n";
    const auto devices = hub->pg().query(QStringLiteral(
        "SELECT d.id, d.name, d.kind, coalesce(to_char(d.revoked_at, 'YYYY-MM-DD'), ''), "
        "coalesce(p.last_export_seq, 0), coalesce((SELECT max(r.sequence) FROM sync_received r "
        "WHERE r.source_device = d.id), 0) FROM device d LEFT JOIN sync_peer p ON p.device_id = "
        "d.id ORDER BY d.name"));
    if (!devices)
        return failed("status", devices.error());
    for (const auto& d : devices->rows)
        out() << "  device " << d.at(1) << " (" << d.at(2) << ", " << d.at(0) << ")"
              << (d.at(3).isEmpty() ? QString() : QStringLiteral(", revoked ") + d.at(3))
              << ": sent up to change " << d.at(4) << ", last bundle received " << d.at(5) << "\n";
    return ExitOk;
}

int runImportBundle(const QCommandLineParser& p, const QString& file)
{
    int rc = ExitOk;
    auto hub = openHub(p, "import-bundle", &rc);
    if (!hub)
        return rc;
    QElapsedTimer timer;
    timer.start();
    SystemClock clock;
    const auto imported = HubSync::importBundle(*hub, clock, file);
    if (!imported)
        return failed("import-bundle", imported.error());
    const auto& result = imported->result;
    const auto& counts = imported->counts;
    out() << result.text() << "\n"
          << "  hub: " << counts.hydrated << " rows read, " << counts.written << " written, "
          << counts.removed << " removed in " << timer.elapsed() << " ms (copy " << counts.fillMs
          << ", merge " << counts.workMs << ", write back " << counts.writeMs << ")\n";
    return ExitOk;
}

int runExportBundle(const QCommandLineParser& p, const QString& file)
{
    const QString device = p.value(QStringLiteral("for-device"));
    if (device.isEmpty())
        return usageError(QStringLiteral("export-bundle needs --for-device ID"));
    int rc = ExitOk;
    auto hub = openHub(p, "export-bundle", &rc);
    if (!hub)
        return rc;
    QElapsedTimer timer;
    timer.start();
    SystemClock clock;
    const auto exported =
        HubSync::exportBundle(*hub, clock, file, device, p.isSet(QStringLiteral("full")));
    if (!exported)
        return failed("export-bundle", exported.error());
    const auto& result = exported->result;
    out() << "Bundle " << result.path << " for device " << device << ": " << result.header.rows
          << " rows (changes " << result.changesFrom << " to " << result.changesTo << "), "
          << timer.elapsed() << " ms\n";
    return ExitOk;
}

// An administrator's command of ascolto-cli, run on a working copy of the hub.
int runAdmin(const QCommandLineParser& hubOptions, const QString& command, const QStringList& args,
             Language& language)
{
    const QByteArray name = command.toUtf8();
    int rc = ExitOk;
    auto hub = openHub(hubOptions, name.constData(), &rc);
    if (!hub)
        return rc;
    HubStore::Scope scope;
    const QString code = hubOptions.value(QStringLiteral("client"));
    const bool wholeClient =
        command == QLatin1String("assign") || command == QLatin1String("portfolio") ||
        command == QLatin1String("report") ||
        (command == QLatin1String("client") && args.value(0) == QLatin1String("erase"));
    if (wholeClient && !code.isEmpty()) {
        const auto id = hub->clientIdByCode(code);
        if (!id)
            return failed(name.constData(), id.error());
        scope.clientIds << id.value();
    }
    scope.auditLog = command == QLatin1String("audit");
    int exit = ExitOk;
    const auto counts = hub->withWorkingCopy(scope, [&](const QString& path) {
        // The same command line, with the working copy as its store.
        QStringList argv{QStringLiteral("ascolto-hub")};
        const QStringList original = QCoreApplication::arguments();
        for (int i = 1; i < original.size(); ++i) {
            if (original.at(i) == QLatin1String("--pg") || original.at(i) == QLatin1String("-pg")) {
                ++i;
                continue;
            }
            if (original.at(i).startsWith(QLatin1String("--pg=")))
                continue;
            argv << original.at(i);
        }
        argv << QStringLiteral("--db") << path;
        QCommandLineParser p;
        p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
        addCliOptions(p);
        p.addPositionalArgument(QStringLiteral("command"), QString());
        if (!p.parse(argv))
            return Status::failure(p.errorText());
        const QStringList rest = p.positionalArguments().mid(1);
        if (command == QLatin1String("device"))
            exit = runDevice(p, rest);
        else if (command == QLatin1String("client"))
            exit = runClient(p, rest);
        else if (command == QLatin1String("user"))
            exit = runUser(p, rest);
        else if (command == QLatin1String("scorecard"))
            exit = runScorecard(p, rest);
        else if (command == QLatin1String("password"))
            exit = runPassword(p);
        else if (command == QLatin1String("assign"))
            exit = runAssign(p);
        else if (command == QLatin1String("audit"))
            exit = runAudit(p, rest);
        else if (command == QLatin1String("portfolio"))
            exit = runPortfolio(p);
        else if (command == QLatin1String("report"))
            exit = runReport(p, language);
        cliOut().flush();
        cliErr().flush();
        return exit == ExitOk ? Status::success() : Status::failure(QString());
    });
    if (!counts) {
        if (exit != ExitOk)
            return exit; // the command said why
        return failed(name.constData(), counts.error());
    }
    return ExitOk;
}

int runServe(const QCommandLineParser& p)
{
    const QString listen = p.value(QStringLiteral("listen"));
    const QString cert = p.value(QStringLiteral("tls-cert"));
    const QString key = p.value(QStringLiteral("tls-key"));
    const int colon = listen.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || port > 65535 || cert.isEmpty() || key.isEmpty())
        return usageError(QStringLiteral("serve needs --listen HOST:PORT --tls-cert FILE --tls-key "
                                         "FILE"));
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address = host == QLatin1String("*") ? QHostAddress(QHostAddress::Any)
                                 : host == QLatin1String("localhost")
                                     ? QHostAddress(QHostAddress::LocalHost)
                                     : QHostAddress(host);
    if (address.isNull())
        return usageError(QStringLiteral("--listen: %1 is not an address").arg(host));
    static SystemClock clock;
    auto* server =
        new HubServer(p.value(QStringLiteral("pg")), clock, QCoreApplication::instance());
    const auto started = server->start(address, quint16(port), cert, key);
    if (!started)
        return failed("serve", started.error());
    out() << "Serving the hub on https://" << listen.left(colon) << ":" << started.value() << "\n";
    out().flush();
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    const auto application = cliApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("ascolto-hub"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASCOLTO_VERSION));
    Language language(&app);
    cliChooseLanguage(language, argc, argv);

    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption version(QStringLiteral("version"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    p.addOption(version);
    p.addOption(help);
    p.addOption(QCommandLineOption(QStringLiteral("pg"), QString(), QStringLiteral("conninfo")));
    for (const char* name : {"listen", "tls-cert", "tls-key", "workstations", "seconds", "clients"})
        p.addOption(
            QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    addCliOptions(p);
    p.addPositionalArgument(QStringLiteral("command"), QString());
    if (!p.parse(QCoreApplication::arguments()))
        return usageError(p.errorText());
    if (p.isSet(version)) {
        out() << "ascolto-hub " << ASCOLTO_VERSION << "\n";
        return ExitOk;
    }
    if (p.isSet(help)) {
        out() << kUsage;
        return ExitOk;
    }
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return usageError(QStringLiteral("no command given"));
    if (!p.isSet(QStringLiteral("pg")))
        return usageError(QStringLiteral("every command needs --pg CONNINFO (--pg '' for the "
                                         "PG* environment variables)"));
    const QString command = args.first();
    static const QStringList admin{
        QStringLiteral("device"),    QStringLiteral("client"),    QStringLiteral("user"),
        QStringLiteral("scorecard"), QStringLiteral("password"),  QStringLiteral("assign"),
        QStringLiteral("audit"),     QStringLiteral("portfolio"), QStringLiteral("report")};
    if (admin.contains(command))
        return runAdmin(p, command, args.mid(1), language);
    if (command == QLatin1String("import-bundle") || command == QLatin1String("export-bundle")) {
        if (args.size() != 2)
            return usageError(QStringLiteral("%1 needs one FILE").arg(command));
        return command == QLatin1String("import-bundle") ? runImportBundle(p, args.at(1))
                                                         : runExportBundle(p, args.at(1));
    }
    if (args.size() > 1)
        return usageError(QStringLiteral("unexpected argument \"%1\"").arg(args.at(1)));
    if (command == QLatin1String("init") || command == QLatin1String("migrate"))
        return runInit(p, command == QLatin1String("init"));
    if (command == QLatin1String("load"))
        return runLoad(p);
    if (command == QLatin1String("dump"))
        return runDump(p);
    if (command == QLatin1String("status"))
        return runStatus(p);
    if (command == QLatin1String("serve"))
        return runServe(p);
    if (command == QLatin1String("bench")) {
        HubBenchOptions options;
        options.conninfo = p.value(QStringLiteral("pg"));
        options.json = p.isSet(QStringLiteral("json"));
        bool ok = true;
        for (auto [name, field] :
             {std::pair{"debtors", &options.debtors}, std::pair{"clients", &options.clients},
              std::pair{"workstations", &options.workstations},
              std::pair{"seconds", &options.seconds}}) {
            if (!p.isSet(QLatin1String(name)))
                continue;
            *field = p.value(QLatin1String(name)).toInt(&ok);
            const bool none = *field == 0 && field == &options.workstations;
            if (!ok || (*field < 1 && !none))
                return usageError(
                    QStringLiteral("--%1 must be a positive number").arg(QLatin1String(name)));
        }
        return runHubBench(options);
    }
    return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
}

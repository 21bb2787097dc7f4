// ascolto-cli: headless commands for integration, maintenance and benchmarks.
#include "CliAdmin.h"
#include "CliBench.h"
#include "CliPlan.h"

#include "io/CsvImport.h"
#include "io/HubLink.h"
#include "io/PeriodicExport.h"
#include "io/ReportFiles.h"
#include "io/StoreBootstrap.h"
#include "io/SyncBundle.h"
#include "ui/Language.h"

#include "storage/AuditLog.h"
#include "storage/ClientRepository.h"
#include "storage/DailyRun.h"
#include "storage/Database.h"
#include "storage/Ids.h"
#include "storage/ReportQuery.h"
#include "storage/Session.h"
#include "storage/StoreCheck.h"
#include "storage/UserRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

using namespace ascolto;

namespace {

QTextStream& out()
{
    return cliOut();
}

QTextStream& err()
{
    return cliErr();
}

const char kUsage[] =
    "Usage: ascolto-cli <command> [options]\n"
    "\n"
    "Commands:\n"
    "  init   --db PATH --admin NAME\n"
    "         Create an empty store with its administrator (password from\n"
    "         ASCOLTO_NEW_PASSWORD or a prompt).\n"
    "  client set  --db PATH --user NAME FILE.json   Create or update a client.\n"
    "  client show --db PATH --user NAME CODE        Print its settings as JSON.\n"
    "  client erase --db PATH --user NAME CODE [--out DIR]\n"
    "         Erase the debtors of a client whose mandate ended and whose retention\n"
    "         passed (admin); writes a signed certificate (default: certificates/\n"
    "         beside the store). Other offices erase them at their next bundle.\n"
    "  client verify-certificate FILE   Check an erasure certificate's signature.\n"
    "  scorecard show --db PATH --user NAME CODE     The client's call scorecard (JSON).\n"
    "  scorecard set  --db PATH --user NAME CODE FILE.json\n"
    "         A new version of it (team lead of the client or admin); earlier\n"
    "         evaluations keep theirs.\n"
    "  user   add --db PATH --user NAME --username U --role operator|teamlead|admin\n"
    "         [--client CODE] [--display-name TEXT]   (password as for init)\n"
    "  user   deactivate|activate|reset-password --db PATH --user NAME --username U\n"
    "  user   list --db PATH --user NAME\n"
    "  password --db PATH --user NAME\n"
    "         Change your own password (the new one from ASCOLTO_NEW_PASSWORD or a prompt).\n"
    "  assign --db PATH --user NAME --client CODE\n"
    "         Give the client's unassigned debtors to its operators by its rule.\n"
    "  portfolio --db PATH --user NAME --csv FILE\n"
    "         The portfolio as that user sees it, as an Italian spreadsheet CSV.\n"
    "  demo   --db PATH [--debtors N] [--seed S] [--today YYYY-MM-DD]\n"
    "         Build the deterministic demo portfolio in a new store.\n"
    "  daily  --db PATH --user NAME [--today YYYY-MM-DD]\n"
    "         Follow up installments, plans and promises and bring every portfolio row to\n"
    "         the day (what the window does at start and at each change of day).\n"
    "  check  --db PATH\n"
    "         Integrity and schema checks; exit 0 when the store is healthy.\n"
    "  audit verify --db PATH --user NAME\n"
    "         Check the hash chain of the audit log (admin); exit 1 at a broken link.\n"
    "  audit register --db PATH --user NAME --from DATE --to DATE --csv FILE\n"
    "         The register of operations of a period (who, when, which debtor, what),\n"
    "         as an Italian spreadsheet CSV (admin).\n"
    "  import --db PATH --user NAME --client CODE --kind debtors|invoices|payments\n"
    "         [--mapping FILE] [--policy all-or-nothing|valid-rows] FILE\n"
    "         Import a client's CSV file; rejected rows go to FILE.report.csv.\n"
    "         Exit 0 when every row was accepted, 3 when rows were rejected.\n"
    "  device request --db PATH\n"
    "         Print this device's enrolment request (its id and public key).\n"
    "  device enrol --db PATH --user NAME --request TEXT --name TEXT\n"
    "         [--kind workstation|branch|head_office] [--users U1,U2]\n"
    "         Enrol a device and who logs in there (admin); it receives only what\n"
    "         they may see (a head office: everything).\n"
    "  device list|revoke --db PATH --user NAME [--id ID]   (admin)\n"
    "  sync   --db PATH --user NAME --hub https://HOST:PORT [--hub-cert FILE]\n"
    "         One round with head office's hub: this store's work goes up, its bundle\n"
    "         comes down and is applied (--hub-cert: the hub's certificate, pinned).\n"
    "  sync   --db PATH --user NAME --export-bundle FILE [--for-device ID] [--client CODE]\n"
    "         [--full]   Write a sync bundle of the changes, signed here and encrypted\n"
    "         for an enrolled device (default: this store's head office).\n"
    "  sync   --db PATH [--user NAME] --import-bundle FILE\n"
    "         Check and apply a bundle from an enrolled device (a new store takes its\n"
    "         first bundle's sender as its head office); exit 1 when it is refused.\n"
    "  sync   --inspect-bundle FILE\n"
    "         Check a bundle's signature and print its header.\n"
    "  report --db PATH --user NAME --client CODE --from DATE --to DATE\n"
    "         [--operator USERNAME] [--pdf FILE] [--csv DIR] [--reports]\n"
    "         The client's periodic report for a period (team lead or admin): a PDF in\n"
    "         the --lang language and a folder of CSV files with the same figures.\n"
    "         --reports writes the team lead's reports (aging, DSO, CEI, roll rates,\n"
    "         collections, stair-step, plans, promises, contacts, reasons, emotions,\n"
    "         satisfaction, complaints, continuity, the caring effect) instead.\n"
    "  export --db PATH --user NAME --out DIR [--full]\n"
    "         Periodic export now: a bundle, and an activity CSV per client the user\n"
    "         reports on (an admin every client, a team lead their own).\n"
    "\n"
    "Commands that read personal data or change a store name the acting user\n"
    "with --user; the password comes from ASCOLTO_PASSWORD or a prompt.\n"
    "Exit 4: wrong password or a role without the right.\n"
    "\n"
    "Options:\n"
    "  --lang it|en  Language of messages and reports (default: the environment's).\n"
    "  --version   Print the version.\n"
    "  --help      Print this help.\n";

int usageError(const QString& message)
{
    err() << "ascolto-cli: " << message << "\n\n" << kUsage;
    err().flush();
    return 2;
}

int runDemo(const QCommandLineParser& p)
{
    const QString path = p.value(QStringLiteral("db"));
    if (path.isEmpty())
        return usageError(QStringLiteral("demo needs --db PATH"));
    DemoPortfolio::Options options;
    bool ok = true;
    if (p.isSet(QStringLiteral("debtors"))) {
        options.debtors = p.value(QStringLiteral("debtors")).toInt(&ok);
        if (!ok || options.debtors < 1 || options.debtors > 5000000)
            return usageError(QStringLiteral("--debtors must be a number from 1 to 5000000"));
    }
    if (p.isSet(QStringLiteral("seed"))) {
        options.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usageError(QStringLiteral("--seed must be a non-negative number"));
    }
    SystemClock systemClock;
    options.today = systemClock.today();
    if (p.isSet(QStringLiteral("today"))) {
        options.today = QDate::fromString(p.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid())
            return usageError(QStringLiteral("--today must be a date like 2026-11-22"));
    }
    FixedClock clock(options.today);
    QElapsedTimer timer;
    timer.start();
    DemoPortfolio::Summary summary;
    options.progress = [](int done, int total) {
        if (done % 20000 == 0)
            err() << "  " << done << " / " << total << " debtors\n" << Qt::flush;
        return true;
    };
    auto db = StoreBootstrap::createDemo(path, QStringLiteral("cli"), clock, options, &summary);
    if (!db) {
        err() << "ascolto-cli demo: " << db.error() << "\n";
        return 1;
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    out() << "Demo portfolio written to " << path << "\n"
          << "  client:       " << DemoPortfolio::clientCode() << "\n"
          << "  users:        " << summary.users << " (password \"" << DemoPortfolio::password()
          << "\"; operator " << DemoPortfolio::operatorUsername() << ", team lead "
          << DemoPortfolio::teamLeadUsername() << ", admin " << DemoPortfolio::adminUsername()
          << ")\n"
          << "  debtors:      " << summary.debtors << "\n"
          << "  invoices:     " << summary.invoices << "\n"
          << "  payments:     " << summary.payments << "\n"
          << "  calls:        " << summary.interactions << "\n"
          << "  plans:        " << summary.plans << "\n"
          << "  promises:     " << summary.promises << "\n"
          << "  complaints:   " << summary.complaints << "\n"
          << "  phases:       rows " << summary.insertMs << " ms, indexes " << summary.indexMs
          << " ms, portfolio rows " << summary.summaryMs << " ms, search text " << summary.searchMs
          << " ms\n"
          << "  seed " << options.seed << ", day " << options.today.toString(Qt::ISODate) << ", "
          << QString::number(seconds, 'f', 2) << " s\n";
    return 0;
}

int runCheck(const QCommandLineParser& p)
{
    const QString path = p.value(QStringLiteral("db"));
    if (path.isEmpty())
        return usageError(QStringLiteral("check needs --db PATH"));
    Database::Options options;
    options.create = false;
    options.migrate = false;
    auto db = Database::open(path, QStringLiteral("cli"), options);
    if (!db) {
        err() << "ascolto-cli check: " << db.error() << "\n";
        return 1;
    }
    const QStringList problems = StoreCheck::run(*db.value());
    if (problems.isEmpty()) {
        out() << "OK: " << path << " (schema " << db.value()->schemaVersion() << ", device "
              << db.value()->deviceId() << ")\n";
        return 0;
    }
    err() << "Problems in " << path << ":\n";
    for (const QString& problem : problems)
        err() << "  - " << problem << "\n";
    return 1;
}

// The day's follow-up for a store nobody has open (head office's nightly job): what the
// window does at start and at each change of day.
int runDaily(const QCommandLineParser& p)
{
    const QString path = p.value(QStringLiteral("db"));
    if (path.isEmpty())
        return usageError(QStringLiteral("daily needs --db PATH"));
    SystemClock systemClock;
    std::unique_ptr<FixedClock> fixed;
    if (p.isSet(QStringLiteral("today"))) {
        const QDate day = QDate::fromString(p.value(QStringLiteral("today")), Qt::ISODate);
        if (!day.isValid())
            return usageError(QStringLiteral("--today must be a date like 2026-11-22"));
        fixed = std::make_unique<FixedClock>(day);
    }
    const Clock& clock = fixed ? static_cast<const Clock&>(*fixed) : systemClock;
    // It changes every debtor's rows: a team lead or an administrator runs it, on record.
    int rc = 0;
    auto work = cliOpenAs(p, clock, "daily", &rc, &Session::canManagePortfolio,
                          QStringLiteral("run the day's follow-up"));
    if (!work)
        return rc;
    const auto report = DailyRun::run(*work->db, clock);
    if (!report) {
        err() << "ascolto-cli daily: " << report.error() << "\n";
        return 1;
    }
    if (Status s = AuditLog::record(*work->db, clock, work->session, QStringLiteral("daily"),
                                    QStringLiteral("store"), QString(),
                                    {{QStringLiteral("day"), isoDate(clock.today())}});
        !s)
        err() << "ascolto-cli daily: " << s.error() << "\n";
    out() << report->text() << "\n";
    return 0;
}

int runImport(const QCommandLineParser& p, const QStringList& files)
{
    const QString path = p.value(QStringLiteral("db"));
    if (path.isEmpty() || !p.isSet(QStringLiteral("client")) || !p.isSet(QStringLiteral("kind")))
        return usageError(QStringLiteral("import needs --db PATH --client CODE --kind KIND FILE"));
    if (files.size() != 1)
        return usageError(QStringLiteral("import needs exactly one FILE"));
    const auto kind = CsvImport::kindFromCode(p.value(QStringLiteral("kind")));
    if (!kind)
        return usageError(kind.error());
    const auto policy = CsvImport::policyFromCode(p.value(QStringLiteral("policy")).isEmpty()
                                                      ? QStringLiteral("all-or-nothing")
                                                      : p.value(QStringLiteral("policy")));
    if (!policy)
        return usageError(policy.error());
    CsvImport::Options options;
    options.kind = kind.value();
    options.policy = policy.value();
    options.mapping.kind = kind.value();
    if (p.isSet(QStringLiteral("mapping"))) {
        const QString mappingPath = p.value(QStringLiteral("mapping"));
        QFile f(mappingPath);
        if (!f.open(QIODevice::ReadOnly)) {
            err() << "ascolto-cli import: " << mappingPath << ": " << f.errorString() << "\n";
            return 1;
        }
        auto mapping = CsvImport::Mapping::fromJson(f.readAll(), mappingPath);
        if (!mapping) {
            err() << "ascolto-cli import: " << mapping.error() << "\n";
            return 1;
        }
        if (mapping->kind != kind.value()) {
            err() << "ascolto-cli import: " << mappingPath << " maps "
                  << CsvImport::kindCode(mapping->kind) << " files, not "
                  << CsvImport::kindCode(kind.value()) << "\n";
            return 1;
        }
        options.mapping = mapping.value();
    }
    SystemClock clock;
    int rc = 0;
    auto work = cliOpenAs(p, clock, "import", &rc, &Session::canManagePortfolio,
                          QStringLiteral("import the client's files"));
    if (!work)
        return rc;
    const auto& db = work->db;
    const std::optional<Session> session = work->session;
    const auto client = ClientRepository(*db, clock).byCode(p.value(QStringLiteral("client")));
    if (!client) {
        err() << "ascolto-cli import: " << client.error() << "\n";
        return 1;
    }
    options.clientId = client->id;
    options.fallbackReportDir = QFileInfo(db->path()).absolutePath() + QStringLiteral("/reports");
    options.waiting = [](const QString& what) {
        err() << what << "\n" << Qt::flush;
    };
    const auto summary = CsvImport::run(*db, session.value(), clock, files.first(), options);
    if (!summary) {
        err() << "ascolto-cli import: " << summary.error() << "\n";
        return 1;
    }
    out() << summary->text() << "\n";
    out() << "  encoding " << summary->encoding << ", separator '" << summary->separator << "', "
          << summary->elapsedMs << " ms (rows " << summary->loadMs << " ms, balances and indexes "
          << summary->refreshMs << " ms)\n";
    const int shown = qMin(20, int(summary->rejections.size()));
    for (int i = 0; i < shown; ++i) {
        const auto& r = summary->rejections.at(i);
        out() << "  line " << r.line << ", " << r.column << " \"" << r.value << "\": " << r.reason
              << (r.severity == CsvImport::Rejection::Severity::Warning ? " (warning)" : "")
              << "\n";
    }
    if (summary->rejections.size() > shown)
        out() << "  ... " << (summary->rejections.size() - shown) << " more in "
              << summary->reportPath << "\n";
    return summary->rejectedRows > 0 ? 3 : 0;
}

// Who read or moved the store's data from the command line, and which file.
Status auditCli(Database& db, const Clock& clock, const Session& session, const QString& action,
                const QString& what, const QString& file)
{
    return AuditLog::record(db, clock, session, action, what, QString(),
                            {{QStringLiteral("file"), QFileInfo(file).fileName()}});
}

std::unique_ptr<Database> openExisting(const QString& path, const char* command,
                                       bool create = false)
{
    Database::Options options;
    options.create = create;
    auto db = Database::open(path, QStringLiteral("cli"), options);
    if (!db) {
        err() << "ascolto-cli " << command << ": " << db.error() << "\n";
        return nullptr;
    }
    return std::move(db.value());
}

int runSync(const QCommandLineParser& p)
{
    if (p.isSet(QStringLiteral("inspect-bundle"))) {
        const auto header = SyncBundle::inspect(p.value(QStringLiteral("inspect-bundle")));
        if (!header) {
            err() << "ascolto-cli sync: " << header.error() << "\n";
            return 1;
        }
        out() << "Bundle from device " << header->sourceDevice << " (key "
              << header->senderFingerprint << "), sequence " << header->sequence << ", made "
              << header->createdAt << "\n  signature verified; content encrypted for device "
              << header->forDevice << "\n";
        return 0;
    }
    const QString path = p.value(QStringLiteral("db"));
    const bool exporting = p.isSet(QStringLiteral("export-bundle"));
    const bool importing = p.isSet(QStringLiteral("import-bundle"));
    const bool online = p.isSet(QStringLiteral("hub"));
    if (path.isEmpty() || int(exporting) + int(importing) + int(online) != 1)
        return usageError(QStringLiteral(
            "sync needs --db PATH and one of --export-bundle, --import-bundle or --hub URL"));
    // A new workstation starts from head office's full bundle into a new store: it has no
    // user yet to name. Any other store is read or changed by an authenticated user.
    auto db = openExisting(path, "sync", importing);
    if (!db)
        return 1;
    SystemClock clock;
    std::optional<Session> session;
    if (exporting || online || UserRepository(*db, clock).count() > 0) {
        int rc = 0;
        session = cliLogin(*db, clock, p, "sync", &rc);
        if (!session)
            return rc;
        // Online, the round the window makes every minute for whoever is logged in; by file,
        // a team lead's or an administrator's act.
        if (!online && !session->canManagePortfolio()) {
            err() << "ascolto-cli sync: "
                  << Session::notAllowed(QStringLiteral("exchange sync bundles")) << "\n";
            return ExitRefused;
        }
    }
    if (exporting) {
        SyncBundle::ExportOptions options;
        options.forDevice = p.value(QStringLiteral("for-device"));
        options.full = p.isSet(QStringLiteral("full"));
        if (p.isSet(QStringLiteral("client")))
            options.clientCodes = p.value(QStringLiteral("client")).split(QLatin1Char(','));
        // Everything in the store goes out only by an administrator's hand; a team lead's
        // bundle holds their own client and nobody else's.
        if (options.full && !session->canExportWholeStore()) {
            err() << "ascolto-cli sync: "
                  << Session::notAllowed(QStringLiteral("export the whole store (--full)")) << "\n";
            return ExitRefused;
        }
        if (session->role() == Role::TeamLead) {
            const auto own = ClientRepository(*db, clock).configById(session->clientId());
            if (!own) {
                err() << "ascolto-cli sync: " << own.error() << "\n";
                return 1;
            }
            for (const QString& code : std::as_const(options.clientCodes)) {
                if (code != own->client.code) {
                    err() << "ascolto-cli sync: " << session->username() << " is the team lead of "
                          << own->client.code << " and cannot export the data of client " << code
                          << "\n";
                    return ExitRefused;
                }
            }
            options.clientCodes = {own->client.code};
        }
        const auto result =
            SyncBundle::exportBundle(*db, clock, p.value(QStringLiteral("export-bundle")), options);
        if (!result) {
            err() << "ascolto-cli sync: " << result.error() << "\n";
            return 1;
        }
        if (Status s = auditCli(*db, clock, *session, QStringLiteral("export"),
                                QStringLiteral("bundle"), result->path);
            !s)
            err() << "ascolto-cli sync: " << s.error() << "\n";
        out() << "Bundle " << result->path << ": sequence " << result->header.sequence << ", "
              << result->header.rows << " rows, clients "
              << result->header.clientCodes.join(QStringLiteral(", ")) << ", changes "
              << result->changesFrom << ".." << result->changesTo << ", checksum "
              << result->header.checksum.left(16) << "\n";
        return 0;
    }
    if (online) {
        const auto round = HubLink::syncOnce(*db, clock, QUrl(p.value(QStringLiteral("hub"))),
                                             p.value(QStringLiteral("hub-cert")));
        if (!round) {
            err() << "ascolto-cli sync: " << round.error() << "\n";
            return 1;
        }
        if (Status s = auditCli(*db, clock, *session, QStringLiteral("sync"), QStringLiteral("hub"),
                                p.value(QStringLiteral("hub")));
            !s)
            err() << "ascolto-cli sync: " << s.error() << "\n";
        out() << "Sent " << round->sent.header.rows << " rows to the hub: " << round->hubSaid
              << "\nReceived: " << round->received.text() << "\n";
        return 0;
    }
    const auto result =
        SyncBundle::importBundle(*db, clock, p.value(QStringLiteral("import-bundle")));
    if (!result) {
        err() << "ascolto-cli sync: " << result.error() << "\n";
        return 1;
    }
    if (session) {
        if (Status s = auditCli(*db, clock, *session, QStringLiteral("import"),
                                QStringLiteral("bundle"), p.value(QStringLiteral("import-bundle")));
            !s)
            err() << "ascolto-cli sync: " << s.error() << "\n";
    }
    out() << result->text() << "\n";
    return 0;
}

int runExport(const QCommandLineParser& p)
{
    const QString path = p.value(QStringLiteral("db"));
    if (path.isEmpty() || !p.isSet(QStringLiteral("out")))
        return usageError(QStringLiteral("export needs --db PATH --out DIR"));
    SystemClock clock;
    int rc = 0;
    auto work = cliOpenAs(p, clock, "export", &rc, &Session::canManagePortfolio,
                          QStringLiteral("export the store"));
    if (!work)
        return rc;
    const auto& db = work->db;
    const std::optional<Session> session = work->session;
    if (p.isSet(QStringLiteral("full")) && !session->canExportWholeStore()) {
        err() << "ascolto-cli export: "
              << Session::notAllowed(QStringLiteral("export the whole store (--full)")) << "\n";
        return ExitRefused;
    }
    const auto outcome = PeriodicExport::run(*db, clock, p.value(QStringLiteral("out")), *session,
                                             p.isSet(QStringLiteral("full")));
    if (!outcome) {
        err() << "ascolto-cli export: " << outcome.error() << "\n";
        return 1;
    }
    if (Status s = auditCli(*db, clock, *session, QStringLiteral("export"),
                            QStringLiteral("periodic"), outcome->bundlePath);
        !s)
        err() << "ascolto-cli export: " << s.error() << "\n";
    out() << "Exported " << outcome->changes << " changes in " << outcome->elapsedMs << " ms\n"
          << "  bundle   " << outcome->bundlePath << "\n";
    for (const QString& csv : outcome->activityPaths)
        out() << "  activity " << csv << "\n";
    out() << "  " << outcome->activityRows << " activity rows\n";
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    const auto application = cliApplication(argc, argv);
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("ascolto-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ASCOLTO_VERSION));

    // Messages, reports and summaries in the user's language: --lang, else the locale of the
    // environment (LANG=it_IT.UTF-8 gives Italian), else English for scripts.
    Language language(&app);
    cliChooseLanguage(language, argc, argv);

    QCommandLineParser p;
    p.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption version(QStringLiteral("version"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    p.addOption(version);
    p.addOption(help);
    addCliOptions(p);
    p.addPositionalArgument(QStringLiteral("command"), QString());
    if (!p.parse(QCoreApplication::arguments()))
        return usageError(p.errorText());
    if (p.isSet(version)) {
        out() << "ascolto-cli " << ASCOLTO_VERSION << "\n";
        return 0;
    }
    if (p.isSet(help)) {
        out() << kUsage;
        return 0;
    }
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const QString command = args.first();
    if (command == QLatin1String("import"))
        return runImport(p, args.mid(1));
    if (command == QLatin1String("client"))
        return runClient(p, args.mid(1));
    if (command == QLatin1String("scorecard"))
        return runScorecard(p, args.mid(1));
    if (command == QLatin1String("user"))
        return runUser(p, args.mid(1));
    if (command == QLatin1String("audit"))
        return runAudit(p, args.mid(1));
    if (command == QLatin1String("device"))
        return runDevice(p, args.mid(1));
    if (args.size() > 1)
        return usageError(QStringLiteral("unexpected argument \"%1\"").arg(args.at(1)));
    if (command == QLatin1String("demo"))
        return runDemo(p);
    if (command == QLatin1String("init"))
        return runInit(p);
    if (command == QLatin1String("assign"))
        return runAssign(p);
    if (command == QLatin1String("password"))
        return runPassword(p);
    if (command == QLatin1String("portfolio"))
        return runPortfolio(p);
    if (command == QLatin1String("report"))
        return runReport(p, language);
    if (command == QLatin1String("daily"))
        return runDaily(p);
    if (command == QLatin1String("check"))
        return runCheck(p);
    if (command == QLatin1String("sync"))
        return runSync(p);
    if (command == QLatin1String("export"))
        return runExport(p);
    if (command == QLatin1String("plan")) {
        if (!p.isSet(QStringLiteral("preview")))
            return usageError(QStringLiteral("plan needs --preview (a JSON request on stdin)"));
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usageError(QStringLiteral("cannot read the request from stdin"));
        QByteArray output;
        const int rc = runPlanPreview(in.readAll(), &output);
        QFile outFile;
        if (outFile.open(stdout, QIODevice::WriteOnly))
            outFile.write(output);
        return rc;
    }
    if (command == QLatin1String("bench")) {
        BenchOptions options;
        options.dbPath = p.value(QStringLiteral("db"));
        options.json = p.isSet(QStringLiteral("json"));
        options.cliPath = QCoreApplication::applicationFilePath();
        bool ok = true;
        if (p.isSet(QStringLiteral("debtors"))) {
            options.debtors = p.value(QStringLiteral("debtors")).toInt(&ok);
            if (!ok || options.debtors < 1)
                return usageError(QStringLiteral("--debtors must be a positive number"));
        }
        if (p.isSet(QStringLiteral("seed"))) {
            options.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
            if (!ok)
                return usageError(QStringLiteral("--seed must be a non-negative number"));
        }
        return runBench(options);
    }
    return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
}

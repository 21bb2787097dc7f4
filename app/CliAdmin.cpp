// ascolto-cli commands of the administrator and the team lead: init, client, user, assign,
// portfolio. Every rule is in models/; this file reads arguments and prints outcomes.
#include "CliAdmin.h"

#include "io/Csv.h"
#include "io/ReportFiles.h"
#include "io/StoreBootstrap.h"
#include "itemmodels/CodeText.h"
#include "itemmodels/ReportTables.h"
#include "storage/AssignmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/Devices.h"
#include "storage/Erasure.h"
#include "storage/Ids.h"
#include "storage/PortfolioQuery.h"
#include "storage/PrivateFile.h"
#include "storage/QualityRepository.h"
#include "storage/ReportQuery.h"
#include "storage/UserRepository.h"

#include "domain/Scorecard.h"
#include "ui/Language.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QTextStream>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace ascolto {

namespace {

QTextStream& out()
{
    return cliOut();
}

QTextStream& err()
{
    return cliErr();
}

int fail(const char* command, const QString& message, int code = ExitFailed)
{
    err() << "ascolto-cli " << command << ": " << message << "\n";
    err().flush();
    return code;
}

// A line typed on the terminal without echo; nullopt when stdin is not a terminal.
std::optional<QString> promptHidden(const QString& prompt)
{
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    err() << prompt << Qt::flush;
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    QTextStream in(stdin);
    const QString line = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    err() << "\n" << Qt::flush;
    return line;
}

} // namespace

QTextStream& cliOut()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& cliErr()
{
    static QTextStream s(stderr);
    return s;
}

std::optional<CliWork> cliOpenAs(const QCommandLineParser& p, const Clock& clock,
                                 const char* command, int* exitCode, SessionRight may,
                                 const QString& action)
{
    auto db = cliOpenStore(p.value(QStringLiteral("db")), command);
    if (!db) {
        *exitCode = ExitFailed;
        return std::nullopt;
    }
    auto session = cliLogin(*db, clock, p, command, exitCode);
    if (!session)
        return std::nullopt;
    if (may && !((*session).*may)()) {
        *exitCode = fail(command, Session::notAllowed(action), ExitRefused);
        return std::nullopt;
    }
    return CliWork{std::move(db), std::move(*session)};
}

std::unique_ptr<Database> cliOpenStore(const QString& path, const char* command)
{
    if (path.isEmpty()) {
        fail(command, QStringLiteral("--db PATH is needed"), ExitUsage);
        return nullptr;
    }
    Database::Options options;
    options.create = false;
    auto db = Database::open(path, QStringLiteral("cli"), options);
    if (!db) {
        fail(command, db.error());
        return nullptr;
    }
    return std::move(db.value());
}

std::optional<Session> cliLogin(Database& db, const Clock& clock, const QCommandLineParser& p,
                                const char* command, int* exitCode, QString* passwordUsed)
{
    const QString user = p.value(QStringLiteral("user"));
    if (user.isEmpty()) {
        *exitCode = fail(command,
                         QStringLiteral("name the acting user with --user NAME (the password "
                                        "comes from ASCOLTO_PASSWORD or a prompt)"),
                         ExitUsage);
        return std::nullopt;
    }
    std::optional<QString> password;
    if (qEnvironmentVariableIsSet("ASCOLTO_PASSWORD"))
        password = qEnvironmentVariable("ASCOLTO_PASSWORD");
    else
        password = promptHidden(QStringLiteral("Password for %1: ").arg(user));
    if (!password) {
        *exitCode =
            fail(command, QStringLiteral("no password: set ASCOLTO_PASSWORD or run on a terminal"),
                 ExitRefused);
        return std::nullopt;
    }
    auto session = UserRepository(db, clock).authenticate(user, *password);
    if (!session) {
        *exitCode = fail(command, session.error(), ExitRefused);
        return std::nullopt;
    }
    if (passwordUsed)
        *passwordUsed = *password; // changing it: a reset password is accepted here
    else if (session->mustChangePassword()) {
        *exitCode = fail(command,
                         QStringLiteral("the password of %1 was reset: choose a new one first "
                                        "(ascolto-cli password, or log in to the window)")
                             .arg(user),
                         ExitRefused);
        return std::nullopt;
    }
    return session.value();
}

std::optional<QString> cliNewPassword(const char* command, int* exitCode)
{
    if (qEnvironmentVariableIsSet("ASCOLTO_NEW_PASSWORD"))
        return qEnvironmentVariable("ASCOLTO_NEW_PASSWORD");
    const auto first = promptHidden(QStringLiteral("New password: "));
    if (!first) {
        *exitCode = fail(command,
                         QStringLiteral("no new password: set ASCOLTO_NEW_PASSWORD or run on a "
                                        "terminal"),
                         ExitUsage);
        return std::nullopt;
    }
    const auto again = promptHidden(QStringLiteral("Repeat it: "));
    if (!again || *again != *first) {
        *exitCode = fail(command, QStringLiteral("the two passwords differ"), ExitUsage);
        return std::nullopt;
    }
    return first;
}

std::unique_ptr<QCoreApplication> cliApplication(int& argc, char* argv[])
{
    bool report = false;
    for (int i = 1; i < argc; ++i)
        report = report || qstrcmp(argv[i], "report") == 0;
    if (report && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (report)
        return std::make_unique<QGuiApplication>(argc, argv);
    return std::make_unique<QCoreApplication>(argc, argv);
}

void cliChooseLanguage(Language& language, int argc, char* argv[])
{
    QString code = QLocale::system().name().startsWith(QLatin1String("it")) ? QStringLiteral("it")
                                                                            : QStringLiteral("en");
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--lang") == 0)
            code = QString::fromLocal8Bit(argv[i + 1]);
    if (!language.apply(code))
        language.apply(QStringLiteral("en"));
}

void addCliOptions(QCommandLineParser& p)
{
    p.addOption(QCommandLineOption(QStringLiteral("db"), QString(), QStringLiteral("path")));
    p.addOption(QCommandLineOption(QStringLiteral("debtors"), QString(), QStringLiteral("n")));
    p.addOption(QCommandLineOption(QStringLiteral("seed"), QString(), QStringLiteral("s")));
    p.addOption(QCommandLineOption(QStringLiteral("today"), QString(), QStringLiteral("date")));
    p.addOption(QCommandLineOption(QStringLiteral("json")));
    p.addOption(QCommandLineOption(QStringLiteral("preview")));
    for (const char* name : {"lang",          "client",        "kind",
                             "mapping",       "policy",        "out",
                             "export-bundle", "import-bundle", "inspect-bundle",
                             "for-device",    "user",          "admin",
                             "username",      "role",          "display-name",
                             "csv",           "from",          "to",
                             "request",       "name",          "id",
                             "users",         "pdf",           "operator",
                             "hub",           "hub-cert"})
        p.addOption(
            QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    p.addOption(QCommandLineOption(QStringLiteral("full")));
    p.addOption(QCommandLineOption(QStringLiteral("reports")));
}

int runInit(const QCommandLineParser& p)
{
    const QString path = p.value(QStringLiteral("db"));
    const QString admin = p.value(QStringLiteral("admin"));
    if (path.isEmpty() || admin.isEmpty())
        return fail("init", QStringLiteral("init needs --db PATH --admin NAME"), ExitUsage);
    if (QFileInfo::exists(path))
        return fail("init",
                    QStringLiteral("%1 exists already; init only creates new stores").arg(path));
    int rc = ExitOk;
    const auto password = cliNewPassword("init", &rc);
    if (!password)
        return rc;
    SystemClock clock;
    auto db = StoreBootstrap::createEmpty(path, QStringLiteral("cli"), clock, admin, *password);
    if (!db)
        return fail("init", db.error());
    out() << "Store " << path << " created (schema " << db.value()->schemaVersion() << ", device "
          << db.value()->deviceId() << "); administrator " << admin << "\n";
    return ExitOk;
}

namespace {

// A certificate of erasure checked anywhere, without a store: its signature and what it says.
int verifyCertificate(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail("client", QStringLiteral("%1: %2").arg(path, file.errorString()));
    const auto verified = Erasure::verify(file.readAll());
    if (!verified)
        return fail("client", QStringLiteral("%1: %2").arg(path, verified.error()));
    const QJsonObject& c = verified->content;
    const QJsonObject client = c.value(QLatin1String("client")).toObject();
    out() << "Certificate " << path << ": signature verified (device key " << verified->fingerprint
          << ")\n"
          << "  client " << client.value(QLatin1String("code")).toString() << " ("
          << client.value(QLatin1String("name")).toString() << "), mandate ended "
          << c.value(QLatin1String("mandate_ended_on")).toString() << ", kept "
          << c.value(QLatin1String("retention_months")).toInt() << " months\n"
          << "  " << c.value(QLatin1String("debtors")).toInt() << " debtors erased at "
          << c.value(QLatin1String("erased_at")).toString() << " by "
          << c.value(QLatin1String("erased_by"))
                 .toObject()
                 .value(QLatin1String("username"))
                 .toString()
          << "\n";
    return ExitOk;
}

// Erases the debtors of a client whose mandate ended and whose retention passed, and writes
// the signed certificate (owner-only) into --out (default: certificates/ beside the store).
int eraseClient(const QCommandLineParser& p, const QString& code)
{
    SystemClock clock;
    int rc = ExitOk;
    auto work = cliOpenAs(p, clock, "client", &rc, &Session::canManageUsers,
                          QStringLiteral("erase a client's debtors"));
    if (!work)
        return rc;
    const auto config = ClientRepository(*work->db, clock).configByCode(code);
    if (!config)
        return fail("client", QStringLiteral("There is no client with code %1.").arg(code));
    const QString folder =
        p.isSet(QStringLiteral("out"))
            ? p.value(QStringLiteral("out"))
            : QFileInfo(work->db->path()).absolutePath() + QStringLiteral("/certificates");
    if (Status s = PrivateFile::makeFolder(folder); !s)
        return fail("client", QStringLiteral("%1: %2").arg(folder, s.error()));
    const QString path = QDir(folder).filePath(
        QStringLiteral("erasure-%1-%2.json").arg(code, clock.today().toString(Qt::ISODate)));
    if (Status s = PrivateFile::checkTarget(path); !s)
        return fail("client", s.error());
    const auto done = Erasure(*work->db, clock).eraseClient(work->session, config->client.id);
    if (!done)
        return fail("client", done.error());
    // The erasure is done and recorded in the store (which keeps the certificate too): a
    // file that cannot be written is reported, not undone.
    if (Status s = PrivateFile::write(path, done->certificate); !s)
        return fail("client", QStringLiteral("The debtors are erased, but the certificate "
                                             "cannot be written to %1: %2")
                                  .arg(path, s.error()));
    out() << "Client " << code << ": " << done->debtors << " debtors erased";
    for (auto it = done->rows.cbegin(); it != done->rows.cend(); ++it)
        out() << (it == done->rows.cbegin() ? " (" : ", ") << it.key() << " " << it.value();
    out() << ")\n  certificate " << path
          << "\n  the other offices erase them when they apply the next bundle from here\n";
    return ExitOk;
}

} // namespace

int runClient(const QCommandLineParser& p, const QStringList& args)
{
    const QString verb = args.value(0);
    if (verb == QLatin1String("verify-certificate") && args.size() == 2)
        return verifyCertificate(args.at(1));
    if (verb == QLatin1String("erase") && args.size() == 2)
        return eraseClient(p, args.at(1));
    if ((verb != QLatin1String("set") && verb != QLatin1String("show")) || args.size() != 2)
        return fail("client",
                    QStringLiteral("use: client set --db PATH --user NAME FILE.json | client "
                                   "show --db PATH --user NAME CODE | client erase --db PATH "
                                   "--user NAME CODE [--out DIR] | client verify-certificate "
                                   "FILE"),
                    ExitUsage);
    SystemClock clock;
    int rc = ExitOk;
    // Team leads read their client's settings; only administrators change them.
    auto work = cliOpenAs(p, clock, "client", &rc, &Session::canManagePortfolio,
                          QStringLiteral("read client settings"));
    if (!work)
        return rc;
    const auto& db = work->db;
    const std::optional<Session> session = work->session;
    ClientRepository clients(*db, clock);
    if (verb == QLatin1String("show")) {
        const auto config = clients.configByCode(args.at(1));
        if (!config || (session->role() != Role::Admin && config->client.id != session->clientId()))
            return fail("client",
                        QStringLiteral("There is no client with code %1.").arg(args.at(1)));
        out() << QJsonDocument(config->toJson()).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (!session->canManageUsers())
        return fail("client", Session::notAllowed(QStringLiteral("set up clients")), ExitRefused);
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail("client", QStringLiteral("%1: %2").arg(args.at(1), file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        return fail("client", QStringLiteral("%1: not a JSON object (%2 at offset %3)")
                                  .arg(args.at(1), error.errorString())
                                  .arg(error.offset));
    const QString code = doc.object().value(QLatin1String("code")).toString().trimmed();
    if (code.isEmpty())
        return fail("client", QStringLiteral("%1: \"code\" is missing").arg(args.at(1)));
    ClientConfig base;
    const auto existing = clients.configByCode(code);
    if (existing)
        base = existing.value();
    const auto config = ClientConfig::fromJson(doc.object(), base);
    if (!config)
        return fail("client", QStringLiteral("%1: %2").arg(args.at(1), config.error()));
    const QStringList operators =
        UserRepository(*db, clock).operatorNames(existing ? existing->client.id : QString());
    if (const auto problems = config->check(operators); !problems.isEmpty()) {
        err() << "ascolto-cli client: " << args.at(1) << ":\n";
        for (const auto& problem : problems)
            err() << "  " << problem.field << ": " << problem.message << "\n";
        return ExitFailed;
    }
    const auto saved = clients.save(*session, config.value());
    if (!saved)
        return fail("client", saved.error());
    out() << "Client " << code << (existing ? " updated" : " created") << " (" << saved.value()
          << ")\n";
    return ExitOk;
}

int runScorecard(const QCommandLineParser& p, const QStringList& args)
{
    const QString verb = args.value(0);
    if ((verb != QLatin1String("show") || args.size() != 2) &&
        (verb != QLatin1String("set") || args.size() != 3))
        return fail("scorecard",
                    QStringLiteral("use: scorecard show --db PATH --user NAME CODE | scorecard "
                                   "set --db PATH --user NAME CODE FILE.json"),
                    ExitUsage);
    SystemClock clock;
    int rc = ExitOk;
    // A client's team leads and the administrators read and change its scorecard.
    auto work = cliOpenAs(p, clock, "scorecard", &rc, &Session::canManagePortfolio,
                          QStringLiteral("read scorecards"));
    if (!work)
        return rc;
    const auto& db = work->db;
    const Session session = work->session;
    const auto client = ClientRepository(*db, clock).byCode(args.at(1));
    if (!client || (session.role() != Role::Admin && client->id != session.clientId()))
        return fail("scorecard",
                    QStringLiteral("There is no client with code %1.").arg(args.at(1)));
    QualityRepository quality(*db, clock);
    if (verb == QLatin1String("show")) {
        const auto current = quality.current(client->id);
        if (!current)
            return fail("scorecard", current.error());
        // The definition as stored, pretty-printed: the file `set` reads.
        out() << QJsonDocument::fromJson(current->card.toJson()).toJson(QJsonDocument::Indented);
        err() << "Version " << current->version
              << (current->id.isEmpty() ? " (Ascolto's standard card, stored with the first "
                                          "evaluation)"
                                        : "")
              << "\n";
        return ExitOk;
    }
    QFile file(args.at(2));
    if (!file.open(QIODevice::ReadOnly))
        return fail("scorecard", QStringLiteral("%1: %2").arg(args.at(2), file.errorString()));
    const auto card = Scorecard::fromJson(file.readAll());
    if (!card)
        return fail("scorecard", QStringLiteral("%1: %2").arg(args.at(2), card.error()));
    const auto version = quality.saveScorecard(session, client->id, *card);
    if (!version)
        return fail("scorecard", version.error(),
                    version.error().contains(QLatin1String("not allowed")) ? ExitRefused
                                                                           : ExitFailed);
    out() << "Scorecard of " << client->code << ": version " << *version
          << " in force; earlier evaluations keep the version they were scored on\n";
    return ExitOk;
}

int runUser(const QCommandLineParser& p, const QStringList& args)
{
    const QString verb = args.value(0);
    static const QStringList verbs{QStringLiteral("add"), QStringLiteral("deactivate"),
                                   QStringLiteral("activate"), QStringLiteral("reset-password"),
                                   QStringLiteral("list")};
    if (!verbs.contains(verb) || args.size() != 1)
        return fail("user",
                    QStringLiteral("use: user add|deactivate|activate|reset-password|list --db "
                                   "PATH --user NAME [--username U --role R --client CODE "
                                   "--display-name TEXT]"),
                    ExitUsage);
    SystemClock clock;
    int rc = ExitOk;
    auto work =
        cliOpenAs(p, clock, "user", &rc, &Session::canManageUsers, QStringLiteral("manage users"));
    if (!work)
        return rc;
    const auto& db = work->db;
    const std::optional<Session> session = work->session;
    UserRepository users(*db, clock);
    if (verb == QLatin1String("list")) {
        ClientRepository clients(*db, clock);
        for (const UserRecord& u : users.list(*session)) {
            const auto client = clients.byId(u.clientId);
            out() << u.username << "\t" << RoleText::code(u.role) << "\t"
                  << (client ? client->code : QStringLiteral("-")) << "\t"
                  << (u.active ? "active" : "inactive") << "\t" << u.displayName << "\n";
        }
        return ExitOk;
    }
    const QString username = p.value(QStringLiteral("username"));
    if (username.isEmpty())
        return fail("user", QStringLiteral("--username U names the user"), ExitUsage);
    if (verb == QLatin1String("add")) {
        const auto role = RoleText::fromCode(p.value(QStringLiteral("role")));
        if (!role)
            return fail("user", QStringLiteral("--role must be operator, teamlead or admin"),
                        ExitUsage);
        UserRecord u;
        u.username = username;
        u.displayName = p.value(QStringLiteral("display-name"));
        u.role = *role;
        if (p.isSet(QStringLiteral("client"))) {
            const auto client =
                ClientRepository(*db, clock).byCode(p.value(QStringLiteral("client")));
            if (!client)
                return fail("user", client.error());
            u.clientId = client->id;
        }
        const auto password = cliNewPassword("user", &rc);
        if (!password)
            return rc;
        const auto id = users.create(*session, u, *password);
        if (!id)
            return fail("user", id.error());
        out() << "User " << username << " (" << RoleText::code(*role) << ") created\n";
        return ExitOk;
    }
    const auto user = users.byUsername(username);
    if (!user)
        return fail("user", user.error());
    if (verb == QLatin1String("reset-password")) {
        const auto password = cliNewPassword("user", &rc);
        if (!password)
            return rc;
        if (Status s = users.resetPassword(*session, user->id, *password); !s)
            return fail("user", s.error());
        out() << "Password of " << username << " reset; a new one is asked at the next login\n";
        return ExitOk;
    }
    const bool active = verb == QLatin1String("activate");
    if (Status s = users.setActive(*session, user->id, active); !s)
        return fail("user", s.error());
    out() << "User " << username << (active ? " activated" : " deactivated") << "\n";
    return ExitOk;
}

int runPassword(const QCommandLineParser& p)
{
    auto db = cliOpenStore(p.value(QStringLiteral("db")), "password");
    if (!db)
        return ExitFailed;
    SystemClock clock;
    int rc = ExitOk;
    QString current;
    const auto session = cliLogin(*db, clock, p, "password", &rc, &current);
    if (!session)
        return rc;
    const auto next = cliNewPassword("password", &rc);
    if (!next)
        return rc;
    if (Status s = UserRepository(*db, clock).changePassword(*session, current, *next); !s)
        return fail("password", s.error());
    out() << "Password of " << session->username() << " changed\n";
    return ExitOk;
}

int runAssign(const QCommandLineParser& p)
{
    if (!p.isSet(QStringLiteral("client")))
        return fail("assign", QStringLiteral("assign needs --client CODE"), ExitUsage);
    SystemClock clock;
    int rc = ExitOk;
    auto work = cliOpenAs(p, clock, "assign", &rc, &Session::canManagePortfolio,
                          QStringLiteral("assign debtors to operators"));
    if (!work)
        return rc;
    const auto& db = work->db;
    const std::optional<Session> session = work->session;
    const auto client = ClientRepository(*db, clock).byCode(p.value(QStringLiteral("client")));
    if (!client)
        return fail("assign", client.error());
    const auto outcome = AssignmentRepository(*db, clock).assignUnassigned(*session, client->id);
    if (!outcome)
        return fail("assign", outcome.error());
    out() << outcome->assigned << " debtors assigned by the rule of " << client->code << "\n";
    for (const auto& share : outcome->shares)
        out() << "  " << share.username << ": +" << share.received << " (now " << share.total
              << ")\n";
    if (outcome->leftUnassigned > 0)
        out() << "  " << outcome->leftUnassigned
              << " debtors wait: the client has no active operator\n";
    return ExitOk;
}

namespace {

// audit register: the register of operations of a period as an Italian spreadsheet CSV.
int runAuditRegister(const QCommandLineParser& p)
{
    const QDate from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
    const QString target = p.value(QStringLiteral("csv"));
    if (!from.isValid() || !to.isValid() || target.isEmpty())
        return fail("audit",
                    QStringLiteral("audit register needs --from YYYY-MM-DD --to YYYY-MM-DD "
                                   "--csv FILE"),
                    ExitUsage);
    if (to < from)
        return fail("audit",
                    QStringLiteral("--to %1 is before --from %2")
                        .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)),
                    ExitUsage);
    SystemClock clock;
    int rc = ExitOk;
    auto work = cliOpenAs(p, clock, "audit", &rc, &Session::canManageUsers,
                          QStringLiteral("export the register of operations"));
    if (!work)
        return rc;
    Database& db = *work->db;
    // The days are the office's: from the start of `from` to the end of `to`, local time.
    const auto rows =
        AuditLog::registerRows(db, from.startOfDay().toUTC(), to.addDays(1).startOfDay().toUTC());
    if (!rows)
        return fail("audit", rows.error());
    QVector<QStringList> cells;
    cells.reserve(rows->size());
    for (const AuditLog::RegisterRow& r : rows.value()) {
        const QDateTime at = QDateTime::fromString(r.at, Qt::ISODate).toLocalTime();
        cells.push_back(
            {at.toString(QStringLiteral("dd/MM/yyyy")), at.toString(QStringLiteral("HH:mm:ss")),
             r.userName.isEmpty() ? r.username
                                  : QStringLiteral("%1 (%2)").arg(r.userName, r.username),
             CodeText::auditAction(r.action), CodeText::auditEntity(r.entity), r.customerCode,
             r.debtorName, r.deviceId, r.details});
    }
    const Status written = PrivateFile::write(
        target,
        Csv::write({CodeText::tr("Date"), CodeText::tr("Time"), CodeText::tr("Who"),
                    CodeText::tr("Operation"), CodeText::tr("On"), CodeText::tr("Customer code"),
                    CodeText::tr("Debtor"), CodeText::tr("Workstation"), CodeText::tr("Details")},
                   cells));
    if (!written)
        return fail("audit", written.error());
    if (Status s = AuditLog::record(db, clock, work->session, QStringLiteral("audit_register"),
                                    QStringLiteral("store"), QString(),
                                    {{QStringLiteral("from"), from.toString(Qt::ISODate)},
                                     {QStringLiteral("to"), to.toString(Qt::ISODate)},
                                     {QStringLiteral("rows"), int(cells.size())},
                                     {QStringLiteral("file"), QFileInfo(target).fileName()}});
        !s)
        return fail("audit", s.error());
    out() << cells.size() << " operations from " << from.toString(Qt::ISODate) << " to "
          << to.toString(Qt::ISODate) << " written to " << target << "\n";
    return ExitOk;
}

} // namespace

int runAudit(const QCommandLineParser& p, const QStringList& args)
{
    if (args == QStringList{QStringLiteral("register")})
        return runAuditRegister(p);
    if (args != QStringList{QStringLiteral("verify")})
        return fail("audit", QStringLiteral("usage: audit verify|register --db PATH --user NAME"),
                    ExitUsage);
    SystemClock clock;
    int rc = ExitOk;
    auto work = cliOpenAs(p, clock, "audit", &rc, &Session::canManageUsers,
                          QStringLiteral("verify the audit log"));
    if (!work)
        return rc;
    Database& db = *work->db;
    const auto v = AuditLog::verify(db);
    if (!v)
        return fail("audit", v.error());
    // Checking is itself recorded, with what it found.
    if (Status s = AuditLog::record(
            db, clock, work->session, QStringLiteral("audit_verify"), QStringLiteral("store"),
            QString(),
            {{QStringLiteral("rows"), v->rows}, {QStringLiteral("breaks"), int(v->breaks.size())}});
        !s)
        return fail("audit", s.error());
    for (const AuditLog::Break& b : v->breaks)
        out() << "Broken: device " << b.deviceId << ", row " << b.chainSeq
              << (b.rowId.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(b.rowId)) << ": "
              << b.what << "\n";
    out() << v->rows << " audit rows checked on " << v->devices << " device(s)";
    if (v->unchained > 0)
        out() << "; " << v->unchained << " older rows predate the chain (schema 9)";
    out() << (v->breaks.isEmpty() ? QStringLiteral(": every chain holds\n")
                                  : QStringLiteral(": %1 chain(s) broken\n").arg(v->breaks.size()));
    return v->breaks.isEmpty() ? ExitOk : ExitFailed;
}

int runPortfolio(const QCommandLineParser& p)
{
    const QString target = p.value(QStringLiteral("csv"));
    if (target.isEmpty())
        return fail("portfolio", QStringLiteral("portfolio needs --csv FILE"), ExitUsage);
    SystemClock clock;
    int rc = ExitOk;
    auto work = cliOpenAs(p, clock, "portfolio", &rc);
    if (!work)
        return rc;
    const auto& db = work->db;
    const std::optional<Session> session = work->session;
    PortfolioQuery query(*db, *session, clock);
    const QLocale italian(QLocale::Italian);
    const auto date = [](const QDate& d) {
        return d.isValid() && d.year() < 9999 ? d.toString(QStringLiteral("dd/MM/yyyy"))
                                              : QString();
    };
    QVector<QStringList> rows;
    PortfolioRow last;
    bool first = true;
    for (;;) {
        const auto page = query.page({}, {}, first ? nullptr : &last, 2000);
        for (const PortfolioRow& r : page)
            rows.push_back(
                {r.customerCode, r.displayName, r.city, r.province, r.operatorName,
                 r.outstanding.formatPlain(italian, false), r.overdue.formatPlain(italian, false),
                 date(r.oldestOverdueDue), CodeText::stage(r.stage),
                 CodeText::planPromise(r.planStatus, r.promiseStatus),
                 CodeText::nextAction(r.nextActionKind), date(r.nextActionAt),
                 r.lastContactAt.isValid()
                     ? r.lastContactAt.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))
                     : QString(),
                 CodeText::flags(r.flags).join(QStringLiteral(", "))});
        if (page.size() < 2000)
            break;
        last = page.back();
        first = false;
    }
    const Status written = PrivateFile::write(
        target, Csv::write({QStringLiteral("Customer code"), QStringLiteral("Name"),
                            QStringLiteral("City"), QStringLiteral("Province"),
                            QStringLiteral("Operator"), QStringLiteral("Outstanding"),
                            QStringLiteral("Overdue"), QStringLiteral("Oldest overdue"),
                            QStringLiteral("Stage"), QStringLiteral("Plan or promise"),
                            QStringLiteral("Next action"), QStringLiteral("Next action on"),
                            QStringLiteral("Last contact"), QStringLiteral("Flags")},
                           rows));
    if (!written)
        return fail("portfolio", written.error());
    // Reading personal data out of the store is audited, like any change.
    if (Status s = AuditLog::record(*db, clock, *session, QStringLiteral("export"),
                                    QStringLiteral("portfolio"), QString(),
                                    {{QStringLiteral("rows"), int(rows.size())},
                                     {QStringLiteral("file"), QFileInfo(target).fileName()}});
        !s)
        return fail("portfolio", s.error());
    out() << rows.size() << " debtors written to " << target << " as " << session->username()
          << " sees them\n";
    return ExitOk;
}

} // namespace ascolto

namespace ascolto {

int runDevice(const QCommandLineParser& p, const QStringList& args)
{
    const QString verb = args.value(0);
    static const QStringList verbs{QStringLiteral("request"), QStringLiteral("enrol"),
                                   QStringLiteral("list"), QStringLiteral("revoke")};
    if (!verbs.contains(verb) || args.size() != 1)
        return fail("device",
                    QStringLiteral("use: device request --db PATH | device enrol|list|revoke "
                                   "--db PATH --user NAME [--request TEXT --name TEXT --kind "
                                   "workstation|branch|head_office --users U1,U2] [--id ID]"),
                    ExitUsage);
    SystemClock clock;
    if (verb == QLatin1String("request")) {
        // What the new device hands to head office: its id and public key, nothing secret.
        const QString path = p.value(QStringLiteral("db"));
        if (path.isEmpty())
            return fail("device", QStringLiteral("device request needs --db PATH"), ExitUsage);
        Database::Options options;
        options.create = true;
        auto db = Database::open(path, QStringLiteral("cli"), options);
        if (!db)
            return fail("device", db.error());
        Devices devices(*db.value(), clock);
        const auto request = devices.enrolmentRequest();
        const auto key = devices.publicKey();
        if (!request || !key)
            return fail("device", request ? key.error() : request.error());
        cliOut() << request.value() << "\n"
                 << "key fingerprint " << Devices::fingerprint(key.value()) << "\n";
        return ExitOk;
    }
    int rc = ExitOk;
    auto work = cliOpenAs(p, clock, "device", &rc, &Session::canManageUsers,
                          QStringLiteral("manage devices"));
    if (!work)
        return rc;
    Devices devices(*work->db, clock);
    if (verb == QLatin1String("list")) {
        const auto all = devices.list();
        if (!all)
            return fail("device", all.error());
        const QString home = devices.homeDevice();
        for (const DeviceRecord& d : all.value())
            cliOut() << d.id << "\t" << d.kind << "\t" << d.name << "\t"
                     << Devices::fingerprint(d.publicKey) << "\t"
                     << (d.revokedAt.isEmpty() ? QStringLiteral("enrolled ") + d.enrolledAt
                                               : QStringLiteral("revoked ") + d.revokedAt)
                     << (d.id == home ? "\thead office of this store" : "") << "\n";
        return ExitOk;
    }
    if (verb == QLatin1String("revoke")) {
        const QString id = p.value(QStringLiteral("id"));
        if (id.isEmpty())
            return fail("device", QStringLiteral("--id ID names the device"), ExitUsage);
        if (Status s = devices.revoke(work->session, id); !s)
            return fail("device", s.error());
        cliOut() << "Device " << id << " revoked: its bundles are refused here from now on.\n";
        return ExitOk;
    }
    const QString request = p.value(QStringLiteral("request"));
    const QString kind = p.isSet(QStringLiteral("kind")) ? p.value(QStringLiteral("kind"))
                                                         : QStringLiteral("workstation");
    if (request.isEmpty() || p.value(QStringLiteral("name")).isEmpty())
        return fail("device",
                    QStringLiteral("device enrol needs --request TEXT (as device request prints "
                                   "it on the new device) and --name TEXT"),
                    ExitUsage);
    const QStringList users =
        p.value(QStringLiteral("users")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (Status s =
            devices.enrol(work->session, request, p.value(QStringLiteral("name")), kind, users);
        !s)
        return fail("device", s.error());
    const QString id = request.section(QLatin1Char(':'), 1, 1);
    const auto d = devices.find(id);
    cliOut() << "Device " << id << " enrolled as " << kind << ", key fingerprint "
             << (d ? Devices::fingerprint(d->publicKey) : QString())
             << ": compare it with the one the device printed.\n";
    return ExitOk;
}

// The client's periodic report (or the team lead's reports) for a period, as PDF and CSV.
int runReport(const QCommandLineParser& p, Language& language)
{
    const auto need = [&](const char* option) {
        return !p.isSet(QString::fromLatin1(option));
    };
    if (need("db") || need("client") || need("from") || need("to") || (need("pdf") && need("csv")))
        return fail(
            "report",
            QStringLiteral("report needs --db, --client, --from, --to and --pdf FILE or --csv DIR"),
            ExitUsage);
    const QDate from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
    const QDate to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
    if (!from.isValid() || !to.isValid())
        return fail("report", QStringLiteral("--from and --to must be dates like 2026-11-01"),
                    ExitUsage);
    SystemClock clock;
    int rc = 0;
    auto work = cliOpenAs(p, clock, "report", &rc, &Session::canManagePortfolio,
                          QStringLiteral("read a client's reports"));
    if (!work)
        return rc;
    const auto client =
        ClientRepository(*work->db, clock).byCode(p.value(QStringLiteral("client")));
    if (!client) {
        err() << "ascolto-cli report: " << client.error() << "\n";
        return 1;
    }
    ReportFilter filter{client->id, from, to, QString()};
    if (p.isSet(QStringLiteral("operator"))) {
        const auto user =
            UserRepository(*work->db, clock).byUsername(p.value(QStringLiteral("operator")));
        if (!user) {
            err() << "ascolto-cli report: " << user.error() << "\n";
            return 1;
        }
        filter.operatorId = user->id;
    }
    ReportQuery query(*work->db, clock);
    if (Status s = query.allowed(work->session, client->id); !s) {
        err() << "ascolto-cli report: " << s.error() << "\n";
        return ExitRefused;
    }
    const auto facts = query.facts(work->session, filter);
    if (!facts) {
        err() << "ascolto-cli report: " << facts.error() << "\n";
        return 1;
    }
    const bool teamReports = p.isSet(QStringLiteral("reports"));
    // The client's report in the client's language; the team's in --lang.
    const LanguageScope clients(teamReports ? nullptr : &language, client->reportLanguage);
    const QVector<ReportTable> tables =
        teamReports ? ReportTables::reports(*facts) : ReportTables::clientReport(*facts);
    const QLocale locale;
    const QString title =
        teamReports
            ? QCoreApplication::translate("ascolto-cli", "Reports: %1").arg(client->name)
            : QCoreApplication::translate("ascolto-cli", "Periodic report: %1").arg(client->name);
    QString heading = ReportTables::periodText(*facts, locale);
    if (!facts->operatorName.isEmpty())
        heading += QStringLiteral(" — ") + facts->operatorName;
    if (p.isSet(QStringLiteral("csv"))) {
        if (Status s = ReportFiles::writeCsvFolder(tables, p.value(QStringLiteral("csv")), locale);
            !s) {
            err() << "ascolto-cli report: " << s.error() << "\n";
            return 1;
        }
        out() << "CSV files in " << p.value(QStringLiteral("csv")) << "\n";
    }
    if (p.isSet(QStringLiteral("pdf"))) {
        if (Status s = ReportFiles::writePdf(tables, title, heading, p.value(QStringLiteral("pdf")),
                                             locale);
            !s) {
            err() << "ascolto-cli report: " << s.error() << "\n";
            return 1;
        }
        out() << "PDF " << p.value(QStringLiteral("pdf")) << "\n";
    }
    AuditLog::record(
        *work->db, clock, work->session, QStringLiteral("report"), QStringLiteral("client"),
        client->id, {{QStringLiteral("from"), isoDate(from)}, {QStringLiteral("to"), isoDate(to)}});
    return 0;
}

} // namespace ascolto

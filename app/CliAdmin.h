#pragma once

#include "storage/Session.h"

#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;
class QCoreApplication;
class QTextStream;

namespace ascolto {

class Clock;
class Database;
class Language;

// Exit codes of ascolto-cli shared by every command.
enum CliExit
{
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitRejectedRows = 3,
    ExitRefused = 4 // wrong password, or a role without the right
};

// Who runs a command that reads personal data or changes a store: --user NAME, the password
// from ASCOLTO_PASSWORD or, on a terminal, a prompt without echo (never an argument). On
// failure prints why and sets *exitCode (4 for a refused login, 2 for usage).
// passwordUsed: the command changes the user's own password, so a reset one is accepted
// and handed back.
std::optional<Session> cliLogin(Database& db, const Clock& clock, const QCommandLineParser& p,
                                const char* command, int* exitCode,
                                QString* passwordUsed = nullptr);

// A new password: ASCOLTO_NEW_PASSWORD or, on a terminal, typed twice without echo.
std::optional<QString> cliNewPassword(const char* command, int* exitCode);

// The application of a command-line program: a QGuiApplication on the offscreen platform when
// the command lays out a report (fonts for the PDF), else a QCoreApplication.
std::unique_ptr<QCoreApplication> cliApplication(int& argc, char* argv[]);
// Messages, reports and summaries in --lang, else the environment's language (LANG=it_IT.UTF-8
// gives Italian), else English for scripts.
void cliChooseLanguage(Language& language, int argc, char* argv[]);

// The options every command of ascolto-cli takes (ascolto-hub passes its administrators'
// commands on with the same ones).
void addCliOptions(QCommandLineParser& p);

int runInit(const QCommandLineParser& p);
int runClient(const QCommandLineParser& p, const QStringList& args);
// scorecard show|set: a client's call-quality scorecard (a new version on each change).
int runScorecard(const QCommandLineParser& p, const QStringList& args);
int runUser(const QCommandLineParser& p, const QStringList& args);
int runAssign(const QCommandLineParser& p);
// The acting user's own password (after a reset, before anything else).
int runPassword(const QCommandLineParser& p);
int runPortfolio(const QCommandLineParser& p);
// audit verify: walks every device's chain of audit rows (admin only).
int runAudit(const QCommandLineParser& p, const QStringList& args);
// device request (a new device's enrolment request), enrol, list, revoke (admin).
int runDevice(const QCommandLineParser& p, const QStringList& args);

// The client's periodic report (or, with --reports, the team lead's) for a period, as PDF
// and CSV; the client's report in the client's language, the team's in `language`. Needs a
// QGuiApplication (fonts for the PDF).
int runReport(const QCommandLineParser& p, Language& language);

// The store of an existing file, or nullptr with the reason printed.
std::unique_ptr<Database> cliOpenStore(const QString& path, const char* command);

// Standard output and error of ascolto-cli (one stream each, flushed at exit).
QTextStream& cliOut();
QTextStream& cliErr();

// What a command that reads personal data or changes a store works with: the store of --db
// and its authenticated user, refused (exit 4) when the role lacks what `may` asks.
struct CliWork
{
    std::unique_ptr<Database> db;
    Session session;
};
using SessionRight = bool (Session::*)() const;
std::optional<CliWork> cliOpenAs(const QCommandLineParser& p, const Clock& clock,
                                 const char* command, int* exitCode, SessionRight may = nullptr,
                                 const QString& action = {});

} // namespace ascolto

// ascolto: the operator's workstation. Startup, settings and wiring only.
#include "AppPaths.h"

#include "DailyScheduler.h"
#include "ExportScheduler.h"
#include "HubScheduler.h"
#include "ui/AdminMenu.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/FirstRunDialog.h"
#include "ui/Language.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"

#include "io/StoreBootstrap.h"
#include "storage/AssignmentRepository.h"
#include "storage/ClientRepository.h"
#include "storage/Database.h"
#include "storage/PasswordHasher.h"
#include "storage/PrivateFile.h"
#include "storage/UserRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>

using namespace ascolto;

namespace {

const char kConnection[] = "gui";

// Opens (or creates on first run) the store to use; null on failure or when the user quits.
std::unique_ptr<Database> openStore(bool demo, const QString& explicitPath, const Clock& clock,
                                    QSettings& settings)
{
    QString path = explicitPath;
    if (demo)
        path = AppPaths::demoStorePath();
    if (path.isEmpty())
        path = settings.value(QStringLiteral("store/path")).toString();
    if (path.isEmpty())
        path = AppPaths::defaultStorePath();

    if (!QFile::exists(path)) {
        bool makeDemo = demo;
        FirstRunDialog::Value choice;
        if (!demo) {
            FirstRunDialog dialog(
                [](const QString& pw) { return PasswordHasher::acceptable(pw).error(); }, nullptr,
                [](const QString& name) { return UserRepository::usernameProblem(name); });
            if (dialog.exec() != QDialog::Accepted)
                return nullptr;
            choice = dialog.value();
            makeDemo = choice.choice == FirstRunDialog::Choice::Demo;
            if (makeDemo && explicitPath.isEmpty())
                path = AppPaths::demoStorePath();
        }
        if (makeDemo && QFile::exists(path)) {
            // The demo store already exists from an earlier start: just open it.
        } else {
            QApplication::setOverrideCursor(Qt::WaitCursor);
            auto created =
                makeDemo ? StoreBootstrap::createDemo(path, QLatin1String(kConnection), clock,
                                                      DemoPortfolio::Options())
                         : StoreBootstrap::createEmpty(path, QLatin1String(kConnection), clock,
                                                       choice.adminUsername, choice.adminPassword);
            QApplication::restoreOverrideCursor();
            if (!created) {
                MessageBox::warning(nullptr, QApplication::translate("main", "Ascolto"),
                                    created.error());
                return nullptr;
            }
            if (!demo && explicitPath.isEmpty())
                settings.setValue(QStringLiteral("store/path"), path);
            // The administrator just created logs in next: their name is already there.
            if (!makeDemo)
                settings.setValue(QStringLiteral("login/last"), choice.adminUsername);
            return std::move(created.value());
        }
        if (!demo && explicitPath.isEmpty())
            settings.setValue(QStringLiteral("store/path"), path);
    }
    auto db = Database::open(path, QLatin1String(kConnection));
    if (!db) {
        MessageBox::warning(nullptr, QApplication::translate("main", "Ascolto"), db.error());
        return nullptr;
    }
    return std::move(db.value());
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ascolto"));
    QApplication::setApplicationDisplayName(QStringLiteral("Ascolto"));
    QApplication::setApplicationVersion(QStringLiteral(ASCOLTO_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.ascolto.Ascolto"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/ascolto.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Ascolto: credit management workstation for empathic collection."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QStringLiteral("Open the demo portfolio as the demo operator."));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Store file to open."),
                                      QStringLiteral("path"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("Interface language: it or en."),
                                        QStringLiteral("code"));
    parser.addOptions({demoOption, dbOption, langOption});
    parser.process(app);

    auto settings = AppPaths::settings();
    Language language(&app);
    QString code = parser.value(langOption);
    if (code.isEmpty())
        code = settings->value(QStringLiteral("ui/language"), Language::defaultCode()).toString();
    if (!language.apply(code))
        language.apply(Language::defaultCode());

    SystemClock clock;
    auto db = openStore(parser.isSet(demoOption), parser.value(dbOption), clock, *settings);
    if (!db)
        return 1;
    // Aging and stages move with the calendar: on the first start of a day (or after a schema
    // upgrade) installments, plans and promises are followed up and every portfolio row is
    // rewritten. That takes seconds at 100,000 debtors, so a worker does it on its own
    // connection while the window opens on yesterday's figures; the lists reload and the
    // status bar says what changed when it is done, and again at each change of day.
    DailyScheduler daily(db->path(), clock);
    daily.start();

    UserRepository users(*db, clock);
    bool autoLogin = parser.isSet(demoOption);
    for (;;) {
        Session session;
        if (autoLogin) {
            auto demo =
                users.authenticate(DemoPortfolio::operatorUsername(), DemoPortfolio::password());
            if (!demo) {
                MessageBox::warning(nullptr, QApplication::translate("main", "Ascolto"),
                                    demo.error());
                return 1;
            }
            session = demo.value();
            autoLogin = false;
        } else {
            LoginDialog login(
                [&users](const QString& u, const QString& p) { return users.authenticate(u, p); },
                QDir::toNativeSeparators(db->path()));
            login.setUsername(settings->value(QStringLiteral("login/last")).toString());
            if (login.exec() != QDialog::Accepted)
                return 0;
            session = login.session();
            settings->setValue(QStringLiteral("login/last"), session.username());
        }
        if (session.mustChangePassword()) {
            ChangePasswordDialog change(
                [&users, &session](const QString& current, const QString& next) {
                    return users.changePassword(session, current, next);
                });
            if (change.exec() != QDialog::Accepted)
                continue;
            session.setMustChangePassword(false);
        }

        // Periodic export (sync bundle + activity CSV): [export] folder, interval_minutes.
        const QString exportFolder = settings
                                         ->value(QStringLiteral("export/folder"),
                                                 AppPaths::dataDir() + QStringLiteral("/export"))
                                         .toString();
        const int exportMinutes =
            settings->value(QStringLiteral("export/interval_minutes"), 15).toInt();
        if (!exportFolder.isEmpty())
            PrivateFile::makeFolder(exportFolder);
        ExportScheduler scheduler(db->path(), clock, session);
        scheduler.configure(exportFolder, exportMinutes);
        // Online sync with head office's hub: [hub] url, certificate, interval_minutes.
        HubScheduler hub(db->path(), clock);
        hub.configure(QUrl(settings->value(QStringLiteral("hub/url")).toString()),
                      settings->value(QStringLiteral("hub/certificate")).toString(),
                      settings->value(QStringLiteral("hub/interval_minutes"), 1).toInt());

        MainWindow::Context ctx;
        ctx.db = db.get();
        ctx.clock = &clock;
        ctx.session = session;
        ctx.language = &language;
        ctx.lettersDir = AppPaths::dataDir() + QStringLiteral("/letters");
        ctx.scriptsDir = AppPaths::dataDir() + QStringLiteral("/scripts");
        ctx.outboxDir = settings
                            ->value(QStringLiteral("messages/outbox"),
                                    AppPaths::dataDir() + QStringLiteral("/outbox"))
                            .toString();
        if (!session.clientId().isEmpty()) {
            const auto client = ClientRepository(*db, clock).byId(session.clientId());
            if (client)
                ctx.clientName = client->name;
        }
        MainWindow window(ctx);
        daily.attach(window);
        bool logout = false;
        QObject::connect(&window, &MainWindow::languageChosen, &window,
                         [&settings](const QString& c) {
                             settings->setValue(QStringLiteral("ui/language"), c);
                         });
        QObject::connect(&window, &MainWindow::logoutRequested, &window, [&] {
            // A call in progress may keep the window open (the user is asked).
            logout = window.close();
        });
        scheduler.attach(window);
        hub.attach(window);
        window.show();
        window.restoreCalls();
        // A store still being set up opens on the administrator's checklist.
        if (window.adminMenu() && !AssignmentRepository(*db, clock).hasDebtors())
            window.adminMenu()->openChecklist();
        if (!exportFolder.isEmpty())
            window.setLastExport(
                QObject::tr("every %n minute(s), none yet", nullptr, exportMinutes));
        hub.syncNow(); // the first round at once, then every interval
        const int rc = QApplication::exec();
        hub.wait();
        if (!logout) {
            scheduler.exportAtExit();
            return rc;
        }
    }
}

// Administration screens driven as an administrator would: fill the widgets found by name,
// save, and check what reached the store; bad values are shown under their field.
#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "ui/AdminMenu.h"
#include "ui/ChangePasswordDialog.h"
#include "ui/ClientDialog.h"
#include "ui/FirstRunDialog.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/SetupChecklist.h"
#include "ui/UsersDialog.h"

#include "io/CallCatalog.h"
#include "io/StoreBootstrap.h"
#include "storage/ClientRepository.h"
#include "storage/DebtorRepository.h"
#include "storage/UserRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeEdit>

using namespace ascolto;
using ascolto::test::child;
using ascolto::test::Fixture;
using ascolto::test::scalar;
using ascolto::test::TempDatabase;

namespace {

MainWindow::Context context(Database& db, const Clock& clock, const Session& session,
                            Language* language, const QString& scriptsDir = {})
{
    MainWindow::Context ctx;
    ctx.db = &db;
    ctx.clock = &clock;
    ctx.session = session;
    ctx.language = language;
    ctx.scriptsDir = scriptsDir;
    return ctx;
}

template<typename T> T* opened(MainWindow& window, const char* action)
{
    T* dialog = nullptr;
    auto c = QObject::connect(&window, &MainWindow::dialogOpened, &window,
                              [&](QDialog* d) { dialog = qobject_cast<T*>(d); });
    child<QAction>(&window, action)->trigger();
    QObject::disconnect(c);
    REQUIRE(dialog);
    return dialog;
}

void type(QWidget* parent, const char* name, const QString& text)
{
    auto* e = child<QLineEdit>(parent, name);
    e->clear();
    e->insert(text);
}

} // namespace

TEST_CASE("An administrator creates a client in the window; bad values are shown inline",
          "[ui][admin]")
{
    TempDatabase store;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(store.db(), clock);
    QTemporaryDir scripts;
    Language language;
    MainWindow window(context(store.db(), clock, f.admin, &language, scripts.path()));
    REQUIRE(window.adminMenu());
    // Operators and team leads get no Administration menu.
    MainWindow operatorWindow(context(store.db(), clock, f.operatorA1, &language));
    CHECK_FALSE(operatorWindow.adminMenu());
    CHECK_FALSE(operatorWindow.findChild<QAction*>(QStringLiteral("actionNewClient")));

    auto* dialog = opened<ClientDialog>(window, "actionNewClient");
    // Italian defaults are prefilled.
    CHECK(child<QTimeEdit>(dialog, "weekday_start")->time() == QTime(8, 30));
    CHECK(child<QTimeEdit>(dialog, "saturday_end")->time() == QTime(15, 0));
    CHECK(child<QTableWidget>(dialog, "ladder")->rowCount() == 5);

    type(dialog, "code", QStringLiteral("ACQUA-NORD"));
    type(dialog, "name", QStringLiteral("Acqua Nord S.p.A."));
    type(dialog, "iban", QStringLiteral("IT60 X054 2811 1010 0000 0123 456"));
    type(dialog, "operator_discount", QStringLiteral("15"));
    type(dialog, "teamlead_discount", QStringLiteral("10"));
    child<QTimeEdit>(dialog, "saturday_start")->setTime(QTime(16, 0));
    child<QSpinBox>(dialog, "max_installments")->setValue(36);
    type(dialog, "min_installment", QStringLiteral("30,00"));
    CHECK(child<QSpinBox>(dialog, "idle_lock_minutes")->value() == 10);
    child<QSpinBox>(dialog, "idle_lock_minutes")->setValue(0);
    dialog->accept();
    CHECK(dialog->isVisible());
    const auto problems = dialog->shownProblems();
    CHECK(problems.keys().size() == 3);
    CHECK(problems.value(QStringLiteral("idle_lock_minutes")).contains(QStringLiteral("1 to 120")));
    CHECK(
        problems.value(QStringLiteral("operator_discount")).contains(QStringLiteral("team lead")));
    CHECK(problems.value(QStringLiteral("saturday")).contains(QStringLiteral("15:00")));
    CHECK_FALSE(child<QLabel>(dialog, "error_saturday")->isHidden());
    // The dialog turns to the first tab with a problem.
    CHECK(child<QTabWidget>(dialog, "tabs")->currentIndex() == 1);
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM client WHERE code = "
                                            "'ACQUA-NORD'"))
              .toInt() == 0);

    type(dialog, "teamlead_discount", QStringLiteral("25"));
    child<QTimeEdit>(dialog, "saturday_start")->setTime(QTime(9, 0));
    child<QSpinBox>(dialog, "idle_lock_minutes")->setValue(5);
    // The mandate's end and the months its debtors are kept after it.
    CHECK_FALSE(child<QDateEdit>(dialog, "mandate_ended_on")->isEnabled());
    CHECK(child<QSpinBox>(dialog, "retention_months")->value() == 12);
    child<QCheckBox>(dialog, "mandate_ended")->setChecked(true);
    child<QDateEdit>(dialog, "mandate_ended_on")->setDate(QDate(2026, 6, 30));
    child<QSpinBox>(dialog, "retention_months")->setValue(6);
    // The contract, for the commission statement.
    type(dialog, "monthly_fee", QStringLiteral("1.250,50"));
    type(dialog, "success_fee", QStringLiteral("7,5"));
    auto* reportLanguage = child<QComboBox>(dialog, "report_language");
    reportLanguage->setCurrentIndex(reportLanguage->findData(QStringLiteral("en")));
    child<QCheckBox>(dialog, "channel_cash")->setChecked(true);
    auto* rule = child<QComboBox>(dialog, "assignment_rule");
    rule->setCurrentIndex(rule->findData(int(AssignmentRule::Kind::BalancedAmount)));
    dialog->accept();
    INFO(QStringList(dialog->shownProblems().values()).join(QLatin1Char('|')).toStdString());
    REQUIRE_FALSE(dialog->isVisible());
    const auto saved =
        ClientRepository(store.db(), clock).configByCode(QStringLiteral("ACQUA-NORD"));
    REQUIRE(saved.ok());
    CHECK(saved->client.iban == QStringLiteral("IT60X0542811101000000123456"));
    CHECK(saved->client.rules.operatorDiscountBp == 1500);
    CHECK(saved->client.rules.teamLeadDiscountBp == 2500);
    CHECK(saved->client.rules.maxInstallments == 36);
    CHECK(saved->client.rules.minInstallment.cents() == 3000);
    CHECK(saved->windows.saturdayStart == QTime(9, 0));
    CHECK(saved->paymentChannels.contains(QStringLiteral("cash")));
    CHECK(saved->assignment.kind == AssignmentRule::Kind::BalancedAmount);
    CHECK(saved->client.idleLockMinutes == 5);
    CHECK(saved->client.mandateEndedOn == QDate(2026, 6, 30));
    CHECK(saved->client.retentionMonths == 6);
    CHECK(saved->client.erasableFrom() == QDate(2026, 12, 30));
    CHECK(saved->client.monthlyFee.cents() == 125050);
    CHECK(saved->client.successFeeBp == 750);
    CHECK(saved->client.reportLanguage == QStringLiteral("en"));
    CHECK(scalar(store.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = "
                                            "'client' AND action = 'create'"))
              .toInt() == 3);

    // Editing: the ladder's days must increase.
    auto* edit = new ClientDialog(store.db(), clock, f.admin, scripts.path(), &window);
    edit->load(saved->client.id);
    CHECK(child<QLineEdit>(edit, "code")->isReadOnly());
    auto* ladder = child<QTableWidget>(edit, "ladder");
    qobject_cast<QSpinBox*>(ladder->cellWidget(1, 1))->setValue(1);
    edit->accept();
    CHECK(
        edit->shownProblems().value(QStringLiteral("ladder")).contains(QStringLiteral("increase")));
    qobject_cast<QSpinBox*>(ladder->cellWidget(1, 1))->setValue(20);
    edit->accept();
    CHECK(edit->shownProblems().isEmpty());
    CHECK(ClientRepository(store.db(), clock).configById(saved->client.id)->ladder.at(1).days ==
          20);
}

TEST_CASE("Client scripts are checked before they are installed", "[ui][admin]")
{
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("calls_it.json"));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("{\"scripts\": [ oops");
    f.close();
    const QString installed = dir.filePath(QStringLiteral("scripts"));
    const Status refused = CallCatalog::installClientFile(bad, QStringLiteral("ACQUA"), installed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("calls_it.json")));
    CHECK_FALSE(QFile::exists(installed + QStringLiteral("/ACQUA/calls_it.json")));
    CHECK(CallCatalog::installClientFile(dir.filePath(QStringLiteral("notes.json")),
                                         QStringLiteral("ACQUA"), installed)
              .error()
              .contains(QStringLiteral("calls_it.json")));
    // The built-in file passes the same checks and lands in the client's folder.
    const QString good = dir.filePath(QStringLiteral("good/calls_en.json"));
    QDir().mkpath(dir.filePath(QStringLiteral("good")));
    REQUIRE(
        QFile::copy(QStringLiteral(ASCOLTO_SOURCE_DIR "/resources/scripts/calls_en.json"), good));
    REQUIRE(CallCatalog::installClientFile(good, QStringLiteral("ACQUA"), installed).ok());
    CHECK(QFile::exists(installed + QStringLiteral("/ACQUA/calls_en.json")));
}

TEST_CASE("An administrator adds, deactivates and resets users in the window", "[ui][admin]")
{
    TempDatabase store;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(store.db(), clock);
    Language language;
    MainWindow window(context(store.db(), clock, f.admin, &language));
    auto* dialog = opened<UsersDialog>(window, "actionUsers");
    auto* table = child<QTableWidget>(dialog, "users");
    CHECK(table->rowCount() == 5);

    type(dialog, "username", QStringLiteral("m.verdi"));
    type(dialog, "displayName", QStringLiteral("Marta Verdi"));
    auto* role = child<QComboBox>(dialog, "role");
    role->setCurrentIndex(role->findData(QStringLiteral("operator")));
    auto* client = child<QComboBox>(dialog, "client");
    client->setCurrentIndex(client->findData(f.clientB));
    type(dialog, "password", QStringLiteral("password-9"));
    type(dialog, "repeat", QStringLiteral("password-8"));
    child<QPushButton>(dialog, "addUser")->click();
    CHECK(dialog->problem().contains(QStringLiteral("differ")));
    type(dialog, "repeat", QStringLiteral("password-9"));
    child<QPushButton>(dialog, "addUser")->click();
    CHECK(dialog->problem().isEmpty());
    CHECK(table->rowCount() == 6);
    const auto added = UserRepository(store.db(), clock).byUsername(QStringLiteral("m.verdi"));
    REQUIRE(added.ok());
    CHECK(added->clientId == f.clientB);
    CHECK(added->displayName == QStringLiteral("Marta Verdi"));
    CHECK(child<QLabel>(dialog, "done")->text().contains(QStringLiteral("m.verdi")));

    // Deactivate (asked first), then the user cannot log in.
    dialog->selectUser(QStringLiteral("m.verdi"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    child<QPushButton>(dialog, "deactivate")->click();
    CHECK_FALSE(UserRepository(store.db(), clock).byUsername(QStringLiteral("m.verdi"))->active);
    CHECK_FALSE(UserRepository(store.db(), clock)
                    .authenticate(QStringLiteral("m.verdi"), QStringLiteral("password-9"))
                    .ok());

    // Reset a password: the user must change it at the next login.
    dialog->selectUser(QStringLiteral("op.a1"));
    type(dialog, "password", QStringLiteral("temporanea-1"));
    type(dialog, "repeat", QStringLiteral("temporanea-1"));
    child<QPushButton>(dialog, "resetPassword")->click();
    CHECK(dialog->problem().isEmpty());
    const auto session = UserRepository(store.db(), clock)
                             .authenticate(QStringLiteral("op.a1"), QStringLiteral("temporanea-1"));
    REQUIRE(session.ok());
    CHECK(session->mustChangePassword());

    // The change asked at login.
    UserRepository users(store.db(), clock);
    ChangePasswordDialog change([&](const QString& current, const QString& next) {
        return users.changePassword(session.value(), current, next);
    });
    type(&change, "current", QStringLiteral("temporanea-1"));
    type(&change, "next", QStringLiteral("nuova-password-1"));
    type(&change, "repeat", QStringLiteral("nuova-password-2"));
    change.accept();
    CHECK(change.problem().contains(QStringLiteral("differ")));
    type(&change, "repeat", QStringLiteral("nuova-password-1"));
    change.accept();
    CHECK(change.result() == QDialog::Accepted);
    CHECK_FALSE(users.authenticate(QStringLiteral("op.a1"), QStringLiteral("nuova-password-1"))
                    ->mustChangePassword());
}

TEST_CASE("The set-up checklist follows an empty store to operators working a portfolio",
          "[ui][admin]")
{
    QTemporaryDir dir;
    FixedClock clock(QDate(2026, 11, 23));
    auto db = StoreBootstrap::createEmpty(dir.filePath(QStringLiteral("new.sqlite")),
                                          TempDatabase::uniqueConnectionName(), clock,
                                          QStringLiteral("admin"), QStringLiteral("password-1"));
    REQUIRE(db.ok());
    Database& store = *db.value();
    const Session admin = UserRepository(store, clock)
                              .authenticate(QStringLiteral("admin"), QStringLiteral("password-1"))
                              .value();
    Language language;
    MainWindow window(context(store, clock, admin, &language));
    SetupChecklist* checklist = window.adminMenu()->openChecklist();
    CHECK(checklist->status(QStringLiteral("client")).startsWith(QStringLiteral("○")));
    CHECK_FALSE(child<QPushButton>(checklist, "open_users")->isEnabled());
    CHECK_FALSE(checklist->complete());

    ClientConfig c;
    c.client.code = QStringLiteral("LUCE");
    c.client.name = QStringLiteral("Luce");
    const QString clientId = ClientRepository(store, clock).save(admin, c).value();
    UserRepository userRepository(store, clock);
    for (const auto& [name, role] :
         {std::pair{"op.1", Role::Operator}, std::pair{"op.2", Role::Operator},
          std::pair{"lead", Role::TeamLead}}) {
        UserRecord u;
        u.username = QLatin1String(name);
        u.role = role;
        u.clientId = clientId;
        REQUIRE(userRepository.create(admin, u, QStringLiteral("password-1")).ok());
    }
    for (int i = 0; i < 4; ++i) {
        DebtorRecord d;
        d.clientId = clientId;
        d.customerCode = QStringLiteral("C%1").arg(i);
        d.displayName = QStringLiteral("Debtor %1").arg(i);
        REQUIRE(DebtorRepository(store, clock).create(admin, d).ok());
    }
    // A screen opened from the checklist updates it when it closes.
    CHECK(checklist->status(QStringLiteral("client")).startsWith(QStringLiteral("○")));
    ClientDialog* clientDialog = nullptr;
    QObject::connect(&window, &MainWindow::dialogOpened, &window,
                     [&](QDialog* d) { clientDialog = qobject_cast<ClientDialog*>(d); });
    child<QPushButton>(checklist, "open_client")->click();
    REQUIRE(clientDialog);
    CHECK(child<QLineEdit>(clientDialog, "code")->text() == QStringLiteral("LUCE"));
    clientDialog->reject();
    CHECK(checklist->status(QStringLiteral("client")).startsWith(QStringLiteral("✔")));
    CHECK(checklist->status(QStringLiteral("users")).contains(QStringLiteral("2 operator")));
    CHECK(checklist->status(QStringLiteral("assignment")).contains(QStringLiteral("4 debtor")));
    auto* assign = child<QPushButton>(checklist, "open_assignment");
    REQUIRE(assign->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    assign->click();
    CHECK(MessageBox::lastText().contains(QStringLiteral("4 debtor")));
    CHECK(checklist->complete());
    CHECK(scalar(store, QStringLiteral("SELECT count(*) FROM debtor WHERE assigned_operator_id IS "
                                       "NULL"))
              .toInt() == 0);

    // In Italian too.
    REQUIRE(language.apply(QStringLiteral("it")));
    QApplication::processEvents(); // the language change is a posted event
    CHECK(checklist->windowTitle() == QStringLiteral("Lista di avvio"));
    CHECK(checklist->status(QStringLiteral("users")).contains(QStringLiteral("operatori")));
    language.apply(QStringLiteral("en"));
}

TEST_CASE("The first administrator's name is checked before the store is made", "[ui][admin]")
{
    FirstRunDialog dialog(
        [](const QString&) { return QString(); }, nullptr,
        [](const QString& name) { return UserRepository::usernameProblem(name); });
    child<QRadioButton>(&dialog, "choiceEmpty")->setChecked(true);
    type(&dialog, "adminUsername", QStringLiteral("mario rossi"));
    type(&dialog, "adminPassword", QStringLiteral("password-1"));
    type(&dialog, "adminPasswordRepeat", QStringLiteral("password-1"));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(child<QLabel>(&dialog, "firstRunError")->text().contains(QStringLiteral("user name")));
    type(&dialog, "adminUsername", QStringLiteral("mario.rossi"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
}

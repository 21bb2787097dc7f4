#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "ui/FirstRunDialog.h"
#include "ui/Language.h"
#include "ui/LoginDialog.h"
#include "ui/MainWindow.h"
#include "ui/PortfolioView.h"

#include "io/CsvImport.h"
#include "io/DemoPortfolio.h"
#include "io/PeriodicExport.h"
#include "io/StoreBootstrap.h"
#include "io/SyncBundle.h"
#include "itemmodels/PortfolioModel.h"
#include "storage/PasswordHasher.h"
#include "storage/UserRepository.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace ascolto;
using ascolto::test::child;
using ascolto::test::TempDatabase;

namespace {
const QDate kToday(2026, 11, 23);

void clickOk(QDialog& dialog)
{
    for (QPushButton* b : dialog.findChildren<QPushButton*>()) {
        if (b->isDefault() || b->text() == QStringLiteral("Log in") ||
            b->text() == QStringLiteral("Start") || b->text() == QStringLiteral("Accedi") ||
            b->text() == QStringLiteral("Avvia")) {
            QTest::mouseClick(b, Qt::LeftButton);
            return;
        }
    }
    FAIL("no OK button");
}

struct DemoStore
{
    DemoStore()
    {
        DemoPortfolio::Options o;
        o.debtors = 200;
        o.today = kToday;
        const auto r = DemoPortfolio::generate(t.db(), o);
        REQUIRE(r.ok());
    }
    TempDatabase t;
    FixedClock clock{kToday};
};
} // namespace

TEST_CASE("Login dialog shows an inline error for a wrong password and logs in with the right one",
          "[ui][login]")
{
    DemoStore store;
    UserRepository users(store.t.db(), store.clock);
    Language language;
    REQUIRE(language.apply(QStringLiteral("en")));
    LoginDialog dialog([&](const QString& u, const QString& p) { return users.authenticate(u, p); },
                       store.t.path());
    dialog.show();
    auto* username = child<QLineEdit>(&dialog, "username");
    auto* password = child<QLineEdit>(&dialog, "password");
    auto* error = child<QLabel>(&dialog, "loginError");

    clickOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(error->isVisible());
    CHECK(error->text() == QStringLiteral("Enter your user name."));

    QTest::keyClicks(username, DemoPortfolio::operatorUsername());
    QTest::keyClicks(password, QStringLiteral("wrong-password"));
    clickOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(error->text() == QStringLiteral("Wrong user name or password."));
    CHECK(password->text().isEmpty());

    QTest::keyClicks(password, DemoPortfolio::password());
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.session().username() == DemoPortfolio::operatorUsername());
    CHECK(dialog.session().role() == Role::Operator);
}

TEST_CASE("First-run choice opens the demo or an empty store with its administrator",
          "[ui][firstrun]")
{
    Language language;
    REQUIRE(language.apply(QStringLiteral("en")));
    QTemporaryDir dir;
    FixedClock clock(kToday);
    const auto rule = [](const QString& pw) {
        return PasswordHasher::acceptable(pw).error();
    };

    SECTION("empty store: the admin fields are checked inline, then the admin can log in")
    {
        FirstRunDialog dialog(rule);
        dialog.show();
        auto* empty = child<QRadioButton>(&dialog, "choiceEmpty");
        auto* user = child<QLineEdit>(&dialog, "adminUsername");
        auto* password = child<QLineEdit>(&dialog, "adminPassword");
        auto* repeat = child<QLineEdit>(&dialog, "adminPasswordRepeat");
        auto* error = child<QLabel>(&dialog, "firstRunError");
        CHECK_FALSE(password->isEnabled()); // demo is the default choice
        QTest::mouseClick(empty, Qt::LeftButton, {}, QPoint(4, empty->height() / 2));
        REQUIRE(empty->isChecked());
        CHECK(password->isEnabled());
        user->clear();
        QTest::keyClicks(user, QStringLiteral("direzione"));
        QTest::keyClicks(password, QStringLiteral("short"));
        QTest::keyClicks(repeat, QStringLiteral("short"));
        clickOk(dialog);
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(error->text().contains(QStringLiteral("8 characters")));
        password->clear();
        repeat->clear();
        QTest::keyClicks(password, QStringLiteral("filiale-sud-2026"));
        QTest::keyClicks(repeat, QStringLiteral("filiale-sud-2027"));
        clickOk(dialog);
        CHECK(error->text().contains(QStringLiteral("differ")));
        repeat->clear();
        QTest::keyClicks(repeat, QStringLiteral("filiale-sud-2026"));
        clickOk(dialog);
        REQUIRE(dialog.result() == QDialog::Accepted);
        const auto value = dialog.value();
        REQUIRE(value.choice == FirstRunDialog::Choice::Empty);

        const QString path = dir.filePath(QStringLiteral("office.sqlite"));
        auto db = StoreBootstrap::createEmpty(path, TempDatabase::uniqueConnectionName(), clock,
                                              value.adminUsername, value.adminPassword);
        REQUIRE(db.ok());
        const auto admin =
            UserRepository(*db.value(), clock)
                .authenticate(QStringLiteral("direzione"), QStringLiteral("filiale-sud-2026"));
        REQUIRE(admin.ok());
        CHECK(admin->role() == Role::Admin);
    }

    SECTION("demo: the default choice builds the demo portfolio")
    {
        FirstRunDialog dialog(rule);
        dialog.show();
        CHECK(child<QRadioButton>(&dialog, "choiceDemo")->isChecked());
        clickOk(dialog);
        REQUIRE(dialog.result() == QDialog::Accepted);
        REQUIRE(dialog.value().choice == FirstRunDialog::Choice::Demo);
        DemoPortfolio::Options o;
        o.debtors = 30;
        auto db = StoreBootstrap::createDemo(dir.filePath(QStringLiteral("demo.sqlite")),
                                             TempDatabase::uniqueConnectionName(), clock, o);
        REQUIRE(db.ok());
        QSqlQuery q(db.value()->sql());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM debtor")));
        q.next();
        CHECK(q.value(0).toInt() == 30);
    }
}

TEST_CASE("Main window shows the operator and the portfolio and switches language",
          "[ui][shell][language]")
{
    DemoStore store;
    Language language;
    REQUIRE(language.apply(QStringLiteral("it")));
    const auto session =
        UserRepository(store.t.db(), store.clock)
            .authenticate(DemoPortfolio::operatorUsername(), DemoPortfolio::password());
    REQUIRE(session.ok());
    MainWindow::Context ctx;
    ctx.db = &store.t.db();
    ctx.clock = &store.clock;
    ctx.session = session.value();
    ctx.clientName = QStringLiteral("Luce & Gas Italia S.p.A.");
    ctx.language = &language;
    MainWindow window(ctx);
    QStringList chosen;
    QObject::connect(&window, &MainWindow::languageChosen,
                     [&](const QString& code) { chosen << code; });
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(QTest::qWaitFor([&] { return !window.portfolioModel()->isLoading(); }, 5000));

    auto* user = child<QLabel>(&window, "statusUser");
    auto* exportStatus = child<QLabel>(&window, "statusExport");
    auto* table = child<QTableView>(&window, "portfolioTable");
    auto* heading = child<QLabel>(&window, "portfolioHeading");
    CHECK(user->text() == QStringLiteral("Utente: Marco Bianchi (Operatore)"));
    CHECK(exportStatus->text() == QStringLiteral("Ultima esportazione: mai"));
    CHECK(window.menuBar()->actions().first()->text() == QStringLiteral("&File"));
    CHECK(window.menuBar()->actions().at(1)->text() == QStringLiteral("&Visualizza"));
    CHECK(heading->text().startsWith(QStringLiteral("Portafoglio: ")));
    const int total = window.portfolioModel()->totalCount();
    CHECK(total > 40);
    CHECK(table->model()->rowCount() == total);
    CHECK(table->model()->headerData(PortfolioModel::Outstanding, Qt::Horizontal).toString() ==
          QStringLiteral("Residuo"));
    const QString italianAmount =
        table->model()->index(0, PortfolioModel::Outstanding).data().toString();
    CHECK(italianAmount.endsWith(QChar(0x20AC)));

    auto* english = window.findChild<QAction*>(QStringLiteral("actionLanguage_en"));
    REQUIRE(english);
    english->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    CHECK(chosen == QStringList{QStringLiteral("en")});
    CHECK(language.current() == QStringLiteral("en"));
    CHECK(user->text() == QStringLiteral("User: Marco Bianchi (Operator)"));
    CHECK(exportStatus->text() == QStringLiteral("Last export: never"));
    CHECK(window.menuBar()->actions().at(1)->text() == QStringLiteral("&View"));
    CHECK(heading->text() == QStringLiteral("Portfolio: %1 debtors").arg(total));
    CHECK(table->model()->headerData(PortfolioModel::Outstanding, Qt::Horizontal).toString() ==
          QStringLiteral("Outstanding"));
    CHECK(table->model()
              ->index(0, PortfolioModel::Outstanding)
              .data()
              .toString()
              .startsWith(QChar(0x20AC)));
    CHECK(english->isChecked());

    window.findChild<QAction*>(QStringLiteral("actionLanguage_it"))->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    CHECK(user->text() == QStringLiteral("Utente: Marco Bianchi (Operatore)"));
    CHECK(table->model()->index(0, PortfolioModel::Outstanding).data().toString() == italianAmount);
    CHECK(chosen == (QStringList{QStringLiteral("en"), QStringLiteral("it")}));

    QSignalSpy logout(&window, &MainWindow::logoutRequested);
    window.findChild<QAction*>(QStringLiteral("actionLogout"))->trigger();
    CHECK(logout.count() == 1);
}

TEST_CASE("Import export and sync messages speak the interface language", "[ui][i18n]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 20));
    Language language;
    REQUIRE(language.apply(QStringLiteral("it")));
    CHECK(CsvImport::kindFromCode(QStringLiteral("bollette"))
              .error()
              .contains(QStringLiteral("non è un tipo di file")));
    CHECK(PeriodicExport::run(t.db(), clock, t.dir() + QStringLiteral("/manca"), Session::system())
              .error()
              .contains(QStringLiteral("non esiste")));
    CHECK(SyncBundle::inspect(t.dir() + QStringLiteral("/x.bundle"))
              .error()
              .contains(QStringLiteral("è rifiutato")));
    REQUIRE(language.apply(QStringLiteral("en")));
    CHECK(PeriodicExport::run(t.db(), clock, t.dir() + QStringLiteral("/manca"), Session::system())
              .error()
              .contains(QStringLiteral("does not exist")));
}

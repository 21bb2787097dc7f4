#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "ui/CallListView.h"
#include "ui/DebtorCardView.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/PortfolioView.h"
#include "ui/TeamBoardView.h"

#include "io/DemoPortfolio.h"
#include "itemmodels/CallListModel.h"
#include "itemmodels/PortfolioModel.h"
#include "itemmodels/TeamBoardModel.h"
#include "storage/UserRepository.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace ascolto;
using ascolto::test::child;
using ascolto::test::scalar;
using ascolto::test::TempDatabase;
using TeamKpi::Figure;

namespace {

const QDate kToday(2026, 11, 23);

struct Team
{
    Team()
    {
        DemoPortfolio::Options o;
        o.debtors = 300;
        o.today = kToday;
        REQUIRE(DemoPortfolio::generate(t.db(), o).ok());
        auto s = UserRepository(t.db(), clock)
                     .authenticate(QStringLiteral("capoteam"), DemoPortfolio::password());
        REQUIRE(s);
        lead = *s;
        REQUIRE(language.apply(QStringLiteral("en")));
        MainWindow::Context ctx;
        ctx.db = &t.db();
        ctx.clock = &clock;
        ctx.session = lead;
        ctx.language = &language;
        window = std::make_unique<MainWindow>(ctx);
        window->show();
    }
    QTableView* showBoard()
    {
        auto* tabs = child<QTabWidget>(window.get(), "mainTabs");
        tabs->setCurrentWidget(window->teamBoard());
        return child<QTableView>(window->teamBoard(), "boardTable");
    }
    TempDatabase t;
    FixedClock clock{kToday};
    Language language;
    Session lead;
    std::unique_ptr<MainWindow> window;
};

// Enter on a cell: what a double-click does (QAbstractItemView::activated).
void activate(QTableView* table, const QModelIndex& index)
{
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_Return);
}

// ASCOLTO_SCREENSHOT_DIR=DIR: the window as drawn, to look at (offscreen, 1366x768).
void keepScreenshot(QWidget* window, const QString& name)
{
    const QString dir = qEnvironmentVariable("ASCOLTO_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    window->resize(1366, 740);
    QCoreApplication::processEvents();
    window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

QString cell(QTableView* table, Figure figure, int column)
{
    return table->model()->index(int(figure), column).data().toString();
}

} // namespace

TEST_CASE("A team lead reads the operators side by side and opens what is behind a figure",
          "[ui][teamboard]")
{
    Team team;
    QTableView* table = team.showBoard();
    keepScreenshot(team.window.get(), QStringLiteral("board-en"));
    QAbstractItemModel* model = table->model();
    // The demo client's three operators, then the team.
    REQUIRE(model->columnCount() == 4);
    CHECK(model->headerData(3, Qt::Horizontal).toString() == QStringLiteral("Team"));
    CHECK(model->headerData(int(Figure::RpcRate), Qt::Vertical).toString() ==
          QStringLiteral("RPC rate"));
    CHECK(model->headerData(int(Figure::RpcRate), Qt::Vertical, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("contact attempts")));
    // Debtors per operator add up to the client's portfolio.
    const int clientDebtors =
        scalar(team.t.db(), QStringLiteral("SELECT count(*) FROM debtor WHERE "
                                           "assigned_operator_id IS NOT NULL"))
            .toInt();
    CHECK(cell(table, Figure::Debtors, 3) == QLocale().toString(clientDebtors));
    const auto* board = qobject_cast<TeamBoardModel*>(model);
    REQUIRE(board);
    const QString op = board->columns().at(0).operatorId;

    // Contact attempts of the first operator this month: the calls list opens with as many.
    auto* period = child<QComboBox>(team.window->teamBoard(), "boardPeriod");
    CHECK(period->currentText() == QStringLiteral("This month"));
    const int attempts =
        scalar(team.t.db(),
               QStringLiteral("SELECT count(*) FROM interaction WHERE operator_id = '%1' AND "
                              "channel IN ('phone_out', 'phone_in', 'visit') AND started_at >= "
                              "'2026-10-31T23:00:00Z'")
                   .arg(op))
            .toInt();
    REQUIRE(attempts > 0);
    CHECK(cell(table, Figure::Attempts, 0) == QLocale().toString(attempts));
    activate(table, model->index(int(Figure::Attempts), 0));
    auto* tabs = child<QTabWidget>(team.window.get(), "mainTabs");
    REQUIRE(tabs->currentWidget() == team.window->callList());
    auto* calls = child<QTableView>(team.window->callList(), "callsTable");
    const auto* callModel = qobject_cast<CallListModel*>(calls->model());
    CHECK(callModel->totalCount() == attempts);
    keepScreenshot(team.window.get(), QStringLiteral("calls-en"));
    auto* chip = child<QToolButton>(team.window->callList(), "callsDrill");
    CHECK(chip->isVisibleTo(team.window->callList()));
    CHECK(chip->text().contains(QStringLiteral("Contact attempts")));
    // Removing the chip shows every call of the client again.
    QTest::mouseClick(chip, Qt::LeftButton);
    CHECK(callModel->totalCount() > attempts);
    // A call opens its debtor's card.
    const QString debtor = calls->model()->index(0, 0).data(CallListModel::DebtorIdRole).toString();
    activate(calls, calls->model()->index(0, 1));
    REQUIRE(team.window->currentCard());
    CHECK(team.window->currentCard()->debtorId() == debtor);

    // Plans active of the first operator: the portfolio filtered to those debtors.
    table = team.showBoard();
    const int activePlans =
        scalar(team.t.db(), QStringLiteral("SELECT count(DISTINCT debtor_id) FROM plan WHERE "
                                           "status = 'active' AND created_by = '%1'")
                                .arg(op))
            .toInt();
    activate(table, model->index(int(Figure::PlansActive), 0));
    REQUIRE(tabs->currentWidget() == team.window->portfolioView());
    REQUIRE(QTest::qWaitFor([&] { return !team.window->portfolioModel()->isLoading(); }, 5000));
    CHECK(team.window->portfolioModel()->totalCount() == activePlans);
    CHECK(team.window->portfolioView()->filter().drill.has_value());

    // The week: fewer attempts than the month (or as many), never more.
    table = team.showBoard();
    period->setCurrentIndex(int(TeamKpi::PeriodKind::Week));
    CHECK(model->index(int(Figure::Attempts), 0).data(TeamBoardModel::RawValueRole).toInt() <=
          attempts);
}

TEST_CASE("The team board speaks Italian", "[ui][teamboard]")
{
    Team team;
    REQUIRE(team.language.apply(QStringLiteral("it")));
    QCoreApplication::processEvents(); // the LanguageChange events reach the widgets
    QTableView* table = team.showBoard();
    CHECK(table->model()->headerData(3, Qt::Horizontal).toString() == QStringLiteral("Squadra"));
    CHECK(table->model()->headerData(int(Figure::Collected), Qt::Vertical).toString() ==
          QStringLiteral("Incassato"));
    CHECK(child<QComboBox>(team.window->teamBoard(), "boardPeriod")->currentText() ==
          QStringLiteral("Questo mese"));
    keepScreenshot(team.window.get(), QStringLiteral("board-it"));
}

#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "ui/KpiStrip.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/PortfolioView.h"

#include "io/DemoPortfolio.h"
#include "itemmodels/PortfolioModel.h"
#include "storage/PortfolioQuery.h"
#include "storage/UserRepository.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace ascolto;
using ascolto::test::TempDatabase;

namespace {
const QDate kToday(2026, 11, 23);

bool waitLoaded(PortfolioModel& model)
{
    return QTest::qWaitFor([&] { return !model.isLoading(); }, 5000);
}
} // namespace

TEST_CASE("Typing in the portfolio search narrows the list without blocking", "[ui][portfolio]")
{
    TempDatabase t;
    DemoPortfolio::Options o;
    o.debtors = 400;
    o.today = kToday;
    REQUIRE(DemoPortfolio::generate(t.db(), o).ok());
    FixedClock clock(kToday);
    Language language;
    REQUIRE(language.apply(QStringLiteral("en")));
    const Session lead =
        UserRepository(t.db(), clock)
            .authenticate(DemoPortfolio::teamLeadUsername(), DemoPortfolio::password())
            .value();
    PortfolioModel model(t.db(), lead, clock, PortfolioModel::Loading::Background);
    PortfolioView view(&model, true);
    view.resize(1200, 700);
    view.show();
    REQUIRE(waitLoaded(model));
    const int all = model.totalCount();
    CHECK(all == 400);
    auto* heading = view.findChild<QLabel*>(QStringLiteral("portfolioHeading"));
    CHECK(heading->text() == QStringLiteral("Portfolio: 400 debtors"));
    CHECK(view.kpiStrip()
              ->valueLabel(QStringLiteral("outstanding"))
              ->text()
              .startsWith(QChar(0x20AC)));
    CHECK(view.kpiStrip()
              ->valueLabel(QStringLiteral("dso"))
              ->toolTip()
              .contains(QStringLiteral("billed in the last 90 days")));

    // Pick a real surname and type it with different case and without its accent.
    const QString target = model.index(0, PortfolioModel::Name).data().toString();
    const QString surname = target.section(QLatin1Char(' '), 0, 0);
    QTest::keyClicks(view.searchField(), surname.toUpper());
    CHECK(view.searchField()->text() == surname.toUpper()); // the field took every key at once
    REQUIRE(QTest::qWaitFor([&] { return model.filter().search == surname.toUpper(); }, 2000));
    REQUIRE(waitLoaded(model));
    CHECK(model.totalCount() >= 1);
    CHECK(model.totalCount() < all);
    for (int r = 0; r < model.rowCount(); ++r)
        CHECK(model.index(r, PortfolioModel::Name)
                  .data()
                  .toString()
                  .contains(surname.left(2), Qt::CaseInsensitive));
    CHECK(heading->text().contains(QStringLiteral("match")));

    view.searchField()->clear();
    REQUIRE(QTest::qWaitFor([&] { return model.filter().search.isEmpty(); }, 2000));
    REQUIRE(waitLoaded(model));
    CHECK(model.totalCount() == all);
}

TEST_CASE("Filters appear as chips that remove them and headers sort in SQL", "[ui][portfolio]")
{
    TempDatabase t;
    DemoPortfolio::Options o;
    o.debtors = 300;
    o.today = kToday;
    REQUIRE(DemoPortfolio::generate(t.db(), o).ok());
    FixedClock clock(kToday);
    Language language;
    REQUIRE(language.apply(QStringLiteral("en")));
    const Session lead =
        UserRepository(t.db(), clock)
            .authenticate(DemoPortfolio::teamLeadUsername(), DemoPortfolio::password())
            .value();
    PortfolioModel model(t.db(), lead, clock, PortfolioModel::Loading::Synchronous);
    PortfolioView view(&model, true);
    view.show();
    const int all = model.totalCount();

    auto trigger = [&](const QString& name) {
        auto* action = view.findChild<QAction*>(name);
        INFO(name.toStdString());
        REQUIRE(action);
        action->trigger();
        QCoreApplication::processEvents();
    };
    trigger(QStringLiteral("filterAging5"));
    const int over360 = model.totalCount();
    CHECK(over360 > 0);
    CHECK(over360 < all);
    for (int r = 0; r < model.rowCount(); ++r)
        CHECK(model.index(r, PortfolioModel::AgingBucket).data().toString() ==
              QStringLiteral(">360"));
    trigger(QStringLiteral("filterAging0"));
    CHECK(model.totalCount() > over360); // alternatives within a part: OR
    trigger(QStringLiteral("filterFlag%1").arg(FlagVulnerable));
    const int combined = model.totalCount();
    CHECK(combined < model.query().count(PortfolioFilter{{}, {0, 5}, {}, {}, 0, -1, {}, {}, {}}));

    auto chips = view.findChildren<QToolButton*>(QStringLiteral("chip"));
    REQUIRE(chips.size() == 3);
    QStringList texts;
    for (auto* chip : chips)
        texts << chip->text();
    CHECK(texts.join(QLatin1Char('|')).contains(QStringLiteral("Aging >360")));
    CHECK(texts.join(QLatin1Char('|')).contains(QStringLiteral("vulnerable")));
    for (auto* chip : chips)
        if (chip->text().contains(QStringLiteral("vulnerable")))
            QTest::mouseClick(chip, Qt::LeftButton);
    QCoreApplication::processEvents();
    CHECK(view.findChildren<QToolButton*>(QStringLiteral("chip")).size() == 2);
    CHECK(model.totalCount() > combined);
    trigger(QStringLiteral("filterClear"));
    CHECK(model.totalCount() == all);
    CHECK(view.findChildren<QToolButton*>(QStringLiteral("chip")).isEmpty());

    // Sorting by the outstanding column, descending: the largest debt first.
    view.table()->horizontalHeader()->setSortIndicator(PortfolioModel::Outstanding,
                                                       Qt::DescendingOrder);
    qint64 previous = std::numeric_limits<qint64>::max();
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == all);
    for (int r = 0; r < model.rowCount(); ++r) {
        const qint64 cents = model.index(r, PortfolioModel::Outstanding)
                                 .data(PortfolioModel::RawValueRole)
                                 .toLongLong();
        CHECK(cents <= previous);
        previous = cents;
    }
}

TEST_CASE("The window fits a 1366-pixel screen with a whole client's totals, in Italian",
          "[ui][portfolio][layout]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    ascolto::test::Fixture f(t.db(), clock);
    Language language;
    REQUIRE(language.apply(QStringLiteral("it")));
    // Totals of a hundred thousand debtors: eleven-digit amounts in every tile.
    const QString debtor =
        f.addDebtor(QStringLiteral("G-1"), QStringLiteral("Grande Cliente"), f.operatorA1);
    f.addBill(debtor, QStringLiteral("F-1"), clock.today().addDays(-100), 2081114432);
    f.addBill(debtor, QStringLiteral("F-2"), clock.today().addDays(20), 982271205);
    MainWindow::Context ctx;
    ctx.db = &t.db();
    ctx.clock = &clock;
    ctx.session = f.leadA;
    ctx.language = &language;
    MainWindow window(ctx);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(QTest::qWaitFor([&] { return !window.portfolioModel()->isLoading(); }, 5000));
    auto* outstanding =
        window.portfolioView()->findChild<QLabel*>(QStringLiteral("kpi_outstanding"));
    REQUIRE(outstanding);
    QTRY_VERIFY(outstanding->text().startsWith(QStringLiteral("30.633.856,37")));
    INFO("minimum width " << window.minimumSizeHint().width());
    CHECK(window.minimumSizeHint().width() <= 1366);
    REQUIRE(language.apply(QStringLiteral("en")));
}

#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/ReportsView.h"
#include "ui/charts/ReportChart.h"

#include "io/DemoPortfolio.h"
#include "storage/ClientRepository.h"
#include "storage/PortfolioQuery.h"
#include "storage/UserRepository.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ascolto;
using ascolto::test::child;
using ascolto::test::scalar;
using ascolto::test::TempDatabase;

namespace {

const QDate kToday(2026, 11, 23);

struct Reports
{
    Reports()
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
        const auto client = ClientRepository(t.db(), clock).byId(lead.clientId());
        REQUIRE(client);
        view = std::make_unique<ReportsView>(
            t.db(), clock, lead, QVector<QPair<QString, QString>>{{client->id, client->name}},
            false, &language);
        view->resize(1366, 740);
        view->show();
        view->setPeriod(QDate(2026, 10, 1), QDate(2026, 11, 22));
        view->refresh();
    }
    // ASCOLTO_SCREENSHOT_DIR=DIR: the view as drawn, to look at.
    void keepScreenshot(const QString& name)
    {
        const QString dir = qEnvironmentVariable("ASCOLTO_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QCoreApplication::processEvents();
        view->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    int row(const char* key) const
    {
        for (int i = 0; i < view->reports().size(); ++i)
            if (view->reports().at(i).key == QLatin1String(key))
                return i;
        return -1;
    }
    TempDatabase t;
    FixedClock clock{kToday};
    Language language;
    Session lead;
    std::unique_ptr<ReportsView> view;
};

} // namespace

TEST_CASE("A team lead reads each report as a chart and a table and exports them", "[ui][report]")
{
    Reports r;
    ReportsView& view = *r.view;
    // Every report, and the comments to quote.
    REQUIRE(view.reports().size() >= 14);
    CHECK(view.list()->count() == view.reports().size() + 1);

    for (int i = 0; i < view.list()->count(); ++i) {
        view.list()->setCurrentRow(i);
        r.keepScreenshot(QStringLiteral("reports-%1-en").arg(i, 2, 10, QLatin1Char('0')));
    }
    view.list()->setCurrentRow(r.row("aging"));
    // Seven aging classes and the total; the chart draws opening and closing for the seven.
    CHECK(view.table()->model()->rowCount() == 8);
    CHECK(view.chart()->isVisible());
    CHECK(view.chart()->seriesCount() == 2);
    CHECK(view.chart()->pointCount() == 7);
    const QString total = view.table()->model()->index(7, 2).data().toString();
    CHECK(total.contains(QStringLiteral("€")));

    view.list()->setCurrentRow(r.row("caring_effect"));
    CHECK(view.table()->model()->rowCount() == 4);
    r.keepScreenshot(QStringLiteral("reports-caring-en"));

    QTemporaryDir out;
    REQUIRE(view.exportCsv(out.path()));
    QFile csv(out.filePath(QStringLiteral("caring_effect.csv")));
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.count('\n') == 5); // header and four rows
    CHECK(bytes.contains(';'));

    const QString pdf = out.filePath(QStringLiteral("reports.pdf"));
    REQUIRE(view.exportPdf(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), pdf,
                      out.filePath(QStringLiteral("page"))});
        REQUIRE(render.waitForFinished(60000));
        CHECK(render.exitCode() == 0);
        // A report per section, with charts: several pages.
        CHECK(QDir(out.path()).entryList({QStringLiteral("page*.png")}).size() >= 3);
    }
}

TEST_CASE("The team lead chooses the comments to quote and writes the client's report",
          "[ui][report]")
{
    Reports r;
    ReportsView& view = *r.view;
    view.list()->setCurrentRow(view.list()->count() - 1);
    QTableWidget* comments = view.comments();
    REQUIRE(comments->rowCount() > 1);
    comments->item(0, 0)->setCheckState(Qt::Checked);
    CHECK(scalar(r.t.db(), QStringLiteral("SELECT count(*) FROM report_quote")).toInt() == 1);
    const QString chosen = comments->item(0, 3)->text();
    comments->item(1, 0)->setCheckState(Qt::Checked);
    comments->item(1, 0)->setCheckState(Qt::Unchecked);
    CHECK(scalar(r.t.db(), QStringLiteral("SELECT count(*) FROM report_quote")).toInt() == 1);

    QTemporaryDir out;
    const QString pdf = out.filePath(QStringLiteral("client.pdf"));
    const QString dir = out.filePath(QStringLiteral("client-csv"));
    REQUIRE(view.exportClientReport(pdf, dir));
    CHECK(QFile::exists(pdf));
    QFile quotes(QDir(dir).filePath(QStringLiteral("quotes.csv")));
    REQUIRE(quotes.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(quotes.readAll());
    CHECK(text.contains(chosen.left(20)));
    CHECK(text.count(QLatin1Char('\n')) == 2);
    for (const char* name : {"results.csv", "commission.csv", "closed.csv", "complaint_list.csv"})
        CHECK(QFile::exists(QDir(dir).filePath(QLatin1String(name))));
}

TEST_CASE("The reports speak Italian", "[ui][report]")
{
    Reports r;
    REQUIRE(r.language.apply(QStringLiteral("it")));
    QCoreApplication::processEvents(); // the language change reaches the widgets
    r.view->refresh();
    r.view->list()->setCurrentRow(r.row("aging"));
    CHECK(r.view->list()->item(r.row("aging"))->text() ==
          QStringLiteral("Anzianità del portafoglio"));
    const QString total = r.view->table()->model()->index(7, 2).data().toString();
    CHECK(total.contains(QLatin1Char(',')));
    QStringList buttons;
    for (const QPushButton* b : r.view->findChildren<QPushButton*>())
        buttons << b->text();
    CHECK(buttons.contains(QStringLiteral("Mostra")));
    r.keepScreenshot(QStringLiteral("reports-aging-it"));
    // Every report, to look at (ASCOLTO_SCREENSHOT_DIR).
    for (int i = 0; i < r.view->list()->count(); ++i) {
        r.view->list()->setCurrentRow(i);
        r.keepScreenshot(QStringLiteral("reports-%1-it").arg(i, 2, 10, QLatin1Char('0')));
    }
    REQUIRE(r.language.apply(QStringLiteral("en")));
}

TEST_CASE("The window reads the reports on a worker and shows the same figures", "[ui][report]")
{
    Reports r;
    const QString sync = r.view->table()->model()->index(0, 1).data().toString();
    ReportsView background(r.t.db(), r.clock, r.lead, {{r.lead.clientId(), QStringLiteral("C")}},
                           true);
    background.setPeriod(QDate(2026, 10, 1), QDate(2026, 11, 22));
    background.refresh();
    auto* cancel = [&] {
        for (QPushButton* b : background.findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Cancel"))
                return b;
        return static_cast<QPushButton*>(nullptr);
    }();
    REQUIRE(cancel);
    CHECK(cancel->isEnabled()); // while it reads
    REQUIRE(QTest::qWaitFor([&] { return !background.reports().isEmpty(); }, 20000));
    CHECK_FALSE(cancel->isEnabled());
    background.list()->setCurrentRow(0);
    CHECK(background.table()->model()->index(0, 1).data().toString() == sync);
}

TEST_CASE("The operator filter lists the client's operators and narrows the reports",
          "[ui][report]")
{
    Reports r;
    auto* op = child<QComboBox>(r.view.get(), "report_operator");
    // Every operator, then the demo's three.
    REQUIRE(op->count() == 4);
    const int funnel = r.row("funnel");
    r.view->list()->setCurrentRow(funnel);
    const qlonglong all = r.view->reports().at(funnel).rows.at(0).at(1).toLongLong();
    op->setCurrentIndex(1);
    r.view->refresh();
    r.view->list()->setCurrentRow(funnel);
    const qlonglong one = r.view->reports().at(funnel).rows.at(0).at(1).toLongLong();
    CHECK(one > 0);
    CHECK(one < all);
}

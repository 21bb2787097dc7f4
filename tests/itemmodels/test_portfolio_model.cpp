#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "domain/CallOutcome.h"
#include "itemmodels/CodeText.h"
#include "ui/Language.h"

#include "io/DemoPortfolio.h"
#include "itemmodels/PortfolioModel.h"
#include "storage/UserRepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace ascolto;
using ascolto::test::Fixture;
using ascolto::test::TempDatabase;

namespace {
const QDate kToday(2026, 11, 23);

Session login(Database& db, const Clock& clock, const QString& user)
{
    const auto s = UserRepository(db, clock).authenticate(user, DemoPortfolio::password());
    REQUIRE(s.ok());
    return s.value();
}
} // namespace

TEST_CASE("The portfolio model pages by keyset through the whole scope", "[portfolio]")
{
    TempDatabase t;
    DemoPortfolio::Options o;
    o.debtors = 1500;
    o.today = kToday;
    REQUIRE(DemoPortfolio::generate(t.db(), o).ok());
    FixedClock clock(kToday);
    const Session op = login(t.db(), clock, DemoPortfolio::operatorUsername());

    PortfolioModel model(t.db(), op, clock, PortfolioModel::Loading::Synchronous);
    const int total = model.totalCount();
    CHECK(total > 400);
    CHECK(total < 600); // one operator of three
    CHECK(model.rowCount() == PortfolioModel::PageSize);
    CHECK(model.canFetchMore({}));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == total);
    CHECK(inserted.count() == (total - 1) / PortfolioModel::PageSize);

    // Rows come sorted by name without gaps or repeats across page borders.
    QStringList ids;
    QString previous;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString name = model.index(r, PortfolioModel::Name).data().toString();
        CHECK(QString::compare(previous, name, Qt::CaseInsensitive) <= 0);
        previous = name;
        ids << model.index(r, 0).data(PortfolioModel::DebtorIdRole).toString();
    }
    ids.removeDuplicates();
    CHECK(ids.size() == total);

    // A reload starts again from the first page.
    model.reload();
    CHECK(model.rowCount() == PortfolioModel::PageSize);
    CHECK(model.canFetchMore({}));

    // The tester fetches on its own and checks every structural invariant. (It is not
    // attached across a reset: the 6.4 tester fetches from inside its modelReset handler
    // and then flags its own rowsInserted as nested.)
    PortfolioModel fresh(t.db(), op, clock, PortfolioModel::Loading::Synchronous);
    QAbstractItemModelTester tester(&fresh, QAbstractItemModelTester::FailureReportingMode::Fatal);
    while (fresh.canFetchMore({}))
        fresh.fetchMore({});
    CHECK(fresh.rowCount() == total);
}

TEST_CASE("Portfolio cells are formatted text with raw values beside them", "[portfolio]")
{
    TempDatabase t;
    DemoPortfolio::Options o;
    o.debtors = 300;
    o.today = kToday;
    REQUIRE(DemoPortfolio::generate(t.db(), o).ok());
    FixedClock clock(kToday);
    const Session lead = login(t.db(), clock, DemoPortfolio::teamLeadUsername());
    PortfolioModel model(t.db(), lead, clock, PortfolioModel::Loading::Synchronous);
    CHECK(model.totalCount() == 300);
    bool sawOverdue = false;
    for (int r = 0; r < model.rowCount(); ++r) {
        const qint64 cents = model.index(r, PortfolioModel::Outstanding)
                                 .data(PortfolioModel::RawValueRole)
                                 .toLongLong();
        const QString text = model.index(r, PortfolioModel::Outstanding).data().toString();
        CHECK(text == Money::fromCents(cents).format());
        CHECK(text.endsWith(QChar(0x20AC)));
        const int days =
            model.index(r, PortfolioModel::DaysOverdue).data(PortfolioModel::RawValueRole).toInt();
        if (days > 0) {
            sawOverdue = true;
            CHECK(model.index(r, PortfolioModel::DaysOverdue).data().toInt() == days);
            CHECK(model.index(r, PortfolioModel::DaysOverdue)
                      .data(Qt::ToolTipRole)
                      .toString()
                      .contains(QStringLiteral("aging")));
        }
        CHECK_FALSE(model.index(r, PortfolioModel::Operator).data().toString().isEmpty());
        // Truncated cells show their whole text on hover.
        CHECK(model.index(r, PortfolioModel::Name).data(Qt::ToolTipRole).toString() ==
              model.index(r, PortfolioModel::Name).data().toString());
    }
    CHECK(sawOverdue);
    CHECK(model.headerData(PortfolioModel::Outstanding, Qt::Horizontal).toString() ==
          QStringLiteral("Outstanding"));
}

TEST_CASE("An operator with no debtors gets an empty and well-behaved model", "[portfolio]")
{
    TempDatabase t;
    FixedClock clock(kToday);
    ascolto::test::Fixture f(t.db(), clock);
    PortfolioModel model(t.db(), f.operatorA1, clock, PortfolioModel::Loading::Synchronous);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));
    f.addDebtor(QStringLiteral("A-1"), QStringLiteral("Rossi"), f.operatorA1);
    PortfolioModel after(t.db(), f.operatorA1, clock, PortfolioModel::Loading::Synchronous);
    QAbstractItemModelTester again(&after, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(after.rowCount() == 1);
    model.reload();
    CHECK(model.rowCount() == 1);
    CHECK(model.totalCount() == 1);
}

#include "itemmodels/InvoiceListModel.h"
#include "itemmodels/WorkQueueModel.h"

TEST_CASE("Queue and bill models pass the item model checks", "[queue][bills]")
{
    TempDatabase t;
    DemoPortfolio::Options o;
    o.debtors = 600;
    o.today = kToday;
    REQUIRE(DemoPortfolio::generate(t.db(), o).ok());
    FixedClock clock(QDateTime(kToday, QTime(10, 0), Qt::LocalTime));
    const Session op = login(t.db(), clock, DemoPortfolio::operatorUsername());
    WorkQueueModel queue(t.db(), op, clock);
    QAbstractItemModelTester queueTester(&queue,
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(queue.rowCount() > 10);
    // Workable items first, each with a reason; blocked ones say why.
    bool seenBlocked = false;
    for (int r = 0; r < queue.rowCount(); ++r) {
        const bool blocked = queue.index(r, 0).data(WorkQueueModel::BlockedRole).toBool();
        CHECK_FALSE(queue.index(r, WorkQueueModel::Reason).data().toString().isEmpty());
        if (blocked) {
            seenBlocked = true;
            CHECK(queue.index(r, WorkQueueModel::Status)
                      .data()
                      .toString()
                      .startsWith(QStringLiteral("Blocked: ")));
        } else {
            CHECK_FALSE(seenBlocked);
        }
    }
    queue.reload();

    const QString busiest = queue.index(0, 0).data(WorkQueueModel::DebtorIdRole).toString();
    InvoiceListModel bills(t.db(), op, clock, busiest);
    QAbstractItemModelTester billTester(&bills,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(bills.rowCount() > 0);
    for (int r = 1; r < bills.rowCount(); ++r)
        CHECK(bills.index(r - 1, InvoiceListModel::DueDate)
                  .data(InvoiceListModel::RawValueRole)
                  .toDate() <= bills.index(r, InvoiceListModel::DueDate)
                                   .data(InvoiceListModel::RawValueRole)
                                   .toDate());
}

TEST_CASE("A callback agreed for later is not ready before its time", "[queue]")
{
    TempDatabase t;
    const QDate today(2026, 11, 24); // a Tuesday
    FixedClock morning(QDateTime(today, QTime(10, 0), Qt::LocalTime));
    Fixture f(t.db(), morning);
    const QString debtor =
        f.addDebtor(QStringLiteral("CB-1"), QStringLiteral("Callback"), f.operatorA1);
    const QString at = QDateTime(today, QTime(18, 30), Qt::LocalTime).toUTC().toString(Qt::ISODate);
    QSqlQuery q(t->sql());
    REQUIRE(q.prepare(QStringLiteral(
        "INSERT INTO task(id, debtor_id, assigned_to, kind, due_at, reason, status, version, "
        "device_id, updated_at, created_at) VALUES('cb1', ?, ?, 'callback', ?, 'after work', "
        "'open', 1, 'dev', ?, ?)")));
    for (const QVariant& v : {QVariant(debtor), QVariant(f.operatorA1.userId()), QVariant(at),
                              QVariant(at), QVariant(at)})
        q.addBindValue(v);
    REQUIRE(q.exec());
    const auto statusOf = [&](const Clock& clock) {
        WorkQueueModel queue(t.db(), f.operatorA1, clock);
        for (int r = 0; r < queue.rowCount(); ++r)
            if (queue.index(r, 0).data(WorkQueueModel::CallbackRole).toBool())
                return queue.index(r, WorkQueueModel::Status).data().toString();
        return QString();
    };
    const QString before = statusOf(morning);
    CHECK(before.startsWith(QStringLiteral("At ")));
    CHECK(before.contains(QStringLiteral("18")));
    FixedClock evening(QDateTime(today, QTime(18, 45), Qt::LocalTime));
    CHECK(statusOf(evening) == QStringLiteral("Ready"));
}

TEST_CASE("Every outcome a call can have has words", "[itemmodels][i18n]")
{
    // In Italian no word can be mistaken for its code.
    Language language;
    REQUIRE(language.apply(QStringLiteral("it")));
    for (const QString& code : CallOutcome::all()) {
        INFO(code.toStdString());
        CHECK(CodeText::outcome(code) != code);
    }
    REQUIRE(language.apply(QStringLiteral("en")));
}

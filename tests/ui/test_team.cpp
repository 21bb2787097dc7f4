#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "ui/AbsencesDialog.h"
#include "ui/ApprovalsView.h"
#include "ui/CallListView.h"
#include "ui/CallReviewDialog.h"
#include "ui/DateField.h"
#include "ui/DebtorCardView.h"
#include "ui/EvaluationDialog.h"
#include "ui/EvaluationsView.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/PortfolioView.h"
#include "ui/TeamBoardView.h"

#include "io/DemoPortfolio.h"
#include "itemmodels/CallListModel.h"
#include "itemmodels/PortfolioModel.h"
#include "itemmodels/TeamBoardModel.h"
#include "storage/PlanRepository.h"
#include "storage/UserRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
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
        ctx.lettersDir = letters.path();
        window = std::make_unique<MainWindow>(ctx);
        window->show();
    }
    QTableView* showBoard()
    {
        auto* tabs = child<QTabWidget>(window.get(), "mainTabs");
        tabs->setCurrentWidget(window->teamBoard());
        auto* table = child<QTableView>(window->teamBoard(), "boardTable");
        waitForBoard(table);
        return table;
    }
    // The board is read on a thread of its own.
    static void waitForBoard(QTableView* table)
    {
        auto* model = qobject_cast<TeamBoardModel*>(table->model());
        REQUIRE(model);
        REQUIRE(QTest::qWaitFor([model] { return !model->isLoading(); }, 10000));
    }
    TempDatabase t;
    FixedClock clock{kToday};
    QTemporaryDir letters;
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
    if (window->isWindow() && qobject_cast<MainWindow*>(window))
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
    // Calls by the emotion the operator named, and the dissatisfied ones.
    auto* emotion = child<QComboBox>(team.window->callList(), "callsEmotion");
    emotion->setCurrentIndex(emotion->findData(QStringLiteral("worried")));
    CHECK(callModel->totalCount() ==
          scalar(team.t.db(), QStringLiteral("SELECT count(*) FROM interaction WHERE emotion = "
                                             "'worried'"))
              .toInt());
    emotion->setCurrentIndex(0);
    auto* satisfaction = child<QComboBox>(team.window->callList(), "callsSatisfaction");
    satisfaction->setCurrentIndex(2);
    CHECK(callModel->totalCount() ==
          scalar(team.t.db(), QStringLiteral("SELECT count(DISTINCT interaction_id) FROM survey "
                                             "WHERE csat <= 2 OR nps <= 6"))
              .toInt());
    satisfaction->setCurrentIndex(0);
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
    Team::waitForBoard(table);
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

    // The scorecard and the call speak Italian too.
    auto* tabs = child<QTabWidget>(team.window.get(), "mainTabs");
    tabs->setCurrentWidget(team.window->callList());
    CHECK(tabs->tabText(tabs->indexOf(team.window->evaluations())) ==
          QStringLiteral("Valutazioni"));
    auto* calls = child<QTableView>(team.window->callList(), "callsTable");
    calls->setCurrentIndex(calls->model()->index(0, 0));
    CallReviewDialog* review = nullptr;
    QObject::connect(team.window.get(), &MainWindow::dialogOpened, team.window.get(),
                     [&](QDialog* d) { review = qobject_cast<CallReviewDialog*>(d); });
    QTest::mouseClick(child<QPushButton>(team.window->callList(), "callsScore"), Qt::LeftButton);
    REQUIRE(review);
    CHECK(review->windowTitle().startsWith(QStringLiteral("Valuta la chiamata con")));
    CHECK(child<QComboBox>(review, "item_tone")->itemText(1) == QStringLiteral("Sì"));
    keepScreenshot(review, QStringLiteral("review-it"));
    CHECK(review->minimumSizeHint().width() <= 1366);
    // Every team tab fits a 1366-pixel screen in Italian, the longer language.
    for (QWidget* tab : {static_cast<QWidget*>(team.window->callList()),
                         static_cast<QWidget*>(team.window->teamBoard()),
                         static_cast<QWidget*>(team.window->approvals()),
                         static_cast<QWidget*>(team.window->evaluations())}) {
        INFO(tab->objectName().toStdString());
        CHECK(tab->minimumSizeHint().width() <= 1340);
    }
    review->reject();
}

TEST_CASE("A team lead scores a call; its operator disputes; the team lead answers",
          "[ui][quality]")
{
    Team team;
    auto* tabs = child<QTabWidget>(team.window.get(), "mainTabs");
    tabs->setCurrentWidget(team.window->callList());
    auto* calls = child<QTableView>(team.window->callList(), "callsTable");
    auto* callModel = qobject_cast<CallListModel*>(calls->model());
    // The newest phone call of the month.
    int row = 0;
    while (row < callModel->rowCount() && callModel->row(row).channel != QLatin1String("phone_out"))
        ++row;
    REQUIRE(row < callModel->rowCount());
    const QString callId = callModel->row(row).id;
    calls->setCurrentIndex(callModel->index(row, 0));
    CallReviewDialog* review = nullptr;
    auto c = QObject::connect(team.window.get(), &MainWindow::dialogOpened, team.window.get(),
                              [&](QDialog* d) { review = qobject_cast<CallReviewDialog*>(d); });
    QTest::mouseClick(child<QPushButton>(team.window->callList(), "callsScore"), Qt::LeftButton);
    QObject::disconnect(c);
    REQUIRE(review);
    // The store's facts are prefilled; only what nobody recorded is left to the evaluator.
    // The call as recorded, with the steps of the script it followed.
    CHECK(child<QLabel>(review, "reviewCall")->text().contains(QStringLiteral("Its steps:")));
    auto* identity = child<QComboBox>(review, "item_identity_before_debt");
    CHECK(identity->currentIndex() != 0);
    auto* tone = child<QComboBox>(review, "item_tone");
    CHECK(tone->currentIndex() == 0);
    QTest::mouseClick(child<QPushButton>(review, "reviewSave"), Qt::LeftButton);
    CHECK(child<QLabel>(review, "reviewError")->text().contains(QStringLiteral("no answer")));
    CHECK(review->isVisible());
    for (QComboBox* box : review->findChildren<QComboBox*>()) {
        if (box->objectName().startsWith(QLatin1String("item_")) && box->currentIndex() == 0)
            box->setCurrentIndex(1); // yes
    }
    identity->setCurrentIndex(2); // no: a fatal failure
    CHECK(child<QLabel>(review, "reviewScore")->text().contains(QStringLiteral("<b>0.0</b>")));
    CHECK(child<QLabel>(review, "reviewScore")->text().contains(QStringLiteral("fatal")));
    identity->setCurrentIndex(1);
    const ScoreResult expected = Scorecard::standard().score(review->answers());
    keepScreenshot(review, QStringLiteral("review-en"));
    QTest::keyClicks(child<QPlainTextEdit>(review, "reviewComment"),
                     QStringLiteral("Clear and kind"));
    QTest::keyClicks(child<QLineEdit>(review, "reviewSkill"), QStringLiteral("naming emotions"));
    QTest::keyClicks(child<QPlainTextEdit>(review, "reviewCoaching"),
                     QStringLiteral("Say what you hear"));
    QTest::keyClicks(child<DateField>(review, "reviewFollowUp")->lineEdit(),
                     QStringLiteral("15/12/2026"));
    QTest::mouseClick(child<QPushButton>(review, "reviewSave"), Qt::LeftButton);
    REQUIRE_FALSE(review->isVisible());
    const auto stored = [&](const char* column) {
        return scalar(team.t.db(), QStringLiteral("SELECT %1 FROM evaluation WHERE "
                                                  "interaction_id = '%2'")
                                       .arg(QLatin1String(column), callId));
    };
    CHECK(stored("score_tenths").toInt() == qRound(expected.score * 10));
    CHECK(stored("status").toString() == QStringLiteral("sent"));
    CHECK(stored("comment").toString() == QStringLiteral("Clear and kind"));
    CHECK(stored("coaching_skill").toString() == QStringLiteral("naming emotions"));
    CHECK(stored("follow_up").toString() == QStringLiteral("2026-12-15"));
    CHECK(scalar(team.t.db(), QStringLiteral("SELECT version FROM scorecard")).toInt() == 1);
    // The call list shows the score.
    CHECK_FALSE(callModel->index(row, CallListModel::Score).data().toString().isEmpty());

    // The operator whose call it was: Evaluations (1); a dispute needs words.
    const QString operatorName =
        scalar(team.t.db(), QStringLiteral("SELECT u.username FROM interaction i JOIN app_user u "
                                           "ON u.id = i.operator_id WHERE i.id = '%1'")
                                .arg(callId))
            .toString();
    auto op = UserRepository(team.t.db(), team.clock)
                  .authenticate(operatorName, DemoPortfolio::password());
    REQUIRE(op);
    MainWindow::Context ctx;
    ctx.db = &team.t.db();
    ctx.clock = &team.clock;
    ctx.session = *op;
    ctx.language = &team.language;
    MainWindow opWindow(ctx);
    auto* opTabs = child<QTabWidget>(&opWindow, "mainTabs");
    CHECK(opTabs->tabText(opTabs->indexOf(opWindow.evaluations())) ==
          QStringLiteral("Evaluations (1)"));
    CHECK(opWindow.teamBoard() == nullptr); // no team board for an operator
    EvaluationDialog* dialog = nullptr;
    c = QObject::connect(&opWindow, &MainWindow::dialogOpened, &opWindow,
                         [&](QDialog* d) { dialog = qobject_cast<EvaluationDialog*>(d); });
    auto* evaluations = child<QTableView>(opWindow.evaluations(), "evaluationsTable");
    REQUIRE(evaluations->model()->rowCount() == 1);
    activate(evaluations, evaluations->model()->index(0, 0));
    QObject::disconnect(c);
    REQUIRE(dialog);
    CHECK(child<QLabel>(dialog, "evaluationBody")
              ->text()
              .contains(QStringLiteral("Say what you hear")));
    CHECK_FALSE(child<QPushButton>(dialog, "evaluationAnswer")->isVisibleTo(dialog));
    QTest::mouseClick(child<QPushButton>(dialog, "evaluationDispute"), Qt::LeftButton);
    CHECK(child<QLabel>(dialog, "evaluationError")->text().contains(QStringLiteral("dispute")));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "evaluationReply"),
                     QStringLiteral("The debtor hung up before the survey"));
    QTest::mouseClick(child<QPushButton>(dialog, "evaluationDispute"), Qt::LeftButton);
    CHECK(stored("status").toString() == QStringLiteral("disputed"));
    CHECK(stored("operator_comment").toString() ==
          QStringLiteral("The debtor hung up before the survey"));
    CHECK(opTabs->tabText(opTabs->indexOf(opWindow.evaluations())) ==
          QStringLiteral("Evaluations"));
    dialog->close();

    // The team lead answers the dispute.
    team.window->refreshAfterChange();
    CHECK(tabs->tabText(tabs->indexOf(team.window->evaluations())) ==
          QStringLiteral("Evaluations (1)"));
    dialog = nullptr;
    c = QObject::connect(team.window.get(), &MainWindow::dialogOpened, team.window.get(),
                         [&](QDialog* d) { dialog = qobject_cast<EvaluationDialog*>(d); });
    team.window->openReview(callId); // a scored call opens its evaluation
    QObject::disconnect(c);
    REQUIRE(dialog);
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "evaluationReply"),
                     QStringLiteral("Fair: the survey item does not count"));
    QTest::mouseClick(child<QPushButton>(dialog, "evaluationAnswer"), Qt::LeftButton);
    CHECK(stored("status").toString() == QStringLiteral("answered"));
    QTest::mouseClick(child<QCheckBox>(dialog, "evaluationCoachingDone"), Qt::LeftButton);
    CHECK(stored("coaching_done").toInt() == 1);
    keepScreenshot(dialog, QStringLiteral("evaluation-en"));
    dialog->close();
}

TEST_CASE("A team lead approves, amends and rejects waiting plans from one queue",
          "[ui][approvals]")
{
    Team team;
    // Three operators' proposals at 20 % off, beyond their 10 %: they wait for the team lead.
    {
        QSqlQuery q(team.t.db().sql());
        REQUIRE(q.exec(QStringLiteral(
            "SELECT d.id, u.username FROM debtor d JOIN app_user u ON u.id = "
            "d.assigned_operator_id WHERE NOT EXISTS (SELECT 1 FROM plan p WHERE p.debtor_id = "
            "d.id AND p.status IN ('active', 'awaiting_approval', 'broken')) AND (SELECT "
            "sum(amount_cents - paid_cents) FROM invoice i WHERE i.debtor_id = d.id AND "
            "i.cancelled = 0) >= 20000 ORDER BY d.id LIMIT 3")));
        while (q.next()) {
            const auto op = UserRepository(team.t.db(), team.clock)
                                .authenticate(q.value(1).toString(), DemoPortfolio::password());
            REQUIRE(op);
            QSqlQuery bills(team.t.db().sql());
            REQUIRE(bills.exec(QStringLiteral("SELECT id FROM invoice WHERE debtor_id = '%1' AND "
                                              "amount_cents > paid_cents AND cancelled = 0")
                                   .arg(q.value(0).toString())));
            PlanDraft d;
            d.debtorId = q.value(0).toString();
            while (bills.next())
                d.invoiceIds << bills.value(0).toString();
            d.request.installments = 3;
            d.request.firstDue = QDate(2026, 12, 10);
            const auto total =
                scalar(team.t.db(), QStringLiteral("SELECT sum(amount_cents - paid_cents) FROM "
                                                   "invoice WHERE debtor_id = '%1' AND "
                                                   "cancelled = 0 AND amount_cents > paid_cents")
                                        .arg(d.debtorId))
                    .toLongLong();
            d.request.discount = Money::fromCents(total / 5);
            const auto saved = PlanRepository(team.t.db(), team.clock).create(*op, d);
            INFO(saved.error().toStdString());
            REQUIRE(saved);
            REQUIRE(saved->status == QStringLiteral("awaiting_approval"));
        }
    }
    team.window->refreshAfterChange();
    auto* tabs = child<QTabWidget>(team.window.get(), "mainTabs");
    ApprovalsView* view = team.window->approvals();
    REQUIRE(view);
    tabs->setCurrentWidget(view);
    auto* table = child<QTableWidget>(view, "approvalsTable");
    const int waiting = scalar(team.t.db(), QStringLiteral("SELECT count(*) FROM plan WHERE "
                                                           "status = 'awaiting_approval'"))
                            .toInt();
    REQUIRE(waiting >= 3);
    // Every waiting plan of the client, however old.
    CHECK(table->rowCount() == waiting);
    CHECK(tabs->tabText(tabs->indexOf(view)) == QStringLiteral("Approvals (%1)").arg(waiting));
    table->selectRow(0);
    auto* details = child<QLabel>(view, "approvalDetails");
    CHECK(details->text().contains(QStringLiteral("The client's mandate")));
    CHECK(details->text().contains(QStringLiteral("Operators grant up to")));
    const QString first = scalar(team.t.db(), QStringLiteral("SELECT id FROM plan WHERE status = "
                                                             "'awaiting_approval' ORDER BY "
                                                             "created_at, id LIMIT 1"))
                              .toString();
    const QString firstDue =
        scalar(team.t.db(), QStringLiteral("SELECT first_due FROM plan WHERE id = '%1'").arg(first))
            .toString();
    // A plan whose first installment passed while it waited cannot be approved as it is.
    CHECK(child<QPushButton>(view, "approvalApprove")->isEnabled() ==
          (firstDue >= QStringLiteral("2026-11-23")));

    // Amend: 4 installments from 15 December, no discount; in force at once, with its letter.
    QDialog* dialog = nullptr;
    auto c =
        QObject::connect(view, &ApprovalsView::dialogOpened, view, [&](QDialog* d) { dialog = d; });
    QTest::mouseClick(child<QPushButton>(view, "approvalAmend"), Qt::LeftButton);
    REQUIRE(dialog);
    child<QSpinBox>(dialog, "amendInstallments")->setValue(4);
    child<QLineEdit>(dialog, "amendDiscount")->setText(QStringLiteral("0"));
    auto* due = child<DateField>(dialog, "amendFirstDue");
    due->lineEdit()->selectAll();
    QTest::keyClicks(due->lineEdit(), QStringLiteral("15/12/2026"));
    CHECK(child<QLabel>(dialog, "amendPreview")->text().contains(QStringLiteral("4 installments")));
    QTest::keyClick(dialog, Qt::Key_Return);
    CHECK(scalar(team.t.db(), QStringLiteral("SELECT status FROM plan WHERE id = '%1'").arg(first))
              .toString() == QStringLiteral("cancelled"));
    CHECK(scalar(team.t.db(), QStringLiteral("SELECT count(*) FROM plan WHERE status = 'active' "
                                             "AND installment_count = 4 AND first_due = "
                                             "'2026-12-15' AND approved_by = '%1'")
                                  .arg(team.lead.userId()))
              .toInt() == 1);
    const QStringList pdfs = QDir(team.letters.path()).entryList({QStringLiteral("plan-*.pdf")});
    REQUIRE(pdfs.size() == 1);
    QFile pdf(QDir(team.letters.path()).filePath(pdfs.first()));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");
    CHECK(table->rowCount() == waiting - 1);
    CHECK(tabs->tabText(tabs->indexOf(view)) == QStringLiteral("Approvals (%1)").arg(waiting - 1));

    // Reject: the reason is required.
    table->selectRow(0);
    const QString second = scalar(team.t.db(), QStringLiteral("SELECT id FROM plan WHERE status = "
                                                              "'awaiting_approval' ORDER BY "
                                                              "created_at, id LIMIT 1"))
                               .toString();
    dialog = nullptr;
    QTest::mouseClick(child<QPushButton>(view, "approvalReject"), Qt::LeftButton);
    REQUIRE(dialog);
    QTest::keyClick(dialog, Qt::Key_Return);
    CHECK(child<QLabel>(dialog, "rejectError")->text().contains(QStringLiteral("Say why")));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "rejectReason"),
                     QStringLiteral("Income not documented"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    CHECK(scalar(team.t.db(), QStringLiteral("SELECT status FROM plan WHERE id = '%1'").arg(second))
              .toString() == QStringLiteral("rejected"));
    QObject::disconnect(c);
    CHECK(table->rowCount() == waiting - 2);

    // A plan that broke (as the daily follow-up leaves it) waits for its review, last.
    const QString broken = scalar(team.t.db(), QStringLiteral("SELECT id FROM plan WHERE status "
                                                              "= 'active' ORDER BY id LIMIT 1"))
                               .toString();
    REQUIRE(team.t->execScript(
        QStringLiteral("UPDATE plan SET status = 'broken', closed_at = '2026-11-20T07:00:00Z' "
                       "WHERE id = '%1'; INSERT INTO task(id, debtor_id, assigned_to, kind, "
                       "due_at, reason_code, reason_args, related_id, device_id, updated_at, "
                       "created_at) SELECT 'review-1', debtor_id, '%2', 'review', '2026-11-20', "
                       "'plan_broken', '{}', id, 'x', '', '' FROM plan WHERE id = '%1'")
            .arg(broken, team.lead.userId())));
    view->reload();
    REQUIRE(table->rowCount() == waiting - 1);
    table->selectRow(table->rowCount() - 1);
    CHECK(table->item(table->rowCount() - 1, 5)->text().contains(QStringLiteral("to review")));
    CHECK_FALSE(child<QPushButton>(view, "approvalApprove")->isEnabled());
    CHECK_FALSE(child<QPushButton>(view, "approvalAmend")->isEnabled());
    CHECK(details->text().contains(QStringLiteral("Broken on")));
    QTest::mouseClick(child<QPushButton>(view, "approvalReviewed"), Qt::LeftButton);
    CHECK(scalar(team.t.db(), QStringLiteral("SELECT status FROM task WHERE id = 'review-1'"))
              .toString() == QStringLiteral("done"));
    CHECK(table->rowCount() == waiting - 2);
    keepScreenshot(team.window.get(), QStringLiteral("approvals-en"));
}

TEST_CASE("A team lead records an absence and its backup, and ends it early", "[ui][absence]")
{
    Team team;
    team.showBoard();
    QDialog* dialog = nullptr;
    auto c = QObject::connect(team.window.get(), &MainWindow::dialogOpened, team.window.get(),
                              [&](QDialog* d) { dialog = d; });
    QTest::mouseClick(child<QToolButton>(team.window->teamBoard(), "boardAbsences"),
                      Qt::LeftButton);
    QObject::disconnect(c);
    auto* absences = qobject_cast<AbsencesDialog*>(dialog);
    REQUIRE(absences);
    auto* away = child<QComboBox>(absences, "absenceOperator");
    auto* backup = child<QComboBox>(absences, "absenceBackup");
    REQUIRE(away->count() == 3);
    away->setCurrentIndex(0);
    backup->setCurrentIndex(0);
    auto* from = child<DateField>(absences, "absenceFrom");
    auto* to = child<DateField>(absences, "absenceTo");
    from->lineEdit()->selectAll();
    QTest::keyClicks(from->lineEdit(), QStringLiteral("24/11/2026"));
    to->lineEdit()->selectAll();
    QTest::keyClicks(to->lineEdit(), QStringLiteral("27/11/2026"));
    QTest::keyClicks(child<QLineEdit>(absences, "absenceNote"), QStringLiteral("Ferie"));
    // Oneself as backup: refused, said.
    QTest::mouseClick(child<QPushButton>(absences, "absenceAdd"), Qt::LeftButton);
    CHECK(child<QLabel>(absences, "absenceError")->isVisibleTo(absences));
    CHECK(scalar(team.t.db(), QStringLiteral("SELECT count(*) FROM absence")).toInt() == 0);
    backup->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>(absences, "absenceAdd"), Qt::LeftButton);
    CHECK_FALSE(child<QLabel>(absences, "absenceError")->isVisibleTo(absences));
    CHECK(scalar(team.t.db(), QStringLiteral("SELECT operator_id || ' ' || backup_id || ' ' || "
                                             "from_date || ' ' || to_date || ' ' || note FROM "
                                             "absence"))
              .toString() ==
          QStringLiteral("%1 %2 2026-11-24 2026-11-27 Ferie")
              .arg(away->itemData(0).toString(), backup->itemData(1).toString()));
    auto* table = child<QTableWidget>(absences, "absencesTable");
    REQUIRE(table->rowCount() == 1);
    keepScreenshot(absences, QStringLiteral("absences-en"));
    table->selectRow(0);
    QTest::mouseClick(child<QPushButton>(absences, "absenceEnd"), Qt::LeftButton);
    CHECK(scalar(team.t.db(), QStringLiteral("SELECT cancelled FROM absence")).toInt() == 1);
    CHECK(table->item(0, 5)->text() == QStringLiteral("ended early"));
    absences->reject();
}

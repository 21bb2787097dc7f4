#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "ui/CallWorkspace.h"
#include "ui/DebtorCardView.h"
#include "ui/InteractionDialog.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/PaymentDialog.h"
#include "ui/PortfolioView.h"

#include "itemmodels/InvoiceListModel.h"
#include "itemmodels/PortfolioModel.h"
#include "storage/DebtorSummaryRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/WorkQueueQuery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace ascolto;
using ascolto::test::child;
using ascolto::test::Fixture;
using ascolto::test::TempDatabase;

namespace {
struct Office
{
    Office()
        : f(t.db(), clock)
    {
        REQUIRE(language.apply(QStringLiteral("en")));
        rossi = f.addDebtor(QStringLiteral("A-1"), QStringLiteral("Rossi Mario"), f.operatorA1);
        oldBill = f.addBill(rossi, QStringLiteral("F-100"), clock.today().addDays(-100), 12000);
        f.addBill(rossi, QStringLiteral("F-40"), clock.today().addDays(-40), 5000);
        f.addBill(rossi, QStringLiteral("F+5"), clock.today().addDays(5), 3000);
    }
    qint64 outstanding()
    {
        return DebtorSummaryRepository(t.db()).get(f.operatorA1, rossi)->outstanding.cents();
    }
    TempDatabase t;
    FixedClock clock{QDate(2026, 11, 23)};
    Fixture f;
    Language language;
    QString rossi, oldBill;
};
} // namespace

TEST_CASE("Open a card from the portfolio and record a payment with the keyboard",
          "[ui][card][payment]")
{
    Office o;
    MainWindow::Context ctx{&o.t.db(),   &o.clock,  o.f.operatorA1, QStringLiteral("Acqua"),
                            &o.language, QString(), QString(),      QString()};
    MainWindow window(ctx);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(QTest::qWaitFor([&] { return !window.portfolioModel()->isLoading(); }, 5000));
    auto* table = window.portfolioView()->table();
    REQUIRE(table->model()->rowCount() == 1);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    DebtorCardView* card = window.currentCard();
    REQUIRE(card);
    CHECK(card->debtorId() == o.rossi);
    CHECK(child<QLabel>(card, "cardHeader")->text().startsWith(QStringLiteral("Rossi Mario")));
    CHECK(child<QLabel>(card, "cardBalance")
              ->text()
              .contains(QStringLiteral("Outstanding: ") + Money::fromCents(20000).format()));
    // Why the debtor has this interlocutor: stored as a code, read in the reader's language.
    auto* relationship = child<QTableView>(card, "cardRelationship")->model();
    CHECK(relationship->index(0, 3).data().toString() == QStringLiteral("first assignment"));
    REQUIRE(o.language.apply(QStringLiteral("it")));
    QApplication::processEvents();
    CHECK(child<QTableView>(card, "cardRelationship")->model()->index(0, 3).data().toString() ==
          QStringLiteral("prima assegnazione"));
    REQUIRE(o.language.apply(QStringLiteral("en")));
    QApplication::processEvents();

    QDialog* opened = nullptr;
    QObject::connect(card, &DebtorCardView::dialogOpened, [&](QDialog* d) { opened = d; });
    QTest::keyClick(card, Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = qobject_cast<PaymentDialog*>(opened);
    REQUIRE(dialog);
    auto* amount = child<QLineEdit>(dialog, "paymentAmount");
    auto* error = child<QLabel>(dialog, "paymentError");
    auto* preview = child<QLabel>(dialog, "paymentPreview");
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);

    QTest::keyClicks(amount, QStringLiteral("0"));
    CHECK(error->text() == QStringLiteral("The amount must be greater than zero."));
    CHECK_FALSE(ok->isEnabled());
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("12x"));
    CHECK(error->text().contains(QStringLiteral("'x'")));
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("250,00"));
    CHECK(error->text().contains(QStringLiteral("keep as credit")));
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("150,00"));
    CHECK(error->isHidden());
    CHECK(preview->text() == QStringLiteral("Settles: F-100 (settled), F-40 (€30.00 of €50.00)"));
    child<QComboBox>(dialog, "paymentChannel")->setCurrentIndex(1); // bank transfer
    QTest::keyClicks(child<QLineEdit>(dialog, "paymentReference"), QStringLiteral("CRO 123"));
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog->result() == QDialog::Accepted);

    // What reached the store, and what the operator sees at once.
    CHECK(o.outstanding() == 5000);
    QSqlQuery q(o.t->sql());
    REQUIRE(q.exec(
        QStringLiteral("SELECT amount_cents, channel, reference, recorded_by FROM payment")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 15000);
    CHECK(q.value(1).toString() == QStringLiteral("bank_transfer"));
    CHECK(q.value(2).toString() == QStringLiteral("CRO 123"));
    CHECK(q.value(3).toString() == o.f.operatorA1.userId());
    CHECK(child<QLabel>(card, "cardBalance")
              ->text()
              .contains(QStringLiteral("Outstanding: ") + Money::fromCents(5000).format()));
    CHECK(child<QTableView>(card, "cardPayments")->model()->rowCount() == 1);
    // A short confirmation says what happened.
    CHECK(window.statusBar()->currentMessage() ==
          QStringLiteral("Payment recorded: Rossi Mario now owes ") +
              Money::fromCents(5000).format() + QLatin1Char('.'));
    REQUIRE(QTest::qWaitFor([&] { return !window.portfolioModel()->isLoading(); }, 5000));
    CHECK(window.portfolioModel()
              ->index(0, PortfolioModel::Outstanding)
              .data(PortfolioModel::RawValueRole)
              .toLongLong() == 5000);
}

TEST_CASE("Payment dialog allocates to chosen bills only", "[ui][payment]")
{
    Office o;
    DebtorCardView card(o.t.db(), o.clock, o.f.operatorA1, o.rossi);
    QDialog* opened = nullptr;
    QObject::connect(&card, &DebtorCardView::dialogOpened, [&](QDialog* d) { opened = d; });
    card.recordPaymentAction()->trigger();
    auto* dialog = qobject_cast<PaymentDialog*>(opened);
    REQUIRE(dialog);
    QTest::keyClicks(child<QLineEdit>(dialog, "paymentAmount"), QStringLiteral("30"));
    child<QRadioButton>(dialog, "allocChosen")->setChecked(true);
    auto* bills = child<QListWidget>(dialog, "paymentBills");
    REQUIRE(bills->count() == 3);
    CHECK(dialog->draft().invoiceIds.isEmpty());
    bills->item(2)->setCheckState(Qt::Checked); // F+5, due in five days
    CHECK(child<QLabel>(dialog, "paymentPreview")->text() ==
          QStringLiteral("Settles: F+5 (settled)"));
    dialog->accept();
    CHECK(dialog->result() == QDialog::Accepted);
    QSqlQuery q(o.t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT number, paid_cents FROM invoice ORDER BY due_date")));
    QStringList paid;
    while (q.next())
        paid << QStringLiteral("%1=%2").arg(q.value(0).toString()).arg(q.value(1).toLongLong());
    CHECK(paid == (QStringList{QStringLiteral("F-100=0"), QStringLiteral("F-40=0"),
                               QStringLiteral("F+5=3000")}));
}

TEST_CASE("Card actions record a call and a complaint and confirm a bill", "[ui][card]")
{
    Office o;
    DebtorCardView card(o.t.db(), o.clock, o.f.operatorA1, o.rossi);
    card.show();
    card.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&card));
    QDialog* opened = nullptr;
    QObject::connect(&card, &DebtorCardView::dialogOpened, [&](QDialog* d) { opened = d; });
    QSignalSpy changed(&card, &DebtorCardView::changed);

    card.startCallAction()->trigger();
    CallWorkspace* call = card.callWorkspace();
    REQUIRE(call);
    QTest::keyClick(call, Qt::Key_Y, Qt::AltModifier);
    QTest::keyClick(call, Qt::Key_2, Qt::AltModifier); // worried
    auto* outcome = child<QComboBox>(call, "callOutcome");
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("reached_debtor")));
    QTest::keyClicks(child<QPlainTextEdit>(call, "callNotes"),
                     QStringLiteral("Ha perso il lavoro, richiamare lunedi"));
    const bool saved = call->save();
    INFO(child<QLabel>(call, "callError")->text().toStdString());
    REQUIRE(saved);
    CHECK(card.callWorkspace() == nullptr);
    CHECK(child<QTableView>(&card, "cardTimeline")->model()->rowCount() == 1);
    CHECK(child<QTableView>(&card, "cardTimeline")->model()->index(0, 3).data().toString() ==
          QStringLiteral("worried"));

    card.addComplaintAction()->trigger();
    auto* complaint = qobject_cast<ComplaintDialog*>(opened);
    REQUIRE(complaint);
    complaint->accept(); // no description: refused inline
    CHECK(complaint->result() != QDialog::Accepted);
    CHECK(child<QLabel>(complaint, "complaintError")->text().contains(QStringLiteral("Describe")));
    child<QListWidget>(complaint, "complaintBills")->item(0)->setCheckState(Qt::Checked);
    QTest::keyClicks(child<QPlainTextEdit>(complaint, "complaintDescription"),
                     QStringLiteral("Lettura stimata molto superiore al reale"));
    complaint->accept();
    CHECK(complaint->result() == QDialog::Accepted);
    CHECK(DebtorSummaryRepository(o.t.db()).get(o.f.operatorA1, o.rossi)->flags & FlagOnHold);
    CHECK(child<QLabel>(&card, "cardHeader")->text().contains(QStringLiteral("dispute/hold")));

    auto* bills = child<QTableView>(&card, "cardBills");
    bills->setCurrentIndex(bills->model()->index(2, 0));
    const QString number = bills->model()->index(2, InvoiceListModel::Number).data().toString();
    // Asked first, naming the bill: "No" changes nothing.
    MessageBox::setNextAnswer(QMessageBox::No);
    card.confirmReceiptAction()->trigger();
    CHECK(MessageBox::lastText().contains(number));
    CHECK(bills->model()->index(2, InvoiceListModel::Receipt).data().toString() !=
          QStringLiteral("confirmed"));
    QSignalSpy notices(&card, &DebtorCardView::notice);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    card.confirmReceiptAction()->trigger();
    CHECK(bills->model()->index(2, InvoiceListModel::Receipt).data().toString() ==
          QStringLiteral("confirmed"));
    REQUIRE(notices.count() == 1);
    CHECK(notices.at(0).at(0).toString().contains(number));
    CHECK(changed.count() == 3);
    QSqlQuery q(o.t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT action, entity FROM audit_log WHERE user_id = '%1' ORDER "
                                  "BY rowid")
                       .arg(o.f.operatorA1.userId())));
    QStringList audit;
    while (q.next())
        audit << q.value(0).toString() + QLatin1Char(':') + q.value(1).toString();
    CHECK(audit ==
          (QStringList{QStringLiteral("create:interaction"), QStringLiteral("create:complaint"),
                       QStringLiteral("confirm_receipt:invoice")}));
}

TEST_CASE("A card with thousands of bills opens with one page of them", "[ui][card][lazy]")
{
    Office o;
    REQUIRE(o.t->execScript(
        QStringLiteral(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
            "INSERT INTO invoice(id, client_id, debtor_id, number, issue_date, due_date, "
            "amount_cents, device_id, updated_at) SELECT 'bulk-' || i, '%1', '%2', 'BULK-' || i, "
            "date('2020-01-01', '+' || i || ' days'), date('2020-01-21', '+' || i || ' days'), "
            "100, "
            "'x', 'now' FROM n")
            .arg(o.f.clientA, o.rossi)));
    DebtorCardView card(o.t.db(), o.clock, o.f.operatorA1, o.rossi);
    auto* bills = child<QTableView>(&card, "cardBills");
    CHECK(card.card().invoiceCount == 3003);
    CHECK(bills->model()->rowCount() == InvoiceListModel::PageSize);
    CHECK(bills->model()->canFetchMore({}));
    while (bills->model()->canFetchMore({}))
        bills->model()->fetchMore({});
    CHECK(bills->model()->rowCount() == 3003);
}

#include "itemmodels/WorkQueueModel.h"
#include "ui/WorkQueueView.h"

TEST_CASE("Enter on a queue item opens the card and the queue follows the work", "[ui][queue]")
{
    Office o;
    o.clock.set(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::LocalTime));
    // Rossi's oldest bill is 100 days late: a team-lead review, not an operator's reminder.
    const QString fresh =
        o.f.addDebtor(QStringLiteral("A-2"), QStringLiteral("Bianchi Bea"), o.f.operatorA1);
    o.f.addBill(fresh, QStringLiteral("F-20"), o.clock.today().addDays(-20), 4000);
    MainWindow::Context ctx{&o.t.db(),   &o.clock,  o.f.operatorA1, QStringLiteral("Acqua"),
                            &o.language, QString(), QString(),      QString()};
    MainWindow window(ctx);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto* queue = window.queueView()->table();
    CHECK(child<QTabWidget>(&window, "mainTabs")->currentWidget() == window.queueView());
    REQUIRE(queue->model()->rowCount() == 1);
    CHECK(queue->model()->index(0, WorkQueueModel::What).data().toString() ==
          QStringLiteral("Reminder"));
    CHECK(child<QLabel>(&window, "queueHeading")->text() == QStringLiteral("Today: 1 item"));
    queue->setFocus();
    queue->setCurrentIndex(queue->model()->index(0, 0));
    QTest::keyClick(queue, Qt::Key_Return);
    DebtorCardView* card = window.currentCard();
    REQUIRE(card);
    CHECK(card->debtorId() == fresh);

    // A conversation with the debtor: the reminder is done and leaves the queue.
    QDialog* opened = nullptr;
    QObject::connect(card, &DebtorCardView::dialogOpened, [&](QDialog* d) { opened = d; });
    QTest::keyClick(card, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    CallWorkspace* call = card->callWorkspace();
    REQUIRE(call);
    QTest::keyClick(call, Qt::Key_Y, Qt::AltModifier);
    auto* outcome = child<QComboBox>(call, "callOutcome");
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("reached_debtor")));
    QTest::keyClick(call, Qt::Key_Return, Qt::ControlModifier);
    CHECK(card->callWorkspace() == nullptr);
    CHECK(queue->model()->rowCount() == 0);
    CHECK(child<QLabel>(&window, "queueHeading")->text() == QStringLiteral("Today: 0 items"));
}

TEST_CASE("A Today list that stops at its limit says there is more work", "[ui][queue]")
{
    Office o;
    o.clock.set(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::LocalTime));
    // More reminders than the list shows: each debtor 20 days late.
    for (int i = 0; i <= WorkQueueQuery::DefaultLimit; ++i) {
        const QString d = o.f.addDebtor(QStringLiteral("Q-%1").arg(i),
                                        QStringLiteral("Debitore %1").arg(i), o.f.operatorA1);
        o.f.addBill(d, QStringLiteral("Q-F-%1").arg(i), o.clock.today().addDays(-20), 4000 + i);
    }
    MainWindow::Context ctx{&o.t.db(),   &o.clock,  o.f.operatorA1, QStringLiteral("Acqua"),
                            &o.language, QString(), QString(),      QString()};
    MainWindow window(ctx);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    CHECK(window.queueView()->table()->model()->rowCount() == WorkQueueQuery::DefaultLimit);
    CHECK(child<QLabel>(&window, "queueHeading")->text() ==
          QStringLiteral("Today: the 500 most urgent items; there are more, which come up as "
                         "these are done"));
}

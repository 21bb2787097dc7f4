#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "ui/DateField.h"
#include "ui/DebtorCardView.h"
#include "ui/Language.h"
#include "ui/MessageBox.h"
#include "ui/NegotiationDialog.h"

#include "storage/DebtorRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace ascolto;
using ascolto::test::child;
using ascolto::test::Fixture;
using ascolto::test::TempDatabase;

TEST_CASE("A full negotiation from the card saves the plan and writes the letter",
          "[ui][plans][negotiation]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(t.db(), clock);
    Language language;
    REQUIRE(language.apply(QStringLiteral("en")));
    REQUIRE(t->execScript(
        QStringLiteral("UPDATE client SET operator_discount_bp = 500, teamlead_discount_bp = 2000, "
                       "protected_minimum_cents = 50000, iban = 'IT60X0542811101000000123456'")));
    DebtorRecord d;
    d.customerCode = QStringLiteral("A-9");
    d.firstName = QString::fromUtf8("Nicolò");
    d.lastName = QStringLiteral("D'Angelo");
    d.clientId = f.clientA;
    d.assignedOperatorId = f.operatorA1.userId();
    d.address = QStringLiteral("Via Roma 1");
    d.city = QStringLiteral("Roma");
    d.province = QStringLiteral("RM");
    const QString debtor = DebtorRepository(t.db(), clock).create(f.admin, d).value();
    f.addBill(debtor, QStringLiteral("F-1"), clock.today().addDays(-70), 45000);
    f.addBill(debtor, QStringLiteral("F-2"), clock.today().addDays(-40), 15000);
    f.addBill(debtor, QStringLiteral("F-3"), clock.today().addDays(12), 9000);

    QTemporaryDir letters;
    DebtorCardView card(t.db(), clock, f.operatorA1, debtor);
    card.setLettersDir(letters.path());
    card.show();
    REQUIRE(QTest::qWaitForWindowExposed(&card));
    card.activateWindow();
    QDialog* opened = nullptr;
    QObject::connect(&card, &DebtorCardView::dialogOpened, [&](QDialog* dlg) { opened = dlg; });
    QTest::keyClick(&card, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = qobject_cast<NegotiationDialog*>(opened);
    REQUIRE(dialog);

    // Default: the overdue bills.
    CHECK(child<QLabel>(dialog, "planTotal")->text() == Money::fromCents(60000).format());
    child<QSpinBox>(dialog, "planCount")->setValue(4);
    child<DateField>(dialog, "planFirstDue")->setDate(QDate(2026, 12, 8)); // a holiday
    auto* schedule = child<QTableView>(dialog, "planSchedule");
    REQUIRE(schedule->model()->rowCount() == 5); // four installments and the total line
    CHECK(schedule->model()->index(0, 1).data().toString().contains(QStringLiteral("moved from")));
    CHECK(schedule->model()->index(0, 2).data().toString() == Money::fromCents(15000).format());

    // The household cannot afford 150 a month: flagged, and a reason is needed.
    child<QSpinBox>(dialog, "householdMembers")->setValue(2);
    QTest::keyClicks(child<QLineEdit>(dialog, "householdIncome"), QStringLiteral("900"));
    QTest::keyClicks(child<QLineEdit>(dialog, "expenseHousing"), QStringLiteral("450"));
    QTest::keyClicks(child<QLineEdit>(dialog, "expenseFood"), QStringLiteral("200"));
    auto* affordability = child<QLabel>(dialog, "planAffordability");
    CHECK(affordability->text().contains(QStringLiteral("NOT affordable")));
    CHECK(affordability->text().contains(QStringLiteral("protected minimum for 2 persons")));
    // 900 - 785 protected (500 x 1.57; above the 650 declared) = 115 a month at most.
    CHECK(affordability->text().contains(QStringLiteral("Feasible installments: from ") +
                                         Money::fromCents(2500).format() + QStringLiteral(" to ") +
                                         Money::fromCents(11500).format()));
    auto* override = child<QLineEdit>(dialog, "planOverride");
    CHECK(override->isVisibleTo(dialog));
    // Saved with a reason, it would wait for the team lead, and the dialog says so.
    CHECK(dialog->checksText().contains(QStringLiteral("Waits for approval: an installment of ") +
                                        Money::fromCents(15000).format()));

    // Eight installments fit; a 10% discount needs the team lead.
    child<QSpinBox>(dialog, "planCount")->setValue(8);
    CHECK_FALSE(affordability->text().contains(QStringLiteral("NOT affordable")));
    QTest::keyClicks(child<QLineEdit>(dialog, "planDiscount"), QStringLiteral("10%"));
    CHECK(dialog->checksText().contains(QStringLiteral("Waits for approval")));
    child<QLineEdit>(dialog, "planDiscount")->clear();
    CHECK(dialog->checksText() ==
          QStringLiteral("Within the client's mandate and your authority."));
    QTest::keyClicks(child<QLineEdit>(dialog, "planNotes"),
                     QStringLiteral("Rate concordate con calma"));
    dialog->accept();
    INFO(child<QLabel>(dialog, "planError")->text().toStdString());
    REQUIRE(dialog->result() == QDialog::Accepted);
    CHECK(dialog->resultText().startsWith(QStringLiteral("Plan active.")));

    QSqlQuery q(t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT status, total_cents, installment_count, "
                                  "json_extract(affordability, '$.members') FROM plan")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("active"));
    CHECK(q.value(1).toLongLong() == 60000);
    CHECK(q.value(2).toInt() == 8);
    CHECK(q.value(3).toInt() == 2);
    CHECK(child<QTableView>(&card, "cardPlans")->model()->rowCount() == 9);

    // The letter is a real PDF that renders, in the debtor's language, with the schedule.
    const QString pdf = card.lastLetter();
    REQUIRE(QFile::exists(pdf));
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == QByteArray("%PDF-"));
    // It names the debtor and what they owe: owner-only (PrivateFile).
    CHECK(QFileInfo(pdf).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadUser | QFileDevice::WriteUser));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
        QProcess render;
        render.start(QStringLiteral("pdftoppm"),
                     {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"), pdf,
                      letters.filePath(QStringLiteral("page"))});
        REQUIRE(render.waitForFinished(30000));
        CHECK(render.exitCode() == 0);
        CHECK(QFile::exists(letters.filePath(QStringLiteral("page-1.png"))));
    }
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        REQUIRE(text.waitForFinished(30000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        CHECK(content.contains(QStringLiteral("Rata 8"))); // the debtor speaks Italian
        CHECK(content.contains(QStringLiteral("75,00")));
        CHECK(content.contains(QStringLiteral("IT60 X054 2811 1010 0000 0123 456")));
    }

    // A second plan would renegotiate the first: asked first, and "No" opens nothing.
    opened = nullptr;
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(&card, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(MessageBox::lastText().contains(QStringLiteral("renegotiated")));
    CHECK(opened == nullptr);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(&card, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto* second = qobject_cast<NegotiationDialog*>(opened);
    REQUIRE(second);
    // Esc after typing asks, and "No" keeps what was typed.
    QTest::keyClicks(child<QLineEdit>(second, "planNotes"), QStringLiteral("Nuove rate"));
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::keyClick(second, Qt::Key_Escape);
    CHECK(MessageBox::lastText().contains(QStringLiteral("What you typed is lost")));
    CHECK(second->isVisible());
    CHECK(child<QLineEdit>(second, "planNotes")->text() == QStringLiteral("Nuove rate"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(second, Qt::Key_Escape);
    CHECK_FALSE(second->isVisible());
    CHECK(second->result() == QDialog::Rejected);
    // The card has the focus again: its shortcuts work without a click.
    QApplication::processEvents();
    QWidget* focused = QApplication::focusWidget();
    INFO((focused ? focused->metaObject()->className() : "no focus"));
    CHECK((focused == &card || card.isAncestorOf(focused)));
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM plan")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);

    // A plan beyond the operator's authority waits for the team lead: no letter tells the
    // debtor it is confirmed (it is written when the team lead approves it).
    const QStringList before = QDir(letters.path()).entryList(QDir::Files);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(&card, Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    auto* third = qobject_cast<NegotiationDialog*>(opened);
    REQUIRE(third);
    child<QSpinBox>(third, "planCount")->setValue(4);
    QTest::keyClicks(child<QLineEdit>(third, "planDiscount"), QStringLiteral("10%"));
    REQUIRE(third->checksText().contains(QStringLiteral("Waits for approval")));
    third->accept();
    INFO(child<QLabel>(third, "planError")->text().toStdString());
    REQUIRE(third->result() == QDialog::Accepted);
    CHECK(third->resultText().contains(QStringLiteral("written once it is approved")));
    CHECK(QDir(letters.path()).entryList(QDir::Files) == before);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM plan WHERE status = 'awaiting_approval'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
}

#include "io/PlanLetter.h"

TEST_CASE("Plan letters speak the debtor's language and carry the payment channels",
          "[plans][letter]")
{
    PlanCalculator::Request r;
    r.total = Money::fromCents(30000);
    r.installments = 3;
    r.firstDue = QDate(2026, 12, 15);
    PlanLetter::Data d;
    d.clientName = QStringLiteral("Luce & Gas");
    d.iban = QStringLiteral("IT60X0542811101000000123456");
    d.debtorName = QString::fromUtf8("Nicolò D'Angelo");
    d.billNumbers = {QStringLiteral("2026/000123")};
    d.pagopaNotices = {QStringLiteral("302000000000123415")};
    d.schedule = PlanCalculator::schedule(r, QDate(2026, 11, 23)).value();
    d.operatorName = QStringLiteral("Marco Bianchi");
    d.date = QDate(2026, 11, 23);
    const QString it = PlanLetter::html(d);
    CHECK(it.contains(QString::fromUtf8("Gentile Nicolò D'Angelo")));
    CHECK(it.contains(QStringLiteral("IT60 X054 2811 1010 0000 0123 456")));
    CHECK(it.contains(QStringLiteral("3020 0000 0000 1234 15")));
    CHECK(it.contains(QStringLiteral("100,00")));
    CHECK(it.contains(QStringLiteral("Rata 3")));
    d.language = QStringLiteral("en");
    const QString en = PlanLetter::html(d);
    CHECK(en.contains(QStringLiteral("Dear ")));
    CHECK(en.contains(QStringLiteral("Installment 3")));
    CHECK(en.contains(QString(QChar(0x20AC)) + QStringLiteral("100.00")));
}

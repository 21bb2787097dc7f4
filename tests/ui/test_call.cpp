#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "ui/CallWorkspace.h"
#include "ui/DateField.h"
#include "ui/DebtorCardView.h"
#include "ui/DebtorDetailsDialog.h"
#include "ui/IdleLock.h"
#include "ui/InteractionDialog.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"
#include "ui/MessageDialog.h"
#include "ui/PortfolioView.h"
#include "ui/ReassignDialog.h"
#include "ui/WorkQueueView.h"

#include "itemmodels/PortfolioModel.h"
#include "itemmodels/WorkQueueModel.h"
#include "storage/DebtorSummaryRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/PlanRepository.h"
#include "storage/SubjectAccess.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace ascolto;
using ascolto::test::child;
using ascolto::test::Fixture;
using ascolto::test::TempDatabase;

namespace {
// Picks a combo entry the way an operator does: focus, Home, then Down until it is there.
void choose(QComboBox* box, const QVariant& data)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < box->count() && box->currentData() != data; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    INFO("choice " << data.toString().toStdString());
    REQUIRE(box->currentData() == data);
}

// Types text as key presses, accented letters included.
void type(QWidget* w, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(w, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void keys(QWidget* w, Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier, int times = 1)
{
    for (int i = 0; i < times; ++i)
        QTest::keyClick(w, key, mods);
}

struct Office
{
    Office()
        : clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::LocalTime)) // Monday
        , f(t.db(), clock)
    {
        REQUIRE(language.apply(QStringLiteral("en")));
        caring = f.addDebtor(QStringLiteral("C-1"), QStringLiteral("Conti Carla"), f.operatorA1);
        f.addBill(caring, QStringLiteral("FC-1"), clock.today().addDays(3), 5000);
        reminder = f.addDebtor(QStringLiteral("R-1"), QStringLiteral("Rossi Remo"), f.operatorA1);
        f.addBill(reminder, QStringLiteral("FR-1"), clock.today().addDays(-20), 8000);
        REQUIRE(t->execScript(QStringLiteral("UPDATE debtor SET address = 'Via Roma 1', "
                                             "postal_code = '20100', city = 'Milano', province "
                                             "= 'MI'; UPDATE client SET iban = "
                                             "'IT60X0542811101000000123456', support_phone = "
                                             "'800 123 456'; UPDATE invoice SET pagopa_notice = "
                                             "'301000000000000043'")));
    }
    ~Office() { REQUIRE(language.apply(QStringLiteral("it"))); }
    MainWindow::Context context()
    {
        return {&t.db(),   &clock,        f.operatorA1, QStringLiteral("Acqua"),
                &language, outbox.path(), QString(),    outbox.filePath(QStringLiteral("outbox"))};
    }
    QVariant value(const QString& sql)
    {
        QSqlQuery q(t->sql());
        REQUIRE(q.exec(sql));
        if (!q.next())
            return {};
        return q.value(0);
    }
    void activate(QWidget* w)
    {
        w->show();
        w->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(w));
    }
    CallWorkspace* startCall(DebtorCardView* card)
    {
        QTest::keyClick(card, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        REQUIRE(card->callWorkspace());
        return card->callWorkspace();
    }

    TempDatabase t;
    FixedClock clock;
    Fixture f;
    Language language;
    QTemporaryDir outbox;
    QString caring;
    QString reminder;
};

} // namespace

TEST_CASE("A full caring call from the queue with the keyboard reaches the store", "[ui][call]")
{
    Office o;
    MainWindow window(o.context());
    o.activate(&window);
    QTableView* queue = window.queueView()->table();
    int row = -1;
    for (int r = 0; r < queue->model()->rowCount(); ++r)
        if (queue->model()->index(r, 0).data(WorkQueueModel::DebtorIdRole) == o.caring)
            row = r;
    REQUIRE(row >= 0);
    queue->setFocus();
    queue->setCurrentIndex(queue->model()->index(row, 0));
    QTest::keyClick(queue, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    DebtorCardView* card = window.currentCard();
    REQUIRE(card);
    CallWorkspace* call = card->callWorkspace();
    REQUIRE(call);
    CHECK(child<QComboBox>(call, "callPurpose")->currentData() == QStringLiteral("caring"));
    CHECK(child<QLabel>(call, "callTimer")->text().startsWith(QStringLiteral("00:0")));
    CHECK_FALSE(child<QFrame>(call, "callBlocked")->isVisible());
    CHECK(call->currentStepKind() == QStringLiteral("opening"));
    CHECK(call->currentStepText().contains(QStringLiteral("on behalf of")));

    // No debt detail before the identity check.
    keys(call, Qt::Key_PageDown, Qt::ControlModifier, 3);
    CHECK(call->currentStepKind() == QStringLiteral("identity"));
    CHECK(child<QLabel>(call, "callError")->text().contains(QStringLiteral("identity first")));
    keys(call, Qt::Key_Y, Qt::AltModifier);
    CHECK(call->currentStepKind() == QStringLiteral("purpose"));
    CHECK(call->currentStepText().contains(QStringLiteral("50.00")));
    CHECK(call->currentStepText().contains(QStringLiteral("26/11/2026")));

    keys(call, Qt::Key_5, Qt::AltModifier); // calm
    CHECK(child<QLabel>(call, "callGuidance")->text().contains(QStringLiteral("concrete")));
    keys(call, Qt::Key_1, Qt::ControlModifier);
    keys(call, Qt::Key_4, Qt::ControlModifier);
    keys(call, Qt::Key_6, Qt::ControlModifier);
    keys(call, Qt::Key_PageDown, Qt::ControlModifier, 4); // to payment education
    CHECK(call->currentStepKind() == QStringLiteral("education"));
    CHECK(call->currentStepText().contains(QStringLiteral("IT60 X054")));
    keys(call, Qt::Key_PageDown, Qt::ControlModifier, 10);
    CHECK(call->currentStepKind() == QStringLiteral("satisfaction"));
    CHECK(child<QTabWidget>(call, "callTabs")->currentIndex() == 2);

    keys(call, Qt::Key_N, Qt::AltModifier);
    type(QApplication::focusWidget(),
         QStringLiteral("Bolletta ricevuta; attiverà la domiciliazione."));
    choose(child<QComboBox>(call, "callOutcome"), QStringLiteral("reached_debtor"));
    keys(call, Qt::Key_S, Qt::AltModifier);
    choose(child<QComboBox>(call, "callCsat"), 5);
    choose(child<QComboBox>(call, "callCes"), 7);
    choose(child<QComboBox>(call, "callNps"), 10);
    child<QLineEdit>(call, "callSurveyComment")->setFocus();
    type(QApplication::focusWidget(), QStringLiteral("Gentilissimi, grazie"));
    keys(call, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(card->callWorkspace() == nullptr);
    CHECK(window.statusBar()->currentMessage() == QStringLiteral("Call with Conti Carla saved."));
    // Focus is back on the card: its shortcuts work without a click.
    QWidget* focused = QApplication::focusWidget();
    CHECK((focused == card || card->isAncestorOf(focused)));

    CHECK(o.value(QStringLiteral("SELECT purpose || '/' || outcome || '/' || emotion FROM "
                                 "interaction"))
              .toString() == QStringLiteral("caring/reached_debtor/calm"));
    CHECK(o.value(QStringLiteral("SELECT notes FROM interaction")).toString() ==
          QStringLiteral("Bolletta ricevuta; attiverà la domiciliazione."));
    CHECK(o.value(QStringLiteral("SELECT json_extract(checklist, '$.items') FROM interaction"))
              .toString() == QStringLiteral(R"(["listened","explained","agreed_next_step"])"));
    CHECK(o.value(QStringLiteral("SELECT csat || ces || nps || comment FROM survey")).toString() ==
          QStringLiteral("5710Gentilissimi, grazie"));
    CHECK(o.value(QStringLiteral("SELECT count(*) FROM task WHERE kind = 'close_the_loop'"))
              .toInt() == 0);
    CHECK(o.value(QStringLiteral("SELECT count(*) FROM call_draft")).toInt() == 0);
    CHECK(child<QTableView>(card, "cardSurveys")->model()->rowCount() == 1);
    // The portfolio's figures follow: one survey, every score at its best.
    auto* kpi = child<QLabel>(window.portfolioView(), "kpi_satisfaction");
    QTRY_COMPARE(kpi->text(), QStringLiteral("100% · 7.0 · 100"));
}

TEST_CASE("A full reminder call with a promise a vulnerability and a detractor", "[ui][call]")
{
    Office o;
    DebtorCardView card(o.t.db(), o.clock, o.f.operatorA1, o.reminder);
    o.activate(&card);
    QDialog* opened = nullptr;
    QObject::connect(&card, &DebtorCardView::dialogOpened, [&](QDialog* d) { opened = d; });
    CallWorkspace* call = o.startCall(&card);
    CHECK(call->state().purpose == QStringLiteral("first_reminder"));
    keys(call, Qt::Key_Y, Qt::AltModifier);
    CHECK(call->currentStepText().contains(QStringLiteral("80.00")));
    keys(call, Qt::Key_1, Qt::AltModifier); // angry first...
    keys(call, Qt::Key_3, Qt::AltModifier); // ...then in difficulty
    CHECK(child<QLabel>(call, "callGuidance")->text().contains(QStringLiteral("Explore")));
    keys(call, Qt::Key_3, Qt::ControlModifier); // asked the reason

    keys(call, Qt::Key_V, Qt::AltModifier);
    auto* v = qobject_cast<VulnerabilityDialog*>(opened);
    REQUIRE(v);
    CHECK(child<QTextBrowser>(v, "vulnerabilityGuide")
              ->toPlainText()
              .contains(QStringLiteral("explicit consent")));
    auto* ok = v->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    choose(child<QComboBox>(v, "vulnerabilityCategory"), QStringLiteral("hardship"));
    CHECK_FALSE(ok->isEnabled()); // not without consent
    type(child<QPlainTextEdit>(v, "vulnerabilityNote"),
         QStringLiteral("Disoccupato, aiuta la sorella"));
    keys(child<QCheckBox>(v, "vulnerabilityConsent"), Qt::Key_Space);
    REQUIRE(ok->isEnabled());
    QTest::keyClick(v, Qt::Key_Return);
    CHECK(call->state().vulnerability == QStringLiteral("hardship"));

    keys(call, Qt::Key_N, Qt::AltModifier);
    type(QApplication::focusWidget(), QStringLiteral("Paga metà venerdì."));
    choose(child<QComboBox>(call, "callReason"), QStringLiteral("job_loss"));
    choose(child<QComboBox>(call, "callOutcome"), QStringLiteral("promise"));
    auto* amount = child<QLineEdit>(call, "callPromiseAmount");
    amount->setFocus();
    type(amount, QStringLiteral("500,00"));
    // Typed as Italians type it: day and month, this year.
    auto* promiseDate = child<DateField>(call, "callPromiseDate")->lineEdit();
    promiseDate->setFocus();
    type(promiseDate, QStringLiteral("27/11"));
    choose(child<QComboBox>(call, "callPromiseChannel"), QStringLiteral("pagopa"));
    choose(child<QComboBox>(call, "callNextAction"), QStringLiteral("callback"));
    keys(call, Qt::Key_S, Qt::AltModifier);
    choose(child<QComboBox>(call, "callNps"), 3);
    choose(child<QComboBox>(call, "callCes"), 2);
    // More than the balance: refused inline, nothing saved, the call stays open.
    keys(call, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(card.callWorkspace() == call);
    CHECK(
        child<QLabel>(call, "callError")->text().contains(QStringLiteral("more than the balance")));
    CHECK(o.value(QStringLiteral("SELECT count(*) FROM interaction")).toInt() == 0);
    amount->setFocus();
    amount->selectAll();
    type(amount, QStringLiteral("40,00"));
    keys(call, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(card.callWorkspace() == nullptr);

    CHECK(o.value(QStringLiteral("SELECT amount_cents || ' ' || due_date || ' ' || channel FROM "
                                 "promise"))
              .toString() == QStringLiteral("4000 2026-11-27 pagopa"));
    CHECK(o.value(QStringLiteral("SELECT json_extract(checklist, '$.emotions') FROM interaction"))
              .toString() == QStringLiteral(R"(["angry","in_difficulty"])"));
    CHECK(o.value(QStringLiteral("SELECT nonpayment_reason FROM interaction")).toString() ==
          QStringLiteral("job_loss"));
    CHECK(o.value(QStringLiteral("SELECT due_at FROM task WHERE kind = 'callback'")).toString() ==
          QStringLiteral("2026-11-24T09:00:00Z"));
    CHECK(o.value(QStringLiteral("SELECT count(*) FROM task WHERE kind = 'close_the_loop'"))
              .toInt() == 1);
    CHECK(o.value(QStringLiteral("SELECT vulnerability || '/' || vulnerability_consent || '/' || "
                                 "vulnerability_note FROM debtor WHERE id = '%1'")
                      .arg(o.reminder))
              .toString() == QStringLiteral("hardship/1/Disoccupato, aiuta la sorella"));
    CHECK(child<QLabel>(&card, "cardHeader")->text().contains(QStringLiteral("vulnerable")));
    CHECK(child<QTableView>(&card, "cardPromises")->model()->rowCount() == 1);
}

TEST_CASE("A call against the contact rules goes ahead only with a recorded reason", "[ui][call]")
{
    Office o;
    o.clock.set(QDateTime(QDate(2026, 11, 22), QTime(11, 0), Qt::LocalTime)); // Sunday
    DebtorCardView card(o.t.db(), o.clock, o.f.operatorA1, o.reminder);
    o.activate(&card);
    CallWorkspace* call = o.startCall(&card);
    REQUIRE(call->isBlocked());
    CHECK(child<QFrame>(call, "callBlocked")->isVisible());
    CHECK(call->state().blockReasons.contains(QStringLiteral("Sunday: no calls")));
    CHECK_FALSE(child<QPushButton>(call, "callSave")->isEnabled());
    keys(call, Qt::Key_Y, Qt::AltModifier); // ignored while blocked
    CHECK(call->state().identity == CallState::Identity::Unknown);
    auto* reason = child<QLineEdit>(call, "callOverride");
    reason->setFocus();
    type(reason, QStringLiteral("ok"));
    keys(reason, Qt::Key_Return);
    CHECK(call->isBlocked());
    type(reason, QStringLiteral(": il debitore ha chiesto di essere richiamato oggi"));
    keys(reason, Qt::Key_Return);
    REQUIRE_FALSE(call->isBlocked());
    keys(call, Qt::Key_Y, Qt::AltModifier);
    choose(child<QComboBox>(call, "callOutcome"), QStringLiteral("reached_debtor"));
    keys(call, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(card.callWorkspace() == nullptr);
    CHECK(o.value(QStringLiteral("SELECT override_reason FROM interaction")).toString() ==
          QStringLiteral("ok: il debitore ha chiesto di essere richiamato oggi"));
    CHECK(o.value(QStringLiteral("SELECT json_extract(details, '$.rules[0]') FROM audit_log "
                                 "WHERE action = 'override'"))
              .toString() == QStringLiteral("Sunday: no calls"));
}

TEST_CASE("When someone else answers the script gives a safe message without debt details",
          "[ui][call]")
{
    Office o;
    DebtorCardView card(o.t.db(), o.clock, o.f.operatorA1, o.reminder);
    o.activate(&card);
    CallWorkspace* call = o.startCall(&card);
    keys(call, Qt::Key_T, Qt::AltModifier);
    CHECK(call->currentStepKind() == QStringLiteral("third_party"));
    const QString text = call->currentStepText();
    CHECK(text.contains(QStringLiteral("mention no amount")));
    CHECK(text.contains(QStringLiteral("800 123 456")));
    CHECK_FALSE(text.contains(QStringLiteral("80.00")));
    keys(call, Qt::Key_PageDown, Qt::ControlModifier, 5); // nowhere else to go
    CHECK(call->currentStepKind() == QStringLiteral("third_party"));
    CHECK(child<QComboBox>(call, "callOutcome")->currentData() ==
          QStringLiteral("reached_third_party"));
    CHECK_FALSE(child<QLineEdit>(call, "callPromiseAmount")->isEnabled());
    keys(call, Qt::Key_Return, Qt::ControlModifier);
    CHECK(child<QLabel>(call, "callError")->text().contains(QStringLiteral("who answered")));
    choose(child<QComboBox>(call, "callThirdPartyRelation"), QStringLiteral("family"));
    keys(call, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(card.callWorkspace() == nullptr);
    CHECK(o.value(QStringLiteral("SELECT outcome || '/' || json_extract(checklist, "
                                 "'$.third_party') FROM interaction"))
              .toString() == QStringLiteral("reached_third_party/family"));
}

TEST_CASE("A call left unsaved reopens with everything typed in it", "[ui][call][draft]")
{
    Office o;
    QString notes = QStringLiteral("Ha detto che la bolletta è arrivata tardi; richiamare.");
    {
        MainWindow window(o.context());
        o.activate(&window);
        DebtorCardView* card = window.openCard(o.reminder);
        CallWorkspace* call = o.startCall(card);
        keys(call, Qt::Key_Y, Qt::AltModifier);
        keys(call, Qt::Key_2, Qt::AltModifier);
        keys(call, Qt::Key_N, Qt::AltModifier);
        type(QApplication::focusWidget(), notes);
        // The draft follows the typing within a moment, without any save.
        QTRY_VERIFY_WITH_TIMEOUT(o.value(QStringLiteral("SELECT json_extract(payload, '$.notes') "
                                                        "FROM call_draft"))
                                         .toString() == notes,
                                 2000);
    } // the window goes away as if the app had been closed mid-call
    MainWindow again(o.context());
    o.activate(&again);
    REQUIRE(again.restoreCalls() == 1);
    DebtorCardView* card = again.currentCard();
    REQUIRE(card);
    REQUIRE(card->callWorkspace());
    CallWorkspace* call = card->callWorkspace();
    CHECK(child<QPlainTextEdit>(call, "callNotes")->toPlainText() == notes);
    CHECK(call->state().identity == CallState::Identity::Confirmed);
    CHECK(call->state().emotion == QStringLiteral("worried"));
    CHECK(call->currentStepKind() == QStringLiteral("purpose"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    keys(call, Qt::Key_Backspace, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(card->callWorkspace() == nullptr);
    CHECK(o.value(QStringLiteral("SELECT count(*) FROM call_draft")).toInt() == 0);
    CHECK(again.restoreCalls() == 0);
}

TEST_CASE("An idle window locks over the call and gives it back after the password",
          "[ui][call][lock]")
{
    Office o;
    // The client's setting, chosen by the administrator: 3 minutes.
    REQUIRE(o.t->execScript(QStringLiteral("UPDATE client SET idle_lock_minutes = 3")));
    MainWindow window(o.context());
    o.activate(&window);
    IdleLock* lock = window.idleLock();
    REQUIRE(lock);
    CHECK(lock->minutes() == 3);
    DebtorCardView* card = window.openCard(o.reminder);
    CallWorkspace* call = o.startCall(card);
    const QString notes = QStringLiteral("Vuole pagare a fine mese");
    QTest::keyClicks(child<QPlainTextEdit>(call, "callNotes"), notes);

    o.clock.set(o.clock.nowUtc().addSecs(2 * 60 + 59));
    lock->check();
    CHECK_FALSE(lock->isLocked());
    o.clock.set(o.clock.nowUtc().addSecs(1));
    lock->check();
    REQUIRE(lock->isLocked());
    // Nothing of the debtor shows: the window is covered from edge to edge.
    QWidget* cover = window.findChild<QWidget*>(QStringLiteral("idleLockCover"));
    REQUIRE(cover);
    CHECK(cover->isVisible());
    CHECK(cover->geometry() == window.rect());
    QDialog* prompt = lock->dialog();
    REQUIRE(prompt);
    CHECK(prompt->isVisible());
    CHECK(prompt->isModal());

    // Esc does not unlock; a wrong password says why and stays locked.
    QTest::keyClick(prompt, Qt::Key_Escape);
    CHECK(lock->isLocked());
    CHECK(prompt->isVisible());
    auto* password = child<QLineEdit>(prompt, "idleLockPassword");
    QTest::keyClicks(password, QStringLiteral("sbagliata"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK(lock->isLocked());
    CHECK(child<QLabel>(prompt, "idleLockError")->text() ==
          QStringLiteral("Wrong user name or password."));
    CHECK(o.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login_failed'"))
              .toInt() == 1);

    QTest::keyClicks(password, QStringLiteral("password-1"));
    QTest::keyClick(password, Qt::Key_Return);
    CHECK_FALSE(lock->isLocked());
    CHECK(window.findChild<QWidget*>(QStringLiteral("idleLockCover")) == nullptr);
    // The call is as it was left, still open on the same card.
    REQUIRE(card->callWorkspace() == call);
    CHECK(child<QPlainTextEdit>(call, "callNotes")->toPlainText() == notes);
    // Working again restarts the count.
    o.clock.set(o.clock.nowUtc().addSecs(2 * 60));
    lock->check();
    CHECK_FALSE(lock->isLocked());
}

TEST_CASE("An access request writes everything held about the debtor as PDF and JSON",
          "[ui][privacy]")
{
    Office o;
    MainWindow window(o.context());
    o.activate(&window);
    DebtorCardView* card = window.openCard(o.reminder);
    QAction* request = card->findChild<QAction*>(QStringLiteral("actionAccessRequest"));
    REQUIRE(request);
    CHECK(request->text() == QStringLiteral("Data held…"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    request->trigger();
    const QStringList files = card->lastAccessFiles();
    REQUIRE(files.size() == 2);
    for (const QString& f : files)
        CHECK(QFileInfo(f).permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                             QFileDevice::ReadUser | QFileDevice::WriteUser));
    QFile json(files.at(0));
    REQUIRE(json.open(QIODevice::ReadOnly));
    const QJsonObject data = QJsonDocument::fromJson(json.readAll()).object();
    CHECK(data.value(QStringLiteral("debtor")).toObject().value(QStringLiteral("customer_code")) ==
          QStringLiteral("R-1"));
    const QJsonObject sections = data.value(QStringLiteral("sections")).toObject();
    REQUIRE(sections.value(QStringLiteral("invoice")).toArray().size() == 1);
    CHECK(sections.value(QStringLiteral("invoice"))
              .toArray()
              .first()
              .toObject()
              .value(QStringLiteral("number")) == QStringLiteral("FR-1"));
    CHECK(sections.value(QStringLiteral("contact")).toArray().size() >= 1);
    CHECK(sections.contains(QStringLiteral("audit_log")));
    // Replication bookkeeping says nothing about the person.
    CHECK_FALSE(
        data.value(QStringLiteral("debtor")).toObject().contains(QStringLiteral("version")));

    QFile pdf(files.at(1));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {files.at(1), QStringLiteral("-")});
        REQUIRE(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        CHECK(words.contains(QStringLiteral("Rossi Remo")));
        CHECK(words.contains(QStringLiteral("FR-1")));
        INFO(words.toStdString());
        // Amounts read as money in the reader's locale, not as cents.
        CHECK(words.contains(Money::fromCents(8000).format(QLocale())));
    }
    CHECK(o.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                 "'subject_access' AND entity_id = '%1'")
                      .arg(o.reminder))
              .toInt() == 1);
    // Another operator's debtor is not theirs to export.
    const auto refused = SubjectAccess::collect(o.t.db(), o.clock, o.f.operatorA2, o.reminder);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().contains(QStringLiteral("not in your portfolio")));
}

TEST_CASE("Correcting a debtor's details from the card reaches the store, checked and audited",
          "[ui][privacy]")
{
    Office o;
    MainWindow window(o.context());
    o.activate(&window);
    DebtorCardView* card = window.openCard(o.reminder);
    QDialog* opened = nullptr;
    QObject::connect(card, &DebtorCardView::dialogOpened, [&](QDialog* d) { opened = d; });
    QAction* rectify = card->findChild<QAction*>(QStringLiteral("actionRectify"));
    REQUIRE(rectify);
    CHECK(rectify->text() == QStringLiteral("Correct details…"));
    rectify->trigger();
    auto* dialog = qobject_cast<DebtorDetailsDialog*>(opened);
    REQUIRE(dialog);
    // The client's file named this debtor in one piece: one field for the name.
    CHECK(child<QLineEdit>(dialog, "name")->text() == QStringLiteral("Rossi Remo"));
    child<QLineEdit>(dialog, "name")->setText(QStringLiteral("Rossi Remigio"));
    child<QLineEdit>(dialog, "address")->setText(QStringLiteral("Via Po 3"));
    child<QLineEdit>(dialog, "postalCode")->setText(QStringLiteral("1012"));
    child<QLineEdit>(dialog, "city")->setText(QStringLiteral("Torino"));
    child<QLineEdit>(dialog, "province")->setText(QStringLiteral("to"));
    child<DateField>(dialog, "birthDate")->lineEdit()->setText(QStringLiteral("3/4/1961"));
    dialog->accept();
    // A four-digit CAP: said under the fields, the dialog stays, nothing is stored.
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "detailsError")->text().contains(QStringLiteral("CAP")));
    CHECK(o.value(QStringLiteral("SELECT display_name FROM debtor WHERE id = '%1'").arg(o.reminder))
              .toString() == QStringLiteral("Rossi Remo"));
    child<QLineEdit>(dialog, "postalCode")->setText(QStringLiteral("10121"));
    dialog->accept();
    CHECK_FALSE(dialog->isVisible());
    QSqlQuery q(o.t->sql());
    REQUIRE(q.exec(QStringLiteral("SELECT display_name, address, postal_code, city, province, "
                                  "birth_date FROM debtor WHERE id = '%1'")
                       .arg(o.reminder)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("Rossi Remigio"));
    CHECK(q.value(1).toString() == QStringLiteral("Via Po 3"));
    CHECK(q.value(2).toString() == QStringLiteral("10121"));
    CHECK(q.value(4).toString() == QStringLiteral("TO"));
    CHECK(q.value(5).toString() == QStringLiteral("1961-04-03"));
    CHECK(card->title() == QStringLiteral("Rossi Remigio"));
    CHECK(o.value(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'rectify' AND "
                                 "entity_id = '%1'")
                      .arg(o.reminder))
              .toInt() == 1);
}

TEST_CASE("A team lead approves or rejects a waiting plan from the card", "[ui][approval]")
{
    Office o;
    REQUIRE(o.t->execScript(QStringLiteral(
        "UPDATE client SET operator_discount_bp = 1000, teamlead_discount_bp = 3000")));
    PlanDraft draft;
    draft.debtorId = o.reminder;
    draft.invoiceIds = {
        o.value(QStringLiteral("SELECT id FROM invoice WHERE number = 'FR-1'")).toString()};
    draft.request.installments = 2;
    draft.request.discount = Money::fromCents(1200); // 15% of 80,00
    draft.request.firstDue = o.clock.today().addDays(10);
    const auto saved = PlanRepository(o.t.db(), o.clock).create(o.f.operatorA1, draft);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());
    REQUIRE(saved->status == QStringLiteral("awaiting_approval"));

    MainWindow::Context ctx = o.context();
    ctx.session = o.f.leadA;
    MainWindow window(ctx);
    o.activate(&window);
    DebtorCardView* card = window.openCard(o.reminder);
    auto* reject = card->findChild<QAction*>(QStringLiteral("actionRejectPlan"));
    auto* approve = card->findChild<QAction*>(QStringLiteral("actionApprovePlan"));
    REQUIRE(reject);
    REQUIRE(approve);
    CHECK(reject->isEnabled());
    CHECK(approve->isEnabled());

    reject->trigger();
    auto* dialog = card->findChild<QDialog*>(QStringLiteral("rejectPlanDialog"));
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    auto* ok = child<QDialogButtonBox>(dialog, nullptr)->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK(dialog->isVisible()); // no reason, no rejection
    CHECK(child<QLabel>(dialog, "rejectError")->text().contains(QStringLiteral("Say why")));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "rejectReason"),
                     QStringLiteral("Sconto troppo alto per un debito recente"));
    QTest::mouseClick(ok, Qt::LeftButton);
    CHECK_FALSE(dialog->isVisible());
    CHECK(o.value(QStringLiteral("SELECT status FROM plan WHERE id = '%1'").arg(saved->planId))
              .toString() == QStringLiteral("rejected"));
    CHECK_FALSE(reject->isEnabled());
    CHECK_FALSE(approve->isEnabled());
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("rejected")));

    // Proposed again and approved: only now is the plan confirmed to the debtor, by a letter
    // the operator who agreed it signs.
    const auto again = PlanRepository(o.t.db(), o.clock).create(o.f.operatorA1, draft);
    REQUIRE(again.ok());
    QTemporaryDir letters;
    card->setLettersDir(letters.path());
    card->reload();
    REQUIRE(approve->isEnabled());
    CHECK(QDir(letters.path()).isEmpty());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    approve->trigger();
    CHECK(o.value(QStringLiteral("SELECT status FROM plan WHERE id = '%1'").arg(again->planId))
              .toString() == QStringLiteral("active"));
    const QString letter = card->lastLetter();
    REQUIRE(QFileInfo(letter).dir() == QDir(letters.path()));
    CHECK(window.statusBar()->currentMessage().contains(QFileInfo(letter).fileName()));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {letter, QStringLiteral("-")});
        REQUIRE(text.waitForFinished(30000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        INFO(words.toStdString());
        CHECK(words.contains(QStringLiteral("FR-1")));
        CHECK(words.contains(o.f.operatorA1.displayName()));
        CHECK_FALSE(words.contains(o.f.leadA.displayName()));
        // 80,00 less the 15% discount, in the debtor's language (Italian).
        CHECK(words.contains(QStringLiteral("68,00")));
        CHECK(words.contains(QStringLiteral("Rata 2")));
    }
    // An operator's card has no decisions to take.
    MainWindow operatorWindow(o.context());
    DebtorCardView* theirs = operatorWindow.openCard(o.reminder);
    CHECK_FALSE(theirs->findChild<QAction*>(QStringLiteral("actionApprovePlan"))->isEnabled());
}

TEST_CASE("A team lead hands selected debtors over with a note the next caller reads",
          "[ui][continuity]")
{
    Office o;
    MainWindow::Context ctx = o.context();
    ctx.session = o.f.leadA;
    MainWindow window(ctx);
    QDialog* opened = nullptr;
    QObject::connect(&window, &MainWindow::dialogOpened, [&](QDialog* d) { opened = d; });
    o.activate(&window);
    REQUIRE(QTest::qWaitFor([&] { return !window.portfolioModel()->isLoading(); }, 5000));
    auto* table = child<QTableView>(&window, "portfolioTable");
    auto* handOver = child<QToolButton>(&window, "portfolioReassign");
    CHECK_FALSE(handOver->isEnabled());
    REQUIRE(table->model()->rowCount() == 2);
    table->selectAll();
    REQUIRE(handOver->isEnabled());
    QTest::mouseClick(handOver, Qt::LeftButton);
    auto* dialog = qobject_cast<ReassignDialog*>(opened);
    REQUIRE(dialog);
    auto* target = child<QComboBox>(dialog, "reassignOperator");
    // The debtors' own interlocutor is not offered.
    REQUIRE(target->count() == 1);
    CHECK(target->currentData().toString() == o.f.operatorA2.userId());
    CHECK(
        child<QRadioButton>(dialog, "reassignAll")->text().contains(o.f.operatorA1.displayName()));
    // No note, no handover.
    dialog->accept();
    CHECK(dialog->isVisible());
    CHECK(child<QLabel>(dialog, "reassignError")->text().contains(QStringLiteral("note")));
    QTest::keyClicks(child<QPlainTextEdit>(dialog, "reassignNote"),
                     QStringLiteral("Ferie fino al 10: richiamare il signor Rossi dopo le 18"));
    dialog->accept();
    CHECK(o.value(QStringLiteral("SELECT count(*) FROM debtor WHERE assigned_operator_id = '%1'")
                      .arg(o.f.operatorA2.userId()))
              .toInt() == 2);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("2 debtors")));
    // The next caller reads the note on the card before the first call.
    DebtorCardView* card = window.openCard(o.reminder);
    REQUIRE(card);
    CHECK(child<QLabel>(card, "cardIdentity")
              ->text()
              .contains(QStringLiteral("Handover note: Ferie fino al 10")));
}

TEST_CASE("A team lead's Today shows whose debtor each line is and one operator's day",
          "[ui][teamlead]")
{
    Office o;
    const QString theirs =
        o.f.addDebtor(QStringLiteral("B-1"), QStringLiteral("Bruni Bice"), o.f.operatorA2);
    o.f.addBill(theirs, QStringLiteral("FB-1"), o.clock.today().addDays(-25), 7000);
    MainWindow::Context ctx = o.context();
    ctx.session = o.f.leadA;
    MainWindow window(ctx);
    o.activate(&window);
    auto* table = child<QTableView>(&window, "queueTable");
    auto* who = child<QComboBox>(&window, "queueOperator");
    CHECK(who->isVisible());
    CHECK_FALSE(table->isColumnHidden(WorkQueueModel::Operator));
    const int all = table->model()->rowCount();
    REQUIRE(all >= 3);
    const auto rowOf = [table](const QString& debtor) {
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 0).data(WorkQueueModel::DebtorIdRole) == debtor)
                return r;
        return -1;
    };
    REQUIRE(rowOf(theirs) >= 0);
    CHECK(table->model()->index(rowOf(theirs), WorkQueueModel::Operator).data().toString() ==
          o.f.operatorA2.displayName());
    // Bice's operator alone.
    const int index = who->findData(o.f.operatorA2.userId());
    REQUIRE(index > 0);
    who->setCurrentIndex(index);
    emit who->activated(index);
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(rowOf(theirs) == 0);
    CHECK(child<QLabel>(&window, "queueHeading")->text().contains(QStringLiteral("1 item")));
    who->setCurrentIndex(0);
    emit who->activated(0);
    CHECK(table->model()->rowCount() == all);
    // An operator has neither: the list is theirs.
    MainWindow operatorWindow(o.context());
    CHECK(child<QComboBox>(&operatorWindow, "queueOperator")->isHidden());
    CHECK(
        child<QTableView>(&operatorWindow, "queueTable")->isColumnHidden(WorkQueueModel::Operator));
}

TEST_CASE("Dates and times are typed as Italians type them, in both languages", "[ui][call][dates]")
{
    Office o;
    DebtorCardView card(o.t.db(), o.clock, o.f.operatorA1, o.reminder);
    o.activate(&card);
    CallWorkspace* call = o.startCall(&card);
    keys(call, Qt::Key_Y, Qt::AltModifier);
    keys(call, Qt::Key_N, Qt::AltModifier);
    choose(child<QComboBox>(call, "callOutcome"), QStringLiteral("callback_requested"));
    choose(child<QComboBox>(call, "callNextAction"), QStringLiteral("callback"));
    auto* nextAt = child<DateField>(call, "callNextAt");
    QLineEdit* text = nextAt->lineEdit();
    text->setFocus();
    text->selectAll();
    // An impossible day is named and nothing is saved.
    type(text, QStringLiteral("31/11/26 19:30"));
    keys(call, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(card.callWorkspace() == call);
    CHECK(child<QLabel>(call, "callError")->text().contains(QStringLiteral("no day 31")));
    CHECK(o.value(QStringLiteral("SELECT count(*) FROM interaction")).toInt() == 0);
    text->selectAll();
    type(text, QStringLiteral("30/11/26 19:30"));
    CHECK(nextAt->dateTime() == QDateTime(QDate(2026, 11, 30), QTime(19, 30)));
    keys(call, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(card.callWorkspace() == nullptr);
    CHECK(o.value(QStringLiteral("SELECT due_at FROM task WHERE kind = 'callback'")).toString() ==
          QStringLiteral("2026-11-30T18:30:00Z"));

    // In Italian, with dots: the same reading.
    REQUIRE(o.language.apply(QStringLiteral("it")));
    QApplication::processEvents();
    o.clock.set(o.clock.nowUtc().addDays(1));
    call = o.startCall(&card);
    auto* promise = child<DateField>(call, "callPromiseDate");
    promise->lineEdit()->setFocus();
    type(promise->lineEdit(), QStringLiteral("1.12.26"));
    CHECK(promise->date() == QDate(2026, 12, 1));
    CHECK(promise->problem().isEmpty());
    type(promise->lineEdit(), QStringLiteral("x"));
    CHECK(promise->problem().contains(QStringLiteral("non è una data")));
    REQUIRE(o.language.apply(QStringLiteral("en")));
}

TEST_CASE("Closing the card or quitting during a call asks first and loses nothing",
          "[ui][call][draft]")
{
    Office o;
    MainWindow window(o.context());
    o.activate(&window);
    DebtorCardView* card = window.openCard(o.reminder);
    CallWorkspace* call = o.startCall(card);
    keys(call, Qt::Key_N, Qt::AltModifier);
    const QString notes = QStringLiteral("Chiede di richiamare dopo le 18.");
    type(QApplication::focusWidget(), notes);
    auto* tabs = child<QTabWidget>(&window, "mainTabs");
    const int index = tabs->indexOf(card);
    REQUIRE(index >= 0);

    // "No": the card and its call stay.
    MessageBox::setNextAnswer(QMessageBox::No);
    emit tabs->tabCloseRequested(index);
    CHECK(MessageBox::lastText().contains(QStringLiteral("Rossi Remo")));
    REQUIRE(tabs->indexOf(card) == index);
    CHECK(card->callWorkspace() == call);
    // Quitting (Ctrl+Q closes the window) asks too.
    MessageBox::setNextAnswer(QMessageBox::No);
    CHECK_FALSE(window.close());
    CHECK(window.isVisible());

    // "Yes": the card goes, the draft stays, and the call comes back with the card.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    emit tabs->tabCloseRequested(index);
    QTRY_VERIFY(window.currentCard() == nullptr || window.currentCard()->debtorId() != o.reminder);
    CHECK(o.value(QStringLiteral("SELECT json_extract(payload, '$.notes') FROM call_draft"))
              .toString() == notes);
    DebtorCardView* again = window.openCard(o.reminder);
    REQUIRE(again->callWorkspace());
    CHECK(child<QPlainTextEdit>(again->callWorkspace(), "callNotes")->toPlainText() == notes);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    CHECK(window.close());
    CHECK(o.value(QStringLiteral("SELECT count(*) FROM call_draft")).toInt() == 1);
}

TEST_CASE("A payment-education letter goes to the outbox and the record", "[ui][message]")
{
    Office o;
    MainWindow window(o.context());
    o.activate(&window);
    DebtorCardView* card = window.openCard(o.reminder);
    QDialog* opened = nullptr;
    QObject::connect(card, &DebtorCardView::dialogOpened, [&](QDialog* d) { opened = d; });
    QTest::keyClick(card, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    auto* dialog = qobject_cast<MessageDialog*>(opened);
    REQUIRE(dialog);
    // No bill falls due for this debtor: the "bill due" message is greyed out, with why,
    // and the dialog does not start on it.
    auto* templates = child<QComboBox>(dialog, "messageTemplate");
    const int dueSoon = templates->findData(QStringLiteral("due_soon"));
    REQUIRE(dueSoon >= 0);
    CHECK_FALSE(qobject_cast<QStandardItemModel*>(templates->model())->item(dueSoon)->isEnabled());
    CHECK(templates->itemData(dueSoon, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("{next_due}")));
    CHECK(templates->currentIndex() != dueSoon);
    CHECK_FALSE(child<QPlainTextEdit>(dialog, "messageBody")
                    ->toPlainText()
                    .contains(QStringLiteral("non disponibile")));
    // The debtor's language is Italian: so is the message.
    choose(child<QComboBox>(dialog, "messageTemplate"), QStringLiteral("overdue_solutions"));
    CHECK(child<QPlainTextEdit>(dialog, "messageBody")
              ->toPlainText()
              .contains(QStringLiteral("gentile Rossi Remo, risultano 80,00")));
    choose(child<QComboBox>(dialog, "messageChannel"), QStringLiteral("letter"));
    CHECK(child<QPlainTextEdit>(dialog, "messageBody")
              ->toPlainText()
              .contains(QStringLiteral("risultano bollette scadute per 80,00")));
    child<QPushButton>(dialog, "messageOutbox")->click();
    CHECK(dialog->result().contains(QStringLiteral("recorded")));
    const QStringList files =
        QDir(o.outbox.filePath(QStringLiteral("outbox"))).entryList({QStringLiteral("*.pdf")});
    REQUIRE(files.size() == 1);
    const QString pdf = o.outbox.filePath(QStringLiteral("outbox/") + files.first());
    CHECK(o.value(QStringLiteral("SELECT outbox_path FROM message")).toString() == pdf);
    CHECK(o.value(QStringLiteral("SELECT purpose || '/' || channel FROM interaction")).toString() ==
          QStringLiteral("education/letter"));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        REQUIRE(text.waitForFinished(20000));
        const QString out = QString::fromUtf8(text.readAllStandardOutput());
        CHECK(out.contains(QStringLiteral("Rossi Remo")));
        CHECK(out.contains(QStringLiteral("Via Roma 1")));
        CHECK(out.contains(QStringLiteral("piano di rientro")));
    }
    CHECK(child<QTableView>(card, "cardMessages")->model()->rowCount() == 1);
    dialog->reject();

    // An opted-out number cannot receive the SMS: shown with the reason, nothing written.
    REQUIRE(o.t->execScript(QStringLiteral("UPDATE contact SET opt_out = 1")));
    card->reload();
    QTest::keyClick(card, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    dialog = qobject_cast<MessageDialog*>(opened);
    REQUIRE(dialog);
    choose(child<QComboBox>(dialog, "messageChannel"), QStringLiteral("sms"));
    CHECK(child<QLabel>(dialog, "messageBlocked")->text().contains(QStringLiteral("opted out")));
    CHECK_FALSE(child<QPushButton>(dialog, "messageOutbox")->isEnabled());
    CHECK_FALSE(child<QPushButton>(dialog, "messageCopy")->isEnabled());
    dialog->reject();
    CHECK(o.value(QStringLiteral("SELECT count(*) FROM message")).toInt() == 1);
}

TEST_CASE("Complaints are forwarded to the client and resolved from the card", "[ui][complaint]")
{
    Office o;
    ComplaintDraft d;
    d.debtorId = o.reminder;
    d.category = QStringLiteral("billing_error");
    d.description = QStringLiteral("Conguaglio doppio sulla bolletta");
    REQUIRE(InteractionRepository(o.t.db(), o.clock).openComplaint(o.f.operatorA1, d).ok());
    DebtorCardView card(o.t.db(), o.clock, o.f.operatorA1, o.reminder);
    o.activate(&card);
    QDialog* opened = nullptr;
    QObject::connect(&card, &DebtorCardView::dialogOpened, [&](QDialog* x) { opened = x; });
    auto* list = child<QTableView>(&card, "cardComplaints");
    list->setCurrentIndex(list->model()->index(0, 0));
    card.forwardComplaintAction()->trigger();
    CHECK(list->model()->index(0, 2).data().toString() ==
          QStringLiteral("forwarded to the client"));
    list->setCurrentIndex(list->model()->index(0, 0));
    card.resolveComplaintAction()->trigger();
    auto* resolve = qobject_cast<ResolveComplaintDialog*>(opened);
    REQUIRE(resolve);
    resolve->accept();
    CHECK(child<QLabel>(resolve, "resolveError")->text().contains(QStringLiteral("resolved")));
    type(child<QPlainTextEdit>(resolve, "resolveText"),
         QStringLiteral("Bolletta rettificata, nuovo importo"));
    resolve->accept();
    CHECK(resolve->result() == QDialog::Accepted);
    CHECK(
        o.value(QStringLiteral("SELECT status || ': ' || resolution FROM complaint")).toString() ==
        QStringLiteral("resolved: Bolletta rettificata, nuovo importo"));
    CHECK_FALSE(DebtorSummaryRepository(o.t.db()).get(o.f.operatorA1, o.reminder)->flags &
                FlagOnHold);
}

#include "storage/CallRepository.h"

#include <QRandomGenerator>

TEST_CASE("Killing the app mid-call loses no typed note", "[ui][call][draft][kill]")
{
    Office o;
    const QString text = QStringLiteral("Il debitore è in cassa integrazione da ottobre; "
                                        "propone 30 euro al mese, richiamare giovedì.");
    QRandomGenerator random(20261122);
    for (int run = 0; run < 3; ++run) {
        REQUIRE(o.t->execScript(QStringLiteral("DELETE FROM call_draft")));
        const int killAfter = 5 + random.bounded(int(text.size()) - 5);
        QProcess typist;
        typist.start(
            QStringLiteral(ASCOLTO_CALL_TYPIST),
            {o.t.path(), QStringLiteral("op.a1"), QStringLiteral("password-1"), o.reminder, text});
        REQUIRE(typist.waitForStarted(10000));
        int typed = 0;
        while (typed < killAfter) {
            if (!typist.canReadLine())
                REQUIRE(typist.waitForReadyRead(20000));
            while (typist.canReadLine())
                typed = typist.readLine().trimmed().toInt();
        }
        typist.kill(); // SIGKILL: no destructor, no save, no goodbye
        REQUIRE(typist.waitForFinished(10000));

        const auto drafts = CallRepository(o.t.db(), o.clock).drafts(o.f.operatorA1);
        REQUIRE(drafts.ok());
        REQUIRE(drafts->size() == 1);
        const QString notes = drafts->first().notes;
        INFO("run " << run << ", killed after " << typed << " characters");
        CHECK(notes.size() >= typed);
        CHECK(text.startsWith(notes));
        CHECK(drafts->first().identity == CallState::Identity::Confirmed);

        // Reopening the app brings the call back as it was.
        MainWindow window(o.context());
        REQUIRE(window.restoreCalls() == 1);
        CHECK(child<QPlainTextEdit>(window.currentCard()->callWorkspace(), "callNotes")
                  ->toPlainText() == notes);
    }
}

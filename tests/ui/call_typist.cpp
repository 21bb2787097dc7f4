// Test helper for draft recovery: opens a store, starts a call on a debtor's card and types
// notes one key at a time, printing how many characters it has typed, until it is killed.
// Usage: ascolto_call_typist STORE USERNAME PASSWORD DEBTOR_ID TEXT
#include "storage/Database.h"
#include "storage/UserRepository.h"
#include "ui/CallWorkspace.h"
#include "ui/DebtorCardView.h"

#include "domain/Clock.h"

#include <QApplication>
#include <QTest>

#include <cstdio>

using namespace ascolto;

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    auto* app = new QApplication(argc, argv); // never deleted: the process is killed
    Q_UNUSED(app);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 6)
        return 2;
    auto db = Database::open(args.at(1), QStringLiteral("typist"));
    if (!db)
        return 3;
    // A Monday morning, inside the contact window whatever day the test runs.
    FixedClock clock(QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::LocalTime));
    const auto session = UserRepository(*db.value(), clock).authenticate(args.at(2), args.at(3));
    if (!session)
        return 4;
    auto* card = new DebtorCardView(*db.value(), clock, session.value(), args.at(4));
    card->show();
    card->activateWindow();
    if (!QTest::qWaitForWindowActive(card))
        return 6;
    CallWorkspace* call = card->startCall(QStringLiteral("first_reminder"), true);
    if (!call)
        return 5;
    call->setFocus();
    QTest::keyClick(call, Qt::Key_Y, Qt::AltModifier);
    QTest::keyClick(call, Qt::Key_N, Qt::AltModifier);
    QWidget* notes = call->findChild<QWidget*>(QStringLiteral("callNotes"));
    const QString text = args.at(5);
    for (int i = 0; i < text.size(); ++i) {
        QTest::sendKeyEvent(QTest::Click, notes, Qt::Key_unknown, QString(text.at(i)),
                            Qt::NoModifier);
        QCoreApplication::processEvents();
        std::printf("%d\n", i + 1);
        std::fflush(stdout);
        QTest::qWait(5);
    }
    for (;;)
        QTest::qWait(100);
}

#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QVector>

#include <functional>

class QDialog;
class QLabel;
class QLineEdit;
class QTimer;
class QWidget;

namespace ascolto {

// Locks the workstation after a time without a key or a click (the client's
// idle_lock_minutes, 10 by default): every window of the application is covered, so no
// debtor's data stays on a screen left alone, and a dialog asks the logged-in user's
// password again. Nothing is closed or thrown away: a call being typed, an open plan or
// payment dialog, are exactly as they were once the password is given. Wrong passwords
// count like failed logins (LoginThrottle).
class IdleLock : public QObject
{
    Q_OBJECT

public:
    // `unlock` checks the password of the logged-in user (success or why not).
    using Unlocker = std::function<Status(const QString& password)>;

    IdleLock(const Clock& clock, int minutes, QString username, Unlocker unlock,
             QObject* parent = nullptr);
    ~IdleLock() override;

    int minutes() const { return m_minutes; }
    bool isLocked() const { return m_dialog != nullptr; }
    // The password prompt while locked (tests fill it in).
    QDialog* dialog() const { return m_dialog; }

    // Locks when the idle time has passed; its timer calls it every 15 seconds, tests after
    // moving their clock.
    void check();
    void lock();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void tryUnlock();
    void cover();
    void uncover();

    const Clock& m_clock;
    int m_minutes;
    QString m_username;
    Unlocker m_unlock;
    QTimer* m_timer;
    QDateTime m_lastActivity;
    QPointer<QDialog> m_dialog;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QVector<QPointer<QWidget>> m_covers;
};

} // namespace ascolto

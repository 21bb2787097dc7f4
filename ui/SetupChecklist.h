#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace ascolto {

class Clock;
class Database;
class Session;

// What an administrator does on a new store, in order: a client, its users, the client's
// files, the debtors assigned. Each step says how far it is and opens its screen; the
// checklist is also under Administration > Set-up checklist.
class SetupChecklist : public QDialog
{
    Q_OBJECT
public:
    SetupChecklist(Database& db, const Clock& clock, const Session& session,
                   QWidget* parent = nullptr);

    // Re-reads the store after a step's screen closed.
    void refresh();
    // True when every step is done.
    bool complete() const { return m_complete; }
    // The status text of a step: "client", "users", "files", "assignment".
    QString status(const QString& step) const;

signals:
    void clientsRequested();
    void usersRequested();
    void importRequested();
    void assignRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    Database& m_db;
    const Clock& m_clock;
    const Session& m_session;
    QLabel* m_intro;
    QLabel* m_titles[4];
    QLabel* m_states[4];
    QPushButton* m_buttons[4];
    QPushButton* m_close;
    bool m_complete = false;
};

} // namespace ascolto

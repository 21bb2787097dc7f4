#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace ascolto {

class Clock;
class Database;
class Session;

// Administration > Users: the firm's users with role, client and state; add an operator,
// team lead or administrator; deactivate (never delete) or reactivate; reset a password (the
// user chooses a new one at the next login). The rules are UserRepository's; problems show
// in the form.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    UsersDialog(Database& db, const Clock& clock, const Session& session,
                QWidget* parent = nullptr);

    // Selects the row of a user (tests, and after adding one).
    void selectUser(const QString& username);
    QString problem() const;

private:
    void reload();
    void add();
    void setActive(bool active);
    void resetPassword();
    QString selectedId() const;
    void showProblem(const QString& text);

    Database& m_db;
    const Clock& m_clock;
    const Session& m_session;
    QTableWidget* m_table;
    QLineEdit* m_username;
    QLineEdit* m_displayName;
    QComboBox* m_role;
    QComboBox* m_client;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
    QLabel* m_problem;
    QLabel* m_done;
};

} // namespace ascolto

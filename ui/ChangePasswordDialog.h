#pragma once

#include "domain/Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace ascolto {

// Asked at login when an administrator reset the user's password: the temporary password
// and a new one, twice. The change itself is the function passed in
// (UserRepository::changePassword in the app), whose refusal is shown in the form.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    using Change = std::function<Status(const QString& current, const QString& next)>;
    explicit ChangePasswordDialog(Change change, QWidget* parent = nullptr);
    QString problem() const;
    void accept() override;

private:
    Change m_change;
    QLineEdit* m_current;
    QLineEdit* m_next;
    QLineEdit* m_repeat;
    QLabel* m_problem;
};

} // namespace ascolto

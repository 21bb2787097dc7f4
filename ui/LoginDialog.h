#pragma once

#include "storage/Session.h"

#include "domain/Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace ascolto {

// Asks for user name and password and checks them with the given authenticator (the
// UserRepository in the app). On success session() is the logged-in user.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    using Authenticator = std::function<Result<Session>(const QString&, const QString&)>;

    LoginDialog(Authenticator authenticate, const QString& storeLabel, QWidget* parent = nullptr);

    const Session& session() const { return m_session; }
    void setUsername(const QString& username);

    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    Authenticator m_authenticate;
    Session m_session;
    QString m_storeLabel;
    QLabel* m_title;
    QLabel* m_storeInfo;
    QLabel* m_userLabel;
    QLabel* m_passwordLabel;
    QLineEdit* m_username;
    QLineEdit* m_password;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace ascolto

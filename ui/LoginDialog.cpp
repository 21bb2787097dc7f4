#include "LoginDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ascolto {

LoginDialog::LoginDialog(Authenticator authenticate, const QString& storeLabel, QWidget* parent)
    : QDialog(parent)
    , m_authenticate(std::move(authenticate))
    , m_storeLabel(storeLabel)
    , m_title(new QLabel(this))
    , m_storeInfo(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("LoginDialog"));
    m_username->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_error->setObjectName(QStringLiteral("loginError"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_storeInfo->setWordWrap(true);
    m_storeInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    auto* form = new QFormLayout;
    form->addRow(m_userLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_storeInfo);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_password, &QLineEdit::textEdited, m_error, &QLabel::hide);
    retranslate();
    setMinimumWidth(380);
}

void LoginDialog::setUsername(const QString& username)
{
    m_username->setText(username);
    if (username.isEmpty())
        m_username->setFocus();
    else
        m_password->setFocus();
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Ascolto - Log in"));
    m_title->setText(tr("Welcome to Ascolto"));
    m_storeInfo->setText(tr("Store: %1").arg(m_storeLabel));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_userLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void LoginDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::accept()
{
    if (m_username->text().trimmed().isEmpty()) {
        m_error->setText(tr("Enter your user name."));
        m_error->show();
        m_username->setFocus();
        return;
    }
    const auto result = m_authenticate(m_username->text(), m_password->text());
    if (!result) {
        m_error->setText(result.error());
        m_error->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_session = result.value();
    QDialog::accept();
}

} // namespace ascolto

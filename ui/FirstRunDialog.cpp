#include "FirstRunDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ascolto {

FirstRunDialog::FirstRunDialog(PasswordRule rule, QWidget* parent, NameRule nameRule)
    : QDialog(parent)
    , m_rule(std::move(rule))
    , m_nameRule(std::move(nameRule))
    , m_intro(new QLabel(this))
    , m_demo(new QRadioButton(this))
    , m_empty(new QRadioButton(this))
    , m_userLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_repeatLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("FirstRunDialog"));
    m_demo->setObjectName(QStringLiteral("choiceDemo"));
    m_empty->setObjectName(QStringLiteral("choiceEmpty"));
    m_username->setObjectName(QStringLiteral("adminUsername"));
    m_password->setObjectName(QStringLiteral("adminPassword"));
    m_repeat->setObjectName(QStringLiteral("adminPasswordRepeat"));
    m_error->setObjectName(QStringLiteral("firstRunError"));
    m_intro->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_username->setText(QStringLiteral("admin"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_demo->setChecked(true);

    auto* form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(m_userLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_repeatLabel, m_repeat);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_demo);
    layout->addWidget(m_empty);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    connect(m_empty, &QRadioButton::toggled, this, &FirstRunDialog::updateEnabled);
    retranslate();
    updateEnabled();
    setMinimumWidth(460);
}

void FirstRunDialog::retranslate()
{
    setWindowTitle(tr("Ascolto - First start"));
    m_intro->setText(tr("There is no Ascolto store on this workstation yet. How do you want "
                        "to start?"));
    m_demo->setText(tr("Open the &demo portfolio (a fictional multiutility with 2,000 debtors)"));
    m_empty->setText(tr("Start with an &empty store and create the administrator"));
    m_userLabel->setText(tr("Administrator:"));
    m_passwordLabel->setText(tr("Password:"));
    m_repeatLabel->setText(tr("Repeat password:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
}

void FirstRunDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FirstRunDialog::updateEnabled()
{
    const bool empty = m_empty->isChecked();
    for (QWidget* w :
         {static_cast<QWidget*>(m_username), static_cast<QWidget*>(m_password),
          static_cast<QWidget*>(m_repeat), static_cast<QWidget*>(m_userLabel),
          static_cast<QWidget*>(m_passwordLabel), static_cast<QWidget*>(m_repeatLabel)})
        w->setEnabled(empty);
    m_error->hide();
}

FirstRunDialog::Value FirstRunDialog::value() const
{
    Value v;
    v.choice = m_empty->isChecked() ? Choice::Empty : Choice::Demo;
    v.adminUsername = m_username->text().trimmed();
    v.adminPassword = m_password->text();
    return v;
}

void FirstRunDialog::accept()
{
    if (m_empty->isChecked()) {
        QString problem;
        if (m_username->text().trimmed().isEmpty())
            problem = tr("Enter the administrator's user name.");
        else if (m_nameRule && !(problem = m_nameRule(m_username->text().trimmed())).isEmpty())
            ;
        else if (m_rule && !(problem = m_rule(m_password->text())).isEmpty())
            ;
        else if (m_password->text() != m_repeat->text())
            problem = tr("The two passwords differ.");
        if (!problem.isEmpty()) {
            m_error->setText(problem);
            m_error->show();
            return;
        }
    }
    QDialog::accept();
}

} // namespace ascolto

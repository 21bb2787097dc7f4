#include "ChangePasswordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ascolto {

ChangePasswordDialog::ChangePasswordDialog(Change change, QWidget* parent)
    : QDialog(parent)
    , m_change(std::move(change))
{
    setObjectName(QStringLiteral("ChangePasswordDialog"));
    setWindowTitle(tr("Choose a new password"));
    auto* intro = new QLabel(tr("Your password was reset by an administrator. Choose a new one "
                                "to go on."));
    intro->setWordWrap(true);
    const auto field = [](const char* name) {
        auto* e = new QLineEdit;
        e->setObjectName(QLatin1String(name));
        e->setEchoMode(QLineEdit::Password);
        return e;
    };
    m_current = field("current");
    m_next = field("next");
    m_repeat = field("repeat");
    auto* form = new QFormLayout;
    form->addRow(tr("Temporary password"), m_current);
    form->addRow(tr("New password"), m_next);
    form->addRow(tr("Repeat it"), m_repeat);
    m_problem = new QLabel;
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

QString ChangePasswordDialog::problem() const
{
    return m_problem->text();
}

void ChangePasswordDialog::accept()
{
    if (m_next->text() != m_repeat->text()) {
        m_problem->setText(tr("The two new passwords differ."));
        m_repeat->setFocus();
        return;
    }
    const Status s = m_change(m_current->text(), m_next->text());
    if (!s) {
        m_problem->setText(s.error());
        return;
    }
    QDialog::accept();
}

} // namespace ascolto

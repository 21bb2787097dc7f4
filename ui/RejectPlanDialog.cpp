#include "RejectPlanDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ascolto {

RejectPlanDialog::RejectPlanDialog(const QString& title, Reject reject, QWidget* parent)
    : QDialog(parent)
    , m_reject(std::move(reject))
    , m_reason(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("rejectPlanDialog"));
    setWindowTitle(title);
    auto* label = new QLabel(tr("Why is the plan rejected? The operator will tell the debtor "
                                "and agree another one."),
                             this);
    label->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    m_reason->setTabChangesFocus(true);
    m_error->setObjectName(QStringLiteral("rejectError"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Reject"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RejectPlanDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void RejectPlanDialog::accept()
{
    if (const Status s = m_reject(m_reason->toPlainText()); !s) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace ascolto

#include "ReassignDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ascolto {

ReassignDialog::ReassignDialog(int selected, const QVector<QPair<QString, QString>>& operators,
                               const QString& currentOperator, Apply apply, QWidget* parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
    , m_selected(new QRadioButton(tr("The %n selected debtor(s)", nullptr, selected), this))
    , m_all(new QRadioButton(
          tr("Every debtor of %1 (an absence, a departure)").arg(currentOperator), this))
    , m_operator(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_allOffered(!currentOperator.isEmpty())
{
    setObjectName(QStringLiteral("reassignDialog"));
    setWindowTitle(tr("Hand debtors over to another operator"));
    m_selected->setObjectName(QStringLiteral("reassignSelected"));
    m_all->setObjectName(QStringLiteral("reassignAll"));
    m_operator->setObjectName(QStringLiteral("reassignOperator"));
    m_note->setObjectName(QStringLiteral("reassignNote"));
    m_error->setObjectName(QStringLiteral("reassignError"));
    m_selected->setChecked(true);
    m_all->setVisible(m_allOffered);
    for (const auto& [id, name] : operators) {
        if (name != currentOperator)
            m_operator->addItem(name, id);
    }
    m_note->setPlaceholderText(
        tr("What the new interlocutor needs to know before the first call: the situation, "
           "what was agreed, how the debtor prefers to be contacted."));
    m_note->setTabChangesFocus(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* intro = new QLabel(tr("Continuity is the method: hand a debtor over only when their "
                                "interlocutor cannot follow them, and tell the next one what "
                                "they need to know. Open callbacks and calls follow the debtor; "
                                "what was done stays with who did it."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Debtors:"), m_selected);
    form->addRow(QString(), m_all);
    form->addRow(tr("New interlocutor:"), m_operator);
    form->addRow(tr("Handover note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Hand over"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReassignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void ReassignDialog::accept()
{
    const auto show = [this](const QString& text) {
        m_error->setText(text);
        m_error->show();
    };
    if (m_operator->currentIndex() < 0)
        return show(tr("The client has no other active operator to hand them to."));
    if (m_note->toPlainText().trimmed().isEmpty())
        return show(tr("Write the handover note: the next interlocutor reads it before the "
                       "first call."));
    const auto moved = m_apply(m_operator->currentData().toString(), m_note->toPlainText(),
                               m_allOffered && m_all->isChecked());
    if (!moved)
        return show(moved.error());
    m_result = tr("%n debtor(s) handed over to %1.", nullptr, moved.value())
                   .arg(m_operator->currentText());
    QDialog::accept();
}

} // namespace ascolto

#include "InteractionDialog.h"

#include "itemmodels/CodeText.h"
#include "itemmodels/PortfolioModel.h"
#include "storage/InteractionRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ascolto {

namespace {
QLabel* errorLabel(QWidget* parent, const char* name)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QLatin1String(name));
    l->setStyleSheet(QStringLiteral("color: #b3261e;"));
    l->setWordWrap(true);
    l->hide();
    return l;
}
} // namespace

InteractionDialog::InteractionDialog(QString debtorId, const QString& debtorName,
                                     const QString& purpose, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_debtorId(std::move(debtorId))
    , m_submit(std::move(submit))
    , m_channel(new QComboBox(this))
    , m_purpose(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_emotion(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_error(errorLabel(this, "interactionError"))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("InteractionDialog"));
    setWindowTitle(tr("Record a conversation - %1").arg(debtorName));
    m_channel->setObjectName(QStringLiteral("interactionChannel"));
    m_purpose->setObjectName(QStringLiteral("interactionPurpose"));
    m_outcome->setObjectName(QStringLiteral("interactionOutcome"));
    m_emotion->setObjectName(QStringLiteral("interactionEmotion"));
    m_reason->setObjectName(QStringLiteral("interactionReason"));
    m_notes->setObjectName(QStringLiteral("interactionNotes"));
    for (const QString& c : InteractionRepository::channels())
        m_channel->addItem(CodeText::interactionChannel(c), c);
    for (const QString& c : InteractionRepository::purposes())
        m_purpose->addItem(CodeText::purpose(c), c);
    m_purpose->setCurrentIndex(std::max(0, m_purpose->findData(purpose)));
    for (const QString& c : InteractionRepository::outcomes())
        m_outcome->addItem(CodeText::outcome(c), c);
    m_emotion->addItem(tr("(not recognised)"), QString());
    for (const QString& c : InteractionRepository::emotions())
        m_emotion->addItem(CodeText::emotion(c), c);
    m_reason->addItem(tr("(not discussed)"), QString());
    for (const QString& c : InteractionRepository::nonpaymentReasons())
        m_reason->addItem(CodeText::nonpaymentReason(c), c);
    m_notes->setPlaceholderText(tr("What you heard, in the debtor's words where it matters"));
    auto* form = new QFormLayout;
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Purpose:"), m_purpose);
    form->addRow(tr("Outcome:"), m_outcome);
    form->addRow(tr("Emotion:"), m_emotion);
    form->addRow(tr("Reason for non-payment:"), m_reason);
    form->addRow(tr("Notes:"), m_notes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &InteractionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &InteractionDialog::reject);
    setMinimumWidth(460);
}

InteractionDraft InteractionDialog::draft() const
{
    InteractionDraft d;
    d.debtorId = m_debtorId;
    d.channel = m_channel->currentData().toString();
    d.purpose = m_purpose->currentData().toString();
    d.outcome = m_outcome->currentData().toString();
    d.emotion = m_emotion->currentData().toString();
    d.nonpaymentReason = m_reason->currentData().toString();
    d.notes = m_notes->toPlainText();
    return d;
}

void InteractionDialog::accept()
{
    const Status saved = m_submit ? m_submit(draft()) : Status::success();
    if (!saved) {
        m_error->setText(saved.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

ComplaintDialog::ComplaintDialog(QString debtorId, const QString& debtorName,
                                 const QVector<InvoiceRecord>& bills, Submit submit,
                                 QWidget* parent)
    : QDialog(parent)
    , m_debtorId(std::move(debtorId))
    , m_submit(std::move(submit))
    , m_category(new QComboBox(this))
    , m_bills(new QListWidget(this))
    , m_description(new QPlainTextEdit(this))
    , m_error(errorLabel(this, "complaintError"))
{
    setObjectName(QStringLiteral("ComplaintDialog"));
    setWindowTitle(tr("Complaint for the client - %1").arg(debtorName));
    m_category->setObjectName(QStringLiteral("complaintCategory"));
    m_bills->setObjectName(QStringLiteral("complaintBills"));
    m_description->setObjectName(QStringLiteral("complaintDescription"));
    for (const QString& c : InteractionRepository::complaintCategories())
        m_category->addItem(CodeText::complaintCategory(c), c);
    const QLocale locale;
    for (const InvoiceRecord& b : bills) {
        auto* item = new QListWidgetItem(
            tr("%1, due %2").arg(b.number, locale.toString(b.dueDate, QLocale::ShortFormat)),
            m_bills);
        item->setData(Qt::UserRole, b.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_bills->setMaximumHeight(140);
    m_description->setPlaceholderText(
        tr("What went wrong with the service, as the debtor tells it"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open complaint"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* form = new QFormLayout;
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Bills concerned:"), m_bills);
    form->addRow(tr("Description:"), m_description);
    auto* note = new QLabel(tr("The bills concerned are put on hold: no reminders and no formal "
                               "notice until the complaint is resolved."),
                            this);
    note->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ComplaintDialog::reject);
    setMinimumWidth(460);
}

ComplaintDraft ComplaintDialog::draft() const
{
    ComplaintDraft d;
    d.debtorId = m_debtorId;
    d.category = m_category->currentData().toString();
    d.description = m_description->toPlainText();
    for (int i = 0; i < m_bills->count(); ++i)
        if (m_bills->item(i)->checkState() == Qt::Checked)
            d.invoiceIds << m_bills->item(i)->data(Qt::UserRole).toString();
    return d;
}

void ComplaintDialog::accept()
{
    const Status saved = m_submit ? m_submit(draft()) : Status::success();
    if (!saved) {
        m_error->setText(saved.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace ascolto

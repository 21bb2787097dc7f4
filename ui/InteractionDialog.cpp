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

ResolveComplaintDialog::ResolveComplaintDialog(const ComplaintRecord& complaint, Submit submit,
                                               QWidget* parent)
    : QDialog(parent)
    , m_submit(std::move(submit))
    , m_resolution(new QPlainTextEdit(this))
    , m_error(errorLabel(this, "resolveError"))
{
    setObjectName(QStringLiteral("ResolveComplaintDialog"));
    setWindowTitle(tr("Complaint resolved"));
    auto* what =
        new QLabel(QStringLiteral("%1: %2").arg(CodeText::complaintCategory(complaint.category),
                                                complaint.description),
                   this);
    what->setWordWrap(true);
    m_resolution->setObjectName(QStringLiteral("resolveText"));
    m_resolution->setPlaceholderText(tr("How the client resolved it (e.g. bill corrected)"));
    m_resolution->setTabChangesFocus(true);
    auto* note = new QLabel(tr("When no complaint of the debtor stays open, the bills leave "
                               "dispute hold and reminders resume."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Resolved"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResolveComplaintDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResolveComplaintDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(m_resolution);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void ResolveComplaintDialog::accept()
{
    const Status saved = m_submit(m_resolution->toPlainText());
    if (!saved) {
        m_error->setText(saved.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace ascolto

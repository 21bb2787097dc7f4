#include "PaymentDialog.h"

#include "DateField.h"

#include "itemmodels/CodeText.h"
#include "storage/PaymentRepository.h"

#include "domain/PaymentAllocator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace ascolto {

PaymentDialog::PaymentDialog(QString debtorId, const QString& debtorName,
                             QVector<InvoiceRecord> openBills, const QDate& today, Submit submit,
                             QVector<PlanRecord> activePlans, QWidget* parent)
    : QDialog(parent)
    , m_debtorId(std::move(debtorId))
    , m_bills(std::move(openBills))
    , m_today(today)
    , m_submit(std::move(submit))
    , m_amount(new QLineEdit(this))
    , m_date(new DateField(DateField::Mode::Date, this))
    , m_channel(new QComboBox(this))
    , m_reference(new QLineEdit(this))
    , m_oldest(new QRadioButton(tr("Oldest bill first"), this))
    , m_chosen(new QRadioButton(tr("Bills I choose"), this))
    , m_toPlan(new QRadioButton(tr("Installments of the repayment plan"), this))
    , m_plan(new QComboBox(this))
    , m_plans(std::move(activePlans))
    , m_billList(new QListWidget(this))
    , m_credit(new QCheckBox(tr("Keep any excess as a credit on account"), this))
    , m_preview(new QLabel(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("PaymentDialog"));
    setWindowTitle(tr("Record payment - %1").arg(debtorName));
    m_amount->setObjectName(QStringLiteral("paymentAmount"));
    m_date->setObjectName(QStringLiteral("paymentDate"));
    m_channel->setObjectName(QStringLiteral("paymentChannel"));
    m_reference->setObjectName(QStringLiteral("paymentReference"));
    m_oldest->setObjectName(QStringLiteral("allocOldest"));
    m_chosen->setObjectName(QStringLiteral("allocChosen"));
    m_toPlan->setObjectName(QStringLiteral("allocPlan"));
    m_plan->setObjectName(QStringLiteral("paymentPlan"));
    m_billList->setObjectName(QStringLiteral("paymentBills"));
    m_credit->setObjectName(QStringLiteral("paymentCredit"));
    m_preview->setObjectName(QStringLiteral("paymentPreview"));
    m_error->setObjectName(QStringLiteral("paymentError"));
    m_amount->setPlaceholderText(tr("e.g. 125,50"));
    m_date->setToday(today);
    m_date->setRequired(true);
    m_date->setDate(today);
    for (const QString& code : PaymentRepository::channels())
        m_channel->addItem(CodeText::paymentChannel(code), code);
    m_oldest->setChecked(true);
    const QLocale locale;
    for (const InvoiceRecord& b : m_bills) {
        auto* item =
            new QListWidgetItem(tr("%1, due %2: %3 to pay")
                                    .arg(b.number, locale.toString(b.dueDate, QLocale::ShortFormat),
                                         b.outstanding().format(locale)),
                                m_billList);
        item->setData(Qt::UserRole, b.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_billList->setEnabled(false);
    for (const PlanRecord& p : std::as_const(m_plans)) {
        int open = 0;
        for (const InstallmentRecord& i : p.installments)
            open += i.status != QLatin1String("paid") ? 1 : 0;
        m_plan->addItem(tr("Plan of %1 from %2, %n installment(s) to pay", nullptr, open)
                            .arg((p.total - p.discount).format(locale),
                                 locale.toString(p.firstDue, QLocale::ShortFormat)),
                        p.id);
    }
    m_toPlan->setEnabled(!m_plans.isEmpty());
    m_plan->setEnabled(false);
    m_plan->setVisible(!m_plans.isEmpty());
    m_billList->setMaximumHeight(140);
    m_preview->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Reference:"), m_reference);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Allocate to:"), this));
    layout->addWidget(m_oldest);
    layout->addWidget(m_chosen);
    layout->addWidget(m_billList);
    layout->addWidget(m_toPlan);
    layout->addWidget(m_plan);
    layout->addWidget(m_credit);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);
    connect(m_amount, &QLineEdit::textChanged, this, &PaymentDialog::updatePreview);
    connect(m_date, &DateField::changed, this, &PaymentDialog::updatePreview);
    connect(m_chosen, &QRadioButton::toggled, this, [this](bool on) {
        m_billList->setEnabled(on);
        updatePreview();
    });
    connect(m_billList, &QListWidget::itemChanged, this, &PaymentDialog::updatePreview);
    connect(m_toPlan, &QRadioButton::toggled, this, [this](bool on) {
        m_plan->setEnabled(on);
        updatePreview();
    });
    connect(m_plan, &QComboBox::currentIndexChanged, this, &PaymentDialog::updatePreview);
    connect(m_credit, &QCheckBox::toggled, this, &PaymentDialog::updatePreview);
    updatePreview();
    setMinimumWidth(480);
}

PaymentDraft PaymentDialog::draft() const
{
    PaymentDraft d;
    check(&d);
    return d;
}

QString PaymentDialog::check(PaymentDraft* d) const
{
    d->debtorId = m_debtorId;
    d->paidOn = m_date->date();
    d->channel = m_channel->currentData().toString();
    d->reference = m_reference->text().trimmed();
    d->allowCredit = m_credit->isChecked();
    d->invoiceIds.clear();
    d->planId = m_toPlan->isChecked() ? m_plan->currentData().toString() : QString();
    if (m_chosen->isChecked())
        for (int i = 0; i < m_billList->count(); ++i)
            if (m_billList->item(i)->checkState() == Qt::Checked)
                d->invoiceIds << m_billList->item(i)->data(Qt::UserRole).toString();
    if (m_amount->text().trimmed().isEmpty())
        return tr("Enter the amount paid.");
    const auto amount = Money::parse(m_amount->text());
    if (!amount)
        return amount.error();
    d->amount = amount.value();
    if (d->amount <= Money())
        return tr("The amount must be greater than zero.");
    if (const QString problem = m_date->problem(); !problem.isEmpty())
        return tr("Date: %1").arg(problem);
    if (d->paidOn > m_today)
        return tr("The payment date cannot be in the future.");
    if (m_chosen->isChecked() && d->invoiceIds.isEmpty())
        return tr("Tick the bills this payment settles.");
    return {};
}

void PaymentDialog::updatePreview()
{
    PaymentDraft d;
    QString error = check(&d);
    QString preview;
    if (error.isEmpty()) {
        QVector<PaymentAllocator::OpenItem> items;
        QStringList order = d.invoiceIds;
        QHash<QString, QString> names;
        const QLocale locale;
        if (!d.planId.isEmpty()) {
            for (const PlanRecord& p : std::as_const(m_plans))
                if (p.id == d.planId)
                    for (const InstallmentRecord& i : p.installments)
                        if (i.status != QLatin1String("paid") && i.paid < i.amount) {
                            const QString key = QString::number(i.seq);
                            items.push_back({key, i.dueDate, i.amount - i.paid});
                            order << key;
                            names.insert(key, tr("installment %1").arg(i.seq));
                        }
        } else {
            for (const InvoiceRecord& b : m_bills) {
                items.push_back({b.id, b.dueDate, b.outstanding()});
                names.insert(b.id, b.number);
            }
        }
        const auto plan = PaymentAllocator::allocate(d.amount, items, order, d.allowCredit);
        if (!plan) {
            error = plan.error();
        } else {
            QStringList parts;
            for (const auto& a : plan->allocations)
                for (const auto& item : std::as_const(items))
                    if (item.id == a.id)
                        parts << (a.amount == item.outstanding
                                      ? tr("%1 (settled)").arg(names.value(a.id))
                                      : tr("%1 (%2 of %3)")
                                            .arg(names.value(a.id), a.amount.format(locale),
                                                 item.outstanding.format(locale)));
            preview = parts.isEmpty() ? QString()
                                      : tr("Settles: %1").arg(parts.join(QStringLiteral(", ")));
            if (plan->credit > Money())
                preview += (preview.isEmpty() ? QString() : QStringLiteral("\n")) +
                           tr("Credit on account: %1").arg(plan->credit.format(locale));
        }
    }
    m_preview->setText(preview);
    m_preview->setVisible(!preview.isEmpty());
    m_error->setText(error);
    // An empty amount is not an error yet: the operator has not typed it.
    m_error->setVisible(!error.isEmpty() && !m_amount->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
}

void PaymentDialog::accept()
{
    PaymentDraft d;
    const QString error = check(&d);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->setVisible(true);
        return;
    }
    const Status saved = m_submit ? m_submit(d) : Status::success();
    if (!saved) {
        m_error->setText(saved.error());
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace ascolto

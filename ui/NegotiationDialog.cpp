#include "NegotiationDialog.h"

#include "DateField.h"
#include "MessageBox.h"

#include "itemmodels/InvoiceListModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

namespace ascolto {

namespace {
QLineEdit* moneyEdit(QWidget* parent, const char* name, const QString& placeholder = QString())
{
    auto* e = new QLineEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setPlaceholderText(placeholder.isEmpty() ? QStringLiteral("0,00") : placeholder);
    return e;
}

// Empty means zero; anything else must be an amount.
QString readAmount(const QLineEdit* e, const QString& what, Money* out)
{
    *out = Money();
    if (e->text().trimmed().isEmpty())
        return {};
    const auto m = Money::parse(e->text());
    if (!m)
        return QStringLiteral("%1: %2").arg(what, m.error());
    if (m->isNegative())
        return NegotiationDialog::tr("%1 cannot be negative").arg(what);
    *out = m.value();
    return {};
}
} // namespace

NegotiationDialog::NegotiationDialog(QString debtorId, const QString& debtorName,
                                     const QVector<InvoiceRecord>& openBills,
                                     const MandateRules& rules, const QDate& today, Submit submit,
                                     QWidget* parent)
    : QDialog(parent)
    , m_debtorId(std::move(debtorId))
    , m_bills(openBills)
    , m_rules(rules)
    , m_today(today)
    , m_submit(std::move(submit))
    , m_billList(new QListWidget(this))
    , m_total(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_discount(moneyEdit(this, "planDiscount", tr("amount or percentage, e.g. 10%")))
    , m_downPayment(moneyEdit(this, "planDownPayment"))
    , m_byCount(new QRadioButton(tr("Number of installments"), this))
    , m_byAmount(new QRadioButton(tr("Amount of each installment"), this))
    , m_count(new QSpinBox(this))
    , m_target(moneyEdit(this, "planTarget"))
    , m_frequency(new QComboBox(this))
    , m_firstDue(new DateField(DateField::Mode::Date, this))
    , m_members(new QSpinBox(this))
    , m_income(moneyEdit(this, "householdIncome"))
    , m_schedule(new QTableView(this))
    , m_scheduleModel(new RowListModel(this))
    , m_affordability(new QLabel(this))
    , m_checks(new QLabel(this))
    , m_override(new QLineEdit(this))
    , m_notes(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("NegotiationDialog"));
    setWindowTitle(tr("Repayment plan - %1").arg(debtorName));
    m_billList->setObjectName(QStringLiteral("planBills"));
    m_total->setObjectName(QStringLiteral("planTotal"));
    m_kind->setObjectName(QStringLiteral("planKind"));
    m_byCount->setObjectName(QStringLiteral("planByCount"));
    m_byAmount->setObjectName(QStringLiteral("planByAmount"));
    m_count->setObjectName(QStringLiteral("planCount"));
    m_frequency->setObjectName(QStringLiteral("planFrequency"));
    m_firstDue->setObjectName(QStringLiteral("planFirstDue"));
    m_members->setObjectName(QStringLiteral("householdMembers"));
    m_schedule->setObjectName(QStringLiteral("planSchedule"));
    m_affordability->setObjectName(QStringLiteral("planAffordability"));
    m_checks->setObjectName(QStringLiteral("planChecks"));
    m_override->setObjectName(QStringLiteral("planOverride"));
    m_notes->setObjectName(QStringLiteral("planNotes"));
    m_error->setObjectName(QStringLiteral("planError"));

    const QLocale locale;
    for (const InvoiceRecord& b : m_bills) {
        auto* item =
            new QListWidgetItem(tr("%1, due %2: %3")
                                    .arg(b.number, locale.toString(b.dueDate, QLocale::ShortFormat),
                                         b.outstanding().format(locale)),
                                m_billList);
        item->setData(Qt::UserRole, b.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // Default: every overdue bill; bills not yet due can be added.
        item->setCheckState(b.dueDate < today ? Qt::Checked : Qt::Unchecked);
    }
    m_billList->setMaximumHeight(120);
    m_kind->addItem(tr("Repayment plan"), QStringLiteral("installments"));
    m_kind->addItem(tr("Settlement, single payment"), QStringLiteral("settlement"));
    m_kind->addItem(tr("Settlement in installments"), QStringLiteral("settlement_installments"));
    m_byCount->setChecked(true);
    m_count->setRange(1, 120);
    m_count->setValue(std::min(6, rules.maxInstallments));
    m_target->setEnabled(false);
    m_frequency->addItem(tr("monthly"), QStringLiteral("monthly"));
    m_frequency->addItem(tr("every two weeks"), QStringLiteral("biweekly"));
    m_firstDue->setToday(today); // a first due date in the past is PlanCalculator's refusal
    m_firstDue->setRequired(true);
    m_firstDue->setDate(today.addDays(14));
    m_members->setRange(1, 20);
    m_members->setValue(1);
    m_schedule->setModel(m_scheduleModel);
    m_schedule->verticalHeader()->hide();
    m_schedule->horizontalHeader()->setStretchLastSection(true);
    m_schedule->setMinimumWidth(360);
    m_affordability->setWordWrap(true);
    m_checks->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_override->setPlaceholderText(tr("Why go ahead although the household cannot afford it"));
    m_notes->setPlaceholderText(tr("Notes of the negotiation"));

    auto* planForm = new QFormLayout;
    planForm->addRow(tr("Bills:"), m_billList);
    planForm->addRow(tr("Total:"), m_total);
    planForm->addRow(tr("Proposal:"), m_kind);
    planForm->addRow(tr("Discount:"), m_discount);
    planForm->addRow(tr("Down payment:"), m_downPayment);
    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_byCount);
    countRow->addWidget(m_count);
    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(m_byAmount);
    amountRow->addWidget(m_target);
    planForm->addRow(countRow);
    planForm->addRow(amountRow);
    planForm->addRow(tr("Frequency:"), m_frequency);
    planForm->addRow(tr("First due date:"), m_firstDue);
    auto* planBox = new QGroupBox(tr("Proposal"), this);
    planBox->setLayout(planForm);

    auto* household = new QFormLayout;
    household->addRow(tr("Household members:"), m_members);
    household->addRow(tr("Net monthly income:"), m_income);
    const QStringList expenseNames = {tr("Housing:"),   tr("Utilities:"), tr("Food:"),
                                      tr("Transport:"), tr("Health:"),    tr("Other debts:")};
    const char* names[] = {"expenseHousing",   "expenseUtilities", "expenseFood",
                           "expenseTransport", "expenseHealth",    "expenseOtherDebts"};
    for (int i = 0; i < expenseNames.size(); ++i) {
        auto* e = moneyEdit(this, names[i]);
        m_expenses.push_back(e);
        household->addRow(expenseNames.at(i), e);
    }
    auto* householdBox = new QGroupBox(tr("What the household can afford"), this);
    householdBox->setLayout(household);

    auto* left = new QVBoxLayout;
    left->addWidget(planBox);
    left->addWidget(householdBox);
    auto* right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Schedule:"), this));
    right->addWidget(m_schedule, 1);
    right->addWidget(m_affordability);
    right->addWidget(m_checks);
    right->addWidget(m_override);
    right->addWidget(m_notes);
    right->addWidget(m_error);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Confirm plan"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NegotiationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NegotiationDialog::reject);

    connect(m_billList, &QListWidget::itemChanged, this, &NegotiationDialog::update);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &NegotiationDialog::update);
    connect(m_byCount, &QRadioButton::toggled, this, [this](bool on) {
        m_count->setEnabled(on);
        m_target->setEnabled(!on);
        update();
    });
    connect(m_count, &QSpinBox::valueChanged, this, &NegotiationDialog::update);
    connect(m_frequency, &QComboBox::currentIndexChanged, this, &NegotiationDialog::update);
    connect(m_firstDue, &DateField::changed, this, &NegotiationDialog::update);
    connect(m_members, &QSpinBox::valueChanged, this, &NegotiationDialog::update);
    for (QLineEdit* e : {m_discount, m_downPayment, m_target, m_income})
        connect(e, &QLineEdit::textChanged, this, &NegotiationDialog::update);
    for (QLineEdit* e : std::as_const(m_expenses))
        connect(e, &QLineEdit::textChanged, this, &NegotiationDialog::update);
    update();
    m_initialInputs = inputs();
    resize(980, 640);
}

QStringList NegotiationDialog::inputs() const
{
    QStringList v;
    for (int i = 0; i < m_billList->count(); ++i)
        v << QString::number(m_billList->item(i)->checkState());
    v << m_kind->currentData().toString() << QString::number(m_byCount->isChecked())
      << QString::number(m_count->value()) << m_frequency->currentData().toString()
      << m_firstDue->lineEdit()->text() << QString::number(m_members->value());
    for (const QLineEdit* e : {m_discount, m_downPayment, m_target, m_income, m_override, m_notes})
        v << e->text();
    for (const QLineEdit* e : m_expenses)
        v << e->text();
    return v;
}

void NegotiationDialog::reject()
{
    if (inputs() != m_initialInputs &&
        MessageBox::question(this, tr("New plan"),
                             tr("Close without saving the plan? What you typed is lost.")) !=
            QMessageBox::Yes)
        return;
    QDialog::reject();
}

QString NegotiationDialog::readDraft(PlanDraft* d) const
{
    d->debtorId = m_debtorId;
    d->kind = m_kind->currentData().toString();
    d->invoiceIds.clear();
    Money total;
    for (int i = 0; i < m_billList->count(); ++i)
        if (m_billList->item(i)->checkState() == Qt::Checked) {
            d->invoiceIds << m_billList->item(i)->data(Qt::UserRole).toString();
            for (const InvoiceRecord& b : m_bills)
                if (b.id == d->invoiceIds.last())
                    total += b.outstanding();
        }
    PlanCalculator::Request& r = d->request;
    r = PlanCalculator::Request();
    r.total = total;
    const auto discount = PlanCalculator::parseDiscount(m_discount->text(), total);
    if (!discount)
        return discount.error();
    r.discount = *discount;
    if (QString e = readAmount(m_downPayment, tr("Down payment"), &r.downPayment); !e.isEmpty())
        return e;
    if (d->kind == QLatin1String("settlement")) {
        r.installments = 1;
    } else if (m_byCount->isChecked()) {
        r.installments = m_count->value();
    } else if (QString e = readAmount(m_target, tr("Installment amount"), &r.targetInstallment);
               !e.isEmpty()) {
        return e;
    }
    r.frequency = m_frequency->currentData().toString() == QLatin1String("biweekly")
                      ? PlanCalculator::Frequency::Biweekly
                      : PlanCalculator::Frequency::Monthly;
    if (const QString problem = m_firstDue->problem(); !problem.isEmpty())
        return tr("First due date: %1").arg(problem);
    r.firstDue = m_firstDue->date();
    d->hasHousehold = !m_income->text().trimmed().isEmpty();
    d->household.members = m_members->value();
    if (QString e = readAmount(m_income, tr("Income"), &d->household.netMonthlyIncome);
        !e.isEmpty())
        return e;
    Money* targets[] = {&d->household.housing,   &d->household.utilities, &d->household.food,
                        &d->household.transport, &d->household.health,    &d->household.otherDebts};
    for (int i = 0; i < m_expenses.size(); ++i)
        if (QString e = readAmount(m_expenses[i], tr("Expenses"), targets[i]); !e.isEmpty())
            return e;
    d->overrideReason = m_override->text().trimmed();
    d->notes = m_notes->text().trimmed();
    if (d->invoiceIds.isEmpty())
        return tr("Tick the bills the plan covers.");
    return {};
}

PlanDraft NegotiationDialog::draft() const
{
    PlanDraft d;
    readDraft(&d);
    return d;
}

QString NegotiationDialog::checksText() const
{
    return m_checks->text();
}

void NegotiationDialog::update()
{
    const QLocale locale;
    PlanDraft d;
    QString error = readDraft(&d);
    m_total->setText(d.request.total.format(locale));
    QVector<QStringList> rows;
    m_affordability->clear();
    m_checks->clear();
    bool unaffordable = false;
    std::optional<PlanCalculator::Affordability> unaffordableBy;
    if (error.isEmpty()) {
        const auto schedule = PlanCalculator::schedule(d.request, m_today);
        if (!schedule) {
            error = schedule.error().section(QStringLiteral(": "), 1);
        } else {
            for (const auto& line : schedule->lines)
                rows.push_back(
                    {line.seq == 0 ? tr("down payment") : QString::number(line.seq),
                     locale.toString(line.due, QLocale::ShortFormat) +
                         (line.due != line.nominal
                              ? tr(" (moved from %1)")
                                    .arg(locale.toString(line.nominal, QLocale::ShortFormat))
                              : QString()),
                     line.amount.format(locale)});
            rows.push_back(
                {tr("total"),
                 tr("ends %1").arg(locale.toString(schedule->endDate, QLocale::ShortFormat)),
                 schedule->payable.format(locale)});
            if (d.hasHousehold) {
                const auto a = PlanCalculator::affordability(d.household, m_rules.protectedMinimum,
                                                             schedule.value(), d.request.frequency);
                unaffordable = !a.affordable;
                if (unaffordable)
                    unaffordableBy = a;
                const QString range =
                    a.maxMonthly >= m_rules.minInstallment
                        ? tr("Feasible installments: from %1 to %2 a month.")
                              .arg(m_rules.minInstallment.format(locale),
                                   a.maxMonthly.format(locale))
                        : tr("No installment within the client's minimum (%1) is affordable: "
                             "consider a settlement or a review.")
                              .arg(m_rules.minInstallment.format(locale));
                m_affordability->setText(
                    tr("Disposable income %1 after essential expenses; protected minimum for %n "
                       "person(s) %2; the household can pay up to %3 a month. This plan asks %4 "
                       "a month%5.",
                       nullptr, d.household.members)
                        .arg(a.disposable.format(locale), a.protectedMinimum.format(locale),
                             a.maxMonthly.format(locale), a.requestedMonthly.format(locale),
                             a.affordable ? QString() : tr(": NOT affordable")) +
                    QLatin1Char('\n') + range);
            } else {
                m_affordability->setText(tr("Fill in the household's income and expenses to check "
                                            "what it can afford."));
            }
            const auto mandate = PlanCalculator::checkMandate(d.request, schedule.value(), m_rules);
            QStringList lines;
            for (const QString& p : mandate.problems)
                lines << tr("Not possible: %1").arg(p);
            for (const QString& p : mandate.approvalReasons)
                lines << tr("Waits for approval: %1").arg(p);
            if (unaffordableBy)
                lines << tr("Waits for approval: %1")
                             .arg(PlanCalculator::affordabilityApprovalText(
                                 unaffordableBy->requestedMonthly, unaffordableBy->maxMonthly));
            if (lines.isEmpty())
                lines << tr("Within the client's mandate and your authority.");
            m_checks->setText(lines.join(QLatin1Char('\n')));
            m_checks->setStyleSheet(mandate.ok() ? QString() : QStringLiteral("color: #b3261e;"));
        }
    }
    m_scheduleModel->setRows({tr("#"), tr("Due"), tr("Amount")}, rows);
    m_schedule->resizeColumnsToContents();
    m_override->setVisible(unaffordable);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void NegotiationDialog::accept()
{
    PlanDraft d;
    const QString error = readDraft(&d);
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    const auto saved = m_submit ? m_submit(d) : Result<QString>(QString());
    if (!saved) {
        m_error->setText(saved.error());
        m_error->show();
        return;
    }
    m_result = saved.value();
    QDialog::accept();
}

} // namespace ascolto

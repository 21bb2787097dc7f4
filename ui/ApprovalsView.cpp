#include "ApprovalsView.h"

#include "DateField.h"
#include "MessageBox.h"
#include "RejectPlanDialog.h"

#include "io/PlanLetter.h"
#include "itemmodels/CodeText.h"
#include "storage/DebtorCardQuery.h"

#include "domain/Clock.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ascolto {

namespace {

QString percent(qint64 bp)
{
    return PlanCalculator::percentText(bp) + QStringLiteral(" %");
}

QString proposalText(const PlanRepository::Approval& a)
{
    const QLocale locale;
    return ApprovalsView::tr("%n installment(s) of %1 from %2", nullptr, a.installments)
        .arg(a.installment.format(locale), locale.toString(a.firstDue, QLocale::ShortFormat));
}

} // namespace

ApprovalsView::ApprovalsView(Database& db, const Clock& clock, Session session, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_clock(clock)
    , m_session(std::move(session))
    , m_heading(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_details(new QLabel(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_amend(new QPushButton(this))
    , m_open(new QPushButton(this))
    , m_reviewed(new QPushButton(this))
{
    setObjectName(QStringLiteral("ApprovalsView"));
    m_heading->setObjectName(QStringLiteral("approvalsHeading"));
    m_table->setObjectName(QStringLiteral("approvalsTable"));
    m_details->setObjectName(QStringLiteral("approvalDetails"));
    m_approve->setObjectName(QStringLiteral("approvalApprove"));
    m_reject->setObjectName(QStringLiteral("approvalReject"));
    m_amend->setObjectName(QStringLiteral("approvalAmend"));
    m_open->setObjectName(QStringLiteral("approvalOpenCard"));
    m_reviewed->setObjectName(QStringLiteral("approvalReviewed"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_table->setColumnCount(6);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ApprovalsView::showSelected);
    connect(m_table, &QTableWidget::activated, this, [this] {
        if (const auto* a = selected())
            emit debtorActivated(a->debtorId);
    });
    connect(m_approve, &QPushButton::clicked, this, &ApprovalsView::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalsView::rejectSelected);
    connect(m_amend, &QPushButton::clicked, this, &ApprovalsView::amendSelected);
    connect(m_reviewed, &QPushButton::clicked, this, &ApprovalsView::markSelectedReviewed);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const auto* a = selected())
            emit debtorActivated(a->debtorId);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addStretch(1);
    buttons->addWidget(m_reviewed);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_amend);
    buttons->addWidget(m_approve);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_details, 2);
    layout->addLayout(buttons);
    retranslate();
}

const PlanRepository::Approval* ApprovalsView::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

void ApprovalsView::reload()
{
    const QString keep = selected() ? selected()->planId : QString();
    const auto items = PlanRepository(m_db, m_clock).approvals(m_session);
    m_items = items ? *items : QVector<PlanRepository::Approval>();
    const QLocale locale;
    m_table->setRowCount(int(m_items.size()));
    int select = m_items.isEmpty() ? -1 : 0;
    for (int r = 0; r < m_items.size(); ++r) {
        const PlanRepository::Approval& a = m_items.at(r);
        QStringList why;
        if (a.discountBp > a.rules.operatorDiscountBp)
            why << tr("discount %1 (operators: %2)")
                       .arg(percent(a.discountBp), percent(a.rules.operatorDiscountBp));
        if (!a.overrideReason.isEmpty())
            why << tr("above what the household can afford");
        if (a.renegotiation)
            why << tr("renegotiation");
        QString reason = a.problem.isEmpty() ? why.join(QStringLiteral("; "))
                                             : tr("cannot be approved as it is: %1").arg(a.problem);
        if (a.broken)
            reason = tr("broken on %1 (%n installment(s) missed): to review", nullptr, a.missed)
                         .arg(locale.toString(a.brokenOn, QLocale::ShortFormat));
        const QStringList cells{
            locale.toString(a.proposedAt.toLocalTime().date(), QLocale::ShortFormat),
            a.debtorName,
            a.operatorName,
            proposalText(a),
            a.discount.isZero() ? QString() : a.discount.format(locale),
            reason};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(r, c, item);
        }
        if (a.planId == keep)
            select = r;
    }
    m_heading->setText(items ? tr("<b>Waiting for your decision</b> — %n plan(s), oldest "
                                  "first; broken plans to review last",
                                  nullptr, int(m_items.size()))
                             : items.error().toHtmlEscaped());
    if (select >= 0)
        m_table->selectRow(select);
    showSelected();
}

void ApprovalsView::showSelected()
{
    const PlanRepository::Approval* a = selected();
    for (QPushButton* b : {m_approve, m_reject, m_amend, m_open, m_reviewed})
        b->setEnabled(a != nullptr);
    if (!a) {
        m_details->setText(tr("Nothing waits for your decision."));
        return;
    }
    m_approve->setEnabled(a->problem.isEmpty() && !a->broken);
    m_reject->setEnabled(!a->broken);
    m_amend->setEnabled(!a->broken);
    m_reviewed->setEnabled(a->broken);
    m_approve->setToolTip(a->problem.isEmpty()
                              ? QString()
                              : tr("Cannot be approved as it is: %1. Amend it.").arg(a->problem));
    const QLocale locale;
    const MandateRules& m = a->rules;
    QString html = QStringLiteral("<table cellspacing='6'><tr><th align='left'>%1</th><th "
                                  "align='left'>%2</th><th align='left'>%3</th></tr>")
                       .arg(tr("The proposal"), tr("The client's mandate"), tr("The household"));
    QStringList proposal{
        tr("%1 of %2 (%3)")
            .arg(CodeText::planKind(a->kind), a->debtorName.toHtmlEscaped(), a->customerCode),
        tr("Debt covered: %1").arg(a->total.format(locale)),
        tr("Discount: %1 (%2)").arg(a->discount.format(locale), percent(a->discountBp)),
        tr("Down payment: %1").arg(a->downPayment.format(locale)),
        proposalText(*a).toHtmlEscaped(),
        tr("Proposed by %1 on %2")
            .arg(a->operatorName.toHtmlEscaped(),
                 locale.toString(a->proposedAt.toLocalTime(), QLocale::ShortFormat))};
    if (a->renegotiation && !a->broken)
        proposal << tr("Renegotiates the plan in force, which stays until this is approved");
    if (a->broken)
        proposal << tr("<b>Broken on %1</b>: %n installment(s) missed, %2 paid before it broke. "
                       "Open the card to renegotiate with the debtor, or mark it reviewed.",
                       nullptr, a->missed)
                        .arg(locale.toString(a->brokenOn, QLocale::ShortFormat),
                             a->paid.format(locale));
    const QStringList mandate{
        tr("Operators grant up to %1").arg(percent(m.operatorDiscountBp)),
        tr("Team leads up to %1").arg(percent(m.teamLeadDiscountBp)),
        tr("At most %n installment(s)", nullptr, m.maxInstallments),
        tr("Installments of at least %1").arg(m.minInstallment.format(locale)),
        tr("At most %n month(s)", nullptr, m.maxPlanMonths)};
    QStringList household;
    if (a->hasHousehold) {
        household << tr("%n member(s)", nullptr, a->members)
                  << tr("Net income: %1 a month").arg(a->income.format(locale))
                  << tr("Essential costs: %1").arg(a->expenses.format(locale))
                  << tr("Can pay up to %1 a month").arg(a->maxMonthly.format(locale));
        if (!a->affordable)
            household << tr("<b>Above what they can afford.</b> The operator's reason: %1")
                             .arg(a->overrideReason.toHtmlEscaped());
    } else {
        household << tr("Not assessed with the debtor");
    }
    html += QStringLiteral("<tr><td valign='top'>%1</td><td valign='top'>%2</td><td "
                           "valign='top'>%3</td></tr></table>")
                .arg(proposal.join(QStringLiteral("<br>")), mandate.join(QStringLiteral("<br>")),
                     household.join(QStringLiteral("<br>")));
    if (!a->problem.isEmpty())
        html += QStringLiteral("<p style='color:#b3261e'>%1</p>")
                    .arg(tr("Cannot be approved as it is: %1. Amend it, or reject it.")
                             .arg(a->problem.toHtmlEscaped()));
    m_details->setText(html);
}

void ApprovalsView::confirmed(const QString& planId, const QString& debtorId, const QString& what)
{
    reload();
    emit changed();
    const auto card = DebtorCardQuery(m_db, m_clock).load(m_session, debtorId);
    const auto letter = card ? PlanLetter::writeForPlan(m_db, m_clock, *card, planId, m_lettersDir)
                             : Result<QString>(card.status());
    if (!letter) {
        MessageBox::warning(this, tr("The letter to the debtor"), letter.error());
        emit notice(what);
        return;
    }
    emit notice(tr("%1 Letter: %2").arg(what, QDir::toNativeSeparators(*letter)));
}

void ApprovalsView::approveSelected()
{
    const PlanRepository::Approval* a = selected();
    if (!a)
        return;
    const PlanRepository::Approval item = *a;
    const Status s = PlanRepository(m_db, m_clock)
                         .decide(m_session, item.planId, PlanRepository::Decision::Approve);
    if (!s) {
        MessageBox::warning(this, tr("Approve the plan"), s.error());
        return;
    }
    confirmed(item.planId, item.debtorId,
              tr("Plan of %1 approved: %2 is told.").arg(item.debtorName, item.operatorName));
}

void ApprovalsView::rejectSelected()
{
    const PlanRepository::Approval* a = selected();
    if (!a)
        return;
    const PlanRepository::Approval item = *a;
    auto* dialog = new RejectPlanDialog(
        tr("Reject the plan of %1").arg(item.debtorName),
        [this, item](const QString& reason) {
            return PlanRepository(m_db, m_clock)
                .decide(m_session, item.planId, PlanRepository::Decision::Reject, reason);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, item] {
        reload();
        emit changed();
        emit notice(
            tr("Plan of %1 rejected: %2 is told why.").arg(item.debtorName, item.operatorName));
    });
    emit dialogOpened(dialog);
    dialog->open();
}

void ApprovalsView::amendSelected()
{
    const PlanRepository::Approval* a = selected();
    if (!a)
        return;
    const PlanRepository::Approval item = *a;
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("amendPlanDialog"));
    dialog->setWindowTitle(tr("Amend the plan of %1").arg(item.debtorName));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* count = new QSpinBox(dialog);
    count->setObjectName(QStringLiteral("amendInstallments"));
    count->setRange(1, qMax(1, item.rules.maxInstallments));
    count->setValue(item.installments);
    count->setEnabled(item.frequency != QLatin1String("single"));
    auto* discount = new QLineEdit(item.discount.formatPlain(QLocale(), false), dialog);
    discount->setObjectName(QStringLiteral("amendDiscount"));
    discount->setPlaceholderText(tr("amount or percentage, e.g. 10%"));
    auto* firstDue = new DateField(DateField::Mode::Date, dialog);
    firstDue->setObjectName(QStringLiteral("amendFirstDue"));
    firstDue->setToday(m_clock.today());
    firstDue->setRequired(true);
    firstDue->setDate(item.firstDue >= m_clock.today() ? item.firstDue
                                                       : m_clock.today().addDays(7));
    auto* preview = new QLabel(dialog);
    preview->setObjectName(QStringLiteral("amendPreview"));
    preview->setWordWrap(true);
    auto* error = new QLabel(dialog);
    error->setObjectName(QStringLiteral("amendError"));
    error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    error->setWordWrap(true);
    error->hide();
    const auto update = [=] {
        const auto d = PlanCalculator::parseDiscount(discount->text(), item.total);
        PlanCalculator::Request r;
        r.total = item.total;
        r.discount = d ? *d : Money();
        r.downPayment = item.downPayment;
        r.installments = count->value();
        r.frequency = item.frequency == QLatin1String("biweekly")
                          ? PlanCalculator::Frequency::Biweekly
                          : PlanCalculator::Frequency::Monthly;
        r.firstDue = firstDue->date();
        const auto schedule = PlanCalculator::schedule(r, m_clock.today());
        const QLocale locale;
        if (!d)
            preview->setText(d.error());
        else if (!schedule)
            preview->setText(schedule.error());
        else
            preview->setText(
                tr("The debtor pays %1: %n installment(s) of %2 until %3; discount %4 (%5).",
                   nullptr, schedule->installmentCount)
                    .arg(schedule->payable.format(locale), schedule->installment.format(locale),
                         locale.toString(schedule->endDate, QLocale::ShortFormat),
                         r.discount.format(locale),
                         percent(PlanCalculator::discountBp(r.total, r.discount))));
    };
    connect(count, &QSpinBox::valueChanged, dialog, update);
    connect(discount, &QLineEdit::textChanged, dialog, update);
    connect(firstDue, &DateField::changed, dialog, update);
    update();
    auto* form = new QFormLayout;
    form->addRow(tr("Installments:"), count);
    form->addRow(tr("Discount:"), discount);
    form->addRow(tr("First installment on:"), firstDue);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Amend and approve"));
    auto* layout = new QVBoxLayout(dialog);
    auto* intro = new QLabel(tr("Within your authority (up to %1 discount) the amended plan is in "
                                "force at once; %2 is told what changed and confirms it to the "
                                "debtor.")
                                 .arg(percent(item.rules.teamLeadDiscountBp), item.operatorName),
                             dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(preview);
    layout->addWidget(error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [=] {
        const auto d = PlanCalculator::parseDiscount(discount->text(), item.total);
        QString problem = d ? firstDue->problem() : d.error();
        Result<QString> amended = QString();
        if (problem.isEmpty()) {
            amended = PlanRepository(m_db, m_clock)
                          .amend(m_session, item.planId, {count->value(), *d, firstDue->date()});
            if (!amended)
                problem = amended.error();
        }
        if (!problem.isEmpty()) {
            error->setText(problem);
            error->show();
            return;
        }
        dialog->accept();
        confirmed(*amended, item.debtorId,
                  tr("Plan of %1 amended and approved: %2 is told what changed.")
                      .arg(item.debtorName, item.operatorName));
    });
    dialog->resize(520, dialog->sizeHint().height());
    emit dialogOpened(dialog);
    dialog->open();
}

void ApprovalsView::markSelectedReviewed()
{
    const PlanRepository::Approval* a = selected();
    if (!a || !a->broken)
        return;
    const QString debtor = a->debtorName;
    const Status s = PlanRepository(m_db, m_clock).markReviewed(m_session, a->planId);
    if (!s) {
        MessageBox::warning(this, tr("Review the broken plan"), s.error());
        return;
    }
    reload();
    emit changed();
    emit notice(tr("Broken plan of %1 reviewed.").arg(debtor));
}

void ApprovalsView::retranslate()
{
    m_table->setHorizontalHeaderLabels({tr("Proposed"), tr("Debtor"), tr("Operator"),
                                        tr("Proposal"), tr("Discount"), tr("Why it waits")});
    m_approve->setText(tr("Approve"));
    m_reject->setText(tr("Reject…"));
    m_amend->setText(tr("Amend…"));
    m_open->setText(tr("Open the card"));
    m_reviewed->setText(tr("Reviewed"));
    m_reviewed->setToolTip(tr("The broken plan was looked at: its review leaves the list"));
    reload();
}

void ApprovalsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ascolto

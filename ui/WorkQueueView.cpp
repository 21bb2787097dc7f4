#include "WorkQueueView.h"

#include "itemmodels/WorkQueueModel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ascolto {

WorkQueueView::WorkQueueView(WorkQueueModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_heading(new QLabel(this))
    , m_operator(new QComboBox(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("WorkQueueView"));
    m_heading->setObjectName(QStringLiteral("queueHeading"));
    m_table->setObjectName(QStringLiteral("queueTable"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    m_heading->setFont(f);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(WorkQueueModel::What, 150);
    m_table->setColumnWidth(WorkQueueModel::Debtor, 200);
    // With the operator column the reason gives up room, so that at 1366x768 the operator's
    // name is whole (truncated cells still show their text on hover).
    const bool operators = m_model->showsOperators();
    m_table->setColumnWidth(WorkQueueModel::Reason, operators ? 430 : 520);
    m_table->setColumnWidth(WorkQueueModel::Amount, 100);
    m_table->setColumnWidth(WorkQueueModel::Status, operators ? 170 : 200);
    // A team lead sees whose debtor each line is, and may look at one operator's day.
    m_operator->setObjectName(QStringLiteral("queueOperator"));
    m_operator->setVisible(operators);
    m_table->setColumnHidden(WorkQueueModel::Operator, !operators);
    fillOperators();
    connect(m_operator, &QComboBox::activated, this,
            [this] { m_model->setOperatorFilter(m_operator->currentData().toString()); });
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_operator);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit debtorActivated(index.data(WorkQueueModel::DebtorIdRole).toString());
    });
    auto* call = new QAction(this);
    call->setObjectName(QStringLiteral("actionQueueCall"));
    call->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    call->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(call);
    connect(call, &QAction::triggered, this, [this] {
        const QModelIndex index = m_table->currentIndex();
        if (!index.isValid())
            return;
        const QString purpose = index.data(WorkQueueModel::PurposeRole).toString();
        const bool callback = index.data(WorkQueueModel::CallbackRole).toBool();
        if (!index.data(WorkQueueModel::CallRole).toBool()) // approvals, reviews: the card
            emit debtorActivated(index.data(WorkQueueModel::DebtorIdRole).toString());
        else
            emit callRequested(index.data(WorkQueueModel::DebtorIdRole).toString(), purpose,
                               callback, index.data(WorkQueueModel::TaskRole).toString());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &WorkQueueView::updateHeading);
    updateHeading();
}

void WorkQueueView::fillOperators()
{
    const QSignalBlocker block(m_operator);
    m_operator->clear();
    m_operator->addItem(tr("All operators"), QString());
    for (const auto& [id, name] : m_model->operators())
        m_operator->addItem(name, id);
    m_operator->setCurrentIndex(qMax(0, m_operator->findData(m_model->operatorFilter())));
}

void WorkQueueView::reload()
{
    m_model->reload();
}

void WorkQueueView::updateHeading()
{
    const int total = m_model->rowCount();
    const int blocked = m_model->blockedCount();
    // A list that stopped at its limit says so instead of passing for the whole day's work.
    m_heading->setText(
        (m_model->isFull() ? tr("Today: the %n most urgent item(s); there are more, which come "
                                "up as these are done",
                                nullptr, total)
                           : tr("Today: %n item(s)", nullptr, total)) +
        (blocked > 0
             ? QStringLiteral(", ") + tr("%n blocked by the contact rules", nullptr, blocked)
             : QString()));
}

void WorkQueueView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->retranslate();
        fillOperators();
        updateHeading();
    }
    QWidget::changeEvent(event);
}

} // namespace ascolto

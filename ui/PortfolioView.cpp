#include "PortfolioView.h"

#include "itemmodels/PortfolioModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ascolto {

PortfolioView::PortfolioView(PortfolioModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_heading(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("PortfolioView"));
    m_heading->setObjectName(QStringLiteral("portfolioHeading"));
    m_table->setObjectName(QStringLiteral("portfolioTable"));
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    m_heading->setFont(f);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Fixed row heights: no per-row measuring over a big list.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(PortfolioModel::Name, 240);
    m_table->setColumnWidth(PortfolioModel::CustomerCode, 100);
    m_table->setColumnWidth(PortfolioModel::City, 170);
    m_table->setColumnWidth(PortfolioModel::Outstanding, 110);
    m_table->setColumnWidth(PortfolioModel::Overdue, 110);
    m_table->setColumnWidth(PortfolioModel::DaysOverdue, 110);
    m_table->setColumnWidth(PortfolioModel::Operator, 130);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_heading);
    layout->addWidget(m_table);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit debtorActivated(index.data(PortfolioModel::DebtorIdRole).toString());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PortfolioView::retranslate);
    retranslate();
}

void PortfolioView::reload()
{
    m_model->reload();
}

void PortfolioView::retranslate()
{
    m_heading->setText(tr("Portfolio: %n debtor(s)", nullptr, m_model->totalCount()));
}

void PortfolioView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace ascolto

#include "EvaluationsView.h"

#include "itemmodels/EvaluationListModel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace ascolto {

EvaluationsView::EvaluationsView(EvaluationListModel* model, bool forTeamLead, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_forTeamLead(forTeamLead)
    , m_heading(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("EvaluationsView"));
    m_heading->setObjectName(QStringLiteral("evaluationsHeading"));
    m_table->setObjectName(QStringLiteral("evaluationsTable"));
    m_heading->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EvaluationListModel::Debtor,
                                                      QHeaderView::Stretch);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(EvaluationListModel::EvaluationIdRole).toString();
        if (!id.isEmpty())
            emit evaluationActivated(id);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);
    updateHeading();
}

void EvaluationsView::reload(int waiting)
{
    m_waiting = waiting;
    m_model->reload();
    updateHeading();
}

void EvaluationsView::updateHeading()
{
    QString text =
        tr("<b>Evaluations of calls</b> — %n evaluation(s)", nullptr, m_model->rowCount());
    if (m_waiting > 0)
        text += QStringLiteral(" — ") +
                (m_forTeamLead ? tr("%n dispute(s) to answer", nullptr, m_waiting)
                               : tr("%n to acknowledge or dispute", nullptr, m_waiting));
    if (!m_model->error().isEmpty())
        text += QStringLiteral("<br>") + m_model->error().toHtmlEscaped();
    m_heading->setText(text);
    m_table->setToolTip(tr("Enter or double-click opens the evaluation"));
}

void EvaluationsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_model->reload();
        updateHeading();
    }
    QWidget::changeEvent(event);
}

} // namespace ascolto

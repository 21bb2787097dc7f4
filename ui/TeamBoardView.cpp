#include "TeamBoardView.h"

#include "itemmodels/TeamBoardModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ascolto {

TeamBoardView::TeamBoardView(TeamBoardModel* model, const QVector<QPair<QString, QString>>& clients,
                             QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_heading(new QLabel(this))
    , m_client(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_refresh(new QToolButton(this))
    , m_absences(new QToolButton(this))
    , m_error(new QLabel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("TeamBoardView"));
    m_client->setObjectName(QStringLiteral("boardClient"));
    m_period->setObjectName(QStringLiteral("boardPeriod"));
    m_refresh->setObjectName(QStringLiteral("boardRefresh"));
    m_absences->setObjectName(QStringLiteral("boardAbsences"));
    m_table->setObjectName(QStringLiteral("boardTable"));
    m_error->setObjectName(QStringLiteral("boardError"));
    m_heading->setObjectName(QStringLiteral("boardHeading"));
    for (const auto& [id, name] : clients)
        m_client->addItem(name, id);
    // A team lead has one client: the combo would offer no choice.
    m_client->setVisible(clients.size() > 1);
    for (int i = 0; i <= int(TeamKpi::PeriodKind::PreviousMonth); ++i)
        m_period->addItem(QString(), i);
    m_period->setCurrentIndex(int(TeamKpi::PeriodKind::Month));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();

    m_table->setModel(m_model);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_table, &QTableView::activated, this, &TeamBoardView::drillInto);

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_client);
    top->addWidget(m_period);
    top->addWidget(m_refresh);
    top->addWidget(m_absences);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    connect(m_model, &TeamBoardModel::loaded, this, &TeamBoardView::showState);
    connect(m_client, &QComboBox::currentIndexChanged, this, &TeamBoardView::reload);
    connect(m_period, &QComboBox::currentIndexChanged, this, &TeamBoardView::reload);
    connect(m_refresh, &QToolButton::clicked, this, &TeamBoardView::reload);
    connect(m_absences, &QToolButton::clicked, this, &TeamBoardView::absencesRequested);
    retranslate();
}

void TeamBoardView::reload()
{
    m_stale = !isVisible();
    if (m_stale)
        return;
    const QString clientId = m_client->currentData().toString();
    if (clientId.isEmpty())
        return;
    m_model->load(clientId, TeamKpi::PeriodKind(m_period->currentData().toInt()));
    showState();
}

void TeamBoardView::showState()
{
    const QString error = m_model->isLoading() ? QString() : m_model->error();
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    const TeamKpi::Period p = m_model->period();
    const QLocale locale;
    QString heading = tr("<b>Team board</b> — %1, %2 to %3")
                          .arg(m_client->currentText().toHtmlEscaped(),
                               locale.toString(p.from, QLocale::ShortFormat),
                               locale.toString(p.to.addDays(-1), QLocale::ShortFormat));
    if (m_model->isLoading())
        heading += QStringLiteral(" — ") + tr("reading the figures…");
    m_heading->setText(heading);
}

void TeamBoardView::drillInto(const QModelIndex& index)
{
    const auto drill = m_model->drill(index);
    if (!drill)
        return;
    if (TeamKpi::drillTarget(m_model->figure(index.row())) == TeamKpi::Drill::Calls)
        emit callsRequested(*drill);
    else
        emit debtorsRequested(*drill);
}

void TeamBoardView::retranslate()
{
    m_period->setItemText(0, tr("Today"));
    m_period->setItemText(1, tr("This week"));
    m_period->setItemText(2, tr("This month"));
    m_period->setItemText(3, tr("Last month"));
    m_refresh->setText(tr("Refresh"));
    m_absences->setText(tr("Absences and backups…"));
    m_absences->setToolTip(tr("Who is away, and which colleague covers their debtors meanwhile"));
    m_table->setToolTip(tr("Double-click an operator's figure for the debtors or calls behind "
                           "it; hover a row's name for its definition."));
    reload();
}

void TeamBoardView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void TeamBoardView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ascolto

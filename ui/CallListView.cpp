#include "CallListView.h"

#include "itemmodels/CallListModel.h"
#include "itemmodels/CodeText.h"
#include "storage/InteractionRepository.h"

#include "domain/CallOutcome.h"
#include "domain/Clock.h"
#include "domain/TeamKpi.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace ascolto {

namespace {

enum Period
{
    Today,
    ThisWeek,
    ThisMonth,
    Last90Days,
    Always
};

} // namespace

CallListView::CallListView(CallListModel* model, const QVector<QPair<QString, QString>>& operators,
                           const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_clock(clock)
    , m_heading(new QLabel(this))
    , m_operator(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_purpose(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_emotion(new QComboBox(this))
    , m_satisfaction(new QComboBox(this))
    , m_review(new QComboBox(this))
    , m_chip(new QToolButton(this))
    , m_score(new QPushButton(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("CallListView"));
    m_operator->setObjectName(QStringLiteral("callsOperator"));
    m_period->setObjectName(QStringLiteral("callsPeriod"));
    m_purpose->setObjectName(QStringLiteral("callsPurpose"));
    m_outcome->setObjectName(QStringLiteral("callsOutcome"));
    m_emotion->setObjectName(QStringLiteral("callsEmotion"));
    m_satisfaction->setObjectName(QStringLiteral("callsSatisfaction"));
    m_review->setObjectName(QStringLiteral("callsReview"));
    m_emotion->addItem(QString(), QString());
    for (const QString& e : InteractionRepository::emotions())
        m_emotion->addItem(QString(), e);
    for (int i = 0; i < 3; ++i) {
        m_satisfaction->addItem(QString(), i);
        m_review->addItem(QString(), i);
    }
    m_chip->setObjectName(QStringLiteral("callsDrill"));
    m_score->setObjectName(QStringLiteral("callsScore"));
    m_score->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_table->setObjectName(QStringLiteral("callsTable"));
    m_heading->setObjectName(QStringLiteral("callsHeading"));

    m_operator->addItem(QString(), QString());
    for (const auto& [id, name] : operators)
        m_operator->addItem(name, id);
    for (int i = Today; i <= Always; ++i)
        m_period->addItem(QString(), i);
    m_period->setCurrentIndex(ThisMonth);
    m_purpose->addItem(QString(), QString());
    for (const QString& p : InteractionRepository::purposes())
        m_purpose->addItem(QString(), p);
    m_outcome->addItem(QString(), QString());
    for (const QString& o : CallOutcome::all())
        m_outcome->addItem(QString(), o);
    m_chip->hide();
    connect(m_chip, &QToolButton::clicked, this, [this] {
        m_drill.reset();
        m_chip->hide();
        applyFilter();
    });

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Calls are read a page at a time: sizing to the contents reads the fetched rows only.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CallListModel::Debtor, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    const auto open = [this](const QModelIndex& index) {
        const QString id = index.data(CallListModel::DebtorIdRole).toString();
        if (!id.isEmpty())
            emit debtorActivated(id);
    };
    connect(m_table, &QTableView::activated, this, open);

    // Two rows, so that the list fits a 1366-pixel screen in both languages: the filters,
    // then the board's chip and the action.
    auto* filters = new QHBoxLayout;
    for (QComboBox* c :
         {m_operator, m_period, m_purpose, m_outcome, m_emotion, m_satisfaction, m_review}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(12);
        filters->addWidget(c);
    }
    filters->addStretch(1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_chip);
    actions->addStretch(1);
    actions->addWidget(m_score);
    connect(m_score, &QPushButton::clicked, this, [this] {
        const QModelIndex index = m_table->currentIndex();
        const QString id = index.sibling(index.row(), 0).data(CallListModel::CallIdRole).toString();
        if (!id.isEmpty())
            emit reviewRequested(id);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    for (QComboBox* c :
         {m_operator, m_period, m_purpose, m_outcome, m_emotion, m_satisfaction, m_review})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                applyFilter();
        });
    retranslate();
}

void CallListView::showDrill(const TeamDrill& drill)
{
    m_filling = true;
    m_operator->setCurrentIndex(0);
    m_period->setCurrentIndex(Always); // the drill carries its own period
    m_purpose->setCurrentIndex(0);
    m_outcome->setCurrentIndex(0);
    m_emotion->setCurrentIndex(0);
    m_satisfaction->setCurrentIndex(0);
    m_review->setCurrentIndex(0);
    m_filling = false;
    m_drill = drill;
    m_chip->setText(drill.caption + QStringLiteral("  ") + QChar(0x2715));
    m_chip->setToolTip(tr("Remove this filter"));
    m_chip->show();
    applyFilter();
}

void CallListView::applyFilter()
{
    CallFilter f;
    f.operatorId = m_operator->currentData().toString();
    const QDate today = m_clock.today();
    switch (m_period->currentData().toInt()) {
    // The board's periods (TeamKpi): the week from Monday, the month from the 1st.
    case Today:
        f.from = TeamKpi::period(TeamKpi::PeriodKind::Today, today).from;
        break;
    case ThisWeek:
        f.from = TeamKpi::period(TeamKpi::PeriodKind::Week, today).from;
        break;
    case ThisMonth:
        f.from = TeamKpi::period(TeamKpi::PeriodKind::Month, today).from;
        break;
    case Last90Days:
        f.from = today.addDays(-90);
        break;
    default:
        break;
    }
    f.purpose = m_purpose->currentData().toString();
    f.outcome = m_outcome->currentData().toString();
    f.emotion = m_emotion->currentData().toString();
    f.satisfaction = CallFilter::Satisfaction(m_satisfaction->currentData().toInt());
    f.review = CallFilter::Review(m_review->currentData().toInt());
    f.drill = m_drill;
    m_model->setFilter(f);
    updateHeading();
}

void CallListView::reload()
{
    m_model->reload();
    updateHeading();
}

void CallListView::updateHeading()
{
    const QLocale locale;
    if (!m_model->error().isEmpty())
        m_heading->setText(m_model->error());
    else
        m_heading->setText(
            tr("<b>Calls</b> — %n call(s) and message(s)", nullptr, m_model->totalCount()));
}

void CallListView::retranslate()
{
    m_filling = true;
    m_operator->setItemText(0, tr("Every operator"));
    m_period->setItemText(Today, tr("Today"));
    m_period->setItemText(ThisWeek, tr("This week"));
    m_period->setItemText(ThisMonth, tr("This month"));
    m_period->setItemText(Last90Days, tr("Last 90 days"));
    m_period->setItemText(Always, tr("Any time"));
    m_purpose->setItemText(0, tr("Every purpose"));
    for (int i = 1; i < m_purpose->count(); ++i)
        m_purpose->setItemText(i, CodeText::purpose(m_purpose->itemData(i).toString()));
    m_outcome->setItemText(0, tr("Every outcome"));
    for (int i = 1; i < m_outcome->count(); ++i)
        m_outcome->setItemText(i, CodeText::outcome(m_outcome->itemData(i).toString()));
    m_emotion->setItemText(0, tr("Any emotion"));
    for (int i = 1; i < m_emotion->count(); ++i)
        m_emotion->setItemText(i, CodeText::emotion(m_emotion->itemData(i).toString()));
    m_satisfaction->setItemText(0, tr("Any satisfaction"));
    m_satisfaction->setItemText(1, tr("Surveyed"));
    m_satisfaction->setItemText(2, tr("Dissatisfied"));
    m_satisfaction->setToolTip(tr("Dissatisfied: CSAT 1-2 or NPS 0-6 after the call"));
    m_review->setItemText(0, tr("Scored or not"));
    m_review->setItemText(1, tr("Not scored yet"));
    m_review->setItemText(2, tr("Scored"));
    m_filling = false;
    m_table->setToolTip(tr("Enter or double-click opens the debtor's card with the call"));
    m_score->setText(tr("Score the call…"));
    m_score->setToolTip(tr("Score the selected call on the client's scorecard, or read its "
                           "evaluation (Ctrl+Shift+S)"));
    applyFilter();
}

void CallListView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ascolto

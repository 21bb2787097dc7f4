#include "PortfolioView.h"

#include "KpiStrip.h"

#include "itemmodels/CodeText.h"
#include "itemmodels/PortfolioModel.h"

#include "domain/Aging.h"
#include "domain/EscalationLadder.h"
#include "domain/Records.h"

#include <QActionGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ascolto {

namespace {
const QStringList kPlanPromise = {QStringLiteral("plan_active"),
                                  QStringLiteral("plan_awaiting_approval"),
                                  QStringLiteral("plan_broken"),
                                  QStringLiteral("promise_open"),
                                  QStringLiteral("promise_due_today"),
                                  QStringLiteral("promise_broken"),
                                  QStringLiteral("none")};
const int kFlags[] = {FlagVulnerable, FlagOnHold, FlagDoNotContact, FlagPrescribed,
                      FlagUnverifiedOnly};
} // namespace

PortfolioView::PortfolioView(PortfolioModel* model, bool showOperators, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_showOperators(showOperators)
    , m_kpis(new KpiStrip(this))
    , m_heading(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_filterButton(new QToolButton(this))
    , m_reassign(new QToolButton(this))
    , m_filterMenu(new QMenu(this))
    , m_chipArea(new QWidget(this))
    , m_chips(new QHBoxLayout(m_chipArea))
    , m_table(new QTableView(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("PortfolioView"));
    m_heading->setObjectName(QStringLiteral("portfolioHeading"));
    m_search->setObjectName(QStringLiteral("portfolioSearch"));
    m_filterButton->setObjectName(QStringLiteral("portfolioFilters"));
    m_chipArea->setObjectName(QStringLiteral("filterChips"));
    m_table->setObjectName(QStringLiteral("portfolioTable"));
    m_search->setClearButtonEnabled(true);
    m_filterButton->setMenu(m_filterMenu);
    m_filterButton->setPopupMode(QToolButton::InstantPopup);
    m_filterButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_chips->setContentsMargins(0, 0, 0, 0);
    m_chips->addStretch();
    QFont f = m_heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setBold(true);
    m_heading->setFont(f);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // A team lead selects several debtors to hand them over together.
    m_table->setSelectionMode(m_showOperators ? QAbstractItemView::ExtendedSelection
                                              : QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(PortfolioModel::Name, Qt::AscendingOrder);
    // Fixed row heights: no per-row measuring over a big list.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[PortfolioModel::ColumnCount] = {210, 95,  150, 100, 100, 95,  65,
                                                     120, 150, 150, 200, 70,  120, 160};
    for (int c = 0; c < PortfolioModel::ColumnCount; ++c)
        m_table->setColumnWidth(c, widths[c]);
    m_table->setColumnHidden(PortfolioModel::Operator, !m_showOperators);

    // Search as you type: the field never waits for SQL (the model loads in the background);
    // a short pause coalesces fast typing into one query.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(40);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        m_filter.search = m_search->text();
        applyFilter();
    });

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_filterButton);
    searchRow->addWidget(m_reassign);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_kpis);
    layout->addLayout(searchRow);
    layout->addWidget(m_chipArea);
    layout->addWidget(m_heading);
    layout->addWidget(m_table, 1);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit debtorActivated(index.data(PortfolioModel::DebtorIdRole).toString());
    });
    m_reassign->setObjectName(QStringLiteral("portfolioReassign"));
    m_reassign->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_reassign->setVisible(m_showOperators);
    m_reassign->setEnabled(false);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_reassign->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_reassign, &QToolButton::clicked, this, [this] {
        QStringList ids;
        for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
            ids << row.data(PortfolioModel::DebtorIdRole).toString();
        if (!ids.isEmpty())
            emit reassignRequested(ids);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &PortfolioView::updateHeading);
    connect(m_model, &PortfolioModel::loadingChanged, this, &PortfolioView::updateHeading);
    m_kpis->setKpis(m_model->query().kpis());
    readChoices();
    retranslate();
}

void PortfolioView::readChoices()
{
    m_provinces = m_model->query().provinces();
    m_operators =
        m_showOperators ? m_model->query().operators() : QVector<QPair<QString, QString>>();
}

void PortfolioView::reload()
{
    m_model->reload();
    m_kpis->setKpis(m_model->query().kpis());
    readChoices();
    rebuildMenu();
}

void PortfolioView::setFilter(const PortfolioFilter& filter)
{
    m_filter = filter;
    if (m_search->text() != filter.search) {
        const QSignalBlocker block(m_search);
        m_search->setText(filter.search);
    }
    applyFilter();
}

void PortfolioView::applyFilter()
{
    m_model->setFilter(m_filter);
    rebuildMenu();
    rebuildChips();
    updateHeading();
}

void PortfolioView::updateHeading()
{
    const int total = m_model->totalCount();
    const bool filtered = !(m_filter == PortfolioFilter());
    QString text;
    if (!filtered)
        text = tr("Portfolio: %n debtor(s)", nullptr, total);
    else if (!m_filter.search.trimmed().isEmpty() && total > PortfolioQuery::SearchCountLimit)
        text = tr("More than %1 debtors match")
                   .arg(QLocale().toString(PortfolioQuery::SearchCountLimit));
    else
        text = tr("%n debtor(s) match", nullptr, total);
    if (m_model->isLoading())
        text += QStringLiteral(" ") + tr("(searching...)");
    m_heading->setText(text);
}

QString PortfolioView::filterTitle(const QString& part) const
{
    if (part == QLatin1String("plan_active"))
        return tr("Plan active");
    if (part == QLatin1String("plan_awaiting_approval"))
        return tr("Plan awaiting approval");
    if (part == QLatin1String("plan_broken"))
        return tr("Plan broken");
    if (part == QLatin1String("promise_open"))
        return tr("Promise open");
    if (part == QLatin1String("promise_due_today"))
        return tr("Promise due today");
    if (part == QLatin1String("promise_broken"))
        return tr("Promise broken");
    if (part == QLatin1String("none"))
        return tr("No plan or promise");
    return part;
}

void PortfolioView::rebuildMenu()
{
    m_filterMenu->clear();
    auto addToggle = [this](QMenu* menu, const QString& name, const QString& text, bool checked,
                            const std::function<void(bool)>& apply) {
        QAction* a = menu->addAction(text);
        a->setObjectName(name);
        a->setCheckable(true);
        a->setChecked(checked);
        connect(a, &QAction::toggled, this, [this, apply](bool on) {
            apply(on);
            QTimer::singleShot(0, this, &PortfolioView::applyFilter);
        });
        return a;
    };

    QMenu* aging = m_filterMenu->addMenu(tr("Aging"));
    for (int b = 0; b < Aging::BucketCount; ++b)
        addToggle(aging, QStringLiteral("filterAging%1").arg(b),
                  tr("%1 days").arg(Aging::label(Aging::Bucket(b))),
                  m_filter.agingBuckets.contains(b), [this, b](bool on) {
                      m_filter.agingBuckets.removeAll(b);
                      if (on)
                          m_filter.agingBuckets << b;
                  });
    QMenu* stage = m_filterMenu->addMenu(tr("Stage"));
    for (const QString& code : EscalationLadder::stageCodes())
        addToggle(stage, QStringLiteral("filterStage_%1").arg(code),
                  EscalationLadder::displayName(code), m_filter.stages.contains(code),
                  [this, code](bool on) {
                      m_filter.stages.removeAll(code);
                      if (on)
                          m_filter.stages << code;
                  });
    QMenu* plan = m_filterMenu->addMenu(tr("Plan / promise"));
    for (const QString& code : kPlanPromise)
        addToggle(plan, QStringLiteral("filterPlan_%1").arg(code), filterTitle(code),
                  m_filter.planPromise.contains(code), [this, code](bool on) {
                      m_filter.planPromise.removeAll(code);
                      if (on)
                          m_filter.planPromise << code;
                  });
    QMenu* flags = m_filterMenu->addMenu(tr("Flags"));
    for (int flag : kFlags)
        addToggle(flags, QStringLiteral("filterFlag%1").arg(flag), CodeText::flags(flag).value(0),
                  m_filter.flagsAll & flag, [this, flag](bool on) {
                      m_filter.flagsAll =
                          on ? (m_filter.flagsAll | flag) : (m_filter.flagsAll & ~flag);
                  });
    QMenu* due = m_filterMenu->addMenu(tr("Bills due within"));
    for (int days : {3, 7, 14, 30})
        addToggle(due, QStringLiteral("filterDue%1").arg(days), tr("%n day(s)", nullptr, days),
                  m_filter.dueWithinDays == days,
                  [this, days](bool on) { m_filter.dueWithinDays = on ? days : -1; });
    QMenu* province = m_filterMenu->addMenu(tr("Province"));
    for (const QString& p : std::as_const(m_provinces))
        addToggle(province, QStringLiteral("filterProvince_%1").arg(p), p, m_filter.province == p,
                  [this, p](bool on) { m_filter.province = on ? p : QString(); });
    if (m_showOperators) {
        QMenu* ops = m_filterMenu->addMenu(tr("Operator"));
        for (const auto& [id, name] : std::as_const(m_operators))
            addToggle(ops, QStringLiteral("filterOperator_%1").arg(name), name,
                      m_filter.operatorId == id,
                      [this, id = id](bool on) { m_filter.operatorId = on ? id : QString(); });
    }
    m_filterMenu->addSeparator();
    QAction* clear = m_filterMenu->addAction(tr("Clear all filters"));
    clear->setObjectName(QStringLiteral("filterClear"));
    connect(clear, &QAction::triggered, this, [this] {
        const QString search = m_filter.search;
        m_filter = PortfolioFilter();
        m_filter.search = search;
        QTimer::singleShot(0, this, &PortfolioView::applyFilter);
    });
}

void PortfolioView::rebuildChips()
{
    while (m_chips->count() > 1) {
        QLayoutItem* item = m_chips->takeAt(0);
        delete item->widget();
        delete item;
    }
    auto addChip = [this](const QString& text, const std::function<void()>& remove) {
        auto* chip = new QToolButton(m_chipArea);
        chip->setObjectName(QStringLiteral("chip"));
        chip->setText(text + QStringLiteral("  ") + QChar(0x2715));
        chip->setToolTip(tr("Remove this filter"));
        chip->setAutoRaise(false);
        connect(chip, &QToolButton::clicked, this, [this, remove] {
            remove();
            QTimer::singleShot(0, this, &PortfolioView::applyFilter);
        });
        m_chips->insertWidget(m_chips->count() - 1, chip);
    };
    for (int b : m_filter.agingBuckets)
        addChip(tr("Aging %1").arg(Aging::label(Aging::Bucket(b))),
                [this, b] { m_filter.agingBuckets.removeAll(b); });
    for (const QString& s : m_filter.stages)
        addChip(EscalationLadder::displayName(s), [this, s] { m_filter.stages.removeAll(s); });
    for (const QString& p : m_filter.planPromise)
        addChip(filterTitle(p), [this, p] { m_filter.planPromise.removeAll(p); });
    for (int flag : kFlags)
        if (m_filter.flagsAll & flag)
            addChip(CodeText::flags(flag).value(0), [this, flag] { m_filter.flagsAll &= ~flag; });
    if (m_filter.dueWithinDays >= 0)
        addChip(tr("Bills due within %n day(s)", nullptr, m_filter.dueWithinDays),
                [this] { m_filter.dueWithinDays = -1; });
    if (!m_filter.province.isEmpty())
        addChip(tr("Province %1").arg(m_filter.province), [this] { m_filter.province.clear(); });
    if (!m_filter.operatorId.isEmpty()) {
        QString name;
        for (const auto& [id, n] : std::as_const(m_operators))
            if (id == m_filter.operatorId)
                name = n;
        addChip(tr("Operator %1").arg(name), [this] { m_filter.operatorId.clear(); });
    }
    if (m_filter.drill)
        addChip(m_filter.drill->caption, [this] { m_filter.drill.reset(); });
    m_chipArea->setVisible(m_chips->count() > 1);
}

void PortfolioView::retranslate()
{
    m_search->setPlaceholderText(
        tr("Search name, customer code, tax code, phone, e-mail, bill or PagoPA number"));
    m_filterButton->setText(tr("Filters"));
    m_reassign->setText(tr("Hand over…"));
    m_reassign->setToolTip(tr("Hand the selected debtors over to another operator, with a note "
                              "for the next interlocutor"));
    rebuildMenu();
    rebuildChips();
    updateHeading();
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

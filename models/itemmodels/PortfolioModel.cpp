#include "PortfolioModel.h"

#include "CodeText.h"
#include "PortfolioLoader.h"

#include "storage/Database.h"

#include "domain/Aging.h"
#include "domain/EscalationLadder.h"
#include "domain/Records.h"

#include <QThread>

namespace ascolto {

namespace {

PortfolioSortKey sortKeyFor(int column)
{
    switch (column) {
    case PortfolioModel::CustomerCode:
        return PortfolioSortKey::CustomerCode;
    case PortfolioModel::City:
        return PortfolioSortKey::City;
    case PortfolioModel::Outstanding:
        return PortfolioSortKey::Outstanding;
    case PortfolioModel::Overdue:
        return PortfolioSortKey::Overdue;
    case PortfolioModel::DaysOverdue:
    case PortfolioModel::AgingBucket:
        return PortfolioSortKey::OldestDue;
    case PortfolioModel::Stage:
        return PortfolioSortKey::Stage;
    case PortfolioModel::PlanPromise:
        return PortfolioSortKey::PlanStatus;
    case PortfolioModel::NextAction:
        return PortfolioSortKey::NextAction;
    case PortfolioModel::LastContact:
        return PortfolioSortKey::LastContact;
    case PortfolioModel::Satisfaction:
        return PortfolioSortKey::Satisfaction;
    case PortfolioModel::Operator:
        return PortfolioSortKey::Operator;
    case PortfolioModel::Flags:
        return PortfolioSortKey::Flags;
    default:
        return PortfolioSortKey::Name;
    }
}

} // namespace

PortfolioModel::PortfolioModel(Database& db, const Session& session, const Clock& clock,
                               Loading loading, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_query(db, session, clock)
    , m_clock(clock)
    , m_mode(loading)
{
    if (m_mode == Loading::Background) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("portfolio-loader"));
        m_loader = new PortfolioLoader(db.path(), session, clock);
        m_loader->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_loader.data(), &QObject::deleteLater);
        m_thread->start();
    }
    reload();
}

PortfolioModel::~PortfolioModel()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

PortfolioSort PortfolioModel::currentSort() const
{
    PortfolioSort s;
    s.key = sortKeyFor(m_sortColumn);
    s.descending = m_sortOrder == Qt::DescendingOrder;
    // More days overdue = an older due date.
    if (s.key == PortfolioSortKey::OldestDue)
        s.descending = !s.descending;
    return s;
}

void PortfolioModel::reload()
{
    const quint64 generation = ++m_generation;
    const PortfolioSort sort = currentSort();
    if (m_mode == Loading::Synchronous || !m_loader) {
        const auto rows = m_query.page(m_filter, sort, nullptr, PageSize);
        const int total = rows.size() < PageSize ? int(rows.size()) : m_query.count(m_filter);
        applyFirstPage(generation, rows, total);
        return;
    }
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    const PortfolioFilter filter = m_filter;
    QPointer<PortfolioModel> self(this);
    PortfolioLoader* loader = m_loader.data();
    QMetaObject::invokeMethod(loader, [loader, self, generation, filter, sort] {
        loader->load(generation, filter, sort, PageSize,
                     [self](quint64 g, QVector<PortfolioRow> rows, int total) {
                         if (!self)
                             return;
                         QMetaObject::invokeMethod(self.data(), [self, g, rows, total] {
                             if (self)
                                 self->applyFirstPage(g, rows, total);
                         });
                     });
    });
}

void PortfolioModel::applyFirstPage(quint64 generation, const QVector<PortfolioRow>& rows,
                                    int total)
{
    if (generation != m_generation)
        return; // a newer filter or sort replaced this one
    beginResetModel();
    m_rows = rows;
    m_total = total;
    m_atEnd = rows.size() < PageSize;
    endResetModel();
    if (m_loading) {
        m_loading = false;
        emit loadingChanged(false);
    }
    emit loaded();
}

void PortfolioModel::setFilter(const PortfolioFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void PortfolioModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void PortfolioModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int PortfolioModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PortfolioModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PortfolioModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_loading;
}

void PortfolioModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_loading || m_rows.isEmpty())
        return;
    const PortfolioRow last = m_rows.constLast();
    const QVector<PortfolioRow> more = m_query.page(m_filter, currentSort(), &last, PageSize);
    m_atEnd = more.size() < PageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows += more;
    endInsertRows();
}

QVariant PortfolioModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const PortfolioRow& r = m_rows.at(index.row());
    if (role == DebtorIdRole)
        return r.id;
    const int days =
        r.oldestOverdueDue.isValid() ? Aging::daysOverdue(r.oldestOverdueDue, m_clock.today()) : 0;
    const QLocale locale;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Name:
            return r.displayName;
        case CustomerCode:
            return r.customerCode;
        case City:
            return r.city;
        case Outstanding:
            return r.outstanding.cents();
        case Overdue:
            return r.overdue.cents();
        case DaysOverdue:
            return days;
        case AgingBucket:
            return r.agingBucket;
        case Stage:
            return r.stage;
        case PlanPromise:
            return QStringList{r.planStatus, r.promiseStatus};
        case NextAction:
            return r.nextActionAt;
        case LastContact:
            return r.lastContactAt;
        case Satisfaction:
            return r.csatLast;
        case Operator:
            return r.operatorName;
        case Flags:
            return r.flags;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return r.displayName;
        case CustomerCode:
            return r.customerCode;
        case City:
            return r.province.isEmpty() ? r.city
                                        : QStringLiteral("%1 (%2)").arg(r.city, r.province);
        case Outstanding:
            return r.outstanding.format(locale);
        case Overdue:
            return r.overdue.isZero() ? QString() : r.overdue.format(locale);
        case DaysOverdue:
            return days > 0 ? QVariant(days) : QVariant();
        case AgingBucket:
            return r.agingBucket >= 0 ? Aging::label(Aging::Bucket(r.agingBucket)) : QString();
        case Stage:
            return CodeText::stage(r.stage);
        case PlanPromise:
            return CodeText::planPromise(r.planStatus, r.promiseStatus);
        case NextAction:
            return r.nextActionAt.isValid()
                       ? QStringLiteral("%1 %2").arg(
                             CodeText::nextAction(r.nextActionKind),
                             locale.toString(r.nextActionAt, QLocale::ShortFormat))
                       : QString();
        case LastContact: {
            if (!r.lastContactAt.isValid())
                return QString();
            QStringList parts{
                locale.toString(r.lastContactAt.toLocalTime().date(), QLocale::ShortFormat),
                CodeText::outcome(r.lastOutcome)};
            if (!r.lastEmotion.isEmpty())
                parts << CodeText::emotion(r.lastEmotion);
            return parts.join(QStringLiteral(" · "));
        }
        case Satisfaction: {
            if (r.csatLast == 0)
                return QString();
            const QChar trend = r.csatPrevious == 0           ? QChar()
                                : r.csatLast > r.csatPrevious ? QChar(0x2197)  // rising
                                : r.csatLast < r.csatPrevious ? QChar(0x2198)  // falling
                                                              : QChar(0x2192); // steady
            return trend.isNull() ? QStringLiteral("%1/5").arg(r.csatLast)
                                  : QStringLiteral("%1/5 %2").arg(r.csatLast).arg(trend);
        }
        case Operator:
            return r.operatorName;
        case Flags:
            return CodeText::flags(r.flags).join(QStringLiteral(", "));
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Outstanding || index.column() == Overdue ||
         index.column() == DaysOverdue))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == DaysOverdue && days > 0)
        return tr("Oldest unpaid bill due on %1 (aging %2)")
            .arg(locale.toString(r.oldestOverdueDue, QLocale::ShortFormat),
                 Aging::label(Aging::bucketForDays(days)));
    // A cell cut short by its column width shows its whole text on hover.
    if (role == Qt::ToolTipRole)
        return data(index, Qt::DisplayRole);
    return {};
}

QVariant PortfolioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Debtor");
    case CustomerCode:
        return tr("Customer code");
    case City:
        return tr("City");
    case Outstanding:
        return tr("Outstanding");
    case Overdue:
        return tr("Overdue");
    case DaysOverdue:
        return tr("Days overdue");
    case AgingBucket:
        return tr("Aging");
    case Stage:
        return tr("Stage");
    case PlanPromise:
        return tr("Plan / promise");
    case NextAction:
        return tr("Next action");
    case LastContact:
        return tr("Last contact");
    case Satisfaction:
        return tr("Satisfaction");
    case Operator:
        return tr("Operator");
    case Flags:
        return tr("Flags");
    }
    return {};
}

} // namespace ascolto

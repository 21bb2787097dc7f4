#include "PortfolioModel.h"

#include "domain/Aging.h"

namespace ascolto {

PortfolioModel::PortfolioModel(std::unique_ptr<PortfolioQuery> query, const Clock& clock,
                               QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(std::move(query))
    , m_clock(clock)
{
    reload();
}

void PortfolioModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = m_query->count();
    m_atEnd = m_total == 0;
    m_rows = m_query->page(QString(), QString(), PageSize);
    m_atEnd = m_rows.size() < PageSize;
    endResetModel();
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
    return !parent.isValid() && !m_atEnd;
}

void PortfolioModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    const PortfolioRow& last = m_rows.constLast();
    const QVector<PortfolioRow> more = m_query->page(last.displayName, last.id, PageSize);
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
        case Operator:
            return r.operatorName;
        case Flags:
            return (r.vulnerable ? 1 : 0) | (r.doNotContact ? 2 : 0) | (r.onHold ? 4 : 0);
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
            return r.outstanding.format();
        case Overdue:
            return r.overdue.isZero() ? QString() : r.overdue.format();
        case DaysOverdue:
            return days > 0 ? QVariant(days) : QVariant();
        case Operator:
            return r.operatorName;
        case Flags: {
            QStringList flags;
            if (r.vulnerable)
                flags << tr("vulnerable");
            if (r.onHold)
                flags << tr("on hold");
            if (r.doNotContact)
                flags << tr("do not contact");
            return flags.join(QStringLiteral(", "));
        }
        }
    }
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Outstanding || index.column() == Overdue ||
         index.column() == DaysOverdue))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == DaysOverdue && days > 0)
        return tr("Oldest unpaid bill due on %1 (aging %2)")
            .arg(QLocale().toString(r.oldestOverdueDue, QLocale::ShortFormat),
                 Aging::label(Aging::bucketForDays(days)));
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
    case Operator:
        return tr("Operator");
    case Flags:
        return tr("Flags");
    }
    return {};
}

} // namespace ascolto

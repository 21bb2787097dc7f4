#include "WorkQueueModel.h"

#include "storage/UserRepository.h"

#include <QBrush>
#include <QColor>

namespace ascolto {

WorkQueueModel::WorkQueueModel(Database& db, const Session& session, const Clock& clock,
                               QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(db, session, clock)
    , m_showsOperators(session.role() != ascolto::Role::Operator || !session.covering().isEmpty())
{
    if (session.role() == ascolto::Role::Operator && m_showsOperators) {
        // A backup covering colleagues: whose debtor each line is, and one's own day apart.
        const UserRepository users(db, clock);
        for (const QString& id : QStringList{session.userId()} + session.covering()) {
            if (const auto u = users.byId(id)) {
                m_operatorNames.insert(u->id, u->displayName);
                m_operators.push_back({u->id, u->displayName});
            }
        }
    } else if (m_showsOperators) {
        for (const UserRecord& u : UserRepository(db, clock).list(session)) {
            m_operatorNames.insert(u.id, u.displayName);
            if (u.role == ascolto::Role::Operator)
                m_operators.push_back({u.id, u.displayName});
        }
        std::sort(m_operators.begin(), m_operators.end(),
                  [](const auto& a, const auto& b) { return a.second < b.second; });
    }
    reload();
}

void WorkQueueModel::setOperatorFilter(const QString& operatorId)
{
    m_query.setOperator(operatorId);
    reload();
}

void WorkQueueModel::reload()
{
    beginResetModel();
    m_items = m_query.items();
    endResetModel();
}

bool WorkQueueModel::isFull() const
{
    return m_items.size() >= WorkQueueQuery::DefaultLimit;
}

void WorkQueueModel::retranslate()
{
    // Reasons are composed in the language of the moment: read them again.
    reload();
}

int WorkQueueModel::blockedCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(),
                             [](const QueueItem& i) { return i.isBlocked(); }));
}

int WorkQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int WorkQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const QueueItem& item = m_items.at(index.row());
    if (role == DebtorIdRole)
        return item.debtorId;
    if (role == PurposeRole)
        return QueueItem::callPurpose(item.kind);
    if (role == CallbackRole)
        return item.kind == QueueItem::Kind::Callback;
    if (role == CallRole)
        return QueueItem::asksForCall(item.kind);
    if (role == TaskRole)
        return item.taskId;
    if (role == BlockedRole)
        return item.isBlocked();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case What:
            return QueueItem::kindText(item.kind);
        case Debtor:
            return item.debtorName;
        case Reason:
            return item.reason;
        case Amount:
            return item.amount.isZero() ? QString() : item.amount.format();
        case Operator:
            return m_operatorNames.value(item.operatorId);
        case Status:
            if (item.isBlocked())
                return tr("Blocked: %1").arg(item.blocked.join(QStringLiteral("; ")));
            // A callback agreed for later is not ready before its time.
            if (item.later)
                return tr("At %1").arg(QLocale().toString(item.dueAt.time(), QLocale::ShortFormat));
            return tr("Ready");
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Status && item.isBlocked())
        return item.blocked.join(QLatin1Char('\n'));
    // A cell cut short by its column width shows its whole text on hover.
    if (role == Qt::ToolTipRole)
        return data(index, Qt::DisplayRole);
    if (role == Qt::ForegroundRole && item.isBlocked())
        return QBrush(QColor(0x80, 0x80, 0x80));
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant WorkQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case What:
        return tr("What");
    case Debtor:
        return tr("Debtor");
    case Reason:
        return tr("Why today");
    case Amount:
        return tr("Amount");
    case Status:
        return tr("Can call now?");
    case Operator:
        return tr("Operator");
    }
    return {};
}

} // namespace ascolto

#include "CallListModel.h"

#include "CodeText.h"

#include <QLocale>

namespace ascolto {

CallListModel::CallListModel(Database& db, Session session, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_query(db, std::move(session), clock)
{}

void CallListModel::setFilter(const CallFilter& filter)
{
    m_filter = filter;
    reload();
}

void CallListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    auto first = m_query.page(m_filter, nullptr, PageSize);
    const auto total = m_query.count(m_filter);
    if (first) {
        m_rows = std::move(*first);
        m_atEnd = m_rows.size() < PageSize;
    } else {
        m_error = first.error();
        m_atEnd = true;
    }
    m_total = total ? *total : -1;
    if (!total && m_error.isEmpty())
        m_error = total.error();
    endResetModel();
}

int CallListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CallListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool CallListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void CallListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    const CallRow last = m_rows.constLast();
    auto more = m_query.page(m_filter, &last, PageSize);
    if (!more) {
        m_error = more.error();
        m_atEnd = true;
        return;
    }
    m_atEnd = more->size() < PageSize;
    if (more->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more->size() - 1));
    m_rows += *more;
    endInsertRows();
}

QVariant CallListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CallRow& r = m_rows.at(index.row());
    if (role == CallIdRole)
        return r.id;
    if (role == DebtorIdRole)
        return r.debtorId;
    if (role == Qt::TextAlignmentRole && (index.column() == Duration || index.column() == Csat))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case When:
        return locale.toString(r.startedAt.toLocalTime(), QLocale::ShortFormat);
    case Debtor:
        return r.debtorName;
    case Operator:
        return r.operatorName;
    case Purpose:
        return CodeText::purpose(r.purpose);
    case Outcome:
        return CodeText::outcome(r.outcome);
    case Emotion:
        return r.emotion.isEmpty() ? QString() : CodeText::emotion(r.emotion);
    case Duration:
        return r.durationS > 0 ? QStringLiteral("%1:%2")
                                     .arg(r.durationS / 60)
                                     .arg(r.durationS % 60, 2, 10, QLatin1Char('0'))
                               : QString();
    case Csat:
        return r.csat > 0 ? QStringLiteral("%1/5").arg(r.csat) : QString();
    case Score:
        return r.scoreTenths >= 0 ? QLocale().toString(r.scoreTenths / 10.0, 'f', 1) : QString();
    default:
        return {};
    }
}

QVariant CallListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("When");
    case Debtor:
        return tr("Debtor");
    case Operator:
        return tr("Operator");
    case Purpose:
        return tr("Purpose");
    case Outcome:
        return tr("Outcome");
    case Emotion:
        return tr("Emotion");
    case Duration:
        return tr("Duration");
    case Csat:
        return tr("CSAT");
    case Score:
        return tr("Score");
    default:
        return {};
    }
}

} // namespace ascolto

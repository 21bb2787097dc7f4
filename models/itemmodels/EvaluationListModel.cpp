#include "EvaluationListModel.h"

#include <QLocale>

namespace ascolto {

EvaluationListModel::EvaluationListModel(Database& db, Session session, const Clock& clock,
                                         QObject* parent)
    : QAbstractTableModel(parent)
    , m_quality(db, clock)
    , m_session(std::move(session))
{
    reload();
}

void EvaluationListModel::reload()
{
    beginResetModel();
    auto rows = m_quality.evaluations(m_session);
    m_rows = rows ? *rows : QVector<EvaluationRecord>();
    m_error = rows ? QString() : rows.error();
    endResetModel();
}

QString EvaluationListModel::statusText(const QString& status)
{
    if (status == QLatin1String("sent"))
        return tr("to acknowledge");
    if (status == QLatin1String("acknowledged"))
        return tr("acknowledged");
    if (status == QLatin1String("disputed"))
        return tr("disputed, waiting for an answer");
    if (status == QLatin1String("answered"))
        return tr("dispute answered");
    return status;
}

int EvaluationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvaluationListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvaluationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const EvaluationRecord& r = m_rows.at(index.row());
    if (role == EvaluationIdRole)
        return r.id;
    if (role == Qt::TextAlignmentRole && index.column() == Score)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case When:
        return locale.toString(r.callAt.toLocalTime(), QLocale::ShortFormat);
    case Operator:
        return r.operatorName;
    case Debtor:
        return r.debtorName;
    case Score:
        return r.fatal ? tr("0 (fatal)") : locale.toString(r.score, 'f', 1);
    case Status:
        return statusText(r.status);
    case FollowUp:
        if (!r.followUp.isValid())
            return QString();
        return r.coachingDone
                   ? tr("%1, done").arg(locale.toString(r.followUp, QLocale::ShortFormat))
                   : locale.toString(r.followUp, QLocale::ShortFormat);
    case Evaluator:
        return r.evaluatorName;
    default:
        return {};
    }
}

QVariant EvaluationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case When:
        return tr("Call");
    case Operator:
        return tr("Operator");
    case Debtor:
        return tr("Debtor");
    case Score:
        return tr("Score");
    case Status:
        return tr("Status");
    case FollowUp:
        return tr("Coaching follow-up");
    case Evaluator:
        return tr("Scored by");
    default:
        return {};
    }
}

} // namespace ascolto

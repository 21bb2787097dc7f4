#pragma once

#include "storage/QualityRepository.h"

#include <QAbstractTableModel>

namespace ascolto {

// Evaluations of calls, newest first: an operator's own, a team lead's client's. GUI thread.
class EvaluationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        Operator,
        Debtor,
        Score,
        Status,
        FollowUp,
        Evaluator,
        ColumnCount
    };
    enum Role
    {
        EvaluationIdRole = Qt::UserRole + 1
    };
    EvaluationListModel(Database& db, Session session, const Clock& clock,
                        QObject* parent = nullptr);
    void reload();
    QString error() const { return m_error; }
    const EvaluationRecord& record(int row) const { return m_rows.at(row); }
    static QString statusText(const QString& status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QualityRepository m_quality;
    Session m_session;
    QVector<EvaluationRecord> m_rows;
    QString m_error;
};

} // namespace ascolto

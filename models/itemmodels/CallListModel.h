#pragma once

#include "storage/CallListQuery.h"

#include <QAbstractTableModel>

namespace ascolto {

class Database;

// Calls, newest first, a page at a time (keyset): a team lead's review list and the calls
// behind a cell of the team board. GUI thread, GUI connection.
class CallListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        Debtor,
        Operator,
        Purpose,
        Outcome,
        Emotion,
        Duration,
        Csat,
        Score,
        ColumnCount
    };
    enum Role
    {
        CallIdRole = Qt::UserRole + 1,
        DebtorIdRole
    };

    CallListModel(Database& db, Session session, const Clock& clock, QObject* parent = nullptr);

    void setFilter(const CallFilter& filter);
    const CallFilter& filter() const { return m_filter; }
    const CallRow& row(int r) const { return m_rows.at(r); }
    // Every call matching the filter (not only those fetched); -1 when counting failed.
    int totalCount() const { return m_total; }
    QString error() const { return m_error; }
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    static constexpr int PageSize = 100;

private:
    CallListQuery m_query;
    CallFilter m_filter;
    QVector<CallRow> m_rows;
    bool m_atEnd = true;
    int m_total = 0;
    QString m_error;
};

} // namespace ascolto

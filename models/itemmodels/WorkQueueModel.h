#pragma once

#include "storage/WorkQueueQuery.h"

#include <QAbstractTableModel>

namespace ascolto {

// Today's work queue as a table. Reloaded whenever work is done; the queue is bounded (a
// day's work), so it is read in one go.
class WorkQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        What,
        Debtor,
        Reason,
        Amount,
        Status,
        ColumnCount
    };
    enum Role
    {
        DebtorIdRole = Qt::UserRole + 1,
        BlockedRole,
        PurposeRole,  // the call purpose the item asks for
        CallbackRole, // true when the debtor asked for this callback
        CallRole,     // true when the item is a contact with the debtor (not an approval)
        TaskRole,     // the task a call for this item serves (closed when the call is saved)
    };

    WorkQueueModel(Database& db, const Session& session, const Clock& clock,
                   QObject* parent = nullptr);
    void reload();
    void retranslate();
    const QVector<QueueItem>& items() const { return m_items; }
    int blockedCount() const;
    // True when the list stopped at WorkQueueQuery::DefaultLimit: there may be more work.
    bool isFull() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    WorkQueueQuery m_query;
    QVector<QueueItem> m_items;
};

} // namespace ascolto

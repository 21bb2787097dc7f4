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
        Operator, // team leads and admins: the debtor's interlocutor
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
    // Team leads and admins see whose debtor each line is, and may look at one operator's day.
    bool showsOperators() const { return m_showsOperators; }
    // (id, name) of the operators in the scope, by name.
    const QVector<QPair<QString, QString>>& operators() const { return m_operators; }
    // One operator's lines only (empty: everyone's); reloads.
    void setOperatorFilter(const QString& operatorId);
    const QString& operatorFilter() const { return m_query.operatorFilter(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    WorkQueueQuery m_query;
    QVector<QueueItem> m_items;
    bool m_showsOperators;
    QVector<QPair<QString, QString>> m_operators;
    QHash<QString, QString> m_operatorNames;
};

} // namespace ascolto

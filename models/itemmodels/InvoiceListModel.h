#pragma once

#include "storage/Session.h"

#include "domain/Clock.h"
#include "domain/Records.h"

#include <QAbstractTableModel>

namespace ascolto {

class Database;

// A debtor's bills, oldest due first, fetched a page at a time by keyset: the card of a
// debtor with 10,000 bills opens as fast as any. GUI thread, GUI connection.
class InvoiceListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        IssueDate,
        DueDate,
        Amount,
        Paid,
        Outstanding,
        PagoPa,
        Delivery,
        Receipt,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        InvoiceIdRole
    };

    InvoiceListModel(Database& db, Session session, const Clock& clock, QString debtorId,
                     QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void reload();
    static constexpr int PageSize = 100;

private:
    Database& m_db;
    Session m_session;
    const Clock& m_clock;
    QString m_debtorId;
    QVector<InvoiceRecord> m_rows;
    bool m_atEnd = true;
};

// A small read-only table for the card's short lists (payments, plans, calls...): the view
// fills it with formatted cells. Not for large tables.
class RowListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit RowListModel(QObject* parent = nullptr)
        : QAbstractTableModel(parent)
    {}
    void setRows(const QStringList& headers, const QVector<QStringList>& rows);
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QVector<QStringList> m_rows;
};

} // namespace ascolto

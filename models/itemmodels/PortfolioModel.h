#pragma once

#include "storage/PortfolioQuery.h"

#include "domain/Clock.h"

#include <QAbstractTableModel>

#include <memory>

namespace ascolto {

// The operator's portfolio as a lazily filled table: rows arrive a page at a time by keyset
// through canFetchMore()/fetchMore(), so opening 100,000 debtors costs one page.
// DisplayRole is formatted text; RawValueRole gives the underlying value (cents, dates).
// Lives on the GUI thread with the GUI thread's Database.
class PortfolioModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        CustomerCode,
        City,
        Outstanding,
        Overdue,
        DaysOverdue,
        Operator,
        Flags,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        DebtorIdRole
    };

    PortfolioModel(std::unique_ptr<PortfolioQuery> query, const Clock& clock,
                   QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Number of debtors in scope (not just the rows loaded so far).
    int totalCount() const { return m_total; }
    // Reloads from the first page (after data changed).
    void reload();
    // Headers and formatted cells follow the current language and locale.
    void retranslate();
    static constexpr int PageSize = 200;

private:
    std::unique_ptr<PortfolioQuery> m_query;
    const Clock& m_clock;
    QVector<PortfolioRow> m_rows;
    int m_total = 0;
    bool m_atEnd = false;
};

} // namespace ascolto

#pragma once

#include "storage/PortfolioQuery.h"

#include "domain/Clock.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <memory>

class QThread;

namespace ascolto {

class PortfolioLoader;

// The portfolio as a lazily filled table over the materialised rows. Filter, search and sort
// run in SQL; the first page and the count of a new filter are loaded by a worker thread
// with its own connection (typing in the search box never waits for SQL), later pages by
// keyset through canFetchMore()/fetchMore() on the GUI connection. A generation counter
// drops results of filters that were replaced meanwhile.
// DisplayRole is formatted text; RawValueRole the underlying value (cents, dates, codes).
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
        AgingBucket,
        Stage,
        PlanPromise,
        NextAction,
        LastContact,
        Satisfaction,
        Operator,
        Flags,
        ColumnCount
    };
    enum Role
    {
        RawValueRole = Qt::UserRole + 1,
        DebtorIdRole
    };
    enum class Loading
    {
        Synchronous,
        Background
    };

    // `db` is the GUI thread's store; with Loading::Background a worker opens its own
    // connection to db.path().
    PortfolioModel(Database& db, const Session& session, const Clock& clock,
                   Loading loading = Loading::Background, QObject* parent = nullptr);
    ~PortfolioModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const PortfolioFilter& filter);
    const PortfolioFilter& filter() const { return m_filter; }
    // Debtors matching the filter (not just the rows loaded so far).
    int totalCount() const { return m_total; }
    bool isLoading() const { return m_loading; }
    // Reloads with the current filter and sort (after data changed).
    void reload();
    // Headers and formatted cells follow the current language and locale.
    void retranslate();
    PortfolioQuery& query() { return m_query; }
    static constexpr int PageSize = 200;

signals:
    void loadingChanged(bool loading);
    // A new filter or sort finished loading (first page and total).
    void loaded();

private:
    void applyFirstPage(quint64 generation, const QVector<PortfolioRow>& rows, int total);
    PortfolioSort currentSort() const;

    Database& m_db;
    PortfolioQuery m_query;
    const Clock& m_clock;
    Loading m_mode;
    PortfolioFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVector<PortfolioRow> m_rows;
    int m_total = 0;
    bool m_atEnd = true;
    bool m_loading = false;
    quint64 m_generation = 0;
    QThread* m_thread = nullptr;
    QPointer<PortfolioLoader> m_loader;
};

} // namespace ascolto

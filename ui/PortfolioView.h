#pragma once

#include "storage/PortfolioQuery.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class QTimer;
class QToolButton;

namespace ascolto {

class KpiStrip;
class PortfolioModel;

// The operator's portfolio: key figures, search-as-you-type, combinable filters shown as
// removable chips, and the sortable, lazily filled list. Holds no SQL: it edits a
// PortfolioFilter and hands it to the model.
class PortfolioView : public QWidget
{
    Q_OBJECT
public:
    PortfolioView(PortfolioModel* model, bool showOperators, QWidget* parent = nullptr);
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    KpiStrip* kpiStrip() const { return m_kpis; }
    const PortfolioFilter& filter() const { return m_filter; }
    void setFilter(const PortfolioFilter& filter);
    // Reloads the list and the key figures (after data changed).
    void reload();

signals:
    void debtorActivated(const QString& debtorId);
    // Team leads and admins: hand the selected debtors over to another operator.
    void reassignRequested(const QStringList& debtorIds);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuildMenu();
    void rebuildChips();
    void updateHeading();
    void readChoices();
    void applyFilter();
    QString filterTitle(const QString& part) const;

    PortfolioModel* m_model;
    bool m_showOperators;
    PortfolioFilter m_filter;
    KpiStrip* m_kpis;
    QLabel* m_heading;
    QLineEdit* m_search;
    QToolButton* m_filterButton;
    QToolButton* m_reassign;
    QMenu* m_filterMenu;
    QWidget* m_chipArea;
    QHBoxLayout* m_chips;
    QTableView* m_table;
    QTimer* m_searchDelay;
    // Choices for the filter menu, read once and on reload(): the menu is rebuilt on every
    // filter change, including each search keystroke.
    QStringList m_provinces;
    QVector<QPair<QString, QString>> m_operators;
};

} // namespace ascolto

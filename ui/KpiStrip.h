#pragma once

#include "storage/PortfolioQuery.h"

#include <QWidget>

class QLabel;

namespace ascolto {

// The portfolio's key figures in one row: outstanding, overdue, DSO, collected this month,
// promises due today, installments due this week, caring calls pending.
class KpiStrip : public QWidget
{
    Q_OBJECT
public:
    explicit KpiStrip(QWidget* parent = nullptr);
    void setKpis(const PortfolioKpis& kpis);
    // The value label of a figure, by key ("outstanding", "dso", ...), for tests.
    QLabel* valueLabel(const QString& key) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    struct Tile
    {
        QString key;
        QLabel* value;
        QLabel* caption;
    };
    QVector<Tile> m_tiles;
    PortfolioKpis m_kpis;
};

} // namespace ascolto

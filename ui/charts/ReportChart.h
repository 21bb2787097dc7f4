#pragma once

#include "itemmodels/ReportTables.h"

#include <QWidget>

class QChartView;

namespace ascolto {

// A report table's chart on screen, drawn with Qt Charts: bars per row for each series, or
// lines across the rows (ReportTable::chart). The only place the window uses Qt Charts, so
// another library replaces it here alone; the PDF draws its own (io/ReportFiles).
class ReportChart : public QWidget
{
    Q_OBJECT
public:
    explicit ReportChart(QWidget* parent = nullptr);
    void show(const ReportTable& table, const QLocale& locale);
    // Series drawn and points per series (for tests: what a user sees).
    int seriesCount() const;
    int pointCount() const;

private:
    QChartView* m_view;
};

} // namespace ascolto

#include "ReportChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace ascolto {

ReportChart::ReportChart(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(new QChart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->chart()->legend()->setAlignment(Qt::AlignTop);
    layout->addWidget(m_view);
}

void ReportChart::show(const ReportTable& t, const QLocale& locale)
{
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignTop);
    const int rows = int(t.rows.size()) - t.summaryRows;
    setVisible(t.chart != ReportTable::Chart::None && rows > 0 && !t.series.isEmpty());
    if (!isVisible()) {
        m_view->setChart(chart);
        return;
    }
    QStringList categories;
    for (int r = 0; r < rows; ++r)
        categories << t.display(r, t.labelColumn, locale);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    auto* y = new QValueAxis;
    y->setLabelFormat(t.columns.at(t.series.first()).kind == ReportTable::Kind::Percent
                          ? QStringLiteral("%.0f%%")
                          : QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    double top = 0, bottom = 0;
    if (t.chart == ReportTable::Chart::Bars) {
        auto* bars = new QBarSeries;
        for (int s : t.series) {
            auto* set = new QBarSet(t.columns.at(s).title);
            for (int r = 0; r < rows; ++r) {
                const double v = t.chartValue(r, s);
                *set << (std::isnan(v) ? 0.0 : v);
                if (!std::isnan(v)) {
                    top = std::max(top, v);
                    bottom = std::min(bottom, v);
                }
            }
            bars->append(set);
        }
        chart->addSeries(bars);
        bars->attachAxis(x);
        bars->attachAxis(y);
    } else {
        for (int s : t.series) {
            auto* line = new QLineSeries;
            line->setName(t.columns.at(s).title);
            line->setPointsVisible(true);
            for (int r = 0; r < rows; ++r) {
                const double v = t.chartValue(r, s);
                if (std::isnan(v))
                    continue;
                line->append(r, v);
                top = std::max(top, v);
                bottom = std::min(bottom, v);
            }
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
        }
    }
    y->setRange(bottom, top > bottom ? top * 1.1 : bottom + 1);
    y->applyNiceNumbers();
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

int ReportChart::seriesCount() const
{
    const QList<QAbstractSeries*> series = m_view->chart()->series();
    if (series.size() == 1)
        if (auto* bars = qobject_cast<QBarSeries*>(series.first()))
            return int(bars->count());
    return int(series.size());
}

int ReportChart::pointCount() const
{
    const QList<QAbstractSeries*> series = m_view->chart()->series();
    if (series.isEmpty())
        return 0;
    if (auto* bars = qobject_cast<QBarSeries*>(series.first()))
        return bars->count() > 0 ? int(bars->barSets().first()->count()) : 0;
    if (auto* line = qobject_cast<QLineSeries*>(series.first()))
        return int(line->count());
    return 0;
}

} // namespace ascolto

#pragma once

#include "storage/ReportQuery.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QLocale>
#include <QVariant>

namespace ascolto {

// One report as the window, the CSV files and the PDF show it: a table of figures, with
// what a chart of it draws. Money cells hold cents (qint64), percentages and days a double
// (an invalid QVariant: not available, shown as "n/a"), counts an integer.
struct ReportTable
{
    enum class Kind
    {
        Text,
        Count,
        Money,
        Percent,
        Days,
        Score, // an average (CES) or an index (NPS)
        Date,
        Month,
    };
    struct Column
    {
        QString title;
        Kind kind = Kind::Text;
    };
    enum class Chart
    {
        None,
        Bars,
        Lines,
    };

    QString key;   // file name of its CSV: "aging", "dso"...
    QString title; // translated
    QString note;  // the definition, or what the sample allows to say
    QVector<Column> columns;
    QVector<QVector<QVariant>> rows;
    Chart chart = Chart::None;
    int labelColumn = 0;
    QVector<int> series; // the columns the chart draws, one series each
    int summaryRows = 0; // trailing rows (totals) the chart leaves out

    // A cell as shown (in the window and the PDF): "1.234,56 €", "55,9%", "n/a".
    QString display(int row, int column, const QLocale& locale) const;
    // A cell as a spreadsheet reads it: numbers without grouping, decimal comma in Italian.
    QString plain(int row, int column, const QLocale& locale) const;
    // A cell as a chart draws it: a coordinate, in euro for money (the amounts themselves
    // stay cents), the number otherwise; NaN when not available.
    double chartValue(int row, int column) const;
};

// The reports of a client and a period, built from the facts ReportQuery counted.
class ReportTables
{
    Q_DECLARE_TR_FUNCTIONS(ReportTables)
public:
    // The team lead's and management's reports (the Reports window, its CSV and PDF).
    static QVector<ReportTable> reports(const ReportFacts& facts);
    // The periodic report the firm sends the client: results, activity, satisfaction with
    // the chosen comments, complaints, the client's process, close-and-return, commission.
    static QVector<ReportTable> clientReport(const ReportFacts& facts);
    // "1 November 2026 - 30 November 2026", in the locale.
    static QString periodText(const ReportFacts& facts, const QLocale& locale);
    // Non-payment reasons that point at the client's own process.
    static bool clientProcessReason(const QString& code);
    // The caring effect's verdict in words, with its counts.
    static QString caringVerdict(const CollectionKpi::CaringEffect& effect, const QLocale& locale);
};

// A report table for a QTableView; the chart reads the same table.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReportTableModel(QObject* parent = nullptr);
    void setTable(const ReportTable& table, const QLocale& locale);
    const ReportTable& table() const { return m_table; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    ReportTable m_table;
    QLocale m_locale;
};

} // namespace ascolto

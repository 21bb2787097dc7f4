#pragma once

#include "itemmodels/ReportTables.h"
#include "storage/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;

namespace ascolto {

class Clock;
class Database;
class DateField;
class Language;
class ReportChart;
class ReportLoader;

// The reports of a client over a period, for its team lead and the firm's management: a list
// of reports, each a chart over a table with its definition; filters for the client, the
// period and an operator; each report to CSV, the whole set to PDF, and the client's periodic
// report (PDF and CSV folder) with the survey comments the team lead chose to quote. The
// figures are read on a worker (ReportLoader), with progress and cancel.
class ReportsView : public QWidget
{
    Q_OBJECT
public:
    ReportsView(Database& db, const Clock& clock, const Session& session,
                const QVector<QPair<QString, QString>>& clients, bool background,
                Language* language = nullptr, QWidget* parent = nullptr);
    ~ReportsView() override;

    // Reads the reports for the filters shown.
    void refresh();
    void setPeriod(const QDate& from, const QDate& to);
    const QVector<ReportTable>& reports() const { return m_reports; }
    ReportChart* chart() const { return m_chart; }
    QTableView* table() const { return m_table; }
    QListWidget* list() const { return m_list; }
    QTableWidget* comments() const { return m_comments; }
    // What the buttons do once a file or folder is chosen; false with the reason shown.
    bool exportCsv(const QString& dir);
    bool exportPdf(const QString& path);
    bool exportClientReport(const QString& pdf, const QString& csvDir);

signals:
    // A file was written ("Report written to ...").
    void written(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void showReport(int index);
    void loaded();
    void showComments();
    // The chosen client's operators in the operator filter.
    void listOperators();
    bool fail(const QString& message);
    Database& m_db;
    const Clock& m_clock;
    Session m_session;
    ReportLoader* m_loader;
    Language* m_language;
    QVector<ReportTable> m_reports;
    QComboBox* m_client;
    QComboBox* m_operator;
    QLabel* m_fromLabel;
    QLabel* m_toLabel;
    DateField* m_from;
    DateField* m_to;
    QPushButton* m_show;
    QPushButton* m_cancel;
    QPushButton* m_csv;
    QPushButton* m_pdf;
    QPushButton* m_clientReport;
    QProgressBar* m_progress;
    QLabel* m_status;
    QListWidget* m_list;
    QLabel* m_title;
    QLabel* m_note;
    ReportChart* m_chart;
    QTableView* m_table;
    ReportTableModel* m_model;
    QTableWidget* m_comments;
    QLabel* m_commentsHelp;
};

} // namespace ascolto

#pragma once

#include "io/CsvImport.h"
#include "storage/Session.h"

#include <QWizard>

#include <atomic>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QTableWidget;
class QThread;

namespace ascolto {

class Clock;
class Database;

// Imports one of the client's CSV files, in three steps: the file (client, kind, path), the
// columns (a preview of the first rows, one combo box per field with the guessed or saved
// column, number and date formats, the policy), then the import itself on a worker thread
// with its own connection, a progress bar and a cancel button, ending with the summary and
// the path of the report. The mapping chosen is saved for the client when the import starts.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    ImportWizard(Database& db, const Session& session, const Clock& clock,
                 QWidget* parent = nullptr);
    ~ImportWizard() override;

    // The mapping as the combo boxes show it.
    CsvImport::Mapping mapping() const;
    bool isRunning() const { return m_running; }
    // The outcome of the last import (empty until one ends).
    const QString& outcome() const { return m_outcome; }

    void reject() override;

signals:
    // An import was committed: the lists and figures need a reload.
    void imported();
    // The worker finished (committed, rejected, cancelled or failed).
    void finishedRun();

private:
    friend class ImportFilePage;
    friend class ImportMappingPage;
    friend class ImportRunPage;

    void chooseFile();
    void loadPreview();
    void showUnmapped();
    void startImport();
    void cancelImport();
    void runEnded(bool ok, const QString& text, bool committed, const QString& rejected);
    void progressed(qint64 done, qint64 total);
    QString clientId() const;
    CsvImport::Kind kind() const;

    Database& m_db;
    Session m_session;
    const Clock& m_clock;

    // File page
    QComboBox* m_client;
    QComboBox* m_kindBox;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_fileError;

    // Mapping page
    QTableWidget* m_preview;
    QLabel* m_previewInfo;
    QFormLayout* m_mappingForm;
    QScrollArea* m_mappingScroll;  // the column choices
    QVector<QComboBox*> m_columns; // one per field of the kind, objectName "map_<code>"
    QComboBox* m_decimal;
    QComboBox* m_dates;
    QRadioButton* m_allOrNothing;
    QRadioButton* m_validRows;
    QLabel* m_mappingError;
    QLabel* m_unmapped;
    QStringList m_header;

    // Run page
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_cancel;
    QLabel* m_summary;
    QPlainTextEdit* m_rejections; // the first rejected rows: line, field, reason

    QThread* m_worker = nullptr;
    std::atomic<bool> m_cancelRequested{false};
    bool m_running = false;
    bool m_done = false;
    QString m_outcome;
};

} // namespace ascolto

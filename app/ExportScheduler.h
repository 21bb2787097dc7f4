#pragma once

#include "StoreWorker.h"

#include "storage/Session.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace ascolto {

class Clock;
class MainWindow;

// The periodic export of this workstation: every N minutes, on demand and at exit, a sync
// bundle and the activity CSVs the logged-in user may write go to the configured folder
// (io/PeriodicExport). Timed and
// on-demand exports run on a worker thread with their own connection, so the window never
// waits; the outcome comes back as a sentence for the status bar.
class ExportScheduler : public QObject
{
    Q_OBJECT
public:
    ExportScheduler(QString storePath, const Clock& clock, Session session,
                    QObject* parent = nullptr);
    ~ExportScheduler() override;

    // Folder empty: exports are off (the status bar says so). Interval in minutes.
    void configure(const QString& folder, int intervalMinutes);
    // Starts an export on the worker unless one is running.
    void exportNow();
    // At exit: waits for a running export, then exports once more on this thread.
    void exportAtExit();
    // File > Export now starts an export; the window's status bar shows each outcome.
    void attach(MainWindow& window);

signals:
    // "22/11/2026 10:15: 12 changes" or "failed at 10:15: the folder ... does not exist".
    void statusChanged(const QString& text);

private:
    QString run(); // one export with its own connection; returns the status text

    QString m_storePath;
    const Clock& m_clock;
    const Session m_session;
    QString m_folder;
    QTimer m_timer;
    StoreWorker m_worker; // last: destroyed (waited for) before what its job reads
};

} // namespace ascolto

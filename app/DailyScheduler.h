#pragma once

#include "StoreWorker.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QTimer>

namespace ascolto {

class Clock;
class MainWindow;

// The daily run (storage/DailyRun) of the open window: once at start, then whenever the
// date changes while the window stays open (a workstation left on overnight). Each run uses
// its own connection on a worker thread, so the window never waits; when it ends the lists
// reload and the status bar says what changed.
class DailyScheduler : public QObject
{
    Q_OBJECT
public:
    DailyScheduler(QString storePath, const Clock& clock, QObject* parent = nullptr);
    ~DailyScheduler() override;

    // Runs now, then looks at the date every `checkSeconds`.
    void start(int checkSeconds = 60);
    // Runs if the date moved since the last run (what the timer calls).
    void checkDay();
    // Each report reaches the window: lists reloaded, the sentence in the status bar. A run
    // that ended before the window existed is delivered at once.
    void attach(MainWindow& window);
    bool isRunning() const { return m_worker.isRunning(); }

signals:
    void ran(const QString& text);

private:
    void runNow();

    QString m_storePath;
    const Clock& m_clock;
    QTimer m_timer;
    QDate m_lastDay;
    QString m_lastText;
    StoreWorker m_worker; // last: destroyed (waited for) before what its job reads
};

} // namespace ascolto

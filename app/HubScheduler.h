#pragma once

#include "StoreWorker.h"

#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

namespace ascolto {

class Clock;
class MainWindow;

// Online sync with head office's hub ([hub] url, certificate, interval_minutes in the
// settings): every N minutes (1 by default) a round of HubLink::syncOnce on a worker thread
// with its own connection, so the window never waits. The outcome comes back as a sentence
// for the status bar. When the hub cannot be reached the work stays in the store and goes
// by the periodic export's files meanwhile; the next round sends it all the same.
class HubScheduler : public QObject
{
    Q_OBJECT
public:
    HubScheduler(QString storePath, const Clock& clock, QObject* parent = nullptr);
    ~HubScheduler() override;

    // An empty URL: no hub (a single office, or sync by files only).
    void configure(const QUrl& hub, const QString& certificate, int intervalMinutes);
    bool isConfigured() const { return !m_hub.isEmpty(); }
    // Starts a round on the worker unless one is running.
    void syncNow();
    void wait() { m_worker.wait(); }
    // The window's status bar shows each outcome.
    void attach(MainWindow& window);

signals:
    // "hub: 10:15, 3 rows sent, 5 received" or "hub unreachable at 10:15: ... (files meanwhile)".
    void statusChanged(const QString& text);

private:
    QString run();

    QString m_storePath;
    const Clock& m_clock;
    QUrl m_hub;
    QString m_certificate;
    QTimer m_timer;
    StoreWorker m_worker; // last: destroyed (waited for) before what its job reads
};

} // namespace ascolto

#pragma once

#include "storage/ReportQuery.h"
#include "storage/Session.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace ascolto {

class Clock;
class Database;

// Reads a report's facts (ReportQuery) on a worker with its own connection, so the window
// stays responsive over a million bills: progress as it goes, cancel at any time. In tests,
// Synchronous reads on the caller's connection.
class ReportLoader : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Synchronous,
        Background
    };
    ReportLoader(Database& db, Session session, const Clock& clock, Mode mode,
                 QObject* parent = nullptr);
    ~ReportLoader() override;

    // Supersedes a reading in progress.
    void start(const ReportFilter& filter);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    // The last reading's facts, or its error.
    const std::optional<ReportFacts>& facts() const { return m_facts; }
    const QString& error() const { return m_error; }

signals:
    void progress(int percent);
    void finished();

private:
    void apply(const Result<ReportFacts>& result);
    Database& m_db;
    Session m_session;
    const Clock& m_clock;
    Mode m_mode;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    std::optional<ReportFacts> m_facts;
    QString m_error;
};

} // namespace ascolto

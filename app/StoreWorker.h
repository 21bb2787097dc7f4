#pragma once

#include "domain/Result.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QObject;
class QThread;

namespace ascolto {

class Database;

// One background job at a time on a worker thread (the periodic export, the daily run):
// the job opens its own connection to the store, returns a sentence for the status bar, and
// the sentence comes back on the owner's thread. The destructor waits for a running job, so
// the store outlives it.
class StoreWorker
{
public:
    StoreWorker() = default;
    ~StoreWorker();
    StoreWorker(const StoreWorker&) = delete;
    StoreWorker& operator=(const StoreWorker&) = delete;

    // Starts `job` unless one is running (then returns false); `done` gets its sentence on
    // `context`'s thread.
    bool start(QObject* context, std::function<QString()> job,
               std::function<void(const QString&)> done);
    // Waits for a running job.
    void wait();
    bool isRunning() const { return m_running; }

    // A connection of the job's own to the store (named after `purpose`, unique).
    static Result<std::unique_ptr<Database>> open(const QString& storePath, const QString& purpose);

private:
    std::atomic<bool> m_running{false};
    QThread* m_thread = nullptr;
};

} // namespace ascolto

#include "StoreWorker.h"

#include "storage/Database.h"

#include <QThread>
#include <QUuid>

namespace ascolto {

StoreWorker::~StoreWorker()
{
    wait();
    delete m_thread;
}

void StoreWorker::wait()
{
    if (m_thread)
        m_thread->wait();
}

bool StoreWorker::start(QObject* context, std::function<QString()> job,
                        std::function<void(const QString&)> done)
{
    if (m_running.exchange(true))
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_thread = QThread::create([this, context, job = std::move(job), done = std::move(done)] {
        const QString text = job();
        QMetaObject::invokeMethod(
            context,
            [this, done, text] {
                m_running = false;
                done(text);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

Result<std::unique_ptr<Database>> StoreWorker::open(const QString& storePath,
                                                    const QString& purpose)
{
    Database::Options options;
    options.create = false;
    return Database::open(
        storePath, purpose + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces),
        options);
}

} // namespace ascolto

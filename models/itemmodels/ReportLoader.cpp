#include "ReportLoader.h"

#include "storage/Database.h"

#include <QPointer>
#include <QThread>

namespace ascolto {

ReportLoader::ReportLoader(Database& db, Session session, const Clock& clock, Mode mode,
                           QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session))
    , m_clock(clock)
    , m_mode(mode)
{}

ReportLoader::~ReportLoader()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void ReportLoader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ReportLoader::apply(const Result<ReportFacts>& result)
{
    m_facts.reset();
    m_error.clear();
    if (result)
        m_facts = result.value();
    else
        m_error = result.error();
    emit finished();
}

void ReportLoader::start(const ReportFilter& filter)
{
    if (m_mode == Mode::Synchronous) {
        apply(ReportQuery(m_db, m_clock).facts(m_session, filter, [this](int percent) {
            emit progress(percent);
            return true;
        }));
        return;
    }
    // One reading at a time: the one in progress is told to stop and waited for.
    cancel();
    if (m_thread) {
        m_thread->wait();
        m_thread = nullptr;
    }
    auto stop = std::make_shared<std::atomic_bool>(false);
    m_cancel = stop;
    auto result = std::make_shared<std::optional<Result<ReportFacts>>>();
    const QString path = m_db.path();
    const Session session = m_session;
    const Clock& clock = m_clock;
    QPointer<ReportLoader> self(this);
    QThread* thread = QThread::create([=, &clock] {
        Database::Options options;
        options.create = false;
        const QString name = QStringLiteral("reports-%1").arg(quintptr(QThread::currentThreadId()));
        auto db = Database::open(path, name, options);
        if (!db) {
            result->emplace(db.status());
            return;
        }
        result->emplace(
            ReportQuery(*db.value(), clock).facts(session, filter, [stop, self](int percent) {
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, percent] {
                        if (self)
                            emit self->progress(percent);
                    },
                    Qt::QueuedConnection);
                return !stop->load();
            }));
    });
    thread->setObjectName(QStringLiteral("reports"));
    connect(thread, &QThread::finished, this, [this, thread, result, stop] {
        thread->deleteLater();
        if (m_thread == thread)
            m_thread = nullptr;
        // A superseded reading says nothing.
        if (stop != m_cancel)
            return;
        apply(result->has_value()
                  ? **result
                  : Result<ReportFacts>::failure(tr("The report could not be read.")));
    });
    m_thread = thread;
    thread->start();
}

} // namespace ascolto

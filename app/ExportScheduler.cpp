#include "ExportScheduler.h"

#include "domain/Clock.h"
#include "io/PeriodicExport.h"
#include "storage/Database.h"
#include "ui/MainWindow.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

namespace ascolto {

ExportScheduler::ExportScheduler(QString storePath, const Clock& clock, Session session,
                                 QObject* parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_clock(clock)
    , m_session(std::move(session))
{
    connect(&m_timer, &QTimer::timeout, this, &ExportScheduler::exportNow);
}

ExportScheduler::~ExportScheduler() = default;

void ExportScheduler::configure(const QString& folder, int intervalMinutes)
{
    m_folder = folder;
    m_timer.stop();
    if (folder.isEmpty()) {
        emit statusChanged(tr("off (no export folder configured)"));
        return;
    }
    m_timer.start(qMax(1, intervalMinutes) * 60 * 1000);
}

QString ExportScheduler::run()
{
    const auto db = StoreWorker::open(m_storePath, QStringLiteral("export"));
    const QString at = QLocale().toString(m_clock.nowUtc().toLocalTime(), QLocale::ShortFormat);
    if (!db)
        return tr("failed at %1: %2").arg(at, db.error());
    const auto outcome = PeriodicExport::run(*db.value(), m_clock, m_folder, m_session);
    return outcome ? tr("%1, %n change(s), into %2", nullptr, int(outcome->changes))
                         .arg(at, QFileInfo(m_folder).fileName())
                   : tr("failed at %1: %2 (nothing is lost: the next export catches up)")
                         .arg(at, outcome.error());
}

void ExportScheduler::attach(MainWindow& window)
{
    connect(this, &ExportScheduler::statusChanged, &window, &MainWindow::setLastExport);
    connect(&window, &MainWindow::exportRequested, this, &ExportScheduler::exportNow);
}

void ExportScheduler::exportNow()
{
    if (m_folder.isEmpty()) {
        emit statusChanged(tr("off (no export folder configured)"));
        return;
    }
    m_worker.start(
        this, [this] { return run(); }, [this](const QString& text) { emit statusChanged(text); });
}

void ExportScheduler::exportAtExit()
{
    m_timer.stop();
    m_worker.wait();
    if (!m_folder.isEmpty())
        emit statusChanged(run());
}

} // namespace ascolto

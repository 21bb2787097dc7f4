#include "DailyScheduler.h"

#include "domain/Clock.h"
#include "storage/DailyRun.h"
#include "storage/Database.h"
#include "ui/MainWindow.h"

#include <QStatusBar>

namespace ascolto {

DailyScheduler::DailyScheduler(QString storePath, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &DailyScheduler::checkDay);
}

DailyScheduler::~DailyScheduler() = default;

void DailyScheduler::start(int checkSeconds)
{
    runNow();
    m_timer.start(qMax(1, checkSeconds) * 1000);
}

void DailyScheduler::checkDay()
{
    if (m_clock.today() != m_lastDay)
        runNow();
}

void DailyScheduler::attach(MainWindow& window)
{
    const auto show = [&window](const QString& text) {
        window.refreshAfterChange();
        window.statusBar()->showMessage(text, 20000);
    };
    connect(this, &DailyScheduler::ran, &window, show);
    // Once the window is up: a message shown before is drawn over the status labels.
    if (!m_lastText.isEmpty())
        QTimer::singleShot(0, &window, [show, text = m_lastText] { show(text); });
}

void DailyScheduler::runNow()
{
    if (m_worker.isRunning())
        return;
    m_lastDay = m_clock.today();
    m_worker.start(
        this,
        [this] {
            const auto db = StoreWorker::open(m_storePath, QStringLiteral("daily"));
            if (!db)
                return tr("The daily check could not open the store: %1").arg(db.error());
            const auto report = DailyRun::run(*db.value(), m_clock);
            return report ? report->text()
                          : tr("The daily check failed: %1. It runs again at the next start or "
                               "change of day.")
                                .arg(report.error());
        },
        [this](const QString& text) {
            m_lastText = text;
            emit ran(text);
        });
}

} // namespace ascolto

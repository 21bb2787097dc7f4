#include "DailyScheduler.h"

#include "domain/Clock.h"
#include "storage/DailyRun.h"
#include "storage/Database.h"
#include "ui/MainWindow.h"

#include <QStatusBar>
#include <QThread>
#include <QUuid>

namespace ascolto {

DailyScheduler::DailyScheduler(QString storePath, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &DailyScheduler::checkDay);
}

DailyScheduler::~DailyScheduler()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

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
    if (!m_lastText.isEmpty())
        show(m_lastText);
}

void DailyScheduler::runNow()
{
    if (m_running.exchange(true))
        return;
    m_lastDay = m_clock.today();
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
    m_worker = QThread::create([this] {
        const QString connection =
            QStringLiteral("daily-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        Database::Options options;
        options.create = false;
        QString text;
        if (auto db = Database::open(m_storePath, connection, options)) {
            const auto report = DailyRun::run(*db.value(), m_clock);
            text = report ? report->text()
                          : tr("The daily check failed: %1. It runs again at the next start or "
                               "change of day.")
                                .arg(report.error());
        } else {
            text = tr("The daily check could not open the store: %1").arg(db.error());
        }
        QMetaObject::invokeMethod(
            this,
            [this, text] {
                m_lastText = text;
                m_running = false;
                emit ran(text);
            },
            Qt::QueuedConnection);
    });
    m_worker->start();
}

} // namespace ascolto

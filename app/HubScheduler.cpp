#include "HubScheduler.h"

#include "domain/Clock.h"
#include "io/HubLink.h"
#include "storage/Database.h"
#include "ui/MainWindow.h"

#include <QDateTime>
#include <QLocale>

namespace ascolto {

HubScheduler::HubScheduler(QString storePath, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &HubScheduler::syncNow);
}

HubScheduler::~HubScheduler() = default;

void HubScheduler::configure(const QUrl& hub, const QString& certificate, int intervalMinutes)
{
    m_hub = hub;
    m_certificate = certificate;
    m_timer.stop();
    if (m_hub.isEmpty())
        return;
    m_timer.start(qMax(1, intervalMinutes) * 60 * 1000);
}

QString HubScheduler::run()
{
    const QString at =
        QLocale().toString(m_clock.nowUtc().toLocalTime().time(), QLocale::ShortFormat);
    const auto db = StoreWorker::open(m_storePath, QStringLiteral("hub"));
    if (!db)
        return tr("hub: failed at %1: %2").arg(at, db.error());
    // Short rounds: the window's next one comes in a minute.
    const auto round = HubLink::syncOnce(*db.value(), m_clock, m_hub, m_certificate, 30000);
    if (!round)
        return tr("hub unreachable at %1: %2 (the work stays here and goes by the export "
                  "folder's files meanwhile)")
            .arg(at, round.error());
    return tr("hub: %1, %n row(s) sent", nullptr, int(round->sent.header.rows)).arg(at) +
           tr(", %n received", nullptr, round->received.inserted + round->received.updated);
}

void HubScheduler::attach(MainWindow& window)
{
    connect(this, &HubScheduler::statusChanged, &window, &MainWindow::setHubStatus);
}

void HubScheduler::syncNow()
{
    if (m_hub.isEmpty())
        return;
    m_worker.start(
        this, [this] { return run(); }, [this](const QString& text) { emit statusChanged(text); });
}

} // namespace ascolto

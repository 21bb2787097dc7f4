#include "HubServer.h"

#include "HubStore.h"
#include "HubSync.h"
#include "PgConnection.h"
#include "io/HubLink.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>

namespace ascolto {

namespace {

using Status_ = QHttpServerResponse::StatusCode;

QHttpServerResponse text(const QString& message, Status_ status)
{
    return QHttpServerResponse(QByteArray("text/plain; charset=utf-8"), message.toUtf8() + '\n',
                               status);
}

} // namespace

HubServer::HubServer(QString conninfo, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_conninfo(std::move(conninfo))
    , m_clock(clock)
    , m_server(std::make_unique<QHttpServer>())
{
    m_server->route(QStringLiteral("/v1/bundles"), QHttpServerRequest::Method::Post,
                    [this](const QHttpServerRequest& request) { return push(request); });
    m_server->route(QStringLiteral("/v1/bundles/<arg>"), QHttpServerRequest::Method::Get,
                    [this](const QString& device, const QHttpServerRequest& request) {
                        return pull(device, request);
                    });
}

HubServer::~HubServer() = default;

Result<HubStore*> HubServer::hub()
{
    // One connection, opened again once libpq knows it broke (the server restarted, the link
    // dropped): the request that found out fails, the workstation's next round goes through.
    if (m_hub && m_hub->pg().isOpen())
        return m_hub.get();
    m_hub.reset();
    auto opened = HubStore::open(m_conninfo);
    if (!opened)
        return Result<HubStore*>::failure(opened.error());
    m_hub = std::move(opened.value());
    // Serving: the whole firm in one working copy kept between requests, made now.
    m_hub->keepWarm();
    QElapsedTimer timer;
    timer.start();
    if (Status s = m_hub->warmUp(); !s) {
        m_hub.reset();
        return Result<HubStore*>::failure(s.error());
    }
    qInfo("hub: working copy of the firm ready in %lld ms", timer.elapsed());
    return m_hub.get();
}

Result<quint16> HubServer::start(const QHostAddress& address, quint16 port,
                                 const QString& certificate, const QString& key)
{
    using R = Result<quint16>;
    const auto chain = QSslCertificate::fromPath(certificate, QSsl::Pem);
    if (chain.isEmpty())
        return R::failure(QStringLiteral("%1 holds no certificate (PEM)").arg(certificate));
    QFile keyFile(key);
    if (!keyFile.open(QIODevice::ReadOnly))
        return R::failure(QStringLiteral("%1: %2").arg(key, keyFile.errorString()));
    const QByteArray keyPem = keyFile.readAll();
    QSslKey privateKey;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Opaque}) {
        privateKey = QSslKey(keyPem, algorithm, QSsl::Pem);
        if (!privateKey.isNull())
            break;
    }
    if (privateKey.isNull())
        return R::failure(QStringLiteral("%1 holds no private key this server can use (PEM, RSA "
                                         "or EC)")
                              .arg(key));
    if (const auto opened = hub(); !opened)
        return R::failure(opened.error());
    m_server->sslSetup(chain.first(), privateKey);
    const quint16 listening = m_server->listen(address, port);
    if (listening == 0)
        return R::failure(
            QStringLiteral("cannot listen on %1:%2").arg(address.toString()).arg(port));
    return listening;
}

QHttpServerResponse HubServer::push(const QHttpServerRequest& request)
{
    QElapsedTimer timer;
    timer.start();
    QString phases; // where the time went, once there was a change
    const auto answer = [&](QHttpServerResponse response) {
        m_pushMs.push_back(timer.elapsed());
        qInfo("push: %d in %lld ms%s", int(response.statusCode()), m_pushMs.back(),
              qPrintable(phases));
        return response;
    };
    const auto store = hub();
    if (!store)
        return answer(text(store.error(), Status_::ServiceUnavailable));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("received.bundle"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(request.body()) != request.body().size())
            return answer(
                text(QStringLiteral("cannot keep the bundle"), Status_::InternalServerError));
    }
    const auto imported = HubSync::importBundle(*store.value(), m_clock, path);
    if (!imported) {
        // A refusal names the temporary file; the sender knows which bundle it sent.
        QString why = imported.error();
        why.replace(path, QStringLiteral("sent"));
        return answer(text(why, Status_::Forbidden));
    }
    phases = QStringLiteral(" (catch-up %1 ms, merge %2 ms, write %3 ms)")
                 .arg(imported->counts.fillMs)
                 .arg(imported->counts.workMs)
                 .arg(imported->counts.writeMs);
    return answer(text(imported->result.text(), Status_::Ok));
}

QHttpServerResponse HubServer::pull(const QString& device, const QHttpServerRequest& request)
{
    QElapsedTimer timer;
    timer.start();
    QString phases;
    const auto answer = [&](QHttpServerResponse response) {
        m_pullMs.push_back(timer.elapsed());
        qInfo("pull %s: %d in %lld ms%s", qPrintable(device), int(response.statusCode()),
              m_pullMs.back(), qPrintable(phases));
        return response;
    };
    const auto store = hub();
    if (!store)
        return answer(text(store.error(), Status_::ServiceUnavailable));
    const auto known = store.value()->pg().query(
        QStringLiteral("SELECT public_key, revoked_at IS NOT NULL FROM device WHERE id = $1"),
        {device});
    if (!known)
        return answer(text(known.error(), Status_::ServiceUnavailable));
    if (known->rows.isEmpty())
        return answer(text(QStringLiteral("device %1 is not enrolled at the hub").arg(device),
                           Status_::Forbidden));
    if (known->rows.first().at(1) == QLatin1String("t"))
        return answer(
            text(QStringLiteral("device %1 was revoked").arg(device), Status_::Forbidden));
    const qint64 at = request.value(QByteArrayLiteral("X-Ascolto-Time")).toLongLong();
    const QByteArray signature =
        QByteArray::fromHex(request.value(QByteArrayLiteral("X-Ascolto-Signature")));
    if (Status s = HubLink::verifyPull(device, at, signature,
                                       QByteArray::fromHex(known->rows.first().at(0).toLatin1()),
                                       m_clock.nowUtc().toSecsSinceEpoch());
        !s)
        return answer(text(s.error(), Status_::Forbidden));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("for-device.bundle"));
    const auto exported = HubSync::exportBundle(*store.value(), m_clock, path, device);
    if (!exported)
        return answer(text(exported.error(), Status_::Forbidden));
    phases = QStringLiteral(" (catch-up %1 ms, export %2 ms, write %3 ms)")
                 .arg(exported->counts.fillMs)
                 .arg(exported->counts.workMs)
                 .arg(exported->counts.writeMs);
    QFile f(exported->result.path);
    if (!f.open(QIODevice::ReadOnly))
        return answer(text(f.errorString(), Status_::InternalServerError));
    return answer(
        QHttpServerResponse(QByteArray("application/octet-stream"), f.readAll(), Status_::Ok));
}

} // namespace ascolto

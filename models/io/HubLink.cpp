#include "HubLink.h"

#include "storage/Database.h"
#include "storage/Devices.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUuid>

#include <sodium.h>

#include <cstdio>

namespace ascolto::HubLink {

namespace {

constexpr qint64 kPullWindowSeconds = 300;

QString partName(Database& db, const char* what)
{
    return QStringLiteral("%1.hub-%2-%3.part")
        .arg(db.path(), QLatin1String(what), QUuid::createUuid().toString(QUuid::WithoutBraces));
}

struct Reply
{
    int status = 0;
    QByteArray body;
};

// One request, waited for in a local event loop.
Result<Reply> exchange(QNetworkAccessManager& net, QNetworkRequest request,
                       const QByteArray* upload, int timeoutMs)
{
    QNetworkReply* reply = upload ? net.post(request, *upload) : net.get(request);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    loop.exec();
    reply->deleteLater();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        return Result<Reply>::failure(
            HubLinkText::tr("The hub at %1 cannot be reached: %2")
                .arg(request.url().toString(QUrl::RemoveUserInfo | QUrl::RemovePath),
                     timer.isActive() ? reply->errorString()
                                      : HubLinkText::tr("no answer in time")));
    return r;
}

} // namespace

QByteArray pullMessage(const QString& deviceId, qint64 unixSeconds)
{
    return QStringLiteral("ascolto-pull:%1:%2").arg(deviceId).arg(unixSeconds).toUtf8();
}

QByteArray signPull(const QString& deviceId, qint64 unixSeconds, const QByteArray& secretKey)
{
    const QByteArray message = pullMessage(deviceId, unixSeconds);
    QByteArray signature(crypto_sign_BYTES, '\0');
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char*>(secretKey.constData()));
    return signature;
}

Status verifyPull(const QString& deviceId, qint64 unixSeconds, const QByteArray& signature,
                  const QByteArray& publicKey, qint64 nowSeconds)
{
    if (qAbs(nowSeconds - unixSeconds) > kPullWindowSeconds)
        return Status::failure(HubLinkText::tr("the request's time is more than five minutes "
                                               "from the hub's clock"));
    const QByteArray message = pullMessage(deviceId, unixSeconds);
    if (signature.size() != crypto_sign_BYTES || publicKey.size() != crypto_sign_PUBLICKEYBYTES ||
        crypto_sign_verify_detached(
            reinterpret_cast<const unsigned char*>(signature.constData()),
            reinterpret_cast<const unsigned char*>(message.constData()), quint64(message.size()),
            reinterpret_cast<const unsigned char*>(publicKey.constData())) != 0)
        return Status::failure(HubLinkText::tr("the request is not signed with the key enrolled "
                                               "for device %1")
                                   .arg(deviceId));
    return Status::success();
}

Result<Round> syncOnce(Database& db, const Clock& clock, const QUrl& hub,
                       const QString& certificate, int timeoutMs)
{
    using R = Result<Round>;
    if (!hub.isValid() || hub.scheme() != QLatin1String("https"))
        return R::failure(HubLinkText::tr("The hub's address must be https://HOST:PORT (it is "
                                          "\"%1\").")
                              .arg(hub.toString()));
    Devices devices(db, clock);
    const QString home = devices.homeDevice();
    if (home.isEmpty())
        return R::failure(HubLinkText::tr("This store has no head office yet: apply head "
                                          "office's first bundle (from a file) before syncing "
                                          "online."));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!certificate.isEmpty()) {
        const auto pinned = QSslCertificate::fromPath(certificate, QSsl::Pem);
        if (pinned.isEmpty())
            return R::failure(HubLinkText::tr("%1 holds no certificate (PEM).").arg(certificate));
        tls.setCaCertificates(pinned);
    }
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    QNetworkAccessManager net;
    auto request = [&](const QString& path) {
        QUrl url = hub;
        url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + path);
        QNetworkRequest r(url);
        r.setSslConfiguration(tls);
        r.setTransferTimeout(timeoutMs);
        return r;
    };
    Round round;

    // Up: this store's work for head office.
    const QString up = partName(db, "up");
    SyncBundle::ExportOptions options;
    options.forDevice = home;
    options.markLater = true; // until the hub says it has it
    const auto sent = SyncBundle::exportBundle(db, clock, up, options);
    if (!sent)
        return R::failure(sent.error());
    round.sent = sent.value();
    QByteArray bundle;
    {
        QFile f(up);
        if (!f.open(QIODevice::ReadOnly))
            return R::failure(HubLinkText::tr("Cannot read %1.").arg(up));
        bundle = f.readAll();
    }
    QFile::remove(up);
    QNetworkRequest push = request(QStringLiteral("/v1/bundles"));
    push.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
    const auto pushed = exchange(net, push, &bundle, timeoutMs);
    if (!pushed)
        return R::failure(pushed.error());
    if (pushed->status != 200)
        return R::failure(HubLinkText::tr("The hub refused this workstation's bundle (HTTP %1): "
                                          "%2")
                              .arg(pushed->status)
                              .arg(QString::fromUtf8(pushed->body).trimmed()));
    round.hubSaid = QString::fromUtf8(pushed->body).trimmed();
    if (Status s = SyncBundle::markSent(db, round.sent); !s)
        return R::failure(s.error());

    // A bundle taken from the hub in an earlier round but not applied (the workstation stopped
    // in between): the hub has counted it as sent, so it is applied first.
    const QString pending = db.path() + QStringLiteral(".hub-pending.bundle");
    if (QFile::exists(pending)) {
        const auto late = SyncBundle::importBundle(db, clock, pending);
        if (!late) {
            // Never applicable (refused, damaged): kept aside for an administrator, once.
            const QString aside =
                db.path() + QStringLiteral(".hub-refused-%1.bundle")
                                .arg(clock.nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            QFile::rename(pending, aside);
            return R::failure(HubLinkText::tr("A bundle taken from the hub earlier cannot be "
                                              "applied (kept as %1): %2")
                                  .arg(aside, late.error()));
        }
        QFile::remove(pending);
    }

    // Down: head office's bundle for this device, asked with this device's signature.
    const auto secret = devices.secretKey();
    if (!secret)
        return R::failure(secret.error());
    const qint64 now = clock.nowUtc().toSecsSinceEpoch();
    QNetworkRequest pull = request(QStringLiteral("/v1/bundles/") + db.deviceId());
    pull.setRawHeader("X-Ascolto-Time", QByteArray::number(now));
    pull.setRawHeader("X-Ascolto-Signature", signPull(db.deviceId(), now, secret.value()).toHex());
    const auto pulled = exchange(net, pull, nullptr, timeoutMs);
    if (!pulled)
        return R::failure(pulled.error());
    if (pulled->status != 200)
        return R::failure(HubLinkText::tr("The hub sent no bundle for this workstation (HTTP "
                                          "%1): %2")
                              .arg(pulled->status)
                              .arg(QString::fromUtf8(pulled->body).trimmed()));
    // Kept until applied: the hub has counted it as sent.
    const QString down = partName(db, "down");
    {
        QFile f(down);
        if (!f.open(QIODevice::WriteOnly) || f.write(pulled->body) != pulled->body.size() ||
            !f.flush())
            return R::failure(HubLinkText::tr("Cannot write %1.").arg(down));
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    if (std::rename(QFile::encodeName(down).constData(), QFile::encodeName(pending).constData()) !=
        0)
        return R::failure(HubLinkText::tr("Cannot write %1.").arg(pending));
    const auto received = SyncBundle::importBundle(db, clock, pending);
    if (!received)
        return R::failure(received.error()); // applied (or set aside) next round
    QFile::remove(pending);
    round.received = received.value();
    return round;
}

} // namespace ascolto::HubLink

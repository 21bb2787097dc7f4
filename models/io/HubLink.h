#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "io/SyncBundle.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

namespace ascolto {

class Database;

// Online sync with head office's hub (ascolto-hub serve) over HTTPS: the same bundles as on
// a USB stick, carried by the network.
//
//   POST /v1/bundles              a sealed bundle; the hub merges it (200, or 4xx: why, as text)
//   GET  /v1/bundles/{device}     the device's next bundle, sealed for it (200, body = bundle)
//
// A bundle is signed by its writer and sealed for its reader, so what travels is safe in
// itself; TLS keeps the link private and tells the workstation it talks to its hub (the
// hub's certificate, pinned from a file). Asking for a device's bundle moves the hub's record
// of what that device has, so the request is signed with the device's key (PullProof).
namespace HubLink {

// "ascolto-pull:DEVICE:SECONDS": what the device signs, with the time of the request; the hub
// takes it within five minutes either way.
QByteArray pullMessage(const QString& deviceId, qint64 unixSeconds);
QByteArray signPull(const QString& deviceId, qint64 unixSeconds, const QByteArray& secretKey);
Status verifyPull(const QString& deviceId, qint64 unixSeconds, const QByteArray& signature,
                  const QByteArray& publicKey, qint64 nowSeconds);

struct Round
{
    SyncBundle::ExportResult sent;
    SyncBundle::ImportResult received;
    QString hubSaid; // the hub's words on what it merged
};

// One round: this store's work since its last bundle for head office goes up, head office's
// bundle for it comes down and is applied. `certificate`: the hub's certificate (PEM), the
// only one accepted; empty: the system's authorities. Fails, saying why, when the hub cannot
// be reached or refuses; what was not applied is sent again next time.
Result<Round> syncOnce(Database& db, const Clock& clock, const QUrl& hub,
                       const QString& certificate, int timeoutMs = 60000);

} // namespace HubLink

class HubLinkText
{
    Q_DECLARE_TR_FUNCTIONS(HubLink)
};

} // namespace ascolto

#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace ascolto {

class HubStore;

// ascolto-hub serve: the hub's bundles over HTTPS (HubLink describes the two requests).
// Requests are served one at a time on the server's thread, each in its own transaction
// (HubStore), so a hub process holds no state between them and several can serve one
// database behind a load balancer.
class HubServer : public QObject
{
    Q_OBJECT
public:
    HubServer(QString conninfo, const Clock& clock, QObject* parent = nullptr);
    ~HubServer() override;

    // Listens with TLS on the address and port (0: any free one); returns the port.
    Result<quint16> start(const QHostAddress& address, quint16 port, const QString& certificate,
                          const QString& key);

private:
    QHttpServerResponse push(const QHttpServerRequest& request);
    QHttpServerResponse pull(const QString& device, const QHttpServerRequest& request);
    Result<HubStore*> hub();
    QString m_conninfo;
    const Clock& m_clock;
    std::unique_ptr<QHttpServer> m_server;
    std::unique_ptr<HubStore> m_hub;
};

} // namespace ascolto

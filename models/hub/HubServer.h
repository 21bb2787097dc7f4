#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QObject>

#include <memory>
#include <vector>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

namespace ascolto {

class HubStore;

// ascolto-hub serve: the hub's bundles over HTTPS (HubLink describes the two requests).
// Requests are served one at a time on the server's thread, each in its own transaction
// (HubStore) on the process's working copy of the whole firm (HubStore::keepWarm), which
// catches up with what other hub processes wrote: the state is PostgreSQL's, and several
// processes can serve one database behind a load balancer.
class HubServer : public QObject
{
    Q_OBJECT
public:
    HubServer(QString conninfo, const Clock& clock, QObject* parent = nullptr);
    ~HubServer() override;

    // Listens with TLS on the address and port (0: any free one); returns the port.
    Result<quint16> start(const QHostAddress& address, quint16 port, const QString& certificate,
                          const QString& key);

    // How long each request answered took at the server, in milliseconds (queueing excluded).
    const std::vector<qint64>& pushTimes() const { return m_pushMs; }
    const std::vector<qint64>& pullTimes() const { return m_pullMs; }

private:
    QHttpServerResponse push(const QHttpServerRequest& request);
    QHttpServerResponse pull(const QString& device, const QHttpServerRequest& request);
    Result<HubStore*> hub();
    QString m_conninfo;
    const Clock& m_clock;
    std::unique_ptr<QHttpServer> m_server;
    std::unique_ptr<HubStore> m_hub;
    std::vector<qint64> m_pushMs, m_pullMs;
};

} // namespace ascolto

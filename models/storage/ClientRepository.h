#pragma once

#include "domain/ClientConfig.h"
#include "domain/Clock.h"
#include "domain/ContactPolicy.h"
#include "domain/Records.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace ascolto {

class Database;
class Session;

class ClientRepository
{
    Q_DECLARE_TR_FUNCTIONS(ClientRepository)
public:
    ClientRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // Admin only. Returns the new client's id. Only the identity and mandate rules; the
    // rest keeps the defaults (use save() for a whole configuration).
    Result<QString> create(const Session& session, const ClientRecord& client);
    // Admin only: creates the client when config.client.id is empty, else updates it. The
    // configuration is checked with ClientConfig::check() first; the first problem is the
    // message. One transaction with its audit row (the fields that changed). Returns the id.
    Result<QString> save(const Session& session, const ClientConfig& config);
    Result<ClientRecord> byId(const QString& id) const;
    Result<ClientRecord> byCode(const QString& code) const;
    Result<ClientConfig> configById(const QString& id) const;
    Result<ClientConfig> configByCode(const QString& code) const;
    // The client's contact windows (defaults when not configured).
    ContactPolicy::Windows contactWindows(const QString& clientId) const;
    QVector<ClientRecord> all() const;

private:
    Result<ClientConfig> readConfig(const QString& where, const QString& key,
                                    const QString& notFound) const;
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

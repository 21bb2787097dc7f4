#pragma once

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

    // Admin only. Returns the new client's id.
    Result<QString> create(const Session& session, const ClientRecord& client);
    Result<ClientRecord> byId(const QString& id) const;
    Result<ClientRecord> byCode(const QString& code) const;
    // The client's contact windows (defaults when not configured).
    ContactPolicy::Windows contactWindows(const QString& clientId) const;
    QVector<ClientRecord> all() const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

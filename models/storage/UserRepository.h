#pragma once

#include "Session.h"
#include "domain/Clock.h"
#include "domain/Records.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace ascolto {

class Database;

class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)
public:
    UserRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // Admin only. An operator or team lead must belong to a client.
    Result<QString> create(const Session& session, const UserRecord& user, const QString& password);
    // The same message for an unknown user and a wrong password (no user enumeration).
    Result<Session> authenticate(const QString& username, const QString& password) const;
    Result<UserRecord> byId(const QString& id) const;
    // Users of the session's client (all users for an admin).
    QVector<UserRecord> list(const Session& session) const;
    int count() const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

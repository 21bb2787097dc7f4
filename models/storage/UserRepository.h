#pragma once

#include "Session.h"
#include "domain/Clock.h"
#include "domain/Records.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

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

    // Why a user name cannot be used (empty when it can): 2 to 40 letters, digits, '.', '-'
    // or '_', so that it is typed at a login and on a command line without quoting.
    static QString usernameProblem(const QString& username);
    // Admin only. An operator or team lead must belong to a client.
    Result<QString> create(const Session& session, const UserRecord& user, const QString& password);
    // The same message for an unknown user and a wrong password (no user enumeration).
    // A user whose password was reset gets a session with mustChangePassword() set.
    // Failures are counted per user name and audited ("login_failed"); past
    // LoginThrottle::FreeAttempts the name must wait before its next password is even
    // checked. A success clears the count.
    Result<Session> authenticate(const QString& username, const QString& password);
    Result<UserRecord> byId(const QString& id) const;
    Result<UserRecord> byUsername(const QString& username) const;
    // Admin only. Users are never deleted (calls, plans and audit rows keep their name): a
    // deactivated user cannot log in and receives no new debtors. The last active
    // administrator cannot be deactivated. Debtors keep their interlocutor of record; the
    // team lead reassigns them with a handover note.
    Status setActive(const Session& session, const QString& userId, bool active);
    // Admin only: a temporary password the user must replace at the next login.
    Status resetPassword(const Session& session, const QString& userId,
                         const QString& temporaryPassword);
    // The logged-in user's own password (the current one is checked again).
    Status changePassword(const Session& session, const QString& currentPassword,
                          const QString& newPassword);
    // Admin only: display name, phone, e-mail (role and client do not change: a new role is a
    // new account, so history stays true).
    Status update(const Session& session, const UserRecord& user);
    // Users of the session's client (all users for an admin).
    QVector<UserRecord> list(const Session& session) const;
    int count() const;
    // User names (lower case) of a client's operators, active or not: what a province list of
    // the assignment rule may name (ClientConfig::check).
    QStringList operatorNames(const QString& clientId) const;

private:
    // Hashes and stores a password (mustChange: a temporary one), with its audit row.
    Status setPassword(const Session& session, const QString& userId, const QString& password,
                       bool mustChange, const QString& action, const QJsonObject& details);
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

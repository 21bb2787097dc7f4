#include "UserRepository.h"

#include "AbsenceRepository.h"
#include "AuditLog.h"
#include "Database.h"
#include "Ids.h"
#include "PasswordHasher.h"
#include "SqlHelpers.h"
#include "Transaction.h"

#include "domain/LoginThrottle.h"

#include <QRegularExpression>

namespace ascolto {

namespace {

const char kColumns[] = "id, username, display_name, role, client_id, phone, email, active";

UserRecord readUser(const QSqlQuery& q)
{
    UserRecord u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = RoleText::fromCode(q.value(3).toString()).value_or(Role::Operator);
    u.clientId = q.value(4).toString();
    u.phone = q.value(5).toString();
    u.email = q.value(6).toString();
    u.active = q.value(7).toBool();
    return u;
}

} // namespace

QString UserRepository::usernameProblem(const QString& username)
{
    static const QRegularExpression nameRe(QStringLiteral("^[A-Za-z0-9._-]{2,40}$"));
    if (!nameRe.match(username.trimmed()).hasMatch())
        return tr("A user name is 2 to 40 letters, digits, '.', '-' or '_'.");
    return {};
}

Result<QString> UserRepository::create(const Session& session, const UserRecord& user,
                                       const QString& password)
{
    using R = Result<QString>;
    if (!session.canManageUsers())
        return R::failure(Session::notAllowed(tr("create users")));
    if (user.username.trimmed().isEmpty())
        return R::failure(tr("The user name is empty."));
    if (user.role != Role::Admin && user.clientId.isEmpty())
        return R::failure(tr("An operator or team lead must work for a client."));
    if (user.role == Role::Admin && !user.clientId.isEmpty())
        return R::failure(tr("An administrator works for the whole firm, not for one client."));
    if (const QString problem = usernameProblem(user.username); !problem.isEmpty())
        return R::failure(problem);
    const auto hashed = PasswordHasher::hashNew(password);
    if (!hashed)
        return hashed.status();

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString id = user.id.isEmpty() ? newId() : user.id;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO app_user(id, username, display_name, role, client_id, "
                             "password_hash, phone, email, active, device_id, updated_at, "
                             "updated_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(user.username.trimmed());
    q.addBindValue(user.displayName.trimmed().isEmpty() ? user.username.trimmed()
                                                        : user.displayName.trimmed());
    q.addBindValue(RoleText::code(user.role));
    q.addBindValue(nullable(user.clientId));
    q.addBindValue(hashed.value());
    q.addBindValue(user.phone);
    q.addBindValue(user.email);
    q.addBindValue(user.active ? 1 : 0);
    q.addBindValue(m_db.deviceId());
    q.addBindValue(isoUtc(m_clock.nowUtc()));
    q.addBindValue(nullable(session.userId()));
    if (!q.exec()) {
        if (q.lastError().text().contains(QLatin1String("UNIQUE")))
            return R::failure(tr("The user name %1 is taken.").arg(user.username));
        if (q.lastError().text().contains(QLatin1String("FOREIGN KEY")))
            return R::failure(tr("The client of the new user does not exist."));
        return R::failure(q.lastError().text());
    }
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("create"),
                                    QStringLiteral("user"), id,
                                    {{QStringLiteral("username"), user.username},
                                     {QStringLiteral("role"), RoleText::code(user.role)}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

Result<Session> UserRepository::authenticate(const QString& username, const QString& password)
{
    const QString name = username.trimmed();
    const QString wrong = tr("Wrong user name or password.");
    const QDateTime now = m_clock.nowUtc();
    int failures = 0;
    {
        QSqlQuery f(m_db.sql());
        f.prepare(QStringLiteral("SELECT failures, last_failed_at FROM login_failure WHERE "
                                 "username = ?"));
        f.addBindValue(name);
        if (f.exec() && f.next()) {
            failures = f.value(0).toInt();
            const int left = LoginThrottle::secondsLeft(
                failures, QDateTime::fromString(f.value(1).toString(), Qt::ISODate), now);
            if (left > 0)
                return Result<Session>::failure(
                    tr("Too many failed attempts for %1: try again in %n second(s).", nullptr, left)
                        .arg(name));
        }
    }
    // Counted and audited in their own transaction: a failure is recorded even when the
    // caller goes no further.
    const auto failed = [&](const QString& userId) {
        Transaction tx(m_db);
        QSqlQuery q(m_db.sql());
        if (tx.begun() &&
            execBound(q,
                      QStringLiteral("INSERT INTO login_failure(username, failures, "
                                     "last_failed_at) VALUES(?, 1, ?) ON CONFLICT(username) DO "
                                     "UPDATE SET failures = failures + 1, last_failed_at = "
                                     "excluded.last_failed_at"),
                      {name, isoUtc(now)}, QStringLiteral("login")) &&
            AuditLog::append(
                m_db, m_clock, Session(), QStringLiteral("login_failed"),
                QStringLiteral("app_user"), userId,
                {{QStringLiteral("username"), name}, {QStringLiteral("failures"), failures + 1}}))
            tx.commit();
        return Result<Session>::failure(wrong);
    };
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, username, display_name, role, client_id, "
                             "password_hash, active, must_change_password FROM app_user "
                             "WHERE username = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        // Spend the same time as a real check so response time does not reveal users.
        static const QString dummy = PasswordHasher::hash(QStringLiteral("no such user")).value();
        PasswordHasher::verify(dummy, password);
        q.finish();
        return failed(QString());
    }
    const QString userId = q.value(0).toString();
    if (!PasswordHasher::verify(q.value(5).toString(), password)) {
        q.finish();
        return failed(userId);
    }
    if (!q.value(6).toBool())
        return Result<Session>::failure(tr("This account is disabled; ask your administrator."));
    const auto role = RoleText::fromCode(q.value(3).toString());
    if (!role)
        return Result<Session>::failure(tr("This account has an unknown role."));
    Session session(userId, q.value(1).toString(), q.value(2).toString(), *role,
                    q.value(4).toString());
    session.setMustChangePassword(q.value(7).toBool());
    q.finish();
    // A backup covering absent colleagues today reaches their debtors too.
    if (session.role() == Role::Operator)
        session.setCovering(AbsenceRepository(m_db, m_clock).coveredBy(userId, m_clock.today()));
    if (failures > 0) {
        QSqlQuery clear(m_db.sql());
        execBound(clear, QStringLiteral("DELETE FROM login_failure WHERE username = ?"), {name},
                  QStringLiteral("login"));
    }
    return session;
}

Result<UserRecord> UserRepository::byUsername(const QString& username) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT %1 FROM app_user WHERE username = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(username.trimmed());
    if (!q.exec() || !q.next())
        return Result<UserRecord>::failure(tr("There is no user %1.").arg(username));
    return readUser(q);
}

Status UserRepository::setActive(const Session& session, const QString& userId, bool active)
{
    if (!session.canManageUsers())
        return Status::failure(Session::notAllowed(tr("deactivate users")));
    const auto user = byId(userId);
    if (!user)
        return user.status();
    if (user->active == active)
        return Status::success();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (!active && user->role == Role::Admin) {
        QSqlQuery c(m_db.sql());
        c.prepare(QStringLiteral(
            "SELECT count(*) FROM app_user WHERE role = 'admin' AND active = 1 AND id <> ?"));
        c.addBindValue(userId);
        if (!c.exec() || !c.next() || c.value(0).toInt() == 0)
            return Status::failure(tr("%1 is the last active administrator: create or reactivate "
                                      "another one first, or nobody could manage this store.")
                                       .arg(user->username));
    }
    QSqlQuery q(m_db.sql());
    if (Status s =
            execBound(q,
                      QStringLiteral("UPDATE app_user SET active = ?, version = version + 1, "
                                     "device_id = ?, updated_at = ?, updated_by = ? WHERE id = ?"),
                      {active ? 1 : 0, m_db.deviceId(), isoUtc(m_clock.nowUtc()),
                       nullable(session.userId()), userId},
                      tr("Changing the user"));
        !s)
        return s;
    if (Status s = AuditLog::append(
            m_db, m_clock, session,
            active ? QStringLiteral("activate") : QStringLiteral("deactivate"),
            QStringLiteral("user"), userId, {{QStringLiteral("username"), user->username}});
        !s)
        return s;
    return tx.commit();
}

Status UserRepository::setPassword(const Session& session, const QString& userId,
                                   const QString& password, bool mustChange, const QString& action,
                                   const QJsonObject& details)
{
    const auto hashed = PasswordHasher::hashNew(password);
    if (!hashed)
        return hashed.status();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.sql());
    if (Status s =
            execBound(q,
                      QStringLiteral("UPDATE app_user SET password_hash = ?, "
                                     "must_change_password = ?, version = version + 1, "
                                     "device_id = ?, updated_at = ?, updated_by = ? WHERE id = ?"),
                      {hashed.value(), mustChange ? 1 : 0, m_db.deviceId(),
                       isoUtc(m_clock.nowUtc()), nullable(session.userId()), userId},
                      tr("Changing the password"));
        !s)
        return s;
    if (Status s = AuditLog::append(m_db, m_clock, session, action, QStringLiteral("user"), userId,
                                    details);
        !s)
        return s;
    return tx.commit();
}

Status UserRepository::resetPassword(const Session& session, const QString& userId,
                                     const QString& temporaryPassword)
{
    if (!session.canManageUsers())
        return Status::failure(Session::notAllowed(tr("reset passwords")));
    const auto user = byId(userId);
    if (!user)
        return user.status();
    return setPassword(session, userId, temporaryPassword, true, QStringLiteral("reset_password"),
                       {{QStringLiteral("username"), user->username}});
}

Status UserRepository::changePassword(const Session& session, const QString& currentPassword,
                                      const QString& newPassword)
{
    if (!authenticate(session.username(), currentPassword))
        return Status::failure(tr("The current password is wrong."));
    if (newPassword == currentPassword)
        return Status::failure(tr("Choose a password different from the current one."));
    return setPassword(session, session.userId(), newPassword, false,
                       QStringLiteral("change_password"), {});
}

Status UserRepository::update(const Session& session, const UserRecord& user)
{
    if (!session.canManageUsers())
        return Status::failure(Session::notAllowed(tr("change users")));
    const auto before = byId(user.id);
    if (!before)
        return before.status();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.sql());
    const QString display =
        user.displayName.trimmed().isEmpty() ? before->username : user.displayName.trimmed();
    if (Status s = execBound(q,
                             QStringLiteral("UPDATE app_user SET display_name = ?, phone = ?, "
                                            "email = ?, version = version + 1, device_id = ?, "
                                            "updated_at = ?, updated_by = ? WHERE id = ?"),
                             {display, nullable(user.phone.trimmed()),
                              nullable(user.email.trimmed()), m_db.deviceId(),
                              isoUtc(m_clock.nowUtc()), nullable(session.userId()), user.id},
                             tr("Changing the user"));
        !s)
        return s;
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("update"),
                                    QStringLiteral("user"), user.id,
                                    {{QStringLiteral("username"), before->username},
                                     {QStringLiteral("display_name"), display}});
        !s)
        return s;
    return tx.commit();
}

QStringList UserRepository::operatorNames(const QString& clientId) const
{
    QStringList out;
    if (clientId.isEmpty())
        return out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT lower(username) FROM app_user WHERE client_id = ? AND role = "
                             "'operator' ORDER BY 1"));
    q.addBindValue(clientId);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

Result<UserRecord> UserRepository::byId(const QString& id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT %1 FROM app_user WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Result<UserRecord>::failure(tr("Unknown user."));
    return readUser(q);
}

QVector<UserRecord> UserRepository::list(const Session& session) const
{
    QVector<UserRecord> out;
    QSqlQuery q(m_db.sql());
    if (session.role() == Role::Admin) {
        q.prepare(QStringLiteral("SELECT %1 FROM app_user ORDER BY display_name")
                      .arg(QLatin1String(kColumns)));
    } else {
        q.prepare(QStringLiteral("SELECT %1 FROM app_user WHERE client_id = ? ORDER BY "
                                 "display_name")
                      .arg(QLatin1String(kColumns)));
        q.addBindValue(session.clientId());
    }
    if (q.exec())
        while (q.next())
            out.push_back(readUser(q));
    return out;
}

int UserRepository::count() const
{
    QSqlQuery q(m_db.sql());
    if (q.exec(QStringLiteral("SELECT count(*) FROM app_user")) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace ascolto

#pragma once

#include "domain/Role.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantMap>

class QSqlQuery;

namespace ascolto {

// Who is working, and therefore which rows they may reach. Every repository method takes
// the Session and adds its scope to the query: an operator reaches the debtors of their
// client assigned to them, a team lead every debtor of their client, an admin everything.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)
public:
    Session() = default;
    Session(QString userId, QString username, QString displayName, Role role, QString clientId);

    // The identity used by maintenance commands (ascolto-cli demo/import): admin scope, no
    // user row.
    static Session system();

    const QString& userId() const { return m_userId; }
    const QString& username() const { return m_username; }
    const QString& displayName() const { return m_displayName; }
    Role role() const { return m_role; }
    const QString& clientId() const { return m_clientId; }
    bool isValid() const { return !m_username.isEmpty(); }

    // SQL condition restricting debtor rows (alias.client_id, alias.assigned_operator_id)
    // to this session, with :scope_client / :scope_user placeholders bound by bindScope().
    QString debtorScope(const QString& alias = QStringLiteral("d")) const;
    void bindScope(QSqlQuery& query) const;
    // The same placeholders and values, for code that collects its bindings first.
    QVariantMap scopeBinds() const;
    // The same restriction over materialised portfolio rows (alias.client_id,
    // alias.operator_id); same placeholders.
    QString summaryScope(const QString& alias = QStringLiteral("s")) const;

    // Set at login when an administrator reset the password: nothing else may happen until
    // the user has chosen a new one (UserRepository::changePassword).
    bool mustChangePassword() const { return m_mustChangePassword; }
    // An operator covering absent colleagues today (schema 15, AbsenceRepository): their
    // debtors are in this session's scope too, for Today, the portfolio and the cards.
    const QStringList& covering() const { return m_covering; }
    void setCovering(QStringList operatorIds) { m_covering = std::move(operatorIds); }
    void setMustChangePassword(bool must) { m_mustChangePassword = must; }

    bool canManageUsers() const { return m_role == Role::Admin; }
    // Every row of the store, whoever made it and for whichever client (--full exports).
    bool canExportWholeStore() const { return m_role == Role::Admin; }
    bool canManagePortfolio() const { return m_role != Role::Operator; }
    // Reports on a client (the reports, its periodic report, its activity CSV): an
    // administrator every client, a team lead their own.
    bool reportsOn(const QString& clientId) const
    {
        return m_role == Role::Admin || (m_role == Role::TeamLead && m_clientId == clientId);
    }
    // A message for a refused action, naming the role that may do it.
    static QString notAllowed(const QString& action);

private:
    QString m_userId;
    QString m_username;
    QString m_displayName;
    Role m_role = Role::Operator;
    QString m_clientId;
    bool m_mustChangePassword = false;
    QStringList m_covering;
};

} // namespace ascolto

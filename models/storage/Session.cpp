#include "Session.h"

#include "SqlHelpers.h"

#include <QSqlQuery>
#include <QVariant>

namespace ascolto {

Session::Session(QString userId, QString username, QString displayName, Role role, QString clientId)
    : m_userId(std::move(userId))
    , m_username(std::move(username))
    , m_displayName(std::move(displayName))
    , m_role(role)
    , m_clientId(std::move(clientId))
{}

Session Session::system()
{
    return Session(QString(), QStringLiteral("system"), tr("System"), Role::Admin, QString());
}

namespace {

// The ids an operator's scope holds: their own, and those of the colleagues they cover. The
// covered ids come from this store (app_user rows), quoted as SQL text.
QStringList coveredLiterals(const QStringList& ids)
{
    QStringList out;
    for (QString id : ids)
        out << QLatin1Char('\'') + id.replace(QLatin1Char('\''), QStringLiteral("''")) +
                   QLatin1Char('\'');
    return out;
}

} // namespace

QString Session::debtorScope(const QString& alias) const
{
    switch (m_role) {
    case Role::Operator:
        if (!m_covering.isEmpty())
            return QStringLiteral("(%1.client_id = :scope_client AND %1.assigned_operator_id IN "
                                  "(:scope_user, %2))")
                .arg(alias, coveredLiterals(m_covering).join(QLatin1Char(',')));
        return QStringLiteral("(%1.client_id = :scope_client AND %1.assigned_operator_id = "
                              ":scope_user)")
            .arg(alias);
    case Role::TeamLead:
        return QStringLiteral("(%1.client_id = :scope_client)").arg(alias);
    case Role::Admin:
        break;
    }
    return QStringLiteral("1");
}

QString Session::summaryScope(const QString& alias) const
{
    switch (m_role) {
    // The sort indexes lead with the integer scope keys (schema 8); a key no row has (a
    // client or user this store does not know) is NULL and matches nothing.
    case Role::Operator:
        if (!m_covering.isEmpty()) {
            QStringList keys{scopeKeySql(QStringLiteral(":scope_user"))};
            for (const QString& id : coveredLiterals(m_covering))
                keys << scopeKeySql(id);
            return QStringLiteral("(%1.operator_key IN (%2) AND %1.client_key = %3)")
                .arg(alias, keys.join(QLatin1Char(',')),
                     scopeKeySql(QStringLiteral(":scope_client")));
        }
        return QStringLiteral("(%1.operator_key = %2 AND %1.client_key = %3)")
            .arg(alias, scopeKeySql(QStringLiteral(":scope_user")),
                 scopeKeySql(QStringLiteral(":scope_client")));
    case Role::TeamLead:
        return QStringLiteral("(%1.client_key = %2)")
            .arg(alias, scopeKeySql(QStringLiteral(":scope_client")));
    case Role::Admin:
        break;
    }
    return QStringLiteral("1");
}

QVariantMap Session::scopeBinds() const
{
    QVariantMap binds;
    if (m_role != Role::Admin)
        binds.insert(QStringLiteral(":scope_client"), m_clientId);
    if (m_role == Role::Operator)
        binds.insert(QStringLiteral(":scope_user"), m_userId);
    return binds;
}

void Session::bindScope(QSqlQuery& query) const
{
    bindNamed(query, scopeBinds());
}

QString Session::notAllowed(const QString& action)
{
    return tr("You are not allowed to %1.").arg(action);
}

} // namespace ascolto

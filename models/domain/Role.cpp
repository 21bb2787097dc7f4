#include "Role.h"

namespace ascolto {

QString RoleText::code(Role role)
{
    switch (role) {
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::TeamLead:
        return QStringLiteral("teamlead");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> RoleText::fromCode(const QString& code)
{
    if (code == QLatin1String("operator"))
        return Role::Operator;
    if (code == QLatin1String("teamlead"))
        return Role::TeamLead;
    if (code == QLatin1String("admin"))
        return Role::Admin;
    return std::nullopt;
}

QString RoleText::display(Role role)
{
    switch (role) {
    case Role::Operator:
        return tr("Operator");
    case Role::TeamLead:
        return tr("Team lead");
    case Role::Admin:
        return tr("Administrator");
    }
    return {};
}

} // namespace ascolto

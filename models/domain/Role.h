#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace ascolto {

enum class Role
{
    Operator,
    TeamLead,
    Admin
};

class RoleText
{
    Q_DECLARE_TR_FUNCTIONS(RoleText)
public:
    // Stable codes stored in the database: "operator", "teamlead", "admin".
    static QString code(Role role);
    static std::optional<Role> fromCode(const QString& code);
    static QString display(Role role);
};

} // namespace ascolto

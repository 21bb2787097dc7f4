#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QJsonObject>

namespace ascolto {

class Database;
class Session;

// Append-only record of who changed what. Callers write it inside the same Transaction
// as the change it describes.
class AuditLog
{
public:
    static Status append(Database& db, const Clock& clock, const Session& session,
                         const QString& action, const QString& entity, const QString& entityId,
                         const QJsonObject& details = {});
};

} // namespace ascolto

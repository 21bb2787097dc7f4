#include "AuditLog.h"

#include "Database.h"
#include "Ids.h"
#include "Session.h"
#include "SqlHelpers.h"

#include <QJsonDocument>

namespace ascolto {

Status AuditLog::append(Database& db, const Clock& clock, const Session& session,
                        const QString& action, const QString& entity, const QString& entityId,
                        const QJsonObject& details)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("INSERT INTO audit_log(id, at, user_id, device_id, action, entity, "
                             "entity_id, details) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(newId());
    q.addBindValue(isoUtc(clock.nowUtc()));
    q.addBindValue(nullable(session.userId()));
    q.addBindValue(db.deviceId());
    q.addBindValue(action);
    q.addBindValue(entity);
    q.addBindValue(entityId);
    q.addBindValue(details.isEmpty() ? QVariant()
                                     : QVariant(QString::fromUtf8(
                                           QJsonDocument(details).toJson(QJsonDocument::Compact))));
    return execOrFail(q, QStringLiteral("audit"));
}

} // namespace ascolto

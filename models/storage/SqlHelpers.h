#pragma once

#include "domain/Result.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantMap>

#include <initializer_list>

namespace ascolto {

// Executes a prepared query; on failure the driver's message with the statement's purpose.
inline Status execOrFail(QSqlQuery& q, const QString& what)
{
    if (q.exec())
        return Status::success();
    return Status::failure(QStringLiteral("%1: %2").arg(what, q.lastError().text()));
}

// Prepares sql, binds values in order and executes it.
inline Status execBound(QSqlQuery& q, const QString& sql, std::initializer_list<QVariant> values,
                        const QString& what)
{
    if (!q.prepare(sql))
        return Status::failure(QStringLiteral("%1: %2").arg(what, q.lastError().text()));
    for (const QVariant& v : values)
        q.addBindValue(v);
    return execOrFail(q, what);
}

// Binds every named placeholder of the map (queries that collect their bindings first).
inline void bindNamed(QSqlQuery& q, const QVariantMap& binds)
{
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        q.bindValue(it.key(), it.value());
}

// The portfolio's scope key (schema 8: scope_key, local to the store) of a client or user id
// given as an SQL expression (a column or a parameter); NULL for an id this store never
// numbered, so a scope built on it matches nothing.
inline QString scopeKeySql(const QString& idExpr)
{
    return QStringLiteral("(SELECT n FROM scope_key WHERE id = %1)").arg(idExpr);
}

// An empty text is stored as SQL NULL (optional columns: "not known", not "empty").
inline QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace ascolto

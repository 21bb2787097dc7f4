#include "BulkLoad.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace ascolto::BulkLoad {

namespace {

// Drops the objects named and returns their CREATE statements.
Result<QStringList> dropListed(Database& db, const char* type, const QStringList& names,
                               const QStringList& creates)
{
    for (const QString& name : names) {
        if (Status s = db.execScript(
                QStringLiteral("DROP %1 \"%2\"").arg(QString::fromLatin1(type).toUpper(), name));
            !s)
            return Result<QStringList>::failure(s.error());
    }
    return creates;
}

// Appends the rows (name, sql) of a stepped statement; SQLITE_DONE when they all came.
int readNamesAndSql(sqlite3_stmt* st, QStringList& names, QStringList& creates)
{
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        names << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        creates << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 1)));
    }
    return rc;
}

} // namespace

Result<QStringList> dropSchemaObjects(Database& db, const char* type, const QStringList& tables,
                                      const QString& nameLike)
{
    QStringList creates;
    QStringList names;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db.handle(),
                           "SELECT name, sql FROM sqlite_master WHERE type = ? AND sql IS NOT "
                           "NULL AND tbl_name = ? AND name LIKE ? ESCAPE '\\'",
                           -1, &st, nullptr) != SQLITE_OK)
        return Result<QStringList>::failure(QString::fromUtf8(sqlite3_errmsg(db.handle())));
    const QByteArray like = nameLike.toUtf8();
    sqlite3_bind_text(st, 1, type, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, 3, like.constData(), like.size(), SQLITE_STATIC);
    for (const QString& table : tables) {
        const QByteArray t = table.toUtf8();
        sqlite3_bind_text(st, 2, t.constData(), t.size(), SQLITE_TRANSIENT);
        readNamesAndSql(st, names, creates);
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    return dropListed(db, type, names, creates);
}

Result<QStringList> dropIndexesOnColumns(Database& db, const QString& table,
                                         const QStringList& columns)
{
    QStringList creates;
    QStringList names;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db.handle(),
                           "SELECT m.name, m.sql FROM sqlite_master m WHERE m.type = 'index' AND "
                           "m.sql IS NOT NULL AND m.tbl_name = ?1 AND EXISTS (SELECT 1 FROM "
                           "pragma_index_info(m.name) i, json_each(?2) c WHERE i.name = c.value)",
                           -1, &st, nullptr) != SQLITE_OK)
        return Result<QStringList>::failure(QString::fromUtf8(sqlite3_errmsg(db.handle())));
    const QByteArray t = table.toUtf8();
    const QByteArray wanted =
        QJsonDocument(QJsonArray::fromStringList(columns)).toJson(QJsonDocument::Compact);
    sqlite3_bind_text(st, 1, t.constData(), t.size(), SQLITE_STATIC);
    sqlite3_bind_text(st, 2, wanted.constData(), wanted.size(), SQLITE_STATIC);
    const int rc = readNamesAndSql(st, names, creates);
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return Result<QStringList>::failure(QString::fromUtf8(sqlite3_errmsg(db.handle())));
    return dropListed(db, "index", names, creates);
}

Result<QStringList> dropSecondaryIndexes(Database& db, const QStringList& tables)
{
    return dropSchemaObjects(db, "index", tables);
}

Status recreateIndexes(Database& db, const QStringList& createStatements)
{
    for (const QString& sql : createStatements) {
        if (Status s = db.execScript(sql); !s)
            return s;
    }
    return Status::success();
}

Statement::Statement(sqlite3* db, const char* sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement& Statement::text(int index, const char* value, int size)
{
    sqlite3_bind_text(m_stmt, index, value, size, SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::text(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), utf8.size(), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::integer(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::null(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    m_done = rc == SQLITE_DONE;
    return rc == SQLITE_ROW;
}

qint64 Statement::column64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

std::string_view Statement::columnText(int column) const
{
    return BulkLoad::columnText(m_stmt, column);
}

std::string_view columnText(sqlite3_stmt* statement, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
    return text ? std::string_view(text, size_t(sqlite3_column_bytes(statement, column)))
                : std::string_view();
}

bool Statement::run()
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

QString Statement::error() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace ascolto::BulkLoad

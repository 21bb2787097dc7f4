#include "BulkLoad.h"

#include "Database.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

#include <cctype>

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

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
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

namespace ascolto::BulkLoad {

BatchInsert::~BatchInsert()
{
    finalize();
}

void BatchInsert::finalize()
{
    sqlite3_finalize(m_one);
    sqlite3_finalize(m_many);
    m_one = m_many = nullptr;
}

bool BatchInsert::prepare(sqlite3* db, const QByteArray& sql, BatchInsert* parent)
{
    finalize();
    m_db = db;
    m_parent = parent;
    m_cells.clear();
    m_text.clear();
    const qsizetype values = sql.lastIndexOf(" VALUES(");
    const QByteArray tuple = sql.mid(values + 7).trimmed();
    if (values < 0 || !tuple.endsWith(')')) {
        m_error = QStringLiteral("not a one-row INSERT: %1").arg(QString::fromUtf8(sql));
        return false;
    }
    // Anonymous parameters numbered, so that each row's copy can be shifted.
    QByteArray numbered;
    int anonymous = 0;
    for (qsizetype i = 0; i < tuple.size(); ++i) {
        numbered += tuple.at(i);
        if (tuple.at(i) == '?' && (i + 1 == tuple.size() || !std::isdigit(tuple.at(i + 1))))
            numbered += QByteArray::number(++anonymous);
    }
    if (sqlite3_prepare_v3(db, sql.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_one, nullptr) !=
        SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        return false;
    }
    m_width = sqlite3_bind_parameter_count(m_one);
    QByteArray many = sql.left(values + 7) + ' ';
    for (int row = 0; row < kRows; ++row) {
        if (row > 0)
            many += ", ";
        for (qsizetype i = 0; i < numbered.size(); ++i) {
            if (numbered.at(i) != '?') {
                many += numbered.at(i);
                continue;
            }
            qsizetype end = i + 1;
            while (end < numbered.size() && std::isdigit(numbered.at(end)))
                ++end;
            many +=
                '?' + QByteArray::number(numbered.mid(i + 1, end - i - 1).toInt() + row * m_width);
            i = end - 1;
        }
    }
    if (sqlite3_prepare_v3(db, many.constData(), -1, SQLITE_PREPARE_PERSISTENT, &m_many, nullptr) !=
        SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(db));
        finalize();
        return false;
    }
    m_cells.reserve(size_t(m_width) * kRows);
    return true;
}

BatchInsert& BatchInsert::text(std::string_view value)
{
    m_cells.push_back({Cell::Text, qint64(m_text.size()), quint32(value.size())});
    m_text.append(value);
    return *this;
}

BatchInsert& BatchInsert::integer(qint64 value)
{
    m_cells.push_back({Cell::Integer, value, 0});
    return *this;
}

BatchInsert& BatchInsert::null()
{
    m_cells.push_back({Cell::Null, 0, 0});
    return *this;
}

bool BatchInsert::endRow()
{
    if (m_cells.size() % size_t(m_width) != 0) {
        m_error = QStringLiteral("a row of %1 values for %2 parameters")
                      .arg(m_cells.size() % size_t(m_width))
                      .arg(m_width);
        return false;
    }
    return m_cells.size() < size_t(m_width) * kRows || flush();
}

bool BatchInsert::write(sqlite3_stmt* statement, int rows, int firstRow)
{
    const size_t first = size_t(firstRow) * size_t(m_width);
    for (size_t i = 0; i < size_t(rows) * size_t(m_width); ++i) {
        const Cell& c = m_cells[first + i];
        const int index = int(i) + 1;
        if (c.kind == Cell::Integer)
            sqlite3_bind_int64(statement, index, c.value);
        else if (c.kind == Cell::Text)
            sqlite3_bind_text(statement, index, m_text.data() + c.value, int(c.size),
                              SQLITE_STATIC);
        else
            sqlite3_bind_null(statement, index);
    }
    const bool ok = sqlite3_step(statement) == SQLITE_DONE;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    return ok;
}

bool BatchInsert::flush()
{
    if (m_parent && !m_parent->flush()) {
        m_error = m_parent->error();
        return false;
    }
    if (!m_one || m_cells.empty())
        return true;
    const int rows = int(m_cells.size() / size_t(m_width));
    bool ok = true;
    if (rows == kRows) {
        ok = write(m_many, kRows, 0);
    } else {
        for (int row = 0; ok && row < rows; ++row)
            ok = write(m_one, 1, row);
    }
    m_cells.clear();
    m_text.clear();
    return ok;
}

} // namespace ascolto::BulkLoad

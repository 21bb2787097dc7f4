#include "PgConnection.h"

#include <libpq-fe.h>

#include <vector>

namespace ascolto {

namespace {

// A result freed on every path.
struct PgResult
{
    PGresult* r;
    explicit PgResult(PGresult* result)
        : r(result)
    {}
    ~PgResult() { PQclear(r); }
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;
    ExecStatusType status() const { return r ? PQresultStatus(r) : PGRES_FATAL_ERROR; }
};

QString resultError(const PgResult& result, PGconn* conn)
{
    const char* message = result.r ? PQresultErrorMessage(result.r) : PQerrorMessage(conn);
    return QString::fromUtf8(message).trimmed();
}

} // namespace

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString& conninfo)
{
    using R = Result<std::unique_ptr<PgConnection>>;
    const QByteArray info = conninfo.toUtf8();
    PGconn* conn = PQconnectdb(info.constData());
    if (!conn)
        return R::failure(tr("Cannot reach the hub's database: out of memory."));
    if (PQstatus(conn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        PQfinish(conn);
        return R::failure(
            tr("Cannot reach the hub's database (%1): %2")
                .arg(conninfo.isEmpty() ? tr("from PGHOST, PGDATABASE...") : conninfo, why));
    }
    auto c = std::unique_ptr<PgConnection>(new PgConnection(conn));
    // Instants travel as UTC text, messages stay quiet about NOTICEs.
    if (Status s = c->exec(QStringLiteral("SET TIME ZONE 'UTC'; SET client_min_messages = "
                                          "warning; SET client_encoding = 'UTF8'"));
        !s)
        return R::failure(s.error());
    return R(std::move(c));
}

PgConnection::~PgConnection()
{
    PQfinish(m_conn);
}

bool PgConnection::isOpen() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

PgConnection::Transaction::Transaction(PgConnection& pg, qint64 lockKey)
    : m_pg(pg)
{
    m_begun =
        m_pg.exec(lockKey ? QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(%1)").arg(lockKey)
                          : QStringLiteral("BEGIN"));
    m_open = m_begun.ok();
    if (!m_open)
        m_pg.exec(QStringLiteral("ROLLBACK"));
}

PgConnection::Transaction::~Transaction()
{
    if (m_open)
        m_pg.exec(QStringLiteral("ROLLBACK"));
}

Status PgConnection::Transaction::commit()
{
    if (!m_open)
        return m_begun.ok() ? Status::failure(QStringLiteral("the transaction is over")) : m_begun;
    m_open = false;
    return m_pg.exec(QStringLiteral("COMMIT"));
}

QString PgConnection::lastError() const
{
    return QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
}

Status PgConnection::exec(const QString& sql)
{
    const QByteArray text = sql.toUtf8();
    PgResult r(PQexec(m_conn, text.constData()));
    if (r.status() != PGRES_COMMAND_OK && r.status() != PGRES_TUPLES_OK)
        return Status::failure(resultError(r, m_conn));
    return Status::success();
}

Result<PgConnection::Rows> PgConnection::query(const QString& sql, const QStringList& params)
{
    using R = Result<Rows>;
    const QByteArray text = sql.toUtf8();
    std::vector<QByteArray> values;
    std::vector<const char*> pointers;
    values.reserve(size_t(params.size()));
    for (const QString& p : params) {
        values.push_back(p.toUtf8());
        pointers.push_back(p.isNull() ? nullptr : values.back().constData());
    }
    PgResult r(PQexecParams(m_conn, text.constData(), int(pointers.size()), nullptr,
                            pointers.data(), nullptr, nullptr, 0));
    if (r.status() != PGRES_COMMAND_OK && r.status() != PGRES_TUPLES_OK)
        return R::failure(resultError(r, m_conn));
    Rows out;
    const int columns = PQnfields(r.r);
    for (int c = 0; c < columns; ++c)
        out.columns << QString::fromUtf8(PQfname(r.r, c));
    const int rows = PQntuples(r.r);
    out.rows.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        Row row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << (PQgetisnull(r.r, i, c)
                        ? QString()
                        : QString::fromUtf8(PQgetvalue(r.r, i, c), PQgetlength(r.r, i, c)));
        out.rows << row;
    }
    return out;
}

Result<QString> PgConnection::value(const QString& sql, const QStringList& params)
{
    const auto rows = query(sql, params);
    if (!rows)
        return Result<QString>::failure(rows.error());
    if (rows->rows.isEmpty() || rows->rows.first().isEmpty())
        return QString();
    return rows->rows.first().first();
}

Status PgConnection::copyIn(const QString& copyStatement, const QByteArray& data)
{
    const QByteArray text = copyStatement.toUtf8();
    {
        PgResult r(PQexec(m_conn, text.constData()));
        if (r.status() != PGRES_COPY_IN)
            return Status::failure(resultError(r, m_conn));
    }
    // In pieces of 1 MiB: libpq buffers what it is given.
    constexpr qsizetype piece = 1 << 20;
    for (qsizetype at = 0; at < data.size(); at += piece) {
        const int n = int(std::min(piece, data.size() - at));
        if (PQputCopyData(m_conn, data.constData() + at, n) != 1)
            return Status::failure(lastError());
    }
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return Status::failure(lastError());
    Status status;
    while (PGresult* result = PQgetResult(m_conn)) {
        PgResult r(result);
        if (r.status() != PGRES_COMMAND_OK && status)
            status = Status::failure(resultError(r, m_conn));
    }
    return status;
}

Status PgConnection::copyOut(const QString& copyStatement,
                             const std::function<Status(const QByteArray& line)>& line)
{
    const QByteArray text = copyStatement.toUtf8();
    {
        PgResult r(PQexec(m_conn, text.constData()));
        if (r.status() != PGRES_COPY_OUT)
            return Status::failure(resultError(r, m_conn));
    }
    Status status;
    char* buffer = nullptr;
    int n = 0;
    while ((n = PQgetCopyData(m_conn, &buffer, 0)) > 0) {
        // One row per call, with its newline.
        if (status) {
            const QByteArray row =
                QByteArray::fromRawData(buffer, n > 0 && buffer[n - 1] == '\n' ? n - 1 : n);
            status = line(row);
        }
        PQfreemem(buffer);
    }
    if (n == -2 && status)
        status = Status::failure(lastError());
    while (PGresult* result = PQgetResult(m_conn)) {
        PgResult r(result);
        if (r.status() != PGRES_COMMAND_OK && status)
            status = Status::failure(resultError(r, m_conn));
    }
    return status;
}

void PgConnection::appendCopyField(QByteArray& out, const char* data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        switch (c) {
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        default:
            out.append(c);
        }
    }
}

QVector<QByteArray> PgConnection::splitCopyLine(const QByteArray& line)
{
    QVector<QByteArray> fields;
    QByteArray field;
    bool isNull = false;
    auto finish = [&] {
        fields << (isNull ? QByteArray() : (field.isNull() ? QByteArray("") : field));
        field = QByteArray();
        isNull = false;
    };
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (c == '\t') {
            finish();
            continue;
        }
        if (c != '\\' || i + 1 >= line.size()) {
            field.append(c);
            continue;
        }
        const char e = line.at(++i);
        switch (e) {
        case 'N':
            isNull = true;
            break;
        case 't':
            field.append('\t');
            break;
        case 'n':
            field.append('\n');
            break;
        case 'r':
            field.append('\r');
            break;
        case 'b':
            field.append('\b');
            break;
        case 'f':
            field.append('\f');
            break;
        case 'v':
            field.append('\v');
            break;
        default:
            field.append(e);
        }
    }
    finish();
    return fields;
}

QString PgConnection::textArray(const QStringList& values)
{
    QStringList quoted;
    for (QString v : values) {
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        v.replace(QLatin1Char('"'), QLatin1String("\\\""));
        quoted << QLatin1Char('"') + v + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

QString PgConnection::quoteIdentifier(const QString& name)
{
    QString q = name;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString PgConnection::quoteLiteral(const QString& value)
{
    QString q = value;
    q.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

} // namespace ascolto

#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

struct pg_conn;

namespace ascolto {

// One connection to the hub's PostgreSQL server (libpq), for the hub only. Text in and out:
// parameters are sent as text (a null QString is SQL NULL) and results come back as text,
// which is what COPY speaks too; the hub converts at the edges (HubTransfer).
class PgConnection
{
    Q_DECLARE_TR_FUNCTIONS(PgConnection)
public:
    // A row of a result: one QString per column, null for SQL NULL.
    using Row = QStringList;
    struct Rows
    {
        QStringList columns;
        QVector<Row> rows;
    };

    // conninfo: "host=... dbname=..." or a postgresql:// URI; empty takes PGHOST, PGPORT,
    // PGUSER, PGDATABASE from the environment (as psql does).
    static Result<std::unique_ptr<PgConnection>> open(const QString& conninfo);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    // Statements separated by ';' (no parameters).
    Status exec(const QString& sql);
    Result<Rows> query(const QString& sql, const QStringList& params = {});
    // The first column of the first row (a null QString when there is none).
    Result<QString> value(const QString& sql, const QStringList& params = {});

    // COPY ... FROM STDIN in text format: `data` is whole lines.
    Status copyIn(const QString& copyStatement, const QByteArray& data);
    // COPY ... TO STDOUT in text format: `line` gets each line without its newline.
    Status copyOut(const QString& copyStatement,
                   const std::function<Status(const QByteArray& line)>& line);

    // COPY text format: a value escaped, or \N for a null QString.
    static void appendCopyField(QByteArray& out, const char* data, qsizetype size);
    static void appendCopyNull(QByteArray& out) { out.append("\\N", 2); }
    // The fields of one COPY text line; a null QByteArray for \N.
    static QVector<QByteArray> splitCopyLine(const QByteArray& line);
    static QString quoteIdentifier(const QString& name);
    // A text[] literal ({"a","b"}) for a parameter: `= ANY($1::text[])`.
    static QString textArray(const QStringList& values);
    static QString quoteLiteral(const QString& value);

    // Whether the link to the server still holds (no round trip: libpq's own state).
    bool isOpen() const;

    // One transaction, rolled back on every way out but commit(). With a lock key, a
    // transaction-level advisory lock is taken first: holders of the same key take turns,
    // whichever process they run in.
    class Transaction
    {
    public:
        explicit Transaction(PgConnection& pg, qint64 lockKey = 0);
        ~Transaction();
        Transaction(const Transaction&) = delete;
        Transaction& operator=(const Transaction&) = delete;
        const Status& begun() const { return m_begun; }
        Status commit();

    private:
        PgConnection& m_pg;
        Status m_begun;
        bool m_open = false;
    };

    pg_conn* handle() const { return m_conn; }

private:
    explicit PgConnection(pg_conn* conn)
        : m_conn(conn)
    {}
    QString lastError() const;
    pg_conn* m_conn;
};

} // namespace ascolto

#include "HubSchema.h"

#include "PgConnection.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <memory>

namespace ascolto {

QStringList HubTable::columnNames() const
{
    QStringList names;
    for (const HubColumn& c : columns)
        names << c.name;
    return names;
}

const HubColumn* HubTable::column(const QString& name) const
{
    for (const HubColumn& c : columns) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

namespace HubSchema {

namespace {

constexpr const char* kMigrations = ":/sql";
// The advisory lock two hub processes starting together take in turns to migrate.
constexpr qint64 kMigrationLock = 7301;

QString q(const QString& name)
{
    return PgConnection::quoteIdentifier(name);
}

QString text(sqlite3_stmt* st, int column)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(st, column)) : QString();
}

// Rows of a query on an SQLite handle, as text.
Result<QVector<QStringList>> rows(sqlite3* db, const QString& sql)
{
    using R = Result<QVector<QStringList>>;
    sqlite3_stmt* st = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), -1, &st, nullptr) != SQLITE_OK)
        return R::failure(QString::fromUtf8(sqlite3_errmsg(db)));
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> guard(st, sqlite3_finalize);
    QVector<QStringList> out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        QStringList row;
        for (int i = 0; i < sqlite3_column_count(st); ++i)
            row << text(st, i);
        out << row;
    }
    if (rc != SQLITE_DONE)
        return R::failure(QString::fromUtf8(sqlite3_errmsg(db)));
    return out;
}

// A default PostgreSQL takes as it is: a number or a quoted string.
QString constantDefault(const QString& sqliteDefault)
{
    static const QRegularExpression constant(QStringLiteral("^(-?[0-9]+|'([^']|'')*')$"));
    return constant.match(sqliteDefault.trimmed()).hasMatch() ? sqliteDefault.trimmed() : QString();
}

QString columnSql(const HubColumn& c)
{
    QString sql = q(c.name) + QLatin1Char(' ') + c.pgType;
    if (!c.defaultSql.isEmpty())
        sql += QStringLiteral(" DEFAULT ") + c.defaultSql;
    if (c.notNull)
        sql += QStringLiteral(" NOT NULL");
    return sql;
}

QStringList quotedList(const QStringList& names)
{
    QStringList out;
    for (const QString& n : names)
        out << q(n);
    return out;
}

QString createIndex(const HubTable& t, const HubIndex& i)
{
    return QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
        .arg(i.unique ? QStringLiteral("UNIQUE ") : QString(), q(i.name), q(t.name),
             quotedList(i.columns).join(QStringLiteral(", ")));
}

QStringList createTable(const HubTable& t)
{
    QStringList parts;
    for (const HubColumn& c : t.columns)
        parts << columnSql(c);
    if (!t.primaryKey.isEmpty())
        parts << QStringLiteral("PRIMARY KEY (%1)").arg(quotedList(t.primaryKey).join(u", "));
    QStringList out{QStringLiteral("CREATE TABLE %1 (\n    %2\n)")
                        .arg(q(t.name), parts.join(QStringLiteral(",\n    ")))};
    for (const HubIndex& i : t.indexes)
        out << createIndex(t, i);
    return out;
}

const HubTable* find(const QVector<HubTable>& tables, const QString& name)
{
    for (const HubTable& t : tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

const HubIndex* findIndex(const HubTable& t, const QString& name)
{
    for (const HubIndex& i : t.indexes) {
        if (i.name == name)
            return &i;
    }
    return nullptr;
}

// The migration scripts this build carries, by number.
QMap<int, QString> migrationFiles()
{
    QMap<int, QString> out;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    const QDir dir(QString::fromLatin1(kMigrations));
    for (const QString& f : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const auto m = pattern.match(f);
        if (m.hasMatch())
            out.insert(m.captured(1).toInt(), dir.filePath(f));
    }
    return out;
}

} // namespace

bool isLocal(const QString& table)
{
    static const QStringList local = {
        QStringLiteral("debtor_summary"), QStringLiteral("call_draft"),
        QStringLiteral("import_mapping"), QStringLiteral("import_log"),
        QStringLiteral("login_failure"),  QStringLiteral("report_quote"),
        QStringLiteral("sync_applying"),  QStringLiteral("departure")};
    return local.contains(table) || table.startsWith(QLatin1String("search_index")) ||
           table.startsWith(QLatin1String("sqlite_")) || table.startsWith(QLatin1String("hub_"));
}

QString pgType(const QString& table, const QString& column, const QString& sqliteType)
{
    // Columns whose name says instant but that hold a date too (schema 1: an all-day task).
    static const QStringList mixed = {QStringLiteral("task.due_at")};
    const QString type = sqliteType.toUpper();
    if (mixed.contains(table + QLatin1Char('.') + column))
        return QStringLiteral("text");
    if (type.contains(QLatin1String("INT")))
        return QStringLiteral("bigint");
    if (type.contains(QLatin1String("TEXT")) || type.isEmpty()) {
        if (column == QLatin1String("at") || column.endsWith(QLatin1String("_at")))
            return QStringLiteral("timestamptz");
        if (column.endsWith(QLatin1String("_date")) || column.endsWith(QLatin1String("_on")))
            return QStringLiteral("date");
        return QStringLiteral("text");
    }
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) ||
        type.contains(QLatin1String("DOUB")))
        return QStringLiteral("double precision");
    if (type.contains(QLatin1String("BLOB")))
        return QStringLiteral("bytea");
    return QStringLiteral("text");
}

Result<QVector<HubTable>> fromSqlite(sqlite3* db)
{
    using R = Result<QVector<HubTable>>;
    const auto names = rows(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                               "'table' ORDER BY name"));
    if (!names)
        return R::failure(names.error());
    QVector<HubTable> out;
    for (const QStringList& n : names.value()) {
        const QString name = n.first();
        if (isLocal(name))
            continue;
        HubTable t;
        t.name = name;
        const auto cols = rows(db, QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk "
                                                  "FROM pragma_table_info('%1') ORDER BY cid")
                                       .arg(name));
        if (!cols)
            return R::failure(cols.error());
        QMap<int, QString> pk;
        for (const QStringList& c : cols.value()) {
            HubColumn column;
            column.name = c.at(0);
            column.pgType = pgType(name, c.at(0), c.at(1));
            column.notNull = c.at(2) == QLatin1String("1") || c.at(4).toInt() > 0;
            column.defaultSql = constantDefault(c.at(3));
            if (c.at(4).toInt() > 0)
                pk.insert(c.at(4).toInt(), column.name);
            t.columns << column;
        }
        t.primaryKey = pk.values();
        const auto indexes =
            rows(db, QStringLiteral("SELECT name, \"unique\", origin, partial FROM "
                                    "pragma_index_list('%1') ORDER BY name")
                         .arg(name));
        if (!indexes)
            return R::failure(indexes.error());
        for (const QStringList& i : indexes.value()) {
            if (i.at(2) == QLatin1String("pk") || i.at(3) == QLatin1String("1"))
                continue;
            const auto parts = rows(db, QStringLiteral("SELECT cid, name FROM "
                                                       "pragma_index_info('%1') ORDER BY seqno")
                                            .arg(i.at(0)));
            if (!parts)
                return R::failure(parts.error());
            HubIndex index;
            // SQLite names a UNIQUE constraint's index sqlite_autoindex_T_N, a name of its own.
            index.name = i.at(0).startsWith(QLatin1String("sqlite_autoindex_"))
                             ? QStringLiteral("%1_unique_%2")
                                   .arg(name, i.at(0).section(QLatin1Char('_'), -1))
                             : i.at(0);
            index.unique = i.at(1) == QLatin1String("1");
            bool expression = false;
            for (const QStringList& p : parts.value()) {
                expression = expression || p.at(0).toInt() < 0;
                index.columns << p.at(1);
            }
            if (!expression)
                t.indexes << index;
        }
        out << t;
    }
    return out;
}

Result<QVector<HubTable>> fromPg(PgConnection& pg)
{
    using R = Result<QVector<HubTable>>;
    const auto cols = pg.query(QStringLiteral(
        "SELECT c.table_name, c.column_name, CASE c.data_type WHEN 'timestamp with time zone' "
        "THEN 'timestamptz' ELSE c.data_type END, c.is_nullable = 'NO', "
        "coalesce(c.column_default, '') FROM information_schema.columns c JOIN "
        "information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = "
        "c.table_name AND t.table_type = 'BASE TABLE' WHERE c.table_schema = current_schema() "
        "ORDER BY c.table_name, c.ordinal_position"));
    if (!cols)
        return R::failure(cols.error());
    QVector<HubTable> out;
    QHash<QString, int> at;
    for (const QStringList& c : cols->rows) {
        if (isLocal(c.at(0)))
            continue;
        if (!at.contains(c.at(0))) {
            at.insert(c.at(0), int(out.size()));
            HubTable t;
            t.name = c.at(0);
            out << t;
        }
        HubColumn column;
        column.name = c.at(1);
        column.pgType = c.at(2);
        column.notNull = c.at(3) == QLatin1String("t");
        // "24" or "'person'::text": the constant as it was declared.
        column.defaultSql = c.at(4).section(QStringLiteral("::"), 0, 0);
        out[at.value(c.at(0))].columns << column;
    }
    const auto indexes = pg.query(QStringLiteral(
        "SELECT t.relname, i.relname, ix.indisprimary, ix.indisunique, (SELECT "
        "string_agg(a.attname, ',' ORDER BY k.n) FROM unnest(ix.indkey::int2[]) WITH ORDINALITY "
        "k(attnum, n) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) FROM "
        "pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = "
        "ix.indrelid JOIN pg_namespace ns ON ns.oid = t.relnamespace WHERE ns.nspname = "
        "current_schema() ORDER BY 1, 2"));
    if (!indexes)
        return R::failure(indexes.error());
    for (const QStringList& i : indexes->rows) {
        if (!at.contains(i.at(0)))
            continue;
        HubTable& t = out[at.value(i.at(0))];
        const QStringList columns = i.at(4).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (i.at(2) == QLatin1String("t")) {
            t.primaryKey = columns;
            continue;
        }
        t.indexes << HubIndex{i.at(1), columns, i.at(3) == QLatin1String("t")};
    }
    return out;
}

QStringList diff(const QVector<HubTable>& from, const QVector<HubTable>& to)
{
    QStringList out;
    for (const HubTable& t : from) {
        if (!find(to, t.name))
            out << QStringLiteral("DROP TABLE %1").arg(q(t.name));
    }
    for (const HubTable& t : to) {
        const HubTable* old = find(from, t.name);
        if (!old) {
            out << createTable(t);
            continue;
        }
        const QString table = q(t.name);
        for (const HubIndex& i : old->indexes) {
            const HubIndex* now = findIndex(t, i.name);
            if (!now || now->columns != i.columns || now->unique != i.unique)
                out << QStringLiteral("DROP INDEX %1").arg(q(i.name));
        }
        if (old->primaryKey != t.primaryKey && !old->primaryKey.isEmpty())
            out << QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2")
                       .arg(table, q(t.name + QStringLiteral("_pkey")));
        for (const HubColumn& c : old->columns) {
            if (!t.column(c.name))
                out << QStringLiteral("ALTER TABLE %1 DROP COLUMN %2").arg(table, q(c.name));
        }
        for (const HubColumn& c : t.columns) {
            const HubColumn* was = old->column(c.name);
            if (!was) {
                out << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2").arg(table, columnSql(c));
                continue;
            }
            if (was->pgType != c.pgType)
                out << QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 TYPE %3 USING %2::%3")
                           .arg(table, q(c.name), c.pgType);
            if (was->notNull != c.notNull)
                out << QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 %3 NOT NULL")
                           .arg(table, q(c.name),
                                c.notNull ? QStringLiteral("SET") : QStringLiteral("DROP"));
            if (was->defaultSql != c.defaultSql)
                out << (c.defaultSql.isEmpty()
                            ? QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 DROP DEFAULT")
                                  .arg(table, q(c.name))
                            : QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3")
                                  .arg(table, q(c.name), c.defaultSql));
        }
        if (old->primaryKey != t.primaryKey && !t.primaryKey.isEmpty())
            out << QStringLiteral("ALTER TABLE %1 ADD PRIMARY KEY (%2)")
                       .arg(table, quotedList(t.primaryKey).join(u", "));
        for (const HubIndex& i : t.indexes) {
            const HubIndex* was = findIndex(*old, i.name);
            if (!was || was->columns != i.columns || was->unique != i.unique)
                out << createIndex(t, i);
        }
    }
    return out;
}

QString describe(const QVector<HubTable>& tables)
{
    QStringList lines;
    for (const HubTable& t : tables) {
        lines << QStringLiteral("%1 key (%2)").arg(t.name, t.primaryKey.join(u", "));
        for (const HubColumn& c : t.columns)
            lines << QStringLiteral("%1.%2 %3%4")
                         .arg(t.name, c.name, c.pgType,
                              c.notNull ? QStringLiteral(" not null") : QString());
        for (const HubIndex& i : t.indexes)
            lines << QStringLiteral("%1 %2index %3 (%4)")
                         .arg(t.name, i.unique ? QStringLiteral("unique ") : QString(), i.name,
                              i.columns.join(u", "));
    }
    lines.sort();
    return lines.join(QLatin1Char('\n'));
}

Result<int> version(PgConnection& pg)
{
    const auto exists = pg.value(QStringLiteral("SELECT to_regclass('hub_schema') IS NOT NULL"));
    if (!exists)
        return Result<int>::failure(exists.error());
    if (exists.value() != QLatin1String("t"))
        return 0;
    const auto v = pg.value(QStringLiteral("SELECT coalesce(max(version), 0) FROM hub_schema"));
    if (!v)
        return Result<int>::failure(v.error());
    return v->toInt();
}

int latestVersion()
{
    const auto files = migrationFiles();
    return files.isEmpty() ? 0 : files.lastKey();
}

Status migrate(PgConnection& pg, int target, QStringList* applied)
{
    const auto files = migrationFiles();
    const int latest = latestVersion();
    if (target <= 0 || target > latest)
        target = latest;
    // hub_change: the key of every row the hub writes, in order (HubStore's working copies),
    // and whether the row is new.
    if (Status s = pg.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS hub_schema (version integer "
                                          "PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT "
                                          "now()); CREATE TABLE IF NOT EXISTS hub_change (seq "
                                          "bigserial PRIMARY KEY, tbl text NOT NULL, k jsonb NOT "
                                          "NULL, inserted boolean NOT NULL DEFAULT false)"));
        !s)
        return Status::failure(
            HubSchemaText::tr("Cannot set up the hub's database: %1").arg(s.error()));
    const auto current = version(pg);
    if (!current)
        return current.status();
    if (current.value() > latest)
        return Status::failure(
            HubSchemaText::tr("The hub's database was written by a newer ascolto-hub (schema %1; "
                              "this one knows up to %2). Update ascolto-hub; nothing was changed.")
                .arg(current.value())
                .arg(latest));
    // The workstation's schema, migration by migration, in memory.
    sqlite3* raw = nullptr;
    if (sqlite3_open(":memory:", &raw) != SQLITE_OK) {
        sqlite3_close(raw);
        return Status::failure(QStringLiteral("sqlite3_open"));
    }
    std::unique_ptr<sqlite3, int (*)(sqlite3*)> store(raw, sqlite3_close);
    for (auto it = files.cbegin(); it != files.cend() && it.key() <= target; ++it) {
        QFile f(it.value());
        if (!f.open(QIODevice::ReadOnly))
            return Status::failure(
                HubSchemaText::tr("Cannot read the migration %1.").arg(it.value()));
        char* error = nullptr;
        if (sqlite3_exec(store.get(), f.readAll().constData(), nullptr, nullptr, &error) !=
            SQLITE_OK) {
            const QString why = QString::fromUtf8(error);
            sqlite3_free(error);
            return Status::failure(
                HubSchemaText::tr("The migration %1 does not run: %2").arg(it.value(), why));
        }
        if (it.key() <= current.value())
            continue;
        const auto wanted = fromSqlite(store.get());
        if (!wanted)
            return wanted.status();
        // One transaction per migration, under a lock: two hubs starting together migrate
        // once.
        PgConnection::Transaction tx(pg, kMigrationLock);
        if (!tx.begun())
            return tx.begun();
        auto failed = [&](const QString& why) {
            return Status::failure(
                HubSchemaText::tr("Migrating the hub's database to schema %1 failed: %2. It was "
                                  "left at schema %3.")
                    .arg(it.key())
                    .arg(why)
                    .arg(it.key() - 1));
        };
        const auto done = pg.value(QStringLiteral("SELECT count(*) FROM hub_schema WHERE version "
                                                  "= $1"),
                                   {QString::number(it.key())});
        if (!done)
            return failed(done.error());
        if (done.value() != QLatin1String("0"))
            continue; // another hub did it meanwhile
        const auto actual = fromPg(pg);
        if (!actual)
            return failed(actual.error());
        for (const QString& statement : diff(actual.value(), wanted.value())) {
            if (Status s = pg.exec(statement); !s)
                return failed(QStringLiteral("%1 (%2)").arg(s.error(), statement));
        }
        if (Status s = pg.exec(
                QStringLiteral("INSERT INTO hub_schema(version) VALUES (%1)").arg(it.key()));
            !s)
            return failed(s.error());
        if (Status s = tx.commit(); !s)
            return failed(s.error());
        if (applied)
            *applied << HubSchemaText::tr("schema %1").arg(it.key());
    }
    return Status::success();
}

} // namespace HubSchema
} // namespace ascolto

#include "HubStore.h"

#include "PgConnection.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/DebtorSummaryRepository.h"
#include "storage/Transaction.h"

#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QUuid>

// The session extension (Debian's libsqlite3 has it): what a serving hub's change touched.
#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

#include <cerrno>
#include <csignal>

#include <algorithm>

namespace ascolto {

namespace {

// The advisory lock every change to the hub's data holds: one writer at a time.
constexpr qint64 kWriterLock = 7302;

// Tables every working copy holds whole: who the hub is, whom it serves, who works there and
// the rules they work by. Small beside the debtors' rows.
bool alwaysWhole(const QString& table)
{
    static const QStringList whole = {QStringLiteral("meta"),
                                      QStringLiteral("hlc_clock"),
                                      QStringLiteral("scope_key"),
                                      QStringLiteral("client"),
                                      QStringLiteral("app_user"),
                                      QStringLiteral("device"),
                                      QStringLiteral("device_user"),
                                      QStringLiteral("sync_peer"),
                                      QStringLiteral("message_template"),
                                      QStringLiteral("scorecard"),
                                      QStringLiteral("absence"),
                                      QStringLiteral("erasure"),
                                      QStringLiteral("erased_debtor"),
                                      QStringLiteral("erased_parent")};
    return whole.contains(table);
}

QString q(const QString& name)
{
    return PgConnection::quoteIdentifier(name);
}

// An SQLite handle closed on every path.
struct Sqlite
{
    sqlite3* h = nullptr;
    bool owned = true;
    Sqlite() = default;
    // A handle someone else closes (the warm copy's connection).
    explicit Sqlite(sqlite3* borrowed)
        : h(borrowed)
        , owned(false)
    {}
    ~Sqlite()
    {
        if (owned)
            sqlite3_close(h);
    }
    Status open(const QString& path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &h, SQLITE_OPEN_READWRITE, nullptr) !=
            SQLITE_OK)
            return Status::failure(QStringLiteral("%1: %2").arg(path, error()));
        sqlite3_busy_timeout(h, 5000);
        return exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    QString error() const { return QString::fromUtf8(sqlite3_errmsg(h)); }
    Status exec(const QString& sql)
    {
        char* message = nullptr;
        if (sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString why = QString::fromUtf8(message ? message : sqlite3_errmsg(h));
            sqlite3_free(message);
            return Status::failure(why);
        }
        return Status::success();
    }
};

struct Stmt
{
    sqlite3_stmt* p = nullptr;
    Stmt(sqlite3* h, const QString& sql)
    {
        sqlite3_prepare_v2(h, sql.toUtf8().constData(), -1, &p, nullptr);
    }
    ~Stmt() { sqlite3_finalize(p); }
};

// The condition "the row belongs to one of the ids in PostgreSQL temp table `ids`", from the
// expression ChangeLog gives for a row's client or debtor: "t.client_id", or a parent's
// column "(SELECT p.client_id FROM plan p WHERE p.id = t.plan_id)", turned round so the
// server walks the parent's index instead of every row.
QString belongsTo(const QString& expression, const QString& ids)
{
    static const QRegularExpression viaParent(QStringLiteral(
        "^\\(SELECT (\\w+)\\.(\\w+) FROM (\\w+) \\1 WHERE \\1\\.id = t\\.(\\w+)\\)$"));
    const auto m = viaParent.match(expression);
    if (m.hasMatch())
        return QStringLiteral(
                   "t.%4 IN (SELECT %1.id FROM %3 %1 WHERE %1.%2 IN (SELECT id FROM %5))")
            .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4), ids);
    return QStringLiteral("%1 IN (SELECT id FROM %2)").arg(expression, ids);
}

// What PostgreSQL sends for a column, in the workstation's text forms.
QString selectExpression(const HubColumn& c)
{
    if (c.pgType == QLatin1String("timestamptz"))
        return QStringLiteral("to_char(t.%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
            .arg(q(c.name));
    if (c.pgType == QLatin1String("date"))
        return QStringLiteral("to_char(t.%1, 'YYYY-MM-DD')").arg(q(c.name));
    return QStringLiteral("t.") + q(c.name);
}

// One SQLite value as a COPY field.
void appendValue(QByteArray& line, sqlite3_stmt* st, int column)
{
    switch (sqlite3_column_type(st, column)) {
    case SQLITE_NULL:
        PgConnection::appendCopyNull(line);
        break;
    case SQLITE_INTEGER:
        line.append(QByteArray::number(sqlite3_column_int64(st, column)));
        break;
    default: {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, column));
        PgConnection::appendCopyField(line, p, sqlite3_column_bytes(st, column));
    }
    }
}

// COPY lines of every row of an SQLite query.
Result<QByteArray> copyLines(sqlite3* h, const QString& sql, qint64* rows = nullptr)
{
    Stmt st(h, sql);
    if (!st.p)
        return Result<QByteArray>::failure(QString::fromUtf8(sqlite3_errmsg(h)));
    QByteArray data;
    int rc = SQLITE_ROW;
    const int columns = sqlite3_column_count(st.p);
    while ((rc = sqlite3_step(st.p)) == SQLITE_ROW) {
        for (int i = 0; i < columns; ++i) {
            if (i)
                data.append('\t');
            appendValue(data, st.p, i);
        }
        data.append('\n');
        if (rows)
            ++*rows;
    }
    if (rc != SQLITE_DONE)
        return Result<QByteArray>::failure(QString::fromUtf8(sqlite3_errmsg(h)));
    return data;
}

QByteArray idLines(const QStringList& ids)
{
    QByteArray data;
    for (const QString& id : ids) {
        const QByteArray utf8 = id.toUtf8();
        PgConnection::appendCopyField(data, utf8.constData(), utf8.size());
        data.append('\n');
    }
    return data;
}

// The keys of the hub's change log kept: enough for a process that served a while ago to
// catch up rather than copy the whole firm again.
constexpr qint64 kChangeLogKept = 2000000;

// An SQLite store and its write-ahead files.
void removeStore(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

// The rows of `table` that meet `condition` (on alias t), from the hub into an SQLite copy.
Status copyRows(PgConnection& pg, sqlite3* h, const HubTable& table, const QString& condition,
                qint64& copied)
{
    QStringList select, names, marks;
    QVector<bool> integer;
    for (const HubColumn& c : table.columns) {
        select << selectExpression(c);
        names << QStringLiteral("\"%1\"").arg(c.name);
        marks << QStringLiteral("?");
        integer << (c.pgType == QLatin1String("bigint"));
    }
    Stmt insert(h, QStringLiteral("INSERT OR IGNORE INTO \"%1\"(%2) VALUES (%3)")
                       .arg(table.name, names.join(u", "), marks.join(u", ")));
    if (!insert.p)
        return Status::failure(
            QStringLiteral("%1: %2").arg(table.name, QString::fromUtf8(sqlite3_errmsg(h))));
    // ASCOLTO_HUB_TRACE=1: the time each table takes, on stderr.
    static const bool trace = qEnvironmentVariableIsSet("ASCOLTO_HUB_TRACE");
    QElapsedTimer time;
    time.start();
    const qint64 before = copied;
    const Status done =
        pg.copyOut(QStringLiteral("COPY (SELECT %1 FROM %2 t WHERE %3) TO STDOUT")
                       .arg(select.join(u", "), q(table.name), condition),
                   [&](const QByteArray& line) -> Status {
                       const auto fields = PgConnection::splitCopyLine(line);
                       for (int i = 0; i < fields.size() && i < integer.size(); ++i) {
                           if (fields.at(i).isNull())
                               sqlite3_bind_null(insert.p, i + 1);
                           else if (integer.at(i))
                               sqlite3_bind_int64(insert.p, i + 1, fields.at(i).toLongLong());
                           else
                               sqlite3_bind_text(insert.p, i + 1, fields.at(i).constData(),
                                                 int(fields.at(i).size()), SQLITE_TRANSIENT);
                       }
                       const int rc = sqlite3_step(insert.p);
                       sqlite3_reset(insert.p);
                       if (rc != SQLITE_DONE)
                           return Status::failure(QStringLiteral("%1: %2").arg(
                               table.name, QString::fromUtf8(sqlite3_errmsg(h))));
                       ++copied;
                       return Status::success();
                   });
    if (!done)
        return Status::failure(QStringLiteral("%1: %2").arg(table.name, done.error()));
    if (trace)
        qInfo("hub: %s: %lld rows in %lld ms", qPrintable(table.name), copied - before,
              time.elapsed());
    return Status::success();
}

// Part i of a key in the hub's change log (alias `log`), as the key column's type.
QString keyPart(const HubTable& table, int i, QStringView log)
{
    const QString& column = table.primaryKey.at(i);
    const auto c = std::find_if(table.columns.cbegin(), table.columns.cend(),
                                [&](const HubColumn& h) { return h.name == column; });
    return QStringLiteral("(%1.k->>%2)::%3")
        .arg(log)
        .arg(i)
        .arg(c == table.columns.cend() ? QStringLiteral("text") : c->pgType);
}

// A working copy records the key of every row inserted, changed or deleted (hub_touched).
QStringList trackingTriggerNames(const QVector<HubTable>& tables)
{
    QStringList names;
    for (const HubTable& t : tables)
        for (const char* kind : {"i", "u", "d"})
            names << QStringLiteral("hub_%1_%2").arg(QLatin1String(kind), t.name);
    return names;
}

QStringList trackingTriggers(const QVector<HubTable>& tables)
{
    QStringList script;
    for (const HubTable& t : tables) {
        auto key = [&](const char* row) {
            QStringList parts;
            for (const QString& k : t.primaryKey)
                parts << QStringLiteral("%1.\"%2\"").arg(QLatin1String(row), k);
            return QStringLiteral("json_array(%1)").arg(parts.join(u", "));
        };
        // Not OR IGNORE: a statement's own conflict clause (INSERT OR REPLACE...) would
        // override it inside the trigger.
        auto record = [&](const QString& keys) {
            return QStringLiteral(
                       "INSERT INTO hub_touched(tbl, k) SELECT '%1', x.k FROM (%2) x WHERE "
                       "NOT EXISTS (SELECT 1 FROM hub_touched h WHERE h.tbl = '%1' "
                       "AND h.k = x.k)")
                .arg(t.name, keys);
        };
        const QString newKey = QStringLiteral("SELECT %1 AS k").arg(key("NEW"));
        const QString oldKey = QStringLiteral("SELECT %1 AS k").arg(key("OLD"));
        script << QStringLiteral("CREATE TRIGGER \"hub_i_%1\" AFTER INSERT ON \"%1\" BEGIN %2; END")
                      .arg(t.name, record(newKey))
               << QStringLiteral("CREATE TRIGGER \"hub_u_%1\" AFTER UPDATE ON \"%1\" BEGIN %2; END")
                      .arg(t.name, record(newKey + QStringLiteral(" UNION ") + oldKey))
               << QStringLiteral("CREATE TRIGGER \"hub_d_%1\" AFTER DELETE ON \"%1\" BEGIN %2; END")
                      .arg(t.name, record(oldKey));
    }
    return script;
}

} // namespace

HubStore::HubStore(std::unique_ptr<PgConnection> pg, QVector<HubTable> tables)
    : m_pg(std::move(pg))
    , m_tables(std::move(tables))
{}

HubStore::~HubStore()
{
    if (!m_templateDir.isEmpty())
        QDir(m_templateDir).removeRecursively();
}

Result<std::unique_ptr<HubStore>> HubStore::open(const QString& conninfo)
{
    using R = Result<std::unique_ptr<HubStore>>;
    auto pg = PgConnection::open(conninfo);
    if (!pg)
        return R::failure(pg.error());
    const auto version = HubSchema::version(*pg.value());
    if (!version)
        return R::failure(version.error());
    if (version.value() != HubSchema::latestVersion())
        return R::failure(
            version.value() == 0
                ? tr("The hub's database has no Ascolto schema yet: run ascolto-hub init first.")
                : tr("The hub's database is at schema %1, this ascolto-hub at %2: run ascolto-hub "
                     "migrate (after a backup).")
                      .arg(version.value())
                      .arg(HubSchema::latestVersion()));
    auto tables = HubSchema::fromPg(*pg.value());
    if (!tables)
        return R::failure(tables.error());
    return R(std::unique_ptr<HubStore>(new HubStore(std::move(pg.value()), tables.value())));
}

Result<QString> HubStore::workingTemplate()
{
    if (!m_template.isEmpty())
        return m_template;
    // Working copies of a hub process killed mid-change (the change itself was rolled back
    // with its transaction) are left behind: removed by the next process.
    const QDir temp = QDir::temp();
    for (const QString& stale :
         temp.entryList({QStringLiteral("ascolto-hub-*")}, QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const qint64 pid = stale.section(QLatin1Char('-'), 2, 2).toLongLong(&ok);
        if (ok && pid > 0 && ::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
            QDir(temp.filePath(stale)).removeRecursively();
    }
    m_templateDir = temp.filePath(QStringLiteral("ascolto-hub-%1-%2")
                                      .arg(QCoreApplication::applicationPid())
                                      .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    if (!QDir().mkpath(m_templateDir))
        return Result<QString>::failure(tr("Cannot create %1.").arg(m_templateDir));
    QFile::setPermissions(m_templateDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = QDir(m_templateDir).filePath(QStringLiteral("template.sqlite"));
    {
        // A new store of this build's schema...
        auto db =
            Database::open(path, QStringLiteral("hub-template-") + QUuid::createUuid().toString());
        if (!db)
            return Result<QString>::failure(db.error());
    }
    // ...emptied, without its triggers (put back once a copy is filled), with the table the
    // copy records its changes in.
    Sqlite s;
    if (Status st = s.open(path); !st)
        return Result<QString>::failure(st.error());
    {
        // The secondary indexes of the tables a copy is filled with are built once the rows
        // are in (several times faster than row by row), then the triggers come back.
        QStringList held;
        for (const HubTable& t : m_tables)
            held << QStringLiteral("'%1'").arg(t.name);
        Stmt objects(s.h,
                     QStringLiteral("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT "
                                    "NULL AND (type = 'trigger' OR (type = 'index' AND "
                                    "tbl_name IN (%1))) ORDER BY type = 'trigger', name")
                         .arg(held.join(u", ")));
        QStringList script;
        while (objects.p && sqlite3_step(objects.p) == SQLITE_ROW) {
            const QString type =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(objects.p, 0)));
            const QString name =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(objects.p, 1)));
            const QString sql =
                QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(objects.p, 2)));
            m_afterFill << sql;
            if (type == QLatin1String("trigger")) {
                m_triggerNames << name;
                m_triggerSql << sql;
            }
            script << QStringLiteral("DROP %1 \"%2\"").arg(type.toUpper(), name);
        }
        for (const HubTable& t : m_tables)
            script << QStringLiteral("DELETE FROM \"%1\"").arg(t.name);
        // op 'i': a row the change inserted where the hub has none (known only of the
        // serving hub's copy of everything); 'u' any other.
        script << QStringLiteral("CREATE TABLE hub_touched (tbl TEXT NOT NULL, k TEXT NOT NULL, "
                                 "op TEXT NOT NULL DEFAULT 'u', PRIMARY KEY (tbl, k)) WITHOUT "
                                 "ROWID");
        if (Status st = s.exec(script.join(QStringLiteral(";\n"))); !st)
            return Result<QString>::failure(st.error());
    }
    for (const HubTable& t : m_tables) {
        Stmt st(s.h, QStringLiteral("SELECT \"from\", \"table\", coalesce(\"to\", '') FROM "
                                    "pragma_foreign_key_list('%1')")
                         .arg(t.name));
        while (st.p && sqlite3_step(st.p) == SQLITE_ROW) {
            auto text = [&](int i) {
                return QString::fromUtf8(
                    reinterpret_cast<const char*>(sqlite3_column_text(st.p, i)));
            };
            m_foreignKeys << ForeignKey{t.name, text(0), text(1), text(2)};
        }
    }
    m_template = path;
    return m_template;
}

Result<QString> HubStore::scratchDir()
{
    if (const auto t = workingTemplate(); !t)
        return t;
    return m_templateDir;
}

QString HubStore::deviceId()
{
    const auto id = m_pg->value(QStringLiteral("SELECT value FROM meta WHERE key = 'device_id'"));
    return id ? id.value() : QString();
}

Result<QStringList> HubStore::clientsOfDevice(const QString& deviceId)
{
    const auto rows = m_pg->query(
        QStringLiteral("SELECT c.id FROM client c WHERE EXISTS (SELECT 1 FROM device d WHERE d.id "
                       "= $1 AND d.kind = 'head_office') OR EXISTS (SELECT 1 FROM device_user du "
                       "JOIN app_user u ON u.id = du.user_id WHERE du.device_id = $1 AND (u.role = "
                       "'admin' OR u.client_id = c.id)) ORDER BY c.id"),
        {deviceId});
    if (!rows)
        return Result<QStringList>::failure(rows.error());
    QStringList ids;
    for (const auto& r : rows->rows)
        ids << r.first();
    return ids;
}

Result<QString> HubStore::clientIdByCode(const QString& code)
{
    const auto id = m_pg->value(QStringLiteral("SELECT id FROM client WHERE code = $1"), {code});
    if (!id)
        return id;
    if (id->isNull())
        return Result<QString>::failure(
            tr("There is no client with code %1 at the hub.").arg(code));
    return id;
}

Result<QVector<HubStore::ForeignKey>> HubStore::foreignKeys()
{
    // Read off the template when it is made: the schema does not change under a process.
    if (const auto source = workingTemplate(); !source)
        return Result<QVector<ForeignKey>>::failure(source.error());
    return m_foreignKeys;
}

Result<QHash<QString, QString>> HubStore::conditionsOf(const Scope& scope)
{
    using R = Result<QHash<QString, QString>>;
    // What the copy holds, named in temporary tables on the server.
    if (Status s = m_pg->exec(QStringLiteral(
            "CREATE TEMP TABLE hub_clients (id text PRIMARY KEY) ON COMMIT DROP; CREATE TEMP TABLE "
            "hub_debtors (entity text, id text, PRIMARY KEY (entity, id)) ON COMMIT DROP; CREATE "
            "TEMP TABLE hub_rows (entity "
            "text, id text, PRIMARY KEY (entity, id)) ON COMMIT DROP"));
        !s)
        return R::failure(s.error());
    QStringList clients = scope.clientIds;
    clients.removeDuplicates();
    if (Status s = m_pg->copyIn(QStringLiteral("COPY hub_clients FROM STDIN"), idLines(clients));
        !s)
        return R::failure(s.error());
    {
        // "*": every table of the debtor.
        QMap<QString, QStringList> debtorRows = scope.debtorRowsOf;
        if (!scope.debtorIds.isEmpty())
            debtorRows.insert(QStringLiteral("*"), scope.debtorIds);
        QByteArray debtors;
        for (auto it = debtorRows.cbegin(); it != debtorRows.cend(); ++it) {
            QStringList ids = it.value();
            ids.removeDuplicates();
            const QByteArray table = it.key().toUtf8();
            for (const QString& id : ids) {
                const QByteArray utf8 = id.toUtf8();
                PgConnection::appendCopyField(debtors, table.constData(), table.size());
                debtors.append('\t');
                PgConnection::appendCopyField(debtors, utf8.constData(), utf8.size());
                debtors.append('\n');
            }
        }
        if (Status s = m_pg->copyIn(QStringLiteral("COPY hub_debtors FROM STDIN"), debtors); !s)
            return R::failure(s.error());
        QByteArray rows;
        for (auto it = scope.rowIds.cbegin(); it != scope.rowIds.cend(); ++it) {
            QStringList ids = it.value();
            ids.removeDuplicates();
            const QByteArray table = it.key().toUtf8();
            for (const QString& id : ids) {
                const QByteArray utf8 = id.toUtf8();
                PgConnection::appendCopyField(rows, table.constData(), table.size());
                rows.append('\t');
                PgConnection::appendCopyField(rows, utf8.constData(), utf8.size());
                rows.append('\n');
            }
        }
        if (Status s = m_pg->copyIn(QStringLiteral("COPY hub_rows FROM STDIN"), rows); !s)
            return R::failure(s.error());
    }

    // The condition on each synced table.
    QHash<QString, QString> conditions;
    for (const ChangeLog::SyncTable& t : ChangeLog::tables()) {
        const QString name = QString::fromLatin1(t.name);
        QStringList any;
        if (scope.everything || alwaysWhole(name) ||
            (scope.auditLog && name == QLatin1String("audit_log")))
            any << QStringLiteral("true");
        // The head of the hub's own audit chain: whatever the copy audits links to it.
        if (name == QLatin1String("audit_log"))
            any << QStringLiteral(
                "(t.device_id, t.chain_seq) IN (SELECT device_id, max(chain_seq) FROM audit_log "
                "WHERE device_id = (SELECT value FROM meta WHERE key = 'device_id') GROUP BY "
                "device_id)");
        if (!scope.clientIds.isEmpty())
            any << belongsTo(QString::fromLatin1(t.client), QStringLiteral("hub_clients"));
        const QString debtor = ChangeLog::debtorOf(name);
        if ((!scope.debtorIds.isEmpty() || scope.debtorRowsOf.contains(name)) && !debtor.isEmpty())
            any << belongsTo(debtor,
                             QStringLiteral("hub_debtors WHERE entity IN ('*', '%1')").arg(name));
        if (scope.rowIds.contains(name))
            any << QStringLiteral("t.%1 IN (SELECT id FROM hub_rows WHERE entity = '%2')")
                       .arg(QString::fromLatin1(t.key), name);
        conditions.insert(name, any.isEmpty() ? QStringLiteral("false")
                                              : QStringLiteral("(") + any.join(u" OR ") +
                                                    QStringLiteral(")"));
    }
    // Rows that describe synced rows follow them: their field stamps and their conflicts.
    auto describing = [&](const QString& alias) {
        QStringList any;
        for (const ChangeLog::SyncTable& t : ChangeLog::tables()) {
            const QString name = QString::fromLatin1(t.name);
            if (conditions.value(name) == QLatin1String("false"))
                continue;
            any << QStringLiteral("(%5.entity = '%1' AND %5.entity_id IN (SELECT t.%2 FROM %1 t "
                                  "WHERE %3))")
                       .arg(name, QString::fromLatin1(t.key), conditions.value(name), alias);
        }
        return any.isEmpty() ? QStringLiteral("false") : any.join(u" OR ");
    };
    const QString conflicts = conditions.value(QStringLiteral("conflict_log"));
    conditions.insert(QStringLiteral("conflict_log"),
                      QStringLiteral("(%1 OR %2)").arg(conflicts, describing(QStringLiteral("t"))));
    const QString device = PgConnection::quoteLiteral(scope.changesFor);
    for (const HubTable& t : m_tables) {
        if (conditions.contains(t.name))
            continue;
        QString condition = QStringLiteral("false");
        if (scope.everything || alwaysWhole(t.name))
            condition = QStringLiteral("true");
        else if (t.name == QLatin1String("field_stamp"))
            condition = describing(QStringLiteral("t"));
        else if (t.name == QLatin1String("change_log"))
            condition =
                QStringLiteral("t.seq = (SELECT max(seq) FROM change_log)") +
                (scope.changesFor.isEmpty()
                     ? QString()
                     : QStringLiteral(" OR t.seq > coalesce((SELECT last_export_seq FROM sync_peer "
                                      "WHERE device_id = %1), 0)")
                           .arg(device));
        else if (t.name == QLatin1String("sync_received") && !scope.receivedFrom.isEmpty())
            condition = QStringLiteral("t.source_device = %1")
                            .arg(PgConnection::quoteLiteral(scope.receivedFrom));
        else if (t.name == QLatin1String("device_scope"))
            condition = QStringLiteral("t.debtor_id IN (SELECT t.id FROM debtor t WHERE %1)")
                            .arg(conditions.value(QStringLiteral("debtor"))) +
                        (scope.changesFor.isEmpty() || scope.clientIds.isEmpty()
                             ? QString()
                             : QStringLiteral(" OR t.device_id = %1").arg(device));
        conditions.insert(t.name, condition);
    }

    return conditions;
}

Status HubStore::fill(const QString& path, const QHash<QString, QString>& conditions,
                      Counts& counts, bool tracking)
{
    Sqlite s;
    if (Status st = s.open(path); !st)
        return st;
    // A throwaway file: no journal, no syncing while it is filled.
    if (Status st = s.exec(QStringLiteral("PRAGMA journal_mode = OFF; PRAGMA synchronous = "
                                          "OFF; PRAGMA cache_size = -65536; BEGIN"));
        !st)
        return st;
    for (const HubTable& t : m_tables) {
        const QString condition = conditions.value(t.name, QStringLiteral("false"));
        if (condition == QLatin1String("false"))
            continue;
        if (Status st = copyRows(*m_pg, s.h, t, condition, counts.hydrated); !st)
            return st;
    }
    // The schema's indexes and triggers back, and one trigger more per table and change that
    // records what changes.
    QStringList script = m_afterFill;
    if (tracking)
        script += trackingTriggers(m_tables);
    script << QStringLiteral("COMMIT");
    return s.exec(script.join(QStringLiteral(";\n")));
}

Result<qint64> HubStore::writeBack(sqlite3* copy, Counts& counts, qint64 last)
{
    using R = Result<qint64>;
    Sqlite s(copy);
    qint64 touched = 0;
    const auto keys =
        copyLines(s.h, QStringLiteral("SELECT tbl, k, op = 'i' FROM hub_touched"), &touched);
    if (!keys)
        return R::failure(keys.error());
    if (touched == 0)
        return R(0);
    // The keys the work touched go to the hub's change log (what the copies other hub
    // processes keep catch up with), and the rows of those keys replace the hub's.
    const auto before =
        last >= 0 ? Result<QString>(QString::number(last))
                  : m_pg->value(QStringLiteral("SELECT coalesce(max(seq), 0) FROM hub_change"));
    if (!before)
        return R::failure(before.error());
    if (Status st = m_pg->copyIn(QStringLiteral("COPY hub_change (tbl, k, inserted) FROM STDIN"),
                                 keys.value());
        !st)
        return R::failure(st.error());
    QStringList tables;
    {
        Stmt names(s.h, QStringLiteral("SELECT DISTINCT tbl FROM hub_touched"));
        while (names.p && sqlite3_step(names.p) == SQLITE_ROW)
            tables << QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(names.p, 0)));
    }
    for (const HubTable& t : m_tables) {
        if (!tables.contains(t.name))
            continue;
        QStringList columns, local, match, join;
        for (const HubColumn& c : t.columns) {
            columns << q(c.name);
            local << QStringLiteral("t.\"%1\"").arg(c.name);
        }
        for (int i = 0; i < t.primaryKey.size(); ++i) {
            match << QStringLiteral("x.%1 = %2").arg(q(t.primaryKey.at(i)), keyPart(t, i, u"c"));
            join << QStringLiteral("t.\"%1\" = json_extract(h.k, '$[%2]')")
                        .arg(t.primaryKey.at(i))
                        .arg(i);
        }
        const auto removed = m_pg->value(
            QStringLiteral("WITH gone AS (DELETE FROM %1 x USING hub_change c WHERE c.seq > %2 "
                           "AND c.tbl = %3 AND NOT c.inserted AND %4 RETURNING 1) SELECT "
                           "count(*) FROM gone")
                .arg(q(t.name), before.value(), PgConnection::quoteLiteral(t.name),
                     match.join(u" AND ")));
        if (!removed)
            return R::failure(QStringLiteral("%1: %2").arg(t.name, removed.error()));
        qint64 rows = 0;
        const auto rowLines = copyLines(s.h,
                                        QStringLiteral("SELECT %1 FROM hub_touched h JOIN \"%2\" t "
                                                       "ON %3 WHERE h.tbl = '%2'")
                                            .arg(local.join(u", "), t.name, join.join(u" AND ")),
                                        &rows);
        if (!rowLines)
            return R::failure(rowLines.error());
        if (rows > 0) {
            if (Status st = m_pg->copyIn(
                    QStringLiteral("COPY %1 (%2) FROM STDIN").arg(q(t.name), columns.join(u", ")),
                    rowLines.value());
                !st)
                return R::failure(QStringLiteral("%1: %2").arg(t.name, st.error()));
        }
        counts.written += rows;
        counts.removed += std::max<qint64>(0, removed->toLongLong() - rows);
    }
    // The newest change, and the log kept to its last keys (a process further behind makes
    // its copy again).
    const auto newest =
        m_pg->value(QStringLiteral("WITH pruned AS (DELETE FROM hub_change WHERE seq "
                                   "< (SELECT max(seq) FROM hub_change) - "
                                   "%1 RETURNING 1) SELECT max(seq) FROM hub_change")
                        .arg(kChangeLogKept));
    if (!newest)
        return R::failure(newest.error());
    return R(newest->toLongLong());
}

void HubStore::keepWarm()
{
    m_keepWarm = true;
}

Status HubStore::warmUp()
{
    return withWorkingStore(Scope(), [](Database&) { return Status::success(); }).status();
}

Result<HubStore::Counts>
HubStore::withWorkingCopy(const Scope& scope,
                          const std::function<Status(const QString& storePath)>& work)
{
    // Work that opens the store itself gets a copy of its own, also in a serving process: the
    // kept copy records changes of its own connection only (the serving copy catches up).
    return withNewCopy(scope, work);
}

Result<HubStore::Counts>
HubStore::withWorkingStore(const ScopeOf& scopeOf,
                           const std::function<Status(Database& store)>& work)
{
    if (m_keepWarm)
        return withWarmCopy(work);
    const auto scope = scopeOf();
    if (!scope)
        return Result<Counts>::failure(scope.error());
    return withNewCopy(scope.value(), [&](const QString& path) {
        auto db = Database::open(path, QStringLiteral("hub-") + QUuid::createUuid().toString());
        return db ? work(*db.value()) : db.status();
    });
}

Result<HubStore::Counts>
HubStore::withWorkingStore(const Scope& scope, const std::function<Status(Database& store)>& work)
{
    return withWorkingStore(ScopeOf([&scope] { return Result<Scope>(scope); }), work);
}

Result<HubStore::Counts>
HubStore::withNewCopy(const Scope& scope,
                      const std::function<Status(const QString& storePath)>& work)
{
    using R = Result<Counts>;
    const auto source = workingTemplate();
    if (!source)
        return R::failure(source.error());
    const QString path =
        QDir(m_templateDir)
            .filePath(QStringLiteral("work-%1.sqlite")
                          .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    // The copy goes whatever happens; the transaction is rolled back unless committed.
    const auto cleanup = qScopeGuard([&path] { removeStore(path); });
    if (!QFile::copy(source.value(), path))
        return R::failure(tr("Cannot make a working copy at %1.").arg(path));
    Counts counts;
    QElapsedTimer phase;
    phase.start();
    // One writer at a time, whichever hub process it runs in.
    PgConnection::Transaction tx(*m_pg, kWriterLock);
    if (!tx.begun())
        return R::failure(tx.begun().error());
    const auto conditions = conditionsOf(scope);
    if (!conditions)
        return R::failure(conditions.error());
    if (Status s = fill(path, conditions.value(), counts); !s)
        return R::failure(s.error());
    counts.fillMs = phase.restart();
    if (Status s = work(path); !s)
        return R::failure(s.error());
    counts.workMs = phase.restart();
    Sqlite s;
    if (Status st = s.open(path); !st)
        return R::failure(st.error());
    if (const auto written = writeBack(s.h, counts); !written)
        return R::failure(written.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    counts.writeMs = phase.elapsed();
    return counts;
}

Result<HubStore::Counts> HubStore::withWarmCopy(const std::function<Status(Database&)>& work)
{
    auto done = changeWarm(work);
    if (!done)
        repairWarm();
    return done;
}

Result<HubStore::Counts> HubStore::changeWarm(const std::function<Status(Database&)>& work)
{
    using R = Result<Counts>;
    Counts counts;
    QElapsedTimer phase;
    phase.start();
    PgConnection::Transaction tx(*m_pg, kWriterLock);
    if (!tx.begun())
        return R::failure(tx.begun().error());
    if (Status s = catchUp(counts); !s)
        return R::failure(s.error());
    counts.fillMs = phase.restart();
    // What the work touches is recorded by a session of the copy's connection (no trigger to
    // compile into every statement), into hub_touched whatever the outcome: a failed change
    // is undone from it.
    sqlite3* h = m_warmDb->handle();
    sqlite3_session* session = nullptr;
    // The hub's tables only: what the copy derives for itself (portfolio rows, search) is
    // rewritten by every import and never leaves it.
    bool attached = sqlite3session_create(h, "main", &session) == SQLITE_OK;
    for (const HubTable& t : m_tables)
        attached =
            attached && sqlite3session_attach(session, t.name.toUtf8().constData()) == SQLITE_OK;
    if (!attached) {
        sqlite3session_delete(session);
        return R::failure(QString::fromUtf8(sqlite3_errmsg(h)));
    }
    Status worked = work(*m_warmDb);
    const Status recorded = recordTouched(session);
    sqlite3session_delete(session);
    if (!worked)
        return R::failure(worked.error());
    if (!recorded)
        return R::failure(recorded.error());
    counts.workMs = phase.restart();
    // Caught up under the lock: the log ends at the copy's last change.
    const auto written = writeBack(h, counts, m_warmSeq);
    if (!written)
        return R::failure(written.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    if (written.value() > 0)
        m_warmSeq = written.value();
    // What this change touched is the hub's now: the next change records its own.
    if (!Sqlite(m_warmDb->handle()).exec(QStringLiteral("DELETE FROM hub_touched")))
        dropWarm();
    counts.writeMs = phase.elapsed();
    return counts;
}

Status HubStore::recordTouched(sqlite3_session* session)
{
    sqlite3* h = m_warmDb->handle();
    int size = 0;
    void* changes = nullptr;
    if (sqlite3session_changeset(session, &size, &changes) != SQLITE_OK)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(h)));
    const auto freeChanges = qScopeGuard([changes] { sqlite3_free(changes); });
    // What a failed work left uncommitted goes (its keys are in the changes just read).
    if (sqlite3_get_autocommit(h) == 0)
        m_warmDb->execScript(QStringLiteral("ROLLBACK"));
    if (size == 0)
        return Status::success();
    sqlite3_changeset_iter* it = nullptr;
    if (sqlite3changeset_start(&it, size, changes) != SQLITE_OK)
        return Status::failure(QStringLiteral("the session's changes cannot be read"));
    const auto finish = qScopeGuard([it] { sqlite3changeset_finalize(it); });
    // One statement per key width: the key as the tracking triggers write it (json_array).
    Transaction tx(*m_warmDb);
    if (!tx.begun())
        return tx.begun();
    std::vector<std::unique_ptr<Stmt>> insert(4);
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char* table = nullptr;
        int columns = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it, &table, &columns, &op, &indirect);
        const auto key = m_keyColumns.constFind(QString::fromUtf8(table));
        if (key == m_keyColumns.cend()) // the copy's own tables (portfolio rows, search...)
            continue;
        const int width = int(key->size());
        if (width < 1 || width >= int(insert.size()))
            return Status::failure(
                QStringLiteral("%1: a key of %2 columns").arg(QString::fromUtf8(table)).arg(width));
        if (!insert[size_t(width)]) {
            QStringList marks;
            for (int i = 0; i < width; ++i)
                marks << QStringLiteral("?%1").arg(i + 3);
            insert[size_t(width)] = std::make_unique<Stmt>(
                h, QStringLiteral("INSERT OR REPLACE INTO hub_touched(tbl, op, k) VALUES (?1, ?2, "
                                  "json_array(%1))")
                       .arg(marks.join(u", ")));
        }
        sqlite3_stmt* st = insert[size_t(width)]->p;
        if (!st)
            return Status::failure(QString::fromUtf8(sqlite3_errmsg(h)));
        sqlite3_bind_text(st, 1, table, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(st, 2, op == SQLITE_INSERT ? "i" : "u", 1, SQLITE_STATIC);
        for (int i = 0; i < width; ++i) {
            sqlite3_value* v = nullptr;
            const int column = key->at(i);
            if (column >= columns ||
                (op == SQLITE_INSERT ? sqlite3changeset_new(it, column, &v)
                                     : sqlite3changeset_old(it, column, &v)) != SQLITE_OK)
                return Status::failure(QStringLiteral("%1: no key in the session's changes")
                                           .arg(QString::fromUtf8(table)));
            sqlite3_bind_value(st, i + 3, v);
        }
        const int rc = sqlite3_step(st);
        sqlite3_reset(st);
        if (rc != SQLITE_DONE)
            return Status::failure(QString::fromUtf8(sqlite3_errmsg(h)));
    }
    insert.clear();
    return tx.commit();
}

Status HubStore::catchUp(Counts& counts)
{
    // Inside the writer's transaction: nobody changes the log meanwhile.
    const auto span = m_pg->query(
        QStringLiteral("SELECT coalesce(min(seq), 0), coalesce(max(seq), 0) FROM hub_change"));
    if (!span)
        return span.status();
    const qint64 first = span->rows.first().at(0).toLongLong();
    const qint64 last = span->rows.first().at(1).toLongLong();
    if (!m_warmPath.isEmpty() && last == m_warmSeq)
        return Status::success();
    // Changes since this copy was made, unless the log no longer reaches back to it (kept
    // short), went back (the database was restored) or a whole store was loaded.
    bool rebuild = m_warmPath.isEmpty() || last < m_warmSeq || first > m_warmSeq + 1;
    const QString since =
        QStringLiteral("(SELECT tbl, k FROM hub_change WHERE seq > %1)").arg(m_warmSeq);
    if (!rebuild) {
        const auto loaded =
            m_pg->value(QStringLiteral("SELECT count(*) FROM %1 x WHERE x.tbl = '*'").arg(since));
        if (!loaded)
            return loaded.status();
        rebuild = loaded.value() != QLatin1String("0");
    }
    if (!rebuild) {
        if (Status s = refreshWarm(since, counts); !s) {
            dropWarm();
            return s;
        }
        m_warmSeq = last;
        return Status::success();
    }
    dropWarm();
    const auto source = workingTemplate();
    if (!source)
        return source.status();
    const QString path = QDir(m_templateDir).filePath(QStringLiteral("warm.sqlite"));
    if (!QFile::copy(source.value(), path))
        return Status::failure(tr("Cannot make a working copy at %1.").arg(path));
    Scope everything;
    everything.everything = true;
    const auto conditions = conditionsOf(everything);
    Status s = conditions.status();
    if (s)
        s = fill(path, conditions.value(), counts, false);
    if (!s) {
        removeStore(path);
        return s;
    }
    auto db = Database::open(path, QStringLiteral("hub-warm-") + QUuid::createUuid().toString());
    if (!db) {
        removeStore(path);
        return db.status();
    }
    m_warmDb = std::move(db.value());
    // Where each table's key columns are in the copy's rows (the session's changes come by
    // position).
    m_keyColumns.clear();
    for (const HubTable& t : m_tables) {
        QStringList names;
        Stmt info(
            m_warmDb->handle(),
            QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(t.name));
        while (info.p && sqlite3_step(info.p) == SQLITE_ROW)
            names << QString::fromUtf8(
                reinterpret_cast<const char*>(sqlite3_column_text(info.p, 0)));
        QVector<int> key;
        for (const QString& column : t.primaryKey)
            key << int(names.indexOf(column));
        if (key.contains(-1))
            return Status::failure(QStringLiteral("%1: key column not in the copy").arg(t.name));
        m_keyColumns.insert(t.name, key);
    }
    m_warmPath = path;
    m_warmSeq = last;
    return Status::success();
}

Status HubStore::refreshWarm(const QString& keys, Counts& counts)
{
    const auto tables = m_pg->query(QStringLiteral("SELECT DISTINCT x.tbl FROM %1 x").arg(keys));
    if (!tables)
        return tables.status();
    if (tables->rows.isEmpty())
        return Status::success();
    Sqlite s(m_warmDb->handle());
    // The rows come as the hub holds them: no trigger of the copy fires meanwhile, no
    // reference cascades (a transaction left open by a failed change is rolled back).
    if (sqlite3_get_autocommit(s.h) == 0)
        s.exec(QStringLiteral("ROLLBACK"));
    if (Status st = s.exec(QStringLiteral("PRAGMA foreign_keys = OFF")); !st)
        return st;
    const auto foreignKeysBack =
        qScopeGuard([&s] { s.exec(QStringLiteral("PRAGMA foreign_keys = ON")); });
    Transaction tx(*m_warmDb);
    if (!tx.begun())
        return tx.begun();
    QStringList drop;
    for (const QString& name : m_triggerNames)
        drop << QStringLiteral("DROP TRIGGER \"%1\"").arg(name);
    if (Status st = s.exec(drop.join(QStringLiteral(";\n"))); !st)
        return st;
    for (const auto& row : tables->rows) {
        const auto t = std::find_if(m_tables.cbegin(), m_tables.cend(),
                                    [&](const HubTable& h) { return h.name == row.first(); });
        if (t == m_tables.cend())
            continue;
        QStringList parts, casts, match, own;
        for (int i = 0; i < t->primaryKey.size(); ++i) {
            const QString& column = t->primaryKey.at(i);
            parts << QStringLiteral("x.k->>%1").arg(i);
            casts << keyPart(*t, i, u"x");
            match << QStringLiteral("\"%1\" = ?").arg(column);
            own << QStringLiteral("t.") + q(column);
        }
        // Out with the copy's rows of those keys...
        const auto gone =
            m_pg->query(QStringLiteral("SELECT DISTINCT %1 FROM %2 x WHERE x.tbl = $1")
                            .arg(parts.join(u", "), keys),
                        {t->name});
        if (!gone)
            return gone.status();
        Stmt remove(
            s.h, QStringLiteral("DELETE FROM \"%1\" WHERE %2").arg(t->name, match.join(u" AND ")));
        if (!remove.p)
            return Status::failure(s.error());
        for (const auto& key : gone->rows) {
            for (int i = 0; i < key.size(); ++i) {
                const QByteArray v = key.at(i).toUtf8();
                if (key.at(i).isNull())
                    sqlite3_bind_null(remove.p, i + 1);
                else
                    sqlite3_bind_text(remove.p, i + 1, v.constData(), int(v.size()),
                                      SQLITE_TRANSIENT);
            }
            const int rc = sqlite3_step(remove.p);
            sqlite3_reset(remove.p);
            if (rc != SQLITE_DONE)
                return Status::failure(QStringLiteral("%1: %2").arg(t->name, s.error()));
        }
        // ...in with the hub's.
        if (Status st = copyRows(*m_pg, s.h, *t,
                                 QStringLiteral("(%1) IN (SELECT %2 FROM %3 x WHERE x.tbl = %4)")
                                     .arg(own.join(u", "), casts.join(u", "), keys,
                                          PgConnection::quoteLiteral(t->name)),
                                 counts.hydrated);
            !st)
            return st;
    }
    if (Status st = s.exec(m_triggerSql.join(QStringLiteral(";\n"))); !st)
        return st;
    return tx.commit();
}

void HubStore::repairWarm()
{
    if (!m_warmDb)
        return;
    // The change failed: the rows it touched in the copy go back to the hub's.
    Sqlite s(m_warmDb->handle());
    Status st;
    qint64 touched = 0;
    QByteArray lines;
    if (st) {
        const auto read =
            copyLines(s.h, QStringLiteral("SELECT tbl, k FROM hub_touched"), &touched);
        st = read.status();
        if (read)
            lines = read.value();
    }
    if (st && touched > 0) {
        st = m_pg->exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS hub_refresh (tbl text, k "
                                       "jsonb); TRUNCATE hub_refresh"));
        if (st)
            st = m_pg->copyIn(QStringLiteral("COPY hub_refresh FROM STDIN"), lines);
        Counts counts;
        if (st)
            st = refreshWarm(QStringLiteral("hub_refresh"), counts);
    }
    if (st)
        st = s.exec(QStringLiteral("DELETE FROM hub_touched"));
    if (!st)
        dropWarm();
}

void HubStore::dropWarm()
{
    m_warmDb.reset();
    if (!m_warmPath.isEmpty())
        removeStore(m_warmPath);
    m_warmPath.clear();
    m_warmSeq = -1;
}

Result<HubStore::Counts> HubStore::load(const QString& sqlitePath)
{
    using R = Result<Counts>;
    if (!deviceId().isEmpty())
        return R::failure(tr("The hub holds a firm's data already (device %1): a store is loaded "
                             "only into an empty hub.")
                              .arg(deviceId()));
    {
        // At this build's schema (an older store is upgraded, after its backup copy).
        auto db =
            Database::open(sqlitePath, QStringLiteral("hub-load-") + QUuid::createUuid().toString(),
                           Database::Options{QStringLiteral(":/sql"), false, true, 5000});
        if (!db)
            return R::failure(db.error());
    }
    Sqlite s;
    if (Status st = s.open(sqlitePath); !st)
        return R::failure(st.error());
    Counts counts;
    PgConnection::Transaction tx(*m_pg, kWriterLock);
    if (!tx.begun())
        return R::failure(tx.begun().error());
    for (const HubTable& t : m_tables) {
        QStringList columns, local;
        for (const HubColumn& c : t.columns) {
            columns << q(c.name);
            local << QStringLiteral("\"%1\"").arg(c.name);
        }
        const auto lines =
            copyLines(s.h, QStringLiteral("SELECT %1 FROM \"%2\"").arg(local.join(u", "), t.name),
                      &counts.written);
        Status st = lines.status();
        if (st)
            st = m_pg->copyIn(
                QStringLiteral("COPY %1 (%2) FROM STDIN").arg(q(t.name), columns.join(u", ")),
                lines.value());
        if (!st) {
            return R::failure(tr("Loading %1 into the hub failed at table %2: %3. The hub was not "
                                 "changed.")
                                  .arg(sqlitePath, t.name, st.error()));
        }
    }
    // Working copies kept by hub processes are made again.
    if (Status st = m_pg->exec(QStringLiteral("INSERT INTO hub_change (tbl, k) VALUES ('*', "
                                              "'[]')"));
        !st)
        return R::failure(st.error());
    if (Status st = tx.commit(); !st)
        return R::failure(st.error());
    return counts;
}

Result<HubStore::Counts> HubStore::dump(const QString& sqlitePath)
{
    using R = Result<Counts>;
    if (QFileInfo::exists(sqlitePath))
        return R::failure(
            tr("%1 exists already; a snapshot is written only to a new file.").arg(sqlitePath));
    Scope everything;
    everything.everything = true;
    const auto counts = withWorkingStore(everything, [&](Database& db) {
        // The copy as it was filled (or as a serving hub keeps it), before anything changes it.
        QString escaped = sqlitePath;
        escaped.replace(QLatin1Char('\''), QLatin1String("''"));
        return Sqlite(db.handle()).exec(QStringLiteral("VACUUM INTO '%1'").arg(escaped));
    });
    if (counts) {
        // Without the working copy's bookkeeping.
        Sqlite s;
        Status st = s.open(sqlitePath);
        QStringList script;
        for (const QString& name : trackingTriggerNames(m_tables))
            script << QStringLiteral("DROP TRIGGER IF EXISTS \"%1\"").arg(name);
        script << QStringLiteral("DROP TABLE hub_touched");
        if (st)
            st = s.exec(script.join(QStringLiteral(";\n")));
        if (!st)
            return R::failure(st.error());
    }
    if (!counts)
        return counts;
    // What a workstation derives for its screens (portfolio rows, search), as after an import.
    auto db =
        Database::open(sqlitePath, QStringLiteral("hub-dump-") + QUuid::createUuid().toString());
    if (!db)
        return R::failure(db.error());
    DebtorSummaryRepository summaries(*db.value());
    Status s = summaries.refreshAll(QDate::currentDate());
    if (s)
        s = summaries.rebuildAllSearch();
    if (!s)
        return R::failure(s.error());
    return counts;
}

} // namespace ascolto

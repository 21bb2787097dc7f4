#include "Database.h"
#include "PrivateFile.h"

#include "Ids.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>
#include <unistd.h>

#include <map>

namespace ascolto {

namespace {

struct Migration
{
    int version = 0;
    QString file;
};

std::map<int, QString> listMigrations(const QString& dir)
{
    std::map<int, QString> out;
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.sql")}, QDir::Files);
    for (const QString& f : files) {
        const auto m = pattern.match(f);
        if (m.hasMatch())
            out.emplace(m.captured(1).toInt(), QDir(dir).filePath(f));
    }
    return out;
}

QString sqliteError(sqlite3* h)
{
    return QString::fromUtf8(sqlite3_errmsg(h));
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const QString& connectionName,
                                                 const Options& options)
{
    using R = Result<std::unique_ptr<Database>>;
    const QFileInfo info(path);
    if (!info.exists() && !options.create)
        return R::failure(tr("The store %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    // A store is private to its user (PrivateFile): created 0600, so that SQLite gives its
    // -wal and -shm files the same mode; one made readable by an older version is narrowed.
    if (Status s = PrivateFile::checkTarget(path); !s)
        return R::failure(s.error());
    if (!info.exists()) {
        if (Status s = PrivateFile::create(path); !s)
            return R::failure(s.error());
    } else if ((info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                      QFileDevice::WriteGroup | QFileDevice::WriteOther)) &&
               info.ownerId() == ::getuid()) {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            if (QFileInfo::exists(path + QLatin1String(suffix)))
                PrivateFile::restrict(path + QLatin1String(suffix));
        }
    }
    if (QSqlDatabase::contains(connectionName))
        return R::failure(
            tr("Internal error: the connection %1 is already open.").arg(connectionName));

    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), connectionName));
    db->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db->m_db.setDatabaseName(db->m_path);
    if (!db->m_db.open())
        return R::failure(tr("Cannot open the store %1: %2")
                              .arg(QDir::toNativeSeparators(path), db->m_db.lastError().text()));
    if (Status s = db->configure(options); !s)
        return R::failure(s.error());
    if (Status s = db->migrate(options); !s)
        return R::failure(s.error());
    db->m_deviceId = db->metaValue(QStringLiteral("device_id"));
    if (db->m_deviceId.isEmpty()) {
        db->m_deviceId = newId();
        if (Status s = db->setMetaValue(QStringLiteral("device_id"), db->m_deviceId); !s)
            return R::failure(s.error());
    }
    return R(std::move(db));
}

sqlite3* Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

Status Database::configure(const Options& options)
{
    sqlite3* h = handle();
    if (!h)
        return Status::failure(tr("The SQLite driver does not expose its handle."));
    // A file that is not SQLite fails on its first read: say so in words.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
        return Status::failure(tr("%1 is not an Ascolto store: %2")
                                   .arg(QDir::toNativeSeparators(m_path), q.lastError().text()));
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next() ||
        q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Status::failure(tr("The store %1 cannot use write-ahead logging (journal mode "
                                  "answered \"%2\"); is it on a read-only or network drive?")
                                   .arg(QDir::toNativeSeparators(m_path), q.value(0).toString()));
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys=ON")) ||
        !q.exec(QStringLiteral("PRAGMA foreign_keys")) || !q.next() || q.value(0).toInt() != 1)
        return Status::failure(tr("The store could not enable foreign keys."));
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout=%1").arg(options.busyTimeoutMs)))
        return Status::failure(q.lastError().text());
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        return Status::failure(q.lastError().text());
    q.finish();
    // A 32 MiB page cache per connection: the portfolio's hot indexes stay in memory instead
    // of being read again through the kernel on every query (measured: the whole-client
    // queue at 100,000 debtors spent most of its time in pread).
    if (!q.exec(QStringLiteral("PRAGMA cache_size=-32768")))
        return Status::failure(q.lastError().text());
    return Status::success();
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

int Database::latestVersion(const QString& migrationsDir)
{
    const auto all = listMigrations(migrationsDir);
    return all.empty() ? 0 : all.rbegin()->first;
}

Status Database::execScript(const QString& sql)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(handle(), sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        const QString msg = err ? QString::fromUtf8(err) : sqliteError(handle());
        sqlite3_free(err);
        return Status::failure(msg);
    }
    return Status::success();
}

Status Database::migrate(const Options& options)
{
    const auto migrations = listMigrations(options.migrationsDir);
    if (migrations.empty())
        return Status::failure(tr("No schema migrations found in %1.").arg(options.migrationsDir));
    const int latest = migrations.rbegin()->first;
    const int current = schemaVersion();
    if (current > latest)
        return Status::failure(
            tr("The store %1 was written by a newer version of Ascolto (schema %2; this version "
               "knows up to %3). Update Ascolto to open it; the store was not changed.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(current)
                .arg(latest));
    if (current == latest || (!options.migrate && current > 0))
        return Status::success();

    QSqlQuery q(m_db);
    if (current == 0 && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next() &&
        q.value(0).toInt() > 0)
        return Status::failure(
            tr("%1 is an SQLite file but not an Ascolto store; it was not changed.")
                .arg(QDir::toNativeSeparators(m_path)));
    q.finish();

    if (current > 0) {
        const QString stamp =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        m_backupPath = QStringLiteral("%1.v%2-%3.bak").arg(m_path).arg(current).arg(stamp);
        QString escaped = m_backupPath;
        escaped.replace(QLatin1Char('\''), QLatin1String("''"));
        Status s = PrivateFile::create(m_backupPath);
        if (s)
            s = execScript(QStringLiteral("VACUUM INTO '%1'").arg(escaped));
        if (!s)
            return Status::failure(tr("Could not back up the store to %1 before upgrading it: %2")
                                       .arg(QDir::toNativeSeparators(m_backupPath), s.error()));
    }

    // SQLite's way to change a table's constraints is to rebuild it, which a DROP TABLE
    // with foreign keys on refuses (its implicit DELETE orphans the children): migrations
    // run with them off and every key is checked before each COMMIT instead.
    execScript(QStringLiteral("PRAGMA foreign_keys = OFF"));
    const auto keysOn =
        qScopeGuard([this] { execScript(QStringLiteral("PRAGMA foreign_keys = ON")); });
    for (const auto& [version, file] : migrations) {
        if (version <= current)
            continue;
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Status::failure(tr("Cannot read the migration %1.").arg(file));
        const QString script = QString::fromUtf8(f.readAll());
        if (Status s = execScript(QStringLiteral("BEGIN IMMEDIATE")); !s)
            return Status::failure(tr("Cannot start upgrading the store: %1").arg(s.error()));
        Status s = execScript(script);
        if (s) {
            QSqlQuery check(m_db);
            if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")))
                s = Status::failure(check.lastError().text());
            else if (check.next())
                s = Status::failure(tr("a row of %1 refers to a missing row of %2")
                                        .arg(check.value(0).toString(), check.value(2).toString()));
        }
        if (s)
            s = execScript(QStringLiteral("PRAGMA user_version = %1").arg(version));
        if (s)
            s = execScript(QStringLiteral("COMMIT"));
        if (!s) {
            execScript(QStringLiteral("ROLLBACK"));
            return Status::failure(tr("Upgrading the store to schema %1 (%2) failed: %3. The "
                                      "store was left at schema %4.")
                                       .arg(version)
                                       .arg(QFileInfo(file).fileName(), s.error())
                                       .arg(schemaVersion()));
        }
    }
    return Status::success();
}

QString Database::metaValue(const QString& key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

Status Database::setMetaValue(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return Status::success();
}

} // namespace ascolto

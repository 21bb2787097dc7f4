#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace ascolto {

// One open Ascolto store: an SQLite file in WAL mode with foreign keys on, migrated to the
// schema this build knows. Threading: a Database (and its QSqlDatabase connection) is used
// only on the thread that opened it; workers open their own with a distinct connection name.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    struct Options
    {
        // Folder (usually the ":/sql" resource) holding NNN_name.sql migrations.
        QString migrationsDir = QStringLiteral(":/sql");
        // Create the file when missing; otherwise a missing file is an error.
        bool create = true;
        // Upgrade an older store (after a backup copy). Off for read-only checks, which then
        // report the old version instead.
        bool migrate = true;
        int busyTimeoutMs = 5000;
    };

    static Result<std::unique_ptr<Database>>
    open(const QString& path, const QString& connectionName, const Options& options);
    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  const QString& connectionName)
    {
        return open(path, connectionName, Options());
    }
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& sql() { return m_db; }
    // The raw handle, for what Qt SQL lacks (bulk loads, functions, backup).
    sqlite3* handle() const;
    const QString& path() const { return m_path; }
    const QString& connectionName() const { return m_connectionName; }
    // Global id of this workstation, created with the store.
    const QString& deviceId() const { return m_deviceId; }
    int schemaVersion() const;
    // Latest version among the migrations this build carries.
    static int latestVersion(const QString& migrationsDir = QStringLiteral(":/sql"));
    // Path of the copy made before the last migration of an existing store (empty if none).
    const QString& lastBackupPath() const { return m_backupPath; }

    // Runs statements separated by ';' through the C API (schema scripts, maintenance).
    Status execScript(const QString& sql);
    QString metaValue(const QString& key) const;
    Status setMetaValue(const QString& key, const QString& value);

private:
    Database(QString path, QString connectionName);
    Status configure(const Options& options);
    Status migrate(const Options& options);

    QString m_path;
    QString m_connectionName;
    QString m_deviceId;
    QString m_backupPath;
    QSqlDatabase m_db;
};

} // namespace ascolto

#include "StoreBootstrap.h"

#include "storage/Database.h"
#include "storage/Session.h"
#include "storage/UserRepository.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QVariant>

namespace ascolto {

void StoreBootstrap::removeStoreFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

Result<std::unique_ptr<Database>>
StoreBootstrap::createDemo(const QString& path, const QString& connectionName, const Clock& clock,
                           DemoPortfolio::Options options, DemoPortfolio::Summary* summary)
{
    using R = Result<std::unique_ptr<Database>>;
    if (QFile::exists(path))
        return R::failure(tr("%1 already exists; choose another file for the demo portfolio.")
                              .arg(QDir::toNativeSeparators(path)));
    if (!options.today.isValid())
        options.today = clock.today();
    // The portfolio is built in a temporary file without a journal (a new file has nothing
    // to protect, and writing a gigabyte once instead of twice halves the time at 100,000
    // debtors), switched back to WAL, and only then renamed into place: an interrupted run
    // leaves no half-made store under the real name.
    const QString temporary = path + QStringLiteral(".part");
    removeStoreFiles(temporary);
    {
        auto db = Database::open(temporary, connectionName);
        if (!db)
            return db;
        Database& d = *db.value();
        // Foreign keys are checked once at the end instead of on each of millions of rows.
        Status s = d.execScript(QStringLiteral(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF"));
        Result<DemoPortfolio::Summary> made =
            s ? DemoPortfolio::generate(d, options) : Result<DemoPortfolio::Summary>(s);
        if (made)
            s = d.execScript(QStringLiteral(
                "PRAGMA foreign_keys=ON; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL"));
        if (made && s) {
            QSqlQuery check(d.sql());
            if (!check.exec(QStringLiteral("PRAGMA foreign_key_check")) || check.next())
                s = Status::failure(tr("The demo portfolio has broken references (%1).")
                                        .arg(check.value(0).toString()));
        }
        if (!made || !s) {
            db.value().reset();
            removeStoreFiles(temporary);
            return R::failure(made ? s.error() : made.error());
        }
        if (summary)
            *summary = made.value();
    }
    if (!QFile::rename(temporary, path)) {
        removeStoreFiles(temporary);
        return R::failure(
            tr("Could not move the demo portfolio to %1.").arg(QDir::toNativeSeparators(path)));
    }
    return Database::open(path, connectionName);
}

Result<std::unique_ptr<Database>>
StoreBootstrap::createEmpty(const QString& path, const QString& connectionName, const Clock& clock,
                            const QString& adminUsername, const QString& adminPassword)
{
    using R = Result<std::unique_ptr<Database>>;
    if (QFile::exists(path))
        return R::failure(tr("%1 already exists.").arg(QDir::toNativeSeparators(path)));
    auto db = Database::open(path, connectionName);
    if (!db)
        return db;
    UserRecord admin;
    admin.username = adminUsername;
    admin.displayName = tr("Administrator");
    admin.role = Role::Admin;
    const auto created =
        UserRepository(*db.value(), clock).create(Session::system(), admin, adminPassword);
    if (!created) {
        db.value().reset();
        removeStoreFiles(path);
        return R::failure(created.error());
    }
    return db;
}

} // namespace ascolto

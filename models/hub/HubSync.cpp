#include "HubSync.h"

#include "PgConnection.h"
#include "io/BundleEnvelope.h"
#include "storage/BulkLoad.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/Devices.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>

namespace ascolto::HubSync {

namespace {

// The first column of a query on the bundle, its NULLs left out.
QStringList sqliteColumn(sqlite3* h, const QString& sql)
{
    QStringList values;
    BulkLoad::Statement st(h, sql.toUtf8().constData());
    while (st.isValid() && st.step()) {
        if (!st.isNull(0)) {
            const std::string_view v = st.columnText(0);
            values << QString::fromUtf8(v.data(), qsizetype(v.size()));
        }
    }
    return values;
}

} // namespace

Result<HubStore::Scope> scopeOf(HubStore& hub, const QString& path)
{
    using R = Result<HubStore::Scope>;
    const auto header = BundleEnvelope::readHeader(path);
    if (!header)
        return R::failure(header.error());
    // Nothing is decrypted before the signature holds (who signed is checked in the merge).
    if (Status s = BundleEnvelope::verify(path, header->senderKey); !s)
        return R::failure(s.error());
    const auto secret = hub.pg().value(QStringLiteral("SELECT value FROM meta WHERE key = $1"),
                                       {Devices::secretKeyName()});
    if (!secret || secret->isEmpty())
        return R::failure(secret ? QStringLiteral("the hub has no key yet (ascolto-hub init)")
                                 : secret.error());
    // Decrypted beside the hub's working copies (owner-only, removed by the next hub process
    // if this one is killed), never in a folder nobody cleans up.
    const auto scratch = hub.scratchDir();
    if (!scratch)
        return R::failure(scratch.error());
    const QString plain =
        QDir(scratch.value())
            .filePath(QStringLiteral("bundle-%1.sqlite")
                          .arg(QUuid::createUuid().toString(QUuid::WithoutBraces)));
    const auto removePlain = qScopeGuard([&plain] { QFile::remove(plain); });
    HubStore::Scope scope;
    scope.receivedFrom = header->sourceDevice;
    // A bundle for another device is refused by the merge; its content is not read here.
    if (header->forDevice != hub.deviceId())
        return scope;
    if (Status s = BundleEnvelope::open(path, QByteArray::fromHex(secret->toLatin1()), plain); !s)
        return R::failure(s.error());
    sqlite3* h = nullptr;
    if (sqlite3_open_v2(plain.toUtf8().constData(), &h, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(h);
        return R::failure(QStringLiteral("%1: not a bundle").arg(path));
    }
    static const QRegularExpression viaParent(QStringLiteral(
        "^\\(SELECT (\\w+)\\.debtor_id FROM (\\w+) \\1 WHERE \\1\\.id = t\\.(\\w+)\\)$"));
    // The debtors of a table's rows in the bundle.
    auto debtorsOf = [&](const QString& table) -> Result<QStringList> {
        const QString debtor = ChangeLog::debtorOf(table);
        if (debtor == QLatin1String("t.id"))
            return sqliteColumn(h, QStringLiteral("SELECT id FROM \"%1\"").arg(table));
        if (debtor == QLatin1String("t.debtor_id"))
            return sqliteColumn(h,
                                QStringLiteral("SELECT DISTINCT debtor_id FROM \"%1\"").arg(table));
        const auto m = viaParent.match(debtor);
        if (!m.hasMatch())
            return QStringList();
        // Through the parent, which the hub holds unless the bundle brings it.
        const QStringList parents = sqliteColumn(
            h, QStringLiteral("SELECT DISTINCT \"%1\" FROM \"%2\"").arg(m.captured(3), table));
        QStringList ids = sqliteColumn(
            h, QStringLiteral("SELECT DISTINCT debtor_id FROM \"%1\" WHERE id IN (SELECT \"%2\" "
                              "FROM \"%3\")")
                   .arg(m.captured(2), m.captured(3), table));
        const auto rows = hub.pg().query(
            QStringLiteral("SELECT DISTINCT debtor_id FROM %1 WHERE id = ANY($1::text[])")
                .arg(PgConnection::quoteIdentifier(m.captured(2))),
            {PgConnection::textArray(parents)});
        if (!rows)
            return Result<QStringList>::failure(rows.error());
        for (const auto& r : rows->rows)
            ids << r.first();
        return ids;
    };
    const auto references = hub.foreignKeys();
    if (!references) {
        sqlite3_close(h);
        return R::failure(references.error());
    }
    // What a debtor's rows need at the merge: the debtor row and its assignments (who may
    // hand it to whom), and its money rows together (paid amounts are settled from all of
    // them) when the bundle brings any; other rows are merged one by one.
    static const QStringList money = {
        QStringLiteral("invoice"), QStringLiteral("installment"),
        QStringLiteral("plan"),    QStringLiteral("plan_invoice"),
        QStringLiteral("payment"), QStringLiteral("payment_allocation")};
    QStringList touched, paying;
    for (const ChangeLog::SyncTable& t : ChangeLog::tables()) {
        const QString name = QString::fromLatin1(t.name);
        const QStringList keys = sqliteColumn(
            h,
            QStringLiteral("SELECT DISTINCT \"%1\" FROM \"%2\"").arg(QLatin1String(t.key), name));
        if (keys.isEmpty())
            continue;
        scope.rowIds[name] << keys;
        const auto debtors = debtorsOf(name);
        if (!debtors) {
            sqlite3_close(h);
            return R::failure(debtors.error());
        }
        touched << debtors.value();
        if (money.contains(name))
            paying << debtors.value();
        // The rows they refer to (a bill's debtor, a payment's allocation's bill...).
        for (const HubStore::ForeignKey& fk : references.value()) {
            if (fk.table != name)
                continue;
            const ChangeLog::SyncTable* parent = ChangeLog::table(fk.parent);
            if (!parent ||
                (fk.parentColumn != QLatin1String(parent->key) && !fk.parentColumn.isEmpty()))
                continue;
            scope.rowIds[fk.parent] << sqliteColumn(
                h, QStringLiteral("SELECT DISTINCT \"%1\" FROM \"%2\" WHERE \"%1\" IS NOT NULL")
                       .arg(fk.column, name));
        }
    }
    touched << sqliteColumn(h, QStringLiteral("SELECT debtor_id FROM departed"));
    const QStringList erasures = sqliteColumn(h, QStringLiteral("SELECT id FROM erasure"));
    const QStringList erasureClients =
        sqliteColumn(h, QStringLiteral("SELECT client_id FROM erasure"));
    sqlite3_close(h);
    touched.removeDuplicates();
    paying.removeDuplicates();
    scope.debtorRowsOf.insert(QStringLiteral("debtor"), touched);
    scope.debtorRowsOf.insert(QStringLiteral("assignment"), touched);
    if (!paying.isEmpty()) {
        for (const QString& table : money)
            scope.debtorRowsOf.insert(table, paying);
    }
    // A mandate ended: every debtor of the client goes, so the copy holds them all.
    if (!erasures.isEmpty()) {
        const auto known =
            hub.pg().query(QStringLiteral("SELECT id FROM erasure WHERE id = ANY($1::text[])"),
                           {PgConnection::textArray(erasures)});
        if (!known)
            return R::failure(known.error());
        if (known->rows.size() < erasures.size())
            scope.clientIds << erasureClients;
    }
    return scope;
}

Result<Imported> importBundle(HubStore& hub, const Clock& clock, const QString& bundlePath)
{
    using R = Result<Imported>;
    // Read only for a new copy (a serving hub's copy holds everything: the bundle is read
    // once, by the merge).
    const auto scope = [&]() -> Result<HubStore::Scope> {
        auto s = scopeOf(hub, bundlePath);
        if (!s)
            return Result<HubStore::Scope>::failure(
                QCoreApplication::translate("SyncBundle", "The bundle %1 is refused: %2")
                    .arg(bundlePath, s.error()));
        return s;
    };
    Imported imported;
    const auto counts = hub.withWorkingStore(scope, [&](Database& db) {
        const auto result = SyncBundle::importBundle(db, clock, bundlePath);
        if (!result)
            return result.status();
        imported.result = result.value();
        return Status::success();
    });
    if (!counts)
        return R::failure(counts.error());
    imported.counts = counts.value();
    return imported;
}

Result<HubStore::Scope> scopeOfExport(HubStore& hub, const QString& deviceId, bool full)
{
    using R = Result<HubStore::Scope>;
    HubStore::Scope scope;
    scope.changesFor = deviceId;
    const auto since = hub.pg().value(
        QStringLiteral("SELECT coalesce((SELECT last_export_seq FROM sync_peer WHERE device_id = "
                       "$1), 0)"),
        {deviceId});
    if (!since)
        return R::failure(since.error());
    // What changed since, in one read.
    const auto changed = hub.pg().query(
        QStringLiteral("SELECT DISTINCT entity, entity_id FROM change_log WHERE seq > $1"),
        {since.value()});
    if (!changed)
        return R::failure(changed.error());
    QMap<QString, QStringList> keysOf; // table -> keys
    for (const auto& r : changed->rows)
        keysOf[r.at(0)] << r.at(1);
    // What may change what the device holds besides its debtors' own rows (who works there,
    // who covers whom, a client's settings or end): rare; the copy then holds its clients.
    static const QStringList widening = {QStringLiteral("client"),  QStringLiteral("app_user"),
                                         QStringLiteral("device"),  QStringLiteral("device_user"),
                                         QStringLiteral("absence"), QStringLiteral("erasure")};
    const bool widened = std::any_of(widening.begin(), widening.end(),
                                     [&](const QString& t) { return keysOf.contains(t); });
    if (full || since->toLongLong() == 0 || widened) {
        const auto clients = hub.clientsOfDevice(deviceId);
        if (!clients)
            return R::failure(clients.error());
        scope.clientIds = clients.value();
        return scope;
    }
    // Otherwise the rows changed since its last bundle, and whole the debtors they belong to
    // (one that came into its users' hands goes whole; one that left them is named).
    for (const ChangeLog::SyncTable& t : ChangeLog::tables()) {
        const QString name = QString::fromLatin1(t.name);
        const QStringList keys = keysOf.value(name);
        if (keys.isEmpty())
            continue;
        scope.rowIds.insert(name, keys);
        const QString debtor = ChangeLog::debtorOf(name);
        if (debtor.isEmpty())
            continue;
        const auto debtors = hub.pg().query(
            QStringLiteral("SELECT DISTINCT %1 FROM %2 t WHERE t.%3 = ANY($1::text[])")
                .arg(debtor, PgConnection::quoteIdentifier(name), QString::fromLatin1(t.key)),
            {PgConnection::textArray(keys)});
        if (!debtors)
            return R::failure(debtors.error());
        for (const auto& r : debtors->rows) {
            if (!r.first().isNull())
                scope.debtorIds << r.first();
        }
    }
    scope.debtorIds.removeDuplicates();
    return scope;
}

Result<Exported> exportBundle(HubStore& hub, const Clock& clock, const QString& bundlePath,
                              const QString& deviceId, bool full)
{
    using R = Result<Exported>;
    Exported exported;
    const auto counts = hub.withWorkingStore(
        HubStore::ScopeOf([&] { return scopeOfExport(hub, deviceId, full); }), [&](Database& db) {
            SyncBundle::ExportOptions options;
            options.forDevice = deviceId;
            options.full = full;
            const auto result = SyncBundle::exportBundle(db, clock, bundlePath, options);
            if (!result)
                return result.status();
            exported.result = result.value();
            return Status::success();
        });
    if (!counts)
        return R::failure(counts.error());
    exported.counts = counts.value();
    return exported;
}

} // namespace ascolto::HubSync

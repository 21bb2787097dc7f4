#include "PeriodicExport.h"

#include "Csv.h"
#include "SyncBundle.h"
#include "storage/Devices.h"
#include "storage/Ids.h"

#include "itemmodels/CodeText.h"
#include "storage/ChangeLog.h"
#include "storage/Database.h"
#include "storage/PrivateFile.h"
#include "storage/Session.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>

namespace ascolto::PeriodicExport {

namespace {

// Italian spreadsheets read "1234,56" as a number.
QString amount(qint64 cents)
{
    const qint64 a = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2,%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString day(const QString& iso)
{
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString time(const QString& isoInstant)
{
    const QDateTime t = QDateTime::fromString(isoInstant, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
}

// One SELECT per kind of activity, over the rows whose change-log entry is in range.
// Columns: client code, date, time, customer code, debtor, operator, channel, purpose,
// outcome, amount cents, due date, status, notes.
struct Source
{
    const char* entity;
    const char* type;
    const char* sql;
};

const QVector<Source>& sources()
{
    static const QVector<Source> list = {
        {"interaction", QT_TRANSLATE_NOOP("PeriodicExport", "Contact"),
         "SELECT c.code, x.started_at, x.started_at, d.customer_code, d.display_name, "
         "u.display_name, x.channel, x.purpose, x.outcome, NULL, NULL, NULL, x.notes FROM "
         "interaction x JOIN debtor d ON d.id = x.debtor_id JOIN client c ON c.id = x.client_id "
         "LEFT JOIN app_user u ON u.id = x.operator_id WHERE x.id IN (%1)"},
        {"promise", QT_TRANSLATE_NOOP("PeriodicExport", "Promise to pay"),
         "SELECT c.code, x.created_at, x.created_at, d.customer_code, d.display_name, NULL, "
         "x.channel, NULL, NULL, x.amount_cents, x.due_date, x.status, NULL FROM promise x JOIN "
         "debtor d ON d.id = x.debtor_id JOIN client c ON c.id = d.client_id WHERE x.id IN (%1)"},
        {"plan", QT_TRANSLATE_NOOP("PeriodicExport", "Repayment plan"),
         "SELECT c.code, x.created_at, x.created_at, d.customer_code, d.display_name, "
         "u.display_name, x.frequency, x.kind, x.installment_count, x.total_cents - "
         "x.discount_cents, x.first_due, x.status, NULL FROM plan x JOIN debtor d ON d.id "
         "= x.debtor_id JOIN client c ON c.id = x.client_id LEFT JOIN app_user u ON u.id = "
         "x.created_by WHERE x.id IN (%1)"},
        {"payment", QT_TRANSLATE_NOOP("PeriodicExport", "Payment"),
         "SELECT c.code, x.paid_on, x.created_at, d.customer_code, d.display_name, "
         "u.display_name, x.channel, x.source, NULL, x.amount_cents, NULL, NULL, x.reference "
         "FROM payment x JOIN debtor d ON d.id = x.debtor_id JOIN client c ON c.id = x.client_id "
         "LEFT JOIN app_user u ON u.id = x.recorded_by WHERE x.id IN (%1)"},
        {"complaint", QT_TRANSLATE_NOOP("PeriodicExport", "Complaint"),
         "SELECT c.code, x.opened_at, x.opened_at, d.customer_code, d.display_name, "
         "u.display_name, NULL, x.category, x.resolution, NULL, NULL, x.status, x.description "
         "FROM complaint x JOIN debtor d ON d.id = x.debtor_id JOIN client c ON c.id = "
         "x.client_id LEFT JOIN app_user u ON u.id = x.opened_by WHERE x.id IN (%1)"},
    };
    return list;
}

// The codes of a row in words, in the reader's language: the client reads this file.
// Columns as sources() says (6 channel, 7 purpose, 8 outcome, 11 status, 12 notes).
void wordRow(const QString& entity, QStringList& r)
{
    if (entity == QLatin1String("interaction")) {
        r[6] = CodeText::interactionChannel(r[6]);
        r[7] = CodeText::purpose(r[7]);
        r[8] = CodeText::outcome(r[8]);
    } else if (entity == QLatin1String("promise")) {
        r[6] = CodeText::paymentChannel(r[6]);
        r[11] = CodeText::status(r[11]);
    } else if (entity == QLatin1String("plan")) {
        // Frequency and installment count arrive in the channel and outcome columns.
        r[12] = PeriodicExportText::tr("%1 installment(s), %2", nullptr, r[8].toInt())
                    .arg(r[8], CodeText::frequency(r[6]));
        r[6].clear();
        r[8].clear();
        r[7] = CodeText::planKind(r[7]);
        r[11] = CodeText::status(r[11]);
    } else if (entity == QLatin1String("payment")) {
        r[6] = CodeText::paymentChannel(r[6]);
        r[7] = CodeText::paymentSource(r[7]);
    } else if (entity == QLatin1String("complaint")) {
        r[7] = CodeText::complaintCategory(r[7]);
        r[11] = CodeText::status(r[11]);
    }
}

Status checkFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (folder.isEmpty())
        return Status::failure(PeriodicExportText::tr("no export folder is configured"));
    if (!info.exists())
        return Status::failure(PeriodicExportText::tr("the folder %1 does not exist").arg(folder));
    if (!info.isDir() || !info.isWritable())
        return Status::failure(
            PeriodicExportText::tr("the folder %1 cannot be written (permission)").arg(folder));
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < 1 << 20)
        return Status::failure(PeriodicExportText::tr("the disk of %1 is full").arg(folder));
    return Status::success();
}

} // namespace

Result<QString> writeActivity(Database& db, const QString& folder, const QString& clientId,
                              qint64 since, qint64 upTo, int* rowCount)
{
    using R = Result<QString>;
    QVector<QStringList> rows;
    QString clientCode;
    for (const Source& source : sources()) {
        const QString ids = QStringLiteral("SELECT entity_id FROM change_log WHERE entity = '%1' "
                                           "AND seq > %2 AND seq <= %3")
                                .arg(QLatin1String(source.entity))
                                .arg(since)
                                .arg(upTo);
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        q.prepare(QString::fromLatin1(source.sql).arg(ids) + QStringLiteral(" AND c.id = ?"));
        q.addBindValue(clientId);
        if (!q.exec())
            return R::failure(q.lastError().text());
        while (q.next()) {
            const QVariant cents = q.value(9);
            QStringList row{PeriodicExportText::tr(source.type),
                            day(q.value(1).toString()),
                            QLatin1String(source.entity) == QLatin1String("payment")
                                ? QString()
                                : time(q.value(2).toString()),
                            q.value(3).toString(),
                            q.value(4).toString(),
                            q.value(5).toString(),
                            q.value(6).toString(),
                            q.value(7).toString(),
                            q.value(8).toString(),
                            cents.isNull() ? QString() : amount(cents.toLongLong()),
                            day(q.value(10).toString()),
                            q.value(11).toString(),
                            q.value(12).toString()};
            wordRow(QLatin1String(source.entity), row);
            clientCode = q.value(0).toString();
            rows.push_back(row);
        }
    }
    if (rowCount)
        *rowCount = int(rows.size());
    if (rows.isEmpty())
        return QString();
    const QStringList header{
        PeriodicExportText::tr("Type"),     PeriodicExportText::tr("Date"),
        PeriodicExportText::tr("Time"),     PeriodicExportText::tr("Customer code"),
        PeriodicExportText::tr("Debtor"),   PeriodicExportText::tr("Operator"),
        PeriodicExportText::tr("Channel"),  PeriodicExportText::tr("Purpose"),
        PeriodicExportText::tr("Outcome"),  PeriodicExportText::tr("Amount (EUR)"),
        PeriodicExportText::tr("Due date"), PeriodicExportText::tr("Status"),
        PeriodicExportText::tr("Notes")};
    const QString path = QDir(folder).filePath(
        QStringLiteral("activity-%1-%2-%3.csv").arg(clientCode).arg(since + 1).arg(upTo));
    if (Status s = PrivateFile::write(path, Csv::write(header, rows)); !s)
        return R::failure(PeriodicExportText::tr("%1 cannot be written: %2").arg(path, s.error()));
    return path;
}

namespace {

// The clients whose activity CSV this session may write: those it reports on
// (Session::reportsOn: an administrator every client, a team lead their own).
Result<QStringList> reportableClients(Database& db, const Session& session)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT id FROM client ORDER BY code")))
        return Result<QStringList>::failure(q.lastError().text());
    QStringList ids;
    while (q.next())
        if (session.reportsOn(q.value(0).toString()))
            ids << q.value(0).toString();
    return ids;
}

QString activityMark(const QString& clientId)
{
    return QStringLiteral("export.activity_seq.") + clientId;
}

} // namespace

Result<Outcome> run(Database& db, const Clock& clock, const QString& folder, const Session& session,
                    bool full)
{
    using R = Result<Outcome>;
    QElapsedTimer timer;
    timer.start();
    if (Status s = checkFolder(folder); !s)
        return R::failure(s.error());
    const auto clients = reportableClients(db, session);
    if (!clients)
        return R::failure(clients.error());
    qint64 since = 0;
    if (!full) {
        QSqlQuery q(db.sql());
        if (q.exec(QStringLiteral("SELECT last_export_seq FROM sync_peer WHERE device_id = '*'")) &&
            q.next())
            since = q.value(0).toLongLong();
    }
    const qint64 upTo = ChangeLog::lastSequence(db);
    Outcome outcome;
    outcome.changes = upTo - since;
    for (const QString& clientId : clients.value()) {
        // A client's first CSV covers everything (schema 16 set the marks of the clients
        // a store already had where its single export mark stood).
        const qint64 from = full ? 0 : db.metaValue(activityMark(clientId)).toLongLong();
        int rows = 0;
        auto activity = writeActivity(db, folder, clientId, from, upTo, &rows);
        if (!activity)
            return R::failure(activity.error());
        if (!activity->isEmpty())
            outcome.activityPaths << activity.value();
        outcome.activityRows += rows;
        if (Status s = db.setMetaValue(activityMark(clientId), QString::number(upTo)); !s)
            return R::failure(s.error());
    }
    // The bundle is this store's own work for its head office; head office itself (or a
    // store nobody seeded) has nobody to send it to, and writes the activity CSVs alone.
    if (Devices(db, clock).homeDevice().isEmpty()) {
        if (Status s =
                ChangeLog::markExported(db, QStringLiteral("*"), upTo, isoUtc(clock.nowUtc()));
            !s)
            return R::failure(s.error());
        outcome.elapsedMs = timer.elapsed();
        return outcome;
    }
    SyncBundle::ExportOptions options;
    options.full = full;
    options.upTo = upTo;
    const QString sequence =
        QString::number(db.metaValue(QStringLiteral("sync.export_seq")).toLongLong() + 1);
    const QString bundle = QDir(folder).filePath(
        QStringLiteral("ascolto-%1-%2.bundle").arg(db.deviceId().left(13), sequence));
    const auto exported = SyncBundle::exportBundle(db, clock, bundle, options);
    if (!exported)
        return R::failure(exported.error());
    outcome.bundlePath = exported->path;
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

} // namespace ascolto::PeriodicExport

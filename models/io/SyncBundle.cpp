#include "SyncBundle.h"

#include "BundleEnvelope.h"

#include "domain/FieldMerge.h"
#include "domain/SyncAuthority.h"
#include "storage/AuditLog.h"
#include "storage/PrivateFile.h"
#include "storage/Session.h"

#include "storage/ChangeLog.h"
#include "storage/ConflictRepository.h"
#include "storage/Database.h"
#include "storage/DebtorSummaryRepository.h"
#include "storage/Devices.h"
#include "storage/Erasure.h"
#include "storage/Ids.h"
#include "storage/PaymentRepository.h"
#include "storage/PlanRepository.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>

#include <sqlite3.h>

#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <unistd.h>

namespace ascolto::SyncBundle {

namespace {

// Above this many touched debtors the portfolio rows are refreshed in one pass.
constexpr int kRefreshAllAbove = 2000;

QString text(sqlite3_stmt* st, int col)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(st, col)) : QString();
}

struct Stmt
{
    sqlite3_stmt* p = nullptr;
    Stmt(sqlite3* h, const QString& sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(h, utf8.constData(), int(utf8.size()), &p, nullptr) != SQLITE_OK)
            p = nullptr;
    }
    ~Stmt() { sqlite3_finalize(p); }
    Stmt(const Stmt&) = delete;
    Stmt& operator=(const Stmt&) = delete;
    void bind(int i, const QString& v)
    {
        const QByteArray b = v.toUtf8();
        sqlite3_bind_text(p, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    }
    void bind(int i, qint64 v) { sqlite3_bind_int64(p, i, v); }
};

QString quoted(const QString& s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QStringList columns(sqlite3* h, const QString& schema, const QString& table)
{
    QStringList cols;
    Stmt st(h, QStringLiteral("SELECT name FROM pragma_table_info(%1, %2) ORDER BY cid")
                   .arg(quoted(table), quoted(schema)));
    while (st.p && sqlite3_step(st.p) == SQLITE_ROW)
        cols << text(st.p, 0);
    return cols;
}

// SHA-256 of every content table of the bundle, in a fixed order, row by row.
Result<QString> checksum(sqlite3* h, const QString& schema)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList tables = QStringList{QStringLiteral("changes")} + ChangeLog::tableNames() +
                               QStringList{QStringLiteral("field_stamp")};
    for (const QString& table : tables) {
        hash.addData(table.toUtf8());
        Stmt st(h, QStringLiteral("SELECT * FROM %1.%2 ORDER BY rowid").arg(schema, table));
        if (!st.p)
            return Result<QString>::failure(
                SyncBundleText::tr("the table %1 is missing").arg(table));
        const int n = sqlite3_column_count(st.p);
        // Per cell: its type, then "<size>:" and its bytes; gathered a row at a time (one
        // hash update per row, no allocation per cell).
        QByteArray row;
        int rc;
        while ((rc = sqlite3_step(st.p)) == SQLITE_ROW) {
            row.resize(0);
            for (int c = 0; c < n; ++c) {
                const int type = sqlite3_column_type(st.p, c);
                row.append(char('0' + type));
                if (type == SQLITE_NULL)
                    continue;
                const auto* data = static_cast<const char*>(sqlite3_column_blob(st.p, c));
                const int size = sqlite3_column_bytes(st.p, c);
                char length[16];
                const int digits = std::snprintf(length, sizeof length, "%d:", size);
                row.append(length, digits);
                row.append(data, size);
            }
            hash.addData(row);
        }
        if (rc != SQLITE_DONE)
            return Result<QString>::failure(QString::fromUtf8(sqlite3_errmsg(h)));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<Header> readHeader(sqlite3* h, const QString& schema)
{
    Stmt st(h, QStringLiteral("SELECT key, value FROM %1.header").arg(schema));
    if (!st.p)
        return Result<Header>::failure(
            SyncBundleText::tr("it is not an Ascolto sync bundle (no header)"));
    QHash<QString, QString> v;
    while (sqlite3_step(st.p) == SQLITE_ROW)
        v.insert(text(st.p, 0), text(st.p, 1));
    Header header;
    header.formatVersion = v.value(QStringLiteral("format_version")).toInt();
    header.schemaVersion = v.value(QStringLiteral("schema_version")).toInt();
    header.sourceDevice = v.value(QStringLiteral("source_device"));
    header.forDevice = v.value(QStringLiteral("for_device"));
    header.sequence = v.value(QStringLiteral("sequence")).toLongLong();
    header.createdAt = v.value(QStringLiteral("created_at"));
    header.rows = v.value(QStringLiteral("rows")).toLongLong();
    header.checksum = v.value(QStringLiteral("checksum"));
    const QJsonArray clients =
        QJsonDocument::fromJson(v.value(QStringLiteral("clients")).toUtf8()).array();
    for (const QJsonValue& c : clients) {
        header.clientIds << c.toObject().value(QLatin1String("id")).toString();
        header.clientCodes << c.toObject().value(QLatin1String("code")).toString();
    }
    if (header.formatVersion < 1 || header.sourceDevice.isEmpty() || header.checksum.isEmpty())
        return Result<Header>::failure(
            SyncBundleText::tr("it is not an Ascolto sync bundle (incomplete header)"));
    return header;
}

// Debtor ids a bundle touches through the rows that hang off a debtor, for the portfolio
// rows (the debtor rows themselves are counted as they merge: only a change to what the
// portfolio shows counts).
QSet<QString> touchedDebtors(sqlite3* h)
{
    QSet<QString> ids;
    for (const QString& table : ChangeLog::tableNames()) {
        const QStringList cols = columns(h, QStringLiteral("b"), table);
        QString sql;
        if (table == QLatin1String("debtor"))
            continue;
        else if (cols.contains(QStringLiteral("debtor_id")))
            sql = QStringLiteral("SELECT DISTINCT debtor_id FROM b.%1").arg(table);
        else if (table == QLatin1String("installment"))
            sql = QStringLiteral("SELECT DISTINCT p.debtor_id FROM b.installment i JOIN plan p ON "
                                 "p.id = i.plan_id");
        else if (table == QLatin1String("payment_allocation"))
            sql = QStringLiteral("SELECT DISTINCT p.debtor_id FROM b.payment_allocation a JOIN "
                                 "payment p ON p.id = a.payment_id");
        else
            continue;
        Stmt st(h, sql);
        while (st.p && sqlite3_step(st.p) == SQLITE_ROW)
            ids.insert(text(st.p, 0));
    }
    return ids;
}

// The field stamps of row x of a table in schema `schema`, as one text: a record per field
// (field, stamp, device, knowledge, live tags, author; unit separators) separated by record
// separators. Read by addStamps(); plain text is much cheaper to split than JSON to parse,
// for every row of a large bundle.
QString stampsSql(const QString& schema, const QString& table)
{
    return QStringLiteral("(SELECT group_concat(s.field || char(31) || s.hlc || char(31) || "
                          "s.device || char(31) || s.seen || char(31) || coalesce(s.live, '') || "
                          "char(31) || coalesce(s.author, ''), char(30)) FROM %1.field_stamp s "
                          "WHERE s.entity = %2 AND s.entity_id = x.id)")
        .arg(schema, quoted(table));
}

void addStamps(FieldMerge::Copy& c, const QString& stamps)
{
    if (stamps.isEmpty())
        return;
    for (const QStringView record : QStringView(stamps).split(QChar(30))) {
        const QList<QStringView> f = record.split(QChar(31));
        if (f.size() != 6)
            continue;
        FieldMerge::Stamp st;
        st.hlc = f.at(1).toLongLong();
        st.device = f.at(2).toString();
        st.seen = FieldMerge::Stamp::parseSeen(f.at(3).toString());
        if (!f.at(4).isEmpty())
            st.live = FieldMerge::Stamp::parseLive(f.at(4).toString());
        st.author = f.at(5).toString();
        c.stamps.insert(f.at(0).toString(), st);
    }
}

FieldMerge::Copy copyOf(const QString& values, const QString& stamps)
{
    FieldMerge::Copy c;
    c.values = QJsonDocument::fromJson(values.toUtf8()).object();
    c.version = c.values.value(QLatin1String("version")).toInteger();
    c.device = c.values.value(QLatin1String("device_id")).toString();
    addStamps(c, stamps);
    return c;
}

QJsonValue columnValue(sqlite3_stmt* st, int col)
{
    switch (sqlite3_column_type(st, col)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(st, col));
    case SQLITE_FLOAT:
        return sqlite3_column_double(st, col);
    case SQLITE_NULL:
        return QJsonValue::Null;
    default:
        return text(st, col);
    }
}

bool sameColumn(sqlite3_stmt* st, int a, int b)
{
    const int type = sqlite3_column_type(st, a);
    if (type != sqlite3_column_type(st, b))
        return false;
    switch (type) {
    case SQLITE_NULL:
        return true;
    case SQLITE_INTEGER:
        return sqlite3_column_int64(st, a) == sqlite3_column_int64(st, b);
    case SQLITE_FLOAT:
        return sqlite3_column_double(st, a) == sqlite3_column_double(st, b);
    default: {
        const void* pa = sqlite3_column_blob(st, a);
        const int na = sqlite3_column_bytes(st, a);
        const void* pb = sqlite3_column_blob(st, b);
        const int nb = sqlite3_column_bytes(st, b);
        return na == nb && (na == 0 || std::memcmp(pa, pb, size_t(na)) == 0);
    }
    }
}

// Both copies of a row read straight from their columns (mine from `first`, theirs right
// after). The merge only looks at fields that differ or carry a stamp (the others agree and
// were never written): a large bundle holds just those, plus the row's meta, instead of
// every column of every row (20,000 debtors spent most of their merge building JSON).
// `whole` keeps every column (the rows whose authors are checked read names and roles).
std::pair<FieldMerge::Copy, FieldMerge::Copy> copiesOf(sqlite3_stmt* st, int first,
                                                       const QStringList& names,
                                                       const QString& mineStamps,
                                                       const QString& theirStamps, bool whole)
{
    std::pair<FieldMerge::Copy, FieldMerge::Copy> p;
    FieldMerge::Copy& mine = p.first;
    FieldMerge::Copy& theirs = p.second;
    addStamps(mine, mineStamps);
    addStamps(theirs, theirStamps);
    const int n = int(names.size());
    for (int i = 0; i < n; ++i) {
        const QString& name = names.at(i);
        const bool meta = name == QLatin1String("version") || name == QLatin1String("device_id") ||
                          name == QLatin1String("updated_at");
        if (!whole && !meta && !mine.stamps.contains(name) && !theirs.stamps.contains(name) &&
            sameColumn(st, first + i, first + n + i))
            continue;
        mine.values.insert(name, columnValue(st, first + i));
        theirs.values.insert(name, columnValue(st, first + n + i));
    }
    for (FieldMerge::Copy* c : {&mine, &theirs}) {
        c->version = c->values.value(QLatin1String("version")).toInteger();
        c->device = c->values.value(QLatin1String("device_id")).toString();
    }
    return p;
}

// Calls `merge` for every row of a mutable table that the store and the attached bundle "b"
// both hold and whose copies differ, in values or in field stamps; `condition` narrows them
// (alias x: the bundle's row).
Status forEachPair(sqlite3* h, const ChangeLog::SyncTable& t, const QStringList& cols,
                   const QString& condition,
                   const std::function<Status(const QString&, const FieldMerge::Copy&,
                                              const FieldMerge::Copy&)>& merge)
{
    const QString table = QString::fromLatin1(t.name);
    const QStringList derived = t.derivedColumns();
    QStringList differs, mine, theirs;
    for (const QString& c : cols) {
        if (!derived.contains(c))
            differs << QStringLiteral("m.%1 IS NOT x.%1").arg(c);
        mine << QStringLiteral("m.%1").arg(c);
        theirs << QStringLiteral("x.%1").arg(c);
    }

    // A caller's condition comes first: it is cheap, and it spares the stamp comparison.
    Stmt st(h, QStringLiteral("SELECT x.id, %3, %4, %1, %2 FROM b.%5 x "
                              "JOIN main.%5 m ON m.id = x.id WHERE %8(%6 OR EXISTS (SELECT 1 FROM "
                              "b.field_stamp s LEFT JOIN main.field_stamp f ON f.entity = "
                              "s.entity AND f.entity_id = s.entity_id AND f.field = s.field WHERE "
                              "s.entity = %7 AND s.entity_id = x.id AND (f.hlc IS NOT s.hlc OR "
                              "f.device IS NOT s.device OR f.seen IS NOT s.seen OR f.live IS NOT "
                              "s.live OR f.author IS NOT "
                              "s.author)))")
                   .arg(mine.join(QStringLiteral(", ")), theirs.join(QStringLiteral(", ")),
                        stampsSql(QStringLiteral("main"), table),
                        stampsSql(QStringLiteral("b"), table), table,
                        differs.join(QStringLiteral(" OR ")), quoted(table),
                        condition.isEmpty() ? QString() : condition + QStringLiteral(" AND ")));
    if (!st.p)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(h)));
    // Read first, then merge: the merge writes into the table being read.
    struct Pair
    {
        QString id;
        FieldMerge::Copy mine, theirs;
    };
    QVector<Pair> pairs;
    int rc;
    // Rows whose authority is checked are read whole (names, roles, approvers).
    const bool whole = SyncAuthority::guarded(table) || table == QLatin1String("plan");
    while ((rc = sqlite3_step(st.p)) == SQLITE_ROW) {
        auto copies = copiesOf(st.p, 3, cols, text(st.p, 1), text(st.p, 2), whole);
        pairs.push_back({text(st.p, 0), std::move(copies.first), std::move(copies.second)});
    }
    if (rc != SQLITE_DONE)
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(h)));
    for (Pair& p : pairs) {
        // A hash blanked for a device where that user does not log in never replaces one.
        const QLatin1String hash("password_hash");
        if (table == QLatin1String("app_user") &&
            p.theirs.values.value(hash).toString().isEmpty() &&
            !p.mine.values.value(hash).toString().isEmpty()) {
            p.theirs.values.insert(hash, p.mine.values.value(hash));
            if (p.mine.stamps.contains(hash))
                p.theirs.stamps.insert(hash, p.mine.stamps.value(hash));
            else
                p.theirs.stamps.remove(hash);
        }
        if (Status s = merge(p.id, p.mine, p.theirs); !s)
            return s;
    }
    return Status::success();
}

// What descendsFromMine() found and wrote.
struct Descendants
{
    int rows = 0;
    QSet<QString> shownChanged; // debtors whose portfolio row or search entry changed
};

// The rows of a mutable table whose received copy descends from this store's (the common
// case: an edit made elsewhere on top of what this store holds) are selected here and taken
// whole by ChangeLog::takeReceived. FieldMerge::merge yields exactly the
// received copy for them (FieldMerge.h, "A copy that descends from mine"; tested there), so
// no decision is made here: every row this cannot prove to be one goes through the merge.
// Rows whose authority is checked (users, clients, plans, a debtor's interlocutor) never do.
// The ids taken are left in temp.sync_descends.
Result<Descendants> descendsFromMine(Database& db, const ChangeLog::SyncTable& t,
                                     const QStringList& cols, const QString& condition,
                                     const QStringList& shown)
{
    sqlite3* h = db.handle();
    const QString table = QString::fromLatin1(t.name);
    const QStringList fields = t.stampedFields(cols);
    const QStringList derived = t.derivedColumns();
    const QStringList protective = FieldMerge::protectiveColumns(table);
    if (Status s = db.execScript(QStringLiteral("DROP TABLE IF EXISTS temp.sync_descends; CREATE "
                                                "TEMP TABLE sync_descends(id TEXT PRIMARY KEY, "
                                                "shown INTEGER, changed TEXT)"));
        !s)
        return Result<Descendants>::failure(s.error());
    if (SyncAuthority::guarded(table) || table == QLatin1String("plan"))
        return Descendants{};
    QStringList differs, same, valueAgrees, shownDiffers, protectiveNames, changed;
    for (const QString& c : cols) {
        if (!derived.contains(c))
            differs << QStringLiteral("m.%1 IS NOT x.%1").arg(c);
    }
    // Which indexed fields change, one character each ('1' changed): each group of rows
    // updates only those, so an index over unchanged columns is not rewritten.
    const QStringList written =
        fields + QStringList{QStringLiteral("version"), QStringLiteral("device_id"),
                             QStringLiteral("updated_at")};
    QStringList indexed;
    {
        Stmt st(h, QStringLiteral("SELECT DISTINCT ii.name FROM pragma_index_list(%1, 'main') il, "
                                  "pragma_index_info(il.name, 'main') ii WHERE ii.name IS NOT NULL")
                       .arg(quoted(table)));
        while (st.p && sqlite3_step(st.p) == SQLITE_ROW) {
            if (const QString c = text(st.p, 0); written.contains(c))
                indexed << c;
        }
    }
    for (const QString& c : indexed)
        changed << QStringLiteral("(m.%1 IS NOT x.%1)").arg(c);
    if (changed.isEmpty())
        changed << QStringLiteral("''");
    for (const QString& f : fields) {
        // A field both copies stamped alike holds the same value (a value written without a
        // stamp would be settled by the merge's tie-break).
        valueAgrees << QStringLiteral("(m.%1 IS x.%1 OR NOT EXISTS (SELECT 1 FROM "
                                      "main.field_stamp f WHERE f.entity = %2 AND f.entity_id = "
                                      "x.id AND f.field = '%1'))")
                           .arg(f, quoted(table));
    }
    // Protections merge by their tags: only rows where both copies hold the same protection.
    for (const QString& c : protective) {
        same << QStringLiteral("m.%1 IS x.%1").arg(c);
        protectiveNames << QStringLiteral("'%1'").arg(c);
    }
    // A debtor's interlocutor changes only with an assignment checked at apply.
    if (table == QLatin1String("debtor"))
        same << QStringLiteral("m.assigned_operator_id IS x.assigned_operator_id");
    if (table == QLatin1String("debtor")) {
        for (const QString& c : shown)
            shownDiffers << QStringLiteral("m.%1 IS NOT x.%1").arg(c);
    }
    const QString sql =
        QStringLiteral(
            "INSERT INTO temp.sync_descends(id, shown, changed) SELECT x.id, %1, %9 FROM b.%2 x "
            "JOIN main.%2 m "
            "ON m.id = x.id WHERE %3(x.version > m.version OR (x.version = m.version AND "
            "x.device_id > m.device_id)) %4 AND (%5 OR EXISTS (SELECT 1 FROM b.field_stamp s "
            "LEFT JOIN main.field_stamp f ON f.entity = s.entity AND f.entity_id = s.entity_id "
            "AND f.field = s.field WHERE s.entity = %6 AND s.entity_id = x.id AND (f.hlc IS NOT "
            "s.hlc OR f.device IS NOT s.device OR f.seen IS NOT s.seen OR f.live IS NOT s.live OR "
            "f.author IS NOT s.author))) AND NOT EXISTS (SELECT 1 FROM main.field_stamp f LEFT "
            "JOIN b.field_stamp s ON s.entity = f.entity AND s.entity_id = f.entity_id AND "
            "s.field = f.field WHERE f.entity = %6 AND f.entity_id = x.id AND (s.hlc IS NOT f.hlc "
            "OR s.device IS NOT f.device OR s.seen IS NOT f.seen OR s.live IS NOT f.live OR "
            "s.author IS NOT f.author)) %7 %8")
            .arg(shownDiffers.isEmpty() ? QStringLiteral("0")
                                        : shownDiffers.join(QStringLiteral(" OR ")),
                 table, condition.isEmpty() ? QString() : condition + QStringLiteral(" AND "),
                 same.isEmpty() ? QString()
                                : QStringLiteral("AND ") + same.join(QStringLiteral(" AND ")),
                 differs.join(QStringLiteral(" OR ")), quoted(table),
                 valueAgrees.isEmpty()
                     ? QString()
                     : QStringLiteral("AND ") + valueAgrees.join(QStringLiteral(" AND ")),
                 protective.isEmpty()
                     ? QString()
                     : QStringLiteral("AND NOT EXISTS (SELECT 1 FROM b.field_stamp s WHERE "
                                      "s.entity = %1 AND s.entity_id = x.id AND s.field IN (%2))")
                           .arg(quoted(table), protectiveNames.join(QStringLiteral(", "))))
            .arg(changed.join(QStringLiteral(" || ")));
    if (Status s = db.execScript(sql); !s)
        return Result<Descendants>::failure(s.error());
    Descendants out;
    out.rows = int(sqlite3_changes(h));
    if (out.rows == 0)
        return out;
    if (table == QLatin1String("debtor")) {
        Stmt st(h, QStringLiteral("SELECT id FROM temp.sync_descends WHERE shown"));
        while (st.p && sqlite3_step(st.p) == SQLITE_ROW)
            out.shownChanged.insert(text(st.p, 0));
    }
    if (Status s = ChangeLog::takeReceived(db, table, written, indexed, QStringLiteral("b"),
                                           QStringLiteral("temp.sync_descends"));
        !s)
        return Result<Descendants>::failure(s.error());
    return out;
}

// Where a bundle is read or written in clear: beside the store (on this machine's own disk,
// in the store's private folder), never in an export folder.
QString plainPartOf(Database& db, const QString& what = QStringLiteral("export"))
{
    const QFileInfo store(db.path());
    return store.absoluteDir().filePath(
        QStringLiteral(".%1.%2-bundle.part").arg(store.fileName(), what));
}

} // namespace

QString ImportResult::text() const
{
    if (alreadyApplied)
        return SyncBundleText::tr("Bundle %1 from %2 was already applied: nothing changed.")
            .arg(header.sequence)
            .arg(header.sourceDevice);
    return SyncBundleText::tr(
               "Bundle %1 from %2 applied: %3 new rows, %4 updated, %5 older kept as they "
               "were, %6 conflicts logged.")
               .arg(header.sequence)
               .arg(header.sourceDevice)
               .arg(inserted)
               .arg(updated)
               .arg(kept)
               .arg(conflicts) +
           (protectionsKept > 0
                ? QLatin1Char(' ') +
                      SyncBundleText::tr("%n protection(s) (do not contact, hold, "
                                         "vulnerability, opt-out) kept against a concurrent clear.",
                                         nullptr, protectionsKept)
                : QString()) +
           (erasedDebtors > 0
                ? QLatin1Char(' ') +
                      SyncBundleText::tr("%n debtor(s) of a client whose mandate ended erased "
                                         "here, as the erasure recorded at another office asks.",
                                         nullptr, erasedDebtors)
                : QString()) +
           (departedDebtors > 0
                ? QLatin1Char(' ') +
                      SyncBundleText::tr("%n debtor(s) no longer in this workstation's users' "
                                         "hands removed from it.",
                                         nullptr, departedDebtors)
                : QString()) +
           (refusals.isEmpty() ? QString()
                               : QLatin1Char(' ') + SyncBundleText::tr("Refused and audited: %1.")
                                                        .arg(refusals.join(QStringLiteral("; "))));
}

Result<ExportResult> exportBundle(Database& db, const Clock& clock, const QString& path,
                                  const ExportOptions& options)
{
    using R = Result<ExportResult>;
    sqlite3* h = db.handle();
    // Written only for an enrolled device, encrypted for it and signed by this one.
    Devices devices(db, clock);
    const QString recipient =
        options.forDevice.isEmpty() ? devices.homeDevice() : options.forDevice;
    if (recipient.isEmpty())
        return R::failure(SyncBundleText::tr(
            "This store has no head office to send its work to: name the device the bundle is "
            "for (--for-device), once it is enrolled here with its key (ascolto-cli device "
            "enrol)."));
    const auto to = devices.find(recipient);
    if (!to)
        return R::failure(
            SyncBundleText::tr("No bundle for device %1: it is not enrolled here, and a bundle is "
                               "only written, encrypted, for an enrolled device (ascolto-cli "
                               "device enrol).")
                .arg(recipient));
    if (!to->revokedAt.isEmpty())
        return R::failure(SyncBundleText::tr("No bundle for device %1: it was revoked on %2.")
                              .arg(recipient, to->revokedAt));
    const auto signingKey = devices.secretKey();
    if (!signingKey)
        return R::failure(signingKey.error());
    const QString peer = options.forDevice.isEmpty() ? QStringLiteral("*") : options.forDevice;
    qint64 since = 0;
    QStringList scope;
    {
        Stmt st(h, QStringLiteral("SELECT last_export_seq, clients FROM sync_peer WHERE "
                                  "device_id = ?"));
        st.bind(1, peer);
        if (sqlite3_step(st.p) == SQLITE_ROW) {
            since = options.full ? 0 : sqlite3_column_int64(st.p, 0);
            for (const QJsonValue& v : QJsonDocument::fromJson(text(st.p, 1).toUtf8()).array())
                scope << v.toString();
        }
    }
    // Clients in the bundle: asked for, else those the device serves, else all.
    QJsonArray clients;
    QStringList clientIds, clientCodes;
    {
        Stmt st(h, QStringLiteral("SELECT id, code FROM client ORDER BY code"));
        while (sqlite3_step(st.p) == SQLITE_ROW) {
            const QString id = text(st.p, 0), code = text(st.p, 1);
            const bool wanted = !options.clientCodes.isEmpty() ? options.clientCodes.contains(code)
                                : !scope.isEmpty()             ? scope.contains(id)
                                                               : true;
            if (wanted) {
                clients.append(
                    QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("code"), code}});
                clientIds << id;
                clientCodes << code;
            }
        }
    }
    for (const QString& code : options.clientCodes) {
        if (!clientCodes.contains(code))
            return R::failure(SyncBundleText::tr("There is no client with code %1.").arg(code));
    }
    const qint64 upTo = options.upTo > 0 ? options.upTo : ChangeLog::lastSequence(db);
    // What the device's users may see (data minimisation, Garante 2005): head office receives
    // everything asked; any other device the debtors of its operators (and of the colleagues
    // they cover in a current or coming absence: a statement of its own, which an OR in the
    // first would turn into a scan of every debtor), the clients of its team
    // leads (everything when an administrator logs in there), and password hashes of its own
    // users only. A debtor that came into its users' hands in this window comes whole.
    const bool scoped = to->kind != QLatin1String("head_office");
    bool everything = !scoped;
    bool reviewsConflicts = !scoped;
    if (scoped) {
        if (to->userIds.isEmpty())
            return R::failure(
                SyncBundleText::tr("No bundle for device %1: nobody is enrolled to log in there, "
                                   "and a bundle never "
                                   "carries everything by default (enrol it again with its users).")
                    .arg(to->name));
        QStringList users;
        for (const QString& id : to->userIds)
            users << quoted(id);
        if (Status s = db.execScript(
                QStringLiteral(
                    "DROP TABLE IF EXISTS temp.scope_user; DROP TABLE IF EXISTS temp.scope_debtor; "
                    "DROP TABLE IF EXISTS temp.scope_new; CREATE TEMP TABLE scope_user AS "
                    "SELECT "
                    "id, role, client_id FROM main.app_user WHERE id IN (%1); CREATE TEMP TABLE "
                    "scope_debtor(id TEXT PRIMARY KEY); INSERT OR IGNORE INTO scope_debtor "
                    "SELECT d.id FROM main.debtor d WHERE d.assigned_operator_id IN (SELECT id "
                    "FROM temp.scope_user WHERE role = 'operator') OR d.client_id IN (SELECT "
                    "client_id FROM temp.scope_user WHERE role = 'teamlead'); INSERT OR IGNORE "
                    "INTO scope_debtor SELECT d.id FROM main.debtor d WHERE "
                    "d.assigned_operator_id IN (SELECT ab.operator_id FROM main.absence ab WHERE "
                    "ab.backup_id IN (SELECT id FROM temp.scope_user WHERE role = 'operator') AND "
                    "ab.cancelled = 0 AND ab.to_date >= '%4'); CREATE TEMP TABLE "
                    "scope_new(id TEXT PRIMARY KEY); INSERT OR IGNORE INTO scope_new SELECT "
                    "a.debtor_id FROM main.assignment a JOIN main.change_log c ON c.entity = "
                    "'assignment' AND c.entity_id = a.id WHERE c.seq > %2 AND c.seq <= %3 AND "
                    "a.operator_id IN (SELECT id FROM temp.scope_user) AND a.debtor_id IN (SELECT "
                    "id FROM temp.scope_debtor); INSERT OR IGNORE INTO scope_new SELECT d.id FROM "
                    "main.absence ab JOIN main.change_log c ON c.entity = 'absence' AND "
                    "c.entity_id = ab.id JOIN main.debtor d ON d.assigned_operator_id = "
                    "ab.operator_id WHERE c.seq > %2 AND c.seq <= %3 AND ab.backup_id IN (SELECT "
                    "id FROM temp.scope_user WHERE role = 'operator') AND ab.cancelled = 0 AND "
                    "ab.to_date >= '%4'")
                    .arg(users.join(QLatin1Char(',')))
                    .arg(since)
                    .arg(upTo)
                    .arg(isoDate(clock.today())));
            !s)
            return R::failure(s.error());
        Stmt roles(h, QStringLiteral("SELECT role, client_id FROM temp.scope_user"));
        QStringList ownClients;
        while (sqlite3_step(roles.p) == SQLITE_ROW) {
            const QString role = text(roles.p, 0);
            everything = everything || role == QLatin1String("admin");
            reviewsConflicts = reviewsConflicts || role != QLatin1String("operator");
            ownClients << text(roles.p, 1);
        }
        if (!everything) {
            // Only the clients its users work for.
            QJsonArray kept;
            QStringList keptIds, keptCodes;
            for (int i = 0; i < clientIds.size(); ++i) {
                if (!ownClients.contains(clientIds.at(i)))
                    continue;
                kept.append(QJsonObject{{QStringLiteral("id"), clientIds.at(i)},
                                        {QStringLiteral("code"), clientCodes.at(i)}});
                keptIds << clientIds.at(i);
                keptCodes << clientCodes.at(i);
            }
            clients = kept;
            clientIds = keptIds;
            clientCodes = keptCodes;
        }
    }
    // What the device holds (schema 17): debtors that came into its users' scope since its
    // last bundle come whole (a user added to the device, a colleague's debtor handed over,
    // an absence to cover), and those that left it are named so the device deletes them.
    const bool tracksScope = scoped && !everything;
    if (tracksScope) {
        if (Status s = devices.scopeChanges(recipient); !s)
            return R::failure(s.error());
        if (Status s = db.execScript(QStringLiteral("INSERT OR IGNORE INTO temp.scope_new SELECT "
                                                    "id FROM temp.scope_entered"));
            !s)
            return R::failure(s.error());
    }
    const qint64 sequence = db.metaValue(QStringLiteral("sync.export_seq")).toLongLong() + 1;

    // The plain bundle stays on this machine, beside the store; only the sealed one is
    // written at the target (an export folder, a USB stick).
    const QString part = plainPartOf(db);
    const QString sealedPart = path + QStringLiteral(".part");
    // Never onto a device or through a link planted at the name; the bundle is created 0600.
    if (Status s = PrivateFile::checkTarget(path); !s)
        return R::failure(s.error());
    QFile::remove(part);
    QFile::remove(sealedPart);
    if (Status s = PrivateFile::create(part); !s)
        return R::failure(s.error());
    if (Status s = db.execScript(QStringLiteral("ATTACH DATABASE %1 AS b").arg(quoted(part))); !s)
        return R::failure(
            SyncBundleText::tr("The bundle %1 cannot be written: %2").arg(path, s.error()));
    auto fail = [&](const QString& why) {
        db.execScript(QStringLiteral("ROLLBACK"));
        db.execScript(QStringLiteral("DETACH DATABASE b"));
        QFile::remove(part);
        return R::failure(SyncBundleText::tr("The bundle %1 cannot be written: %2").arg(path, why));
    };
    QStringList ddl{QStringLiteral("PRAGMA b.journal_mode = OFF"),
                    QStringLiteral("PRAGMA b.synchronous = OFF"),
                    QStringLiteral("CREATE TABLE b.header(key TEXT PRIMARY KEY, value TEXT)"),
                    QStringLiteral("CREATE TABLE b.changes(entity TEXT, entity_id TEXT, "
                                   "base_version INTEGER, base_device TEXT)"),
                    QStringLiteral("CREATE TABLE b.departed(debtor_id TEXT PRIMARY KEY)")};
    for (const QString& table :
         ChangeLog::tableNames() + QStringList{QStringLiteral("field_stamp")})
        ddl << QStringLiteral("CREATE TABLE b.%1 AS SELECT * FROM main.%1 WHERE 0").arg(table);
    for (const QString& sql : ddl) {
        if (Status s = db.execScript(sql); !s)
            return fail(s.error());
    }
    if (Status s = db.execScript(QStringLiteral("BEGIN")); !s)
        return fail(s.error());
    // The latest entry of every row changed in (since, upTo]: cost follows the changes. The
    // export folder's bundle carries this workstation's own work; a bundle for a device
    // also relays what came from the others.
    {
        Stmt st(h, QStringLiteral(
                       "INSERT INTO b.changes SELECT c.entity, c.entity_id, c.base_version, "
                       "c.base_device FROM change_log c WHERE c.seq > ?1 AND c.seq <= ?2 AND %1"
                       "NOT EXISTS (SELECT 1 FROM change_log l WHERE l.entity = c.entity AND "
                       "l.entity_id = c.entity_id AND l.seq > c.seq AND l.seq <= ?2)")
                       .arg(options.forDevice.isEmpty() ? QStringLiteral("c.origin = 'local' AND ")
                                                        : QString()));
        st.bind(1, since);
        st.bind(2, upTo);
        if (!st.p || sqlite3_step(st.p) != SQLITE_DONE)
            return fail(QString::fromUtf8(sqlite3_errmsg(h)));
    }
    if (Status s = db.execScript(QStringLiteral("CREATE INDEX b.changes_entity ON changes(entity, "
                                                "entity_id)"));
        !s)
        return fail(s.error());
    // Debtors that came into scope in this window: rare, and a condition on them (an OR
    // beside the changed rows) makes SQLite read every row of the tables reached through a
    // parent, so it is written only when there are some.
    bool entered = false;
    if (!everything) {
        Stmt st(h, QStringLiteral("SELECT EXISTS (SELECT 1 FROM temp.scope_new)"));
        entered = st.p && sqlite3_step(st.p) == SQLITE_ROW && sqlite3_column_int(st.p, 0) != 0;
    }
    QStringList inClients;
    for (const QString& id : clientIds)
        inClients << quoted(id);
    const QString clientList = inClients.isEmpty() ? QStringLiteral("''") : inClients.join(',');
    qint64 rows = 0;
    for (const ChangeLog::SyncTable& t : ChangeLog::tables()) {
        const QString table = QString::fromLatin1(t.name);
        QString changed = QStringLiteral("t.%1 IN (SELECT entity_id FROM b.changes WHERE entity "
                                         "= %2)")
                              .arg(QString::fromLatin1(t.key), quoted(table));
        QString where = QStringLiteral("(%1 IN (%2) OR %1 IS NULL)")
                            .arg(QString::fromLatin1(t.client), clientList);
        const QString debtor = ChangeLog::debtorOf(table);
        if (!everything && !debtor.isEmpty()) {
            if (entered)
                changed = QStringLiteral("(%1 OR %2 IN (SELECT id FROM temp.scope_new))")
                              .arg(changed, debtor);
            where += QStringLiteral(" AND %1 IN (SELECT id FROM temp.scope_debtor)").arg(debtor);
        }
        if (scoped && table == QLatin1String("audit_log"))
            where += QStringLiteral(" AND t.user_id IN (SELECT id FROM temp.scope_user)");
        if (!reviewsConflicts && table == QLatin1String("conflict_log"))
            where += QStringLiteral(" AND 0");
        where = changed + QStringLiteral(" AND ") + where;
        // Facts the receiving device recorded itself are already there. (A mutable row it
        // last wrote may hold fields merged in from others since: it goes.)
        if (!options.forDevice.isEmpty() && t.kind == ChangeLog::Kind::AppendOnly &&
            columns(h, QStringLiteral("main"), table).contains(QStringLiteral("device_id")))
            where += QStringLiteral(" AND t.device_id <> %1").arg(quoted(options.forDevice));
        if (Status s =
                db.execScript(QStringLiteral("INSERT INTO b.%1 SELECT t.* FROM main.%1 t WHERE %2")
                                  .arg(table, where));
            !s)
            return fail(s.error());
        rows += sqlite3_changes(h);
        if (Status s = db.execScript(QStringLiteral("DELETE FROM b.changes WHERE entity = %1 AND "
                                                    "entity_id NOT IN (SELECT %2 FROM b.%3)")
                                         .arg(quoted(table), QString::fromLatin1(t.key), table));
            !s)
            return fail(s.error());
        // Rows of debtors that came into scope, unchanged themselves: listed too (their stamps).
        if (entered && !debtor.isEmpty()) {
            if (Status s = db.execScript(
                    QStringLiteral("INSERT INTO b.changes(entity, entity_id, base_version, "
                                   "base_device) SELECT DISTINCT %1, x.%2, 0, '' FROM b.%3 x "
                                   "WHERE NOT EXISTS (SELECT 1 FROM b.changes c WHERE c.entity = "
                                   "%1 AND c.entity_id = x.%2)")
                        .arg(quoted(table), QString::fromLatin1(t.key), table));
                !s)
                return fail(s.error());
        }
    }
    if (tracksScope) {
        if (Status s = db.execScript(QStringLiteral("INSERT INTO b.departed SELECT id FROM "
                                                    "temp.scope_departed"));
            !s)
            return fail(s.error());
    }
    // Password hashes of the device's own users only: the others' cannot log in there.
    if (scoped) {
        if (Status s = db.execScript(QStringLiteral("UPDATE b.app_user SET password_hash = '' "
                                                    "WHERE id NOT IN (SELECT id FROM "
                                                    "temp.scope_user)"));
            !s)
            return fail(s.error());
    }
    // The field stamps of the rows that go (FieldMerge needs both copies' stamps).
    if (Status s = db.execScript(QStringLiteral(
            "INSERT INTO b.field_stamp SELECT s.* FROM main.field_stamp s JOIN b.changes c ON "
            "c.entity = s.entity AND c.entity_id = s.entity_id ORDER BY 1, 2, 3"));
        !s)
        return fail(s.error());
    const auto sum = checksum(h, QStringLiteral("b"));
    if (!sum)
        return fail(sum.error());
    ExportResult result;
    result.path = path;
    result.changesFrom = since;
    result.changesTo = upTo;
    result.peer = peer;
    Header& header = result.header;
    header.formatVersion = kFormatVersion;
    header.schemaVersion = db.schemaVersion();
    header.sourceDevice = db.deviceId();
    header.forDevice = recipient;
    header.sequence = sequence;
    header.createdAt = isoUtc(clock.nowUtc());
    header.clientIds = clientIds;
    header.clientCodes = clientCodes;
    header.rows = rows;
    header.checksum = sum.value();
    const QList<QPair<QString, QString>> values{
        {QStringLiteral("format_version"), QString::number(header.formatVersion)},
        {QStringLiteral("schema_version"), QString::number(header.schemaVersion)},
        {QStringLiteral("source_device"), header.sourceDevice},
        {QStringLiteral("for_device"), header.forDevice},
        {QStringLiteral("sequence"), QString::number(sequence)},
        {QStringLiteral("created_at"), header.createdAt},
        {QStringLiteral("clients"),
         QString::fromUtf8(QJsonDocument(clients).toJson(QJsonDocument::Compact))},
        {QStringLiteral("rows"), QString::number(rows)},
        {QStringLiteral("changes_from"), QString::number(since)},
        {QStringLiteral("changes_to"), QString::number(upTo)},
        {QStringLiteral("checksum"), header.checksum}};
    for (const auto& [key, value] : values) {
        Stmt st(h, QStringLiteral("INSERT INTO b.header(key, value) VALUES(?, ?)"));
        st.bind(1, key);
        st.bind(2, value);
        if (!st.p || sqlite3_step(st.p) != SQLITE_DONE)
            return fail(QString::fromUtf8(sqlite3_errmsg(h)));
    }
    if (Status s = db.execScript(QStringLiteral("COMMIT")); !s)
        return fail(s.error());
    if (Status s = db.execScript(QStringLiteral("DETACH DATABASE b")); !s) {
        QFile::remove(part);
        return R::failure(
            SyncBundleText::tr("The bundle %1 cannot be written: %2").arg(path, s.error()));
    }
    BundleEnvelope::Header envelope;
    envelope.sourceDevice = header.sourceDevice;
    envelope.forDevice = recipient;
    envelope.sequence = sequence;
    envelope.createdAt = header.createdAt;
    envelope.senderKey = signingKey->right(32);
    const Status sealed =
        BundleEnvelope::seal(part, sealedPart, envelope, signingKey.value(), to->publicKey);
    QFile::remove(part);
    if (!sealed)
        return R::failure(
            SyncBundleText::tr("The bundle %1 cannot be written: %2").arg(path, sealed.error()));
    if (std::rename(QFile::encodeName(sealedPart).constData(),
                    QFile::encodeName(path).constData()) != 0) {
        QFile::remove(sealedPart);
        return R::failure(SyncBundleText::tr("The bundle %1 cannot be written: %2")
                              .arg(path, QString::fromLocal8Bit(strerror(errno))));
    }
    // Only now that the file is in place does the next export start after it.
    {
        Transaction tx(db);
        if (!tx.begun())
            return R::failure(tx.begun().error());
        if (!options.markLater) {
            if (Status s = ChangeLog::markExported(db, peer, upTo, header.createdAt,
                                                   QFileInfo(path).fileName());
                !s)
                return R::failure(s.error());
        }
        if (Status s =
                db.setMetaValue(QStringLiteral("sync.export_seq"), QString::number(sequence));
            !s)
            return R::failure(s.error());
        if (tracksScope && !options.markLater) {
            if (Status s = devices.recordScope(recipient); !s)
                return R::failure(s.error());
        }
        if (Status s = tx.commit(); !s)
            return R::failure(s.error());
    }
    // This store's own work has gone out: debtors that left its users' hands can go now.
    // Best effort: what fails here is retried after the next export.
    if (options.forDevice.isEmpty()) {
        Transaction tx(db);
        const auto gone = tx.begun() ? Erasure::purgeDeparted(db) : Result<int>(tx.begun());
        if (gone && tx.commit())
            result.departedDebtors = gone.value();
    }
    return result;
}

Status markSent(Database& db, const ExportResult& sent)
{
    return ChangeLog::markExported(db, sent.peer, sent.changesTo, sent.header.createdAt,
                                   QFileInfo(sent.path).fileName());
}

namespace {

// The plain bundle, decrypted: SQLite integrity (the full check), header, format.
Result<Header> inspectPlain(const QString& path, const QString& shownAs)
{
    using R = Result<Header>;
    auto refuse = [&](const QString& why) {
        return R::failure(SyncBundleText::tr("The bundle %1 is refused: %2").arg(shownAs, why));
    };
    if (!QFileInfo(path).isFile())
        return refuse(SyncBundleText::tr("the file does not exist"));
    sqlite3* h = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &h, SQLITE_OPEN_READONLY, nullptr) !=
        SQLITE_OK) {
        sqlite3_close(h);
        return refuse(SyncBundleText::tr("it cannot be opened"));
    }
    auto close = qScopeGuard([h] { sqlite3_close(h); });
    {
        Stmt st(h, QStringLiteral("PRAGMA integrity_check"));
        if (!st.p || sqlite3_step(st.p) != SQLITE_ROW || text(st.p, 0) != QLatin1String("ok"))
            return refuse(SyncBundleText::tr("the file is damaged or truncated (%1)")
                              .arg(st.p ? text(st.p, 0) : QString::fromUtf8(sqlite3_errmsg(h))));
    }
    const auto header = readHeader(h, QStringLiteral("main"));
    if (!header)
        return refuse(header.error());
    if (header->formatVersion < kFormatVersion)
        return refuse(
            SyncBundleText::tr("it was made by an older Ascolto (bundle format %1, without the "
                               "field stamps this one merges by): update the sending "
                               "workstation and export a new bundle there")
                .arg(header->formatVersion));
    if (header->formatVersion > kFormatVersion)
        return refuse(
            SyncBundleText::tr("it was made by a newer Ascolto (bundle format %1, this one reads "
                               "up to %2): update this workstation first")
                .arg(header->formatVersion)
                .arg(kFormatVersion));
    if (header->schemaVersion > Database::latestVersion())
        return refuse(
            SyncBundleText::tr("it was made by a newer Ascolto (store schema %1, this one knows up "
                               "to %2): update this workstation first")
                .arg(header->schemaVersion)
                .arg(Database::latestVersion()));
    // The header's checksum is not recomputed here: the envelope's signature covers every
    // byte and each encrypted chunk is authenticated, so a bundle that decrypted is the one
    // its sender wrote (recomputing it cost a sixth of applying 20,000 rows).
    return header;
}

} // namespace

namespace {

// The clear header of the bundle at `path`, or why the bundle is refused.
Result<BundleEnvelope::Header> envelopeOf(const QString& path)
{
    using R = Result<BundleEnvelope::Header>;
    const QString why =
        !QFileInfo(path).isFile() ? SyncBundleText::tr("the file does not exist") : QString();
    const auto envelope = why.isEmpty() ? BundleEnvelope::readHeader(path) : R::failure(why);
    if (!envelope)
        return R::failure(
            SyncBundleText::tr("The bundle %1 is refused: %2").arg(path, envelope.error()));
    return envelope;
}

} // namespace

Result<Header> inspect(const QString& path)
{
    using R = Result<Header>;
    auto refuse = [&](const QString& why) {
        return R::failure(SyncBundleText::tr("The bundle %1 is refused: %2").arg(path, why));
    };
    const auto envelope = envelopeOf(path);
    if (!envelope)
        return R::failure(envelope.error());
    if (Status s = BundleEnvelope::verify(path, envelope->senderKey); !s)
        return refuse(s.error());
    Header header;
    header.formatVersion = kFormatVersion;
    header.sourceDevice = envelope->sourceDevice;
    header.forDevice = envelope->forDevice;
    header.sequence = envelope->sequence;
    header.createdAt = envelope->createdAt;
    header.senderFingerprint = Devices::fingerprint(envelope->senderKey);
    return header;
}

// The rows of the bundle that give power (clients, users) and would be applied, checked
// against who made them (SyncAuthority); the refused go to temp.sync_refused, are audited and
// described in `refusals`. A store without an administrator yet (a workstation receiving its
// first bundle) has nobody to check against and takes them as they come.
Status refuseUnauthorised(Database& db, const Clock& clock, const Header& header,
                          QStringList& refusals)
{
    sqlite3* h = db.handle();
    if (Status s = db.execScript(QStringLiteral("DROP TABLE IF EXISTS temp.sync_refused; CREATE "
                                                "TEMP TABLE sync_refused(entity TEXT, id TEXT); "
                                                "DROP TABLE IF EXISTS temp.sync_demoted; CREATE "
                                                "TEMP TABLE sync_demoted(id TEXT PRIMARY KEY)"));
        !s)
        return s;
    {
        Stmt admins(h, QStringLiteral("SELECT count(*) FROM main.app_user WHERE role = 'admin' "
                                      "AND active = 1"));
        if (sqlite3_step(admins.p) != SQLITE_ROW || sqlite3_column_int(admins.p, 0) == 0)
            return Status::success();
    }
    // A store set up on its own (ascolto-cli init) whose administrator enrolled its head
    // office takes that head office's first bundle, its seed, as it comes: nobody here knows
    // head office's users yet, so none of them could be checked.
    if (header.sourceDevice == Devices(db, clock).homeDevice()) {
        Stmt seen(h, QStringLiteral("SELECT count(*) FROM main.sync_received WHERE "
                                    "source_device = ?"));
        seen.bind(1, header.sourceDevice);
        if (sqlite3_step(seen.p) == SQLITE_ROW && sqlite3_column_int(seen.p, 0) == 0)
            return Status::success();
    }
    // A device serves the clients of the users who log in there (schema 17): rows of any other
    // client it sends are refused, however they came to it. Head office and a device where an
    // administrator logs in serve every client.
    {
        Stmt sender(h, QStringLiteral("SELECT d.kind, coalesce(u.role, ''), coalesce(u.client_id, "
                                      "'') FROM main.device d LEFT JOIN main.device_user du ON "
                                      "du.device_id = d.id LEFT JOIN main.app_user u ON u.id = "
                                      "du.user_id WHERE d.id = ?"));
        sender.bind(1, header.sourceDevice);
        bool listed = false, everyClient = false;
        QStringList served;
        while (sender.p && sqlite3_step(sender.p) == SQLITE_ROW) {
            listed = true;
            everyClient = everyClient || text(sender.p, 0) == QLatin1String("head_office") ||
                          text(sender.p, 1) == QLatin1String("admin");
            if (!text(sender.p, 2).isEmpty())
                served << quoted(text(sender.p, 2));
        }
        if (listed && !everyClient) {
            if (served.isEmpty())
                served << QStringLiteral("''");
            static const QRegularExpression from(QStringLiteral("FROM (\\w+) "));
            for (const ChangeLog::SyncTable& t : ChangeLog::tables()) {
                const QString table = QString::fromLatin1(t.name);
                if (columns(h, QStringLiteral("b"), table).isEmpty())
                    continue;
                QString mine = QString::fromLatin1(t.client), theirs = mine;
                mine.replace(from, QStringLiteral("FROM main.\\1 "));
                theirs.replace(from, QStringLiteral("FROM b.\\1 "));
                const QString client = QStringLiteral("coalesce(%1, %2)").arg(mine, theirs);
                const QString where =
                    QStringLiteral("%1 NOT IN (%2)").arg(client, served.join(u','));
                if (Status s = db.execScript(
                        QStringLiteral("INSERT INTO temp.sync_refused(entity, id) SELECT %1, "
                                       "t.%2 FROM b.%3 t WHERE %4")
                            .arg(quoted(table), QString::fromLatin1(t.key), table, where));
                    !s)
                    return s;
                const int n = sqlite3_changes(h);
                if (n == 0)
                    continue;
                refusals << SyncBundleText::tr("%n row(s) of %1 are refused: they belong to a "
                                               "client that the users of device %2 do not work "
                                               "for",
                                               nullptr, n)
                                .arg(table, header.sourceDevice);
                if (Status s =
                        AuditLog::append(db, clock, Session::system(),
                                         QStringLiteral("sync_refused"), table, QString(),
                                         {{QStringLiteral("source_device"), header.sourceDevice},
                                          {QStringLiteral("rows"), QString::number(n)},
                                          {QStringLiteral("reason"),
                                           QStringLiteral("client outside the device's scope")}});
                    !s)
                    return s;
            }
        }
    }
    // Authors as this store knows them, then as accepted user rows of the bundle make them.
    QHash<QString, SyncAuthority::Author> authors;
    {
        Stmt st(h, QStringLiteral("SELECT id, username, role, active, client_id FROM "
                                  "main.app_user"));
        while (sqlite3_step(st.p) == SQLITE_ROW) {
            SyncAuthority::Author a;
            a.id = text(st.p, 0);
            a.known = true;
            a.username = text(st.p, 1);
            a.role = RoleText::fromCode(text(st.p, 2)).value_or(Role::Operator);
            a.active = sqlite3_column_int(st.p, 3) != 0;
            a.clientId = text(st.p, 4);
            authors.insert(a.id, a);
        }
    }
    struct Pending
    {
        QString table, id, author, label;
        QJsonObject incoming;
        QStringList changed;
    };
    // An author this store does not know: named, never trusted.
    const auto authorOf = [&authors](const QString& id) {
        SyncAuthority::Author unknown;
        unknown.id = id;
        return authors.value(id, unknown);
    };
    QVector<Pending> pending;
    // One entry per author of the fields the row would take: each field's stamp names who
    // wrote it (the row's updated_by for a field never written since it was created).
    const auto addByAuthor = [&pending](const QString& table, const QString& id,
                                        const QString& label, const FieldMerge::Copy& in,
                                        const QStringList& changed) {
        const QString rowAuthor = in.values.value(QLatin1String("updated_by")).toString();
        QMap<QString, QStringList> byAuthor;
        for (const QString& f : changed) {
            const QString author = in.stamps.value(f).author;
            byAuthor[author.isEmpty() ? rowAuthor : author] << f;
        }
        for (auto it = byAuthor.begin(); it != byAuthor.end(); ++it)
            pending.push_back({table, id, it.key(), label, in.values, it.value()});
    };
    for (const char* name : {"app_user", "client"}) {
        const QString table = QString::fromLatin1(name);
        const ChangeLog::SyncTable& t = *ChangeLog::table(table);
        const QStringList cols = columns(h, QStringLiteral("main"), table);
        const QString labelColumn = table == QLatin1String("app_user") ? QStringLiteral("username")
                                                                       : QStringLiteral("code");
        // New rows: every column is the author's.
        QStringList theirs;
        for (const QString& c : cols)
            theirs << QStringLiteral("'%1', x.%1").arg(c);
        Stmt st(h, QStringLiteral("SELECT x.id, json_object(%1), %3 FROM b.%2 x WHERE NOT "
                                  "EXISTS (SELECT 1 FROM main.%2 m WHERE m.id = x.id)")
                       .arg(theirs.join(QStringLiteral(", ")), table,
                            stampsSql(QStringLiteral("b"), table)));
        if (!st.p)
            return Status::failure(QString::fromUtf8(sqlite3_errmsg(h)));
        while (sqlite3_step(st.p) == SQLITE_ROW) {
            const FieldMerge::Copy in = copyOf(text(st.p, 1), text(st.p, 2));
            addByAuthor(table, text(st.p, 0), in.values.value(labelColumn).toString(), in, cols);
        }
        // Rows both hold: the fields where the incoming copy would win the merge.
        const QStringList fields = t.stampedFields(cols);
        const Status s = forEachPair(
            h, t, cols, QString(),
            [&](const QString& id, const FieldMerge::Copy& mine, const FieldMerge::Copy& in) {
                const FieldMerge::Outcome o = FieldMerge::merge(table, fields, mine, in);
                if (!o.values.isEmpty())
                    addByAuthor(table, id, in.values.value(labelColumn).toString(), in,
                                o.values.keys());
                return Status::success();
            });
        if (!s)
            return s;
    }
    // A user row accepted makes its user an author for the rows after it (head office creating
    // an administrator who then creates a user, in one bundle).
    for (bool progress = true; progress;) {
        progress = false;
        for (int i = 0; i < pending.size(); ++i) {
            const Pending& p = pending.at(i);
            const auto author = authorOf(p.author);
            if (!SyncAuthority::refusal(p.table, p.id, author, p.changed).isEmpty())
                continue;
            // Only a user row taken whole makes an author (never one whose role was forged).
            const bool wholeRow =
                std::all_of(pending.begin(), pending.end(), [&](const Pending& o) {
                    return o.table != p.table || o.id != p.id ||
                           SyncAuthority::refusal(o.table, o.id, authorOf(o.author), o.changed)
                               .isEmpty();
                });
            if (p.table == QLatin1String("app_user") && wholeRow) {
                SyncAuthority::Author a;
                a.id = p.id;
                a.known = true;
                a.username = p.label;
                a.role = RoleText::fromCode(p.incoming.value(QStringLiteral("role")).toString())
                             .value_or(Role::Operator);
                a.active = p.incoming.value(QStringLiteral("active")).toInteger() != 0;
                a.clientId = p.incoming.value(QStringLiteral("client_id")).toString();
                authors.insert(a.id, a);
            }
            pending.removeAt(i--);
            progress = true;
        }
    }
    Stmt refused(h, QStringLiteral("INSERT INTO temp.sync_refused(entity, id) VALUES(?, ?)"));
    // Approvals: a plan of this store waiting for approval turns active, or names an approver,
    // only by a team lead of its client or an administrator (as known here, users accepted
    // above included).
    {
        const ChangeLog::SyncTable& plan = *ChangeLog::table(QStringLiteral("plan"));
        const QStringList cols = columns(h, QStringLiteral("main"), QStringLiteral("plan"));
        const QStringList fields = plan.stampedFields(cols);
        const QLatin1String status("status"), approvedBy("approved_by");
        const Status s = forEachPair(
            h, plan, cols, QString(),
            [&](const QString& id, const FieldMerge::Copy& mine, const FieldMerge::Copy& in) {
                const FieldMerge::Outcome o =
                    FieldMerge::merge(QStringLiteral("plan"), fields, mine, in);
                const bool activates =
                    o.values.value(status).toString() == QLatin1String("active") &&
                    mine.values.value(status).toString() == QLatin1String("awaiting_approval");
                const bool namesApprover = !o.values.value(approvedBy).toString().isEmpty();
                if (!activates && !namesApprover)
                    return Status::success();
                const QString approver = o.values.contains(approvedBy)
                                             ? o.values.value(approvedBy).toString()
                                             : mine.values.value(approvedBy).toString();
                const QString why = SyncAuthority::approvalRefusal(
                    mine.values.value(QLatin1String("client_id")).toString(), authorOf(approver));
                if (why.isEmpty())
                    return Status::success();
                refused.bind(1, QStringLiteral("plan"));
                refused.bind(2, id);
                if (sqlite3_step(refused.p) != SQLITE_DONE)
                    return Status::failure(QString::fromUtf8(sqlite3_errmsg(h)));
                sqlite3_reset(refused.p);
                refusals << SyncBundleText::tr("the approval of plan %1 is refused: %2")
                                .arg(id.left(8), why);
                return AuditLog::append(db, clock, Session::system(),
                                        QStringLiteral("sync_refused"), QStringLiteral("plan"), id,
                                        {{QStringLiteral("author"), approver},
                                         {QStringLiteral("source_device"), header.sourceDevice},
                                         {QStringLiteral("reason"), why}});
            });
        if (!s)
            return s;
    }
    // Plans that arrive already in force: approved by a team lead of their client or an
    // administrator, or by the operator who made them within their own authority. Refused
    // approvals are taken back after the apply (the plan waits for the team lead, in every
    // store, since the change is stamped here); the plan itself is kept, so the installments
    // and bills that hang from it apply.
    if (!columns(h, QStringLiteral("b"), QStringLiteral("plan")).isEmpty()) {
        Stmt fresh(h, QStringLiteral(
                          "SELECT x.id, x.client_id, coalesce(x.approved_by, ''), "
                          "coalesce(x.created_by, ''), x.total_cents, x.discount_cents, "
                          "coalesce(json_extract(x.affordability, '$.affordable'), 1), "
                          "coalesce((SELECT c.operator_discount_bp FROM main.client c WHERE c.id "
                          "= x.client_id), (SELECT c.operator_discount_bp FROM b.client c WHERE "
                          "c.id = x.client_id), 0) FROM b.plan x WHERE x.status = 'active' AND "
                          "NOT EXISTS (SELECT 1 FROM main.plan m WHERE m.id = x.id)"));
        Stmt demoted(h, QStringLiteral("INSERT OR IGNORE INTO temp.sync_demoted(id) VALUES(?)"));
        if (!fresh.p || !demoted.p)
            return Status::failure(QString::fromUtf8(sqlite3_errmsg(h)));
        while (sqlite3_step(fresh.p) == SQLITE_ROW) {
            const QString id = text(fresh.p, 0), approver = text(fresh.p, 2);
            const QString why = SyncAuthority::newPlanRefusal(
                text(fresh.p, 1), authorOf(approver), text(fresh.p, 3),
                sqlite3_column_int64(fresh.p, 4), sqlite3_column_int64(fresh.p, 5),
                sqlite3_column_int(fresh.p, 6) != 0, sqlite3_column_int64(fresh.p, 7));
            if (why.isEmpty())
                continue;
            demoted.bind(1, id);
            if (sqlite3_step(demoted.p) != SQLITE_DONE)
                return Status::failure(QString::fromUtf8(sqlite3_errmsg(h)));
            sqlite3_reset(demoted.p);
            refusals << SyncBundleText::tr("the approval of new plan %1 is refused (it waits for "
                                           "the team lead): %2")
                            .arg(id.left(8), why);
            if (Status s =
                    AuditLog::append(db, clock, Session::system(), QStringLiteral("sync_refused"),
                                     QStringLiteral("plan"), id,
                                     {{QStringLiteral("author"), approver},
                                      {QStringLiteral("source_device"), header.sourceDevice},
                                      {QStringLiteral("reason"), why}});
                !s)
                return s;
        }
    }
    // Interlocutors: a new assignment comes only from a team lead of the debtor's client or an
    // administrator (as known here). An operator who takes a colleague's debtors in their own
    // store is refused at head office.
    if (!columns(h, QStringLiteral("b"), QStringLiteral("assignment")).isEmpty()) {
        Stmt fresh(h, QStringLiteral(
                          "SELECT x.id, coalesce(x.assigned_by, ''), coalesce((SELECT d.client_id "
                          "FROM main.debtor d WHERE d.id = x.debtor_id), (SELECT d.client_id FROM "
                          "b.debtor d WHERE d.id = x.debtor_id), ''), x.debtor_id FROM "
                          "b.assignment x WHERE NOT EXISTS (SELECT 1 FROM main.assignment m "
                          "WHERE m.id = x.id)"));
        if (!fresh.p)
            return Status::failure(QString::fromUtf8(sqlite3_errmsg(h)));
        while (sqlite3_step(fresh.p) == SQLITE_ROW) {
            const QString id = text(fresh.p, 0), author = text(fresh.p, 1);
            const QString why =
                SyncAuthority::assignmentRefusal(text(fresh.p, 2), authorOf(author));
            if (why.isEmpty())
                continue;
            refused.bind(1, QStringLiteral("assignment"));
            refused.bind(2, id);
            if (sqlite3_step(refused.p) != SQLITE_DONE)
                return Status::failure(QString::fromUtf8(sqlite3_errmsg(h)));
            sqlite3_reset(refused.p);
            refusals << SyncBundleText::tr("the assignment of debtor %1 is refused: %2")
                            .arg(text(fresh.p, 3).left(8), why);
            if (Status s =
                    AuditLog::append(db, clock, Session::system(), QStringLiteral("sync_refused"),
                                     QStringLiteral("assignment"), id,
                                     {{QStringLiteral("author"), author},
                                      {QStringLiteral("debtor_id"), text(fresh.p, 3)},
                                      {QStringLiteral("source_device"), header.sourceDevice},
                                      {QStringLiteral("reason"), why}});
                !s)
                return s;
        }
        // Which operator a debtor row may take is checked where debtor rows are merged
        // (importPlain, InterlocutorCheck): that pass reads the pairs anyway.
    }
    // Evaluations this store holds: the team lead's fields (the score, the answers, the
    // comment, the answer to a dispute, the coaching) change only through this store, head
    // office, or a device where an administrator or a team lead of the evaluation's client
    // logs in (as enrolled here). An operator who edits their own score in a branch's store
    // is refused; their acknowledgement or dispute (status, operator_comment) is theirs.
    {
        QHash<QString, QStringList> trusted; // device -> "*" (any client) or client ids
        Stmt devices(
            h, QStringLiteral("SELECT d.id, d.kind, u.role, coalesce(u.client_id, '') FROM "
                              "main.device d LEFT JOIN main.device_user du ON du.device_id = d.id "
                              "LEFT JOIN main.app_user u ON u.id = du.user_id WHERE d.revoked_at "
                              "IS NULL"));
        while (sqlite3_step(devices.p) == SQLITE_ROW) {
            const QString id = text(devices.p, 0), role = text(devices.p, 2);
            if (text(devices.p, 1) == QLatin1String("head_office") ||
                role == QLatin1String("admin"))
                trusted[id] << QStringLiteral("*");
            else if (role == QLatin1String("teamlead"))
                trusted[id] << text(devices.p, 3);
        }
        trusted[db.deviceId()] << QStringLiteral("*");
        static const QStringList leadFields = {
            QStringLiteral("answers"),        QStringLiteral("score_tenths"),
            QStringLiteral("fatal"),          QStringLiteral("comment"),
            QStringLiteral("answer"),         QStringLiteral("coaching_skill"),
            QStringLiteral("coaching_note"),  QStringLiteral("follow_up"),
            QStringLiteral("coaching_done"),  QStringLiteral("evaluator_id"),
            QStringLiteral("scorecard_id"),   QStringLiteral("operator_id"),
            QStringLiteral("interaction_id"), QStringLiteral("debtor_id"),
            QStringLiteral("client_id")};
        const ChangeLog::SyncTable& evaluation = *ChangeLog::table(QStringLiteral("evaluation"));
        const QStringList cols = columns(h, QStringLiteral("main"), QStringLiteral("evaluation"));
        const QStringList fields = evaluation.stampedFields(cols);
        const Status s =
            cols.isEmpty() ||
                    columns(h, QStringLiteral("b"), QStringLiteral("evaluation")).isEmpty()
                ? Status::success()
                : forEachPair(
                      h, evaluation, cols, QString(),
                      [&](const QString& id, const FieldMerge::Copy& mine,
                          const FieldMerge::Copy& in) {
                          const FieldMerge::Outcome o =
                              FieldMerge::merge(QStringLiteral("evaluation"), fields, mine, in);
                          const QString clientId =
                              mine.values.value(QLatin1String("client_id")).toString();
                          QString writer;
                          for (const QString& f : leadFields) {
                              if (!o.values.contains(f) ||
                                  o.values.value(f) == mine.values.value(f))
                                  continue;
                              const QString device = in.stamps.value(f).device;
                              const QStringList may = trusted.value(device);
                              if (!may.contains(QStringLiteral("*")) && !may.contains(clientId)) {
                                  writer = device.isEmpty() ? in.device : device;
                                  break;
                              }
                          }
                          if (writer.isEmpty())
                              return Status::success();
                          const QString why =
                              SyncBundleText::tr(
                                  "its score or answers were changed on device %1, where no "
                                  "team lead of the client or administrator logs in")
                                  .arg(writer.left(8));
                          refused.bind(1, QStringLiteral("evaluation"));
                          refused.bind(2, id);
                          if (sqlite3_step(refused.p) != SQLITE_DONE)
                              return Status::failure(QString::fromUtf8(sqlite3_errmsg(h)));
                          sqlite3_reset(refused.p);
                          refusals << SyncBundleText::tr("the evaluation %1 is refused: %2")
                                          .arg(id.left(8), why);
                          return AuditLog::append(
                              db, clock, Session::system(), QStringLiteral("sync_refused"),
                              QStringLiteral("evaluation"), id,
                              {{QStringLiteral("device"), writer},
                               {QStringLiteral("source_device"), header.sourceDevice},
                               {QStringLiteral("reason"), why}});
                      });
        if (!s)
            return s;
    }
    // Scores: a new evaluation or scorecard version comes only from a team lead of its client
    // or an administrator (as known here). Changes to an evaluation already here (the
    // operator's acknowledgement, the lead's answer) carry no author and merge as any row.
    // Erasures: only an administrator (as known here) erases a client's debtors.
    for (const auto& [table, authorColumn] :
         {std::pair{QStringLiteral("evaluation"), QStringLiteral("evaluator_id")},
          std::pair{QStringLiteral("scorecard"), QStringLiteral("created_by")},
          std::pair{QStringLiteral("erasure"), QStringLiteral("erased_by")}}) {
        if (columns(h, QStringLiteral("b"), table).isEmpty())
            continue; // an older bundle: refused below, naming its schema
        Stmt fresh(h, QStringLiteral("SELECT x.id, x.client_id, coalesce(x.%2, '') FROM b.%1 x "
                                     "WHERE NOT EXISTS (SELECT 1 FROM main.%1 m WHERE m.id = "
                                     "x.id)")
                          .arg(table, authorColumn));
        if (!fresh.p)
            return Status::failure(QString::fromUtf8(sqlite3_errmsg(h)));
        while (sqlite3_step(fresh.p) == SQLITE_ROW) {
            const QString id = text(fresh.p, 0);
            const QString author = text(fresh.p, 2);
            const QString why =
                table == QLatin1String("erasure")
                    ? SyncAuthority::erasureRefusal(authorOf(author))
                    : SyncAuthority::scoreRefusal(text(fresh.p, 1), authorOf(author));
            if (why.isEmpty())
                continue;
            refused.bind(1, table);
            refused.bind(2, id);
            if (sqlite3_step(refused.p) != SQLITE_DONE)
                return Status::failure(QString::fromUtf8(sqlite3_errmsg(h)));
            sqlite3_reset(refused.p);
            refusals << (table == QLatin1String("evaluation")
                             ? SyncBundleText::tr("the evaluation %1 is refused: %2")
                         : table == QLatin1String("scorecard")
                             ? SyncBundleText::tr("the scorecard %1 is refused: %2")
                             : SyncBundleText::tr("the erasure %1 is refused: %2"))
                            .arg(id.left(8), why);
            if (Status s = AuditLog::append(db, clock, Session::system(),
                                            QStringLiteral("sync_refused"), table, id,
                                            {{QStringLiteral("author"), author},
                                             {QStringLiteral("source_device"), header.sourceDevice},
                                             {QStringLiteral("reason"), why}});
                !s)
                return s;
        }
    }
    for (const Pending& p : std::as_const(pending)) {
        const auto author = authorOf(p.author);
        const QString why = SyncAuthority::refusal(p.table, p.id, author, p.changed);
        refused.bind(1, p.table);
        refused.bind(2, p.id);
        if (sqlite3_step(refused.p) != SQLITE_DONE)
            return Status::failure(QString::fromUtf8(sqlite3_errmsg(h)));
        sqlite3_reset(refused.p);
        refusals << (p.table == QLatin1String("app_user")
                         ? SyncBundleText::tr("the change to user %1 is refused: %2")
                         : SyncBundleText::tr("the change to client %1 is refused: %2"))
                        .arg(p.label, why);
        if (Status s = AuditLog::append(
                db, clock, Session::system(), QStringLiteral("sync_refused"), p.table, p.id,
                {{QStringLiteral("author"), p.author},
                 {QStringLiteral("source_device"), header.sourceDevice},
                 {QStringLiteral("columns"), QJsonArray::fromStringList(p.changed)},
                 {QStringLiteral("reason"), why}});
            !s)
            return s;
    }
    return Status::success();
}

namespace {

// A debtor's interlocutor changes only with an assignment by a team lead of the client or an
// administrator, already in the store or accepted from the bundle (issue 16). Checked while
// debtor rows are merged, on the pairs that pass reads anyway: a separate scan of the
// bundle's debtors against the store's cost a tenth of a 20,000-row apply.
class InterlocutorCheck
{
public:
    InterlocutorCheck(Database& db, const Clock& clock, const QString& sourceDevice,
                      QStringList& refusals)
        : m_db(db)
        , m_clock(clock)
        , m_source(sourceDevice)
        , m_refusals(refusals)
        , m_assigned(db.handle(),
                     QStringLiteral("SELECT EXISTS (SELECT 1 FROM main.assignment a WHERE "
                                    "a.debtor_id = ?1 AND a.operator_id = ?2 AND a.to_date IS "
                                    "NULL) OR EXISTS (SELECT 1 FROM b.assignment x WHERE "
                                    "x.debtor_id = ?1 AND x.operator_id = ?2 AND x.id NOT IN "
                                    "(SELECT id FROM temp.sync_refused WHERE entity = "
                                    "'assignment'))"))
        , m_refused(db.handle(),
                    QStringLiteral("INSERT INTO temp.sync_refused(entity, id) VALUES('debtor', ?)"))
    {
        Stmt admins(db.handle(), QStringLiteral("SELECT count(*) FROM main.app_user WHERE role = "
                                                "'admin' AND active = 1"));
        // A store with no administrator takes rows as they come (as for every authority rule).
        m_active = sqlite3_step(admins.p) == SQLITE_ROW && sqlite3_column_int(admins.p, 0) > 0;
    }
    // False when the row is refused (recorded, audited and named).
    Result<bool> allows(const QString& debtorId, const QString& operatorId)
    {
        if (!m_active || operatorId.isEmpty())
            return true;
        m_assigned.bind(1, debtorId);
        m_assigned.bind(2, operatorId);
        const bool assigned =
            sqlite3_step(m_assigned.p) == SQLITE_ROW && sqlite3_column_int(m_assigned.p, 0);
        // Never left running: the apply drops temporary tables between passes.
        sqlite3_reset(m_assigned.p);
        if (assigned)
            return true;
        const QString why = SyncBundleText::tr("no assignment by a team lead of the client or an "
                                               "administrator hands it to user %1")
                                .arg(operatorId);
        m_refused.bind(1, debtorId);
        const bool recorded = sqlite3_step(m_refused.p) == SQLITE_DONE;
        sqlite3_reset(m_refused.p);
        if (!recorded)
            return Result<bool>::failure(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
        m_refusals << SyncBundleText::tr("the change of interlocutor of debtor %1 is refused: %2")
                          .arg(debtorId.left(8), why);
        if (Status s =
                AuditLog::append(m_db, m_clock, Session::system(), QStringLiteral("sync_refused"),
                                 QStringLiteral("debtor"), debtorId,
                                 {{QStringLiteral("operator_id"), operatorId},
                                  {QStringLiteral("source_device"), m_source},
                                  {QStringLiteral("reason"), why}});
            !s)
            return Result<bool>::failure(s.error());
        return false;
    }

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_source;
    QStringList& m_refusals;
    Stmt m_assigned, m_refused;
    bool m_active = false;
};

Result<ImportResult> importPlain(Database& db, const Clock& clock, const QString& path,
                                 const QString& shownAs)
{
    using R = Result<ImportResult>;
    const auto checked = inspectPlain(path, shownAs);
    if (!checked)
        return R::failure(checked.error());
    ImportResult result;
    result.header = checked.value();
    const Header& header = result.header;
    auto refuse = [&](const QString& why) {
        return R::failure(SyncBundleText::tr("The bundle %1 is refused: %2").arg(shownAs, why));
    };
    if (header.sourceDevice == db.deviceId())
        return refuse(SyncBundleText::tr("it was made by this workstation"));
    if (!header.forDevice.isEmpty() && header.forDevice != db.deviceId())
        return refuse(
            SyncBundleText::tr("it was made for another workstation (%1)").arg(header.forDevice));
    sqlite3* h = db.handle();
    // Clients: the same installation (same id) or, for a store without clients yet, adopted.
    {
        int localClients = 0;
        Stmt count(h, QStringLiteral("SELECT count(*) FROM client"));
        if (sqlite3_step(count.p) == SQLITE_ROW)
            localClients = sqlite3_column_int(count.p, 0);
        for (int i = 0; i < header.clientIds.size(); ++i) {
            Stmt st(h, QStringLiteral("SELECT id FROM client WHERE code = ?"));
            st.bind(1, header.clientCodes.at(i));
            const bool known = sqlite3_step(st.p) == SQLITE_ROW;
            if (known && text(st.p, 0) != header.clientIds.at(i))
                return refuse(
                    SyncBundleText::tr("client %1 in the bundle is not the same client %1 as in "
                                       "this store (different installation)")
                        .arg(header.clientCodes.at(i)));
            if (!known && localClients > 0)
                return refuse(
                    SyncBundleText::tr("it carries data of client %1, which this store does not "
                                       "serve")
                        .arg(header.clientCodes.at(i)));
        }
    }
    {
        Stmt st(h, QStringLiteral("SELECT checksum FROM sync_received WHERE source_device = ? "
                                  "AND sequence = ?"));
        st.bind(1, header.sourceDevice);
        st.bind(2, header.sequence);
        if (sqlite3_step(st.p) == SQLITE_ROW && text(st.p, 0) == header.checksum) {
            result.alreadyApplied = true;
            return result;
        }
    }

    if (Status s = db.execScript(QStringLiteral("ATTACH DATABASE %1 AS b").arg(quoted(path))); !s)
        return refuse(s.error());
    auto fail = [&](const QString& why) {
        db.execScript(QStringLiteral("ROLLBACK"));
        db.execScript(QStringLiteral("DETACH DATABASE b"));
        return refuse(why);
    };
    // The stamps are looked up row by row (the decrypted copy is this store's own file).
    if (Status s = db.execScript(QStringLiteral("CREATE INDEX IF NOT EXISTS b.field_stamp_row ON "
                                                "field_stamp(entity, entity_id)"));
        !s)
        return fail(s.error());
    // Merged values keep the stamps they arrived with: the stamp triggers stay silent.
    if (Status s = db.execScript(QStringLiteral("BEGIN IMMEDIATE; PRAGMA defer_foreign_keys = ON"));
        !s)
        return fail(s.error());
    if (Status s = ChangeLog::beginApply(db); !s)
        return fail(s.error());
    const QString now = isoUtc(clock.nowUtc());
    if (Status s = refuseUnauthorised(db, clock, header, result.refusals); !s)
        return fail(s.error());
    InterlocutorCheck interlocutors(db, clock, header.sourceDevice, result.refusals);
    // Debtors whose portfolio row or search entry the bundle changes.
    QSet<QString> shownChanged;
    const QStringList shown = DebtorSummaryRepository::debtorColumnsShown();
    for (const ChangeLog::SyncTable& t : ChangeLog::tables()) {
        const QString table = QString::fromLatin1(t.name);
        const QStringList cols = columns(h, QStringLiteral("main"), table);
        const QStringList incoming = columns(h, QStringLiteral("b"), table);
        if (incoming != cols)
            return fail(
                header.schemaVersion < db.schemaVersion()
                    ? SyncBundleText::tr("it was made by an older Ascolto (store schema "
                                         "%1, this one %2: %3 differs): update the "
                                         "sending workstation and export a new bundle "
                                         "there")
                          .arg(header.schemaVersion)
                          .arg(db.schemaVersion())
                          .arg(table)
                    : SyncBundleText::tr("the columns of %1 differ from this store's").arg(table));
        const QString list = cols.join(QStringLiteral(", "));
        if (t.kind != ChangeLog::Kind::Mutable) {
            const QString key = QString::fromLatin1(t.key);
            if (Status s =
                    db.execScript(QStringLiteral("DROP TABLE IF EXISTS temp.sync_new; CREATE TEMP "
                                                 "TABLE sync_new AS SELECT DISTINCT x.%2 AS id "
                                                 "FROM b.%1 x WHERE NOT EXISTS (SELECT 1 FROM "
                                                 "main.%1 m WHERE m.%2 = x.%2) AND x.%2 NOT IN "
                                                 "(SELECT id FROM temp.sync_refused WHERE entity "
                                                 "= %3)")
                                      .arg(table, key, quoted(table)));
                !s)
                return fail(s.error());
            // Rows refused above (a scorecard its author could not write) stay out.
            if (Status s =
                    db.execScript(QStringLiteral("INSERT OR IGNORE INTO main.%1(%2) SELECT %2 "
                                                 "FROM b.%1 WHERE %3 NOT IN (SELECT id FROM "
                                                 "temp.sync_refused WHERE entity = %4)")
                                      .arg(table, list, key, quoted(table)));
                !s)
                return fail(s.error());
            result.inserted += sqlite3_changes(h);
            // Received, not made here: the export folder's bundle does not send them back.
            if (Status s = db.execScript(QStringLiteral("INSERT INTO change_log(entity, entity_id, "
                                                        "origin) SELECT %1, id, 'remote' FROM "
                                                        "temp.sync_new")
                                             .arg(quoted(table)));
                !s)
                return fail(s.error());
            if (table == QLatin1String("assignment")) {
                if (Status s = db.execScript(
                        QStringLiteral("UPDATE main.assignment SET to_date = (SELECT x.to_date "
                                       "FROM b.assignment x WHERE x.id = assignment.id) WHERE "
                                       "to_date IS NULL AND id IN (SELECT id FROM "
                                       "b.assignment WHERE to_date IS NOT NULL) AND debtor_id "
                                       "NOT IN (SELECT id FROM temp.sync_refused WHERE entity = "
                                       "'debtor')"));
                    !s)
                    return fail(s.error());
                result.updated += sqlite3_changes(h);
            }
            // A conflict's review travels, and its later winner (ConflictRepository).
            if (table == QLatin1String("conflict_log")) {
                const auto merged = ConflictRepository(db, clock).mergeFrom(QStringLiteral("b"));
                if (!merged)
                    return fail(merged.error());
                result.updated += merged.value();
            }
            continue;
        }
        // New rows, with their base recorded as received (so a relay keeps it).
        if (Status s =
                db.execScript(QStringLiteral("DROP TABLE IF EXISTS temp.sync_new; CREATE TEMP "
                                             "TABLE sync_new AS SELECT x.id FROM b.%1 x WHERE "
                                             "NOT EXISTS (SELECT 1 FROM main.%1 m WHERE m.id = "
                                             "x.id) AND x.id NOT IN (SELECT id FROM "
                                             "temp.sync_refused WHERE entity = %2)")
                                  .arg(table, quoted(table)));
            !s)
            return fail(s.error());
        // A new debtor comes with the assignment that hands it to its operator.
        if (table == QLatin1String("debtor")) {
            std::vector<std::pair<QString, QString>> born;
            {
                Stmt st(h, QStringLiteral("SELECT x.id, x.assigned_operator_id FROM b.debtor x "
                                          "WHERE x.id IN (SELECT id FROM temp.sync_new) AND "
                                          "x.assigned_operator_id IS NOT NULL AND NOT EXISTS "
                                          "(SELECT 1 FROM main.erased_debtor e WHERE "
                                          "e.debtor_id = x.id)"));
                while (st.p && sqlite3_step(st.p) == SQLITE_ROW)
                    born.emplace_back(text(st.p, 0), text(st.p, 1));
            }
            for (const auto& [id, op] : born) {
                const auto allowed = interlocutors.allows(id, op);
                if (!allowed)
                    return fail(allowed.error());
                if (allowed.value())
                    continue;
                Stmt drop(h, QStringLiteral("DELETE FROM temp.sync_new WHERE id = ?"));
                drop.bind(1, id);
                if (sqlite3_step(drop.p) != SQLITE_DONE)
                    return fail(QString::fromUtf8(sqlite3_errmsg(h)));
            }
        }
        if (Status s =
                db.execScript(QStringLiteral("INSERT INTO main.%1(%2) SELECT %2 FROM b.%1 WHERE "
                                             "id IN (SELECT id FROM temp.sync_new)")
                                  .arg(table, list));
            !s)
            return fail(SyncBundleText::tr("%1: %2").arg(table, s.error()));
        result.inserted += sqlite3_changes(h);
        if (table == QLatin1String("debtor")) {
            Stmt fresh(h, QStringLiteral("SELECT id FROM temp.sync_new"));
            while (fresh.p && sqlite3_step(fresh.p) == SQLITE_ROW)
                shownChanged.insert(text(fresh.p, 0));
        }
        if (Status s =
                db.execScript(QStringLiteral("INSERT INTO change_log(entity, entity_id, "
                                             "base_version, base_device, origin) SELECT %1, n.id, "
                                             "coalesce(c.base_version, 0), coalesce(c.base_device, "
                                             "''), 'remote' FROM temp.sync_new n LEFT JOIN "
                                             "b.changes c ON c.entity = %1 AND c.entity_id = n.id")
                                  .arg(quoted(table)));
            !s)
            return fail(s.error());
        if (Status s = ChangeLog::copyStamps(db, table, QStringLiteral("b"),
                                             QStringLiteral("temp.sync_new"));
            !s)
            return fail(s.error());
        // Rows both sides hold whose copies differ: merged field by field (FieldMerge).
        const QStringList fields = t.stampedFields(cols);
        const QStringList meta{QStringLiteral("version"), QStringLiteral("device_id"),
                               QStringLiteral("updated_at")};
        const QString notRefused =
            QStringLiteral("x.id NOT IN (SELECT id FROM temp.sync_refused WHERE entity = %1)")
                .arg(quoted(table));
        const auto descendants = descendsFromMine(db, t, cols, notRefused, shown);
        if (!descendants)
            return fail(SyncBundleText::tr("%1: %2").arg(table, descendants.error()));
        result.updated += descendants->rows;
        shownChanged.unite(descendants->shownChanged);
        ChangeLog::MergeWriter writer(db);
        const Status merged = forEachPair(
            h, t, cols,
            notRefused + QStringLiteral(" AND x.id NOT IN (SELECT id FROM temp.sync_descends)"),
            [&](const QString& id, const FieldMerge::Copy& mine,
                const FieldMerge::Copy& theirs) -> Status {
                const FieldMerge::Outcome o = FieldMerge::merge(table, fields, mine, theirs);
                static const QLatin1String interlocutor("assigned_operator_id");
                if (table == QLatin1String("debtor") && o.values.contains(interlocutor)) {
                    const auto allowed =
                        interlocutors.allows(id, o.values.value(interlocutor).toString());
                    if (!allowed)
                        return allowed.status();
                    if (!allowed.value()) {
                        ++result.kept;
                        return Status::success();
                    }
                }
                QJsonObject values = o.values;
                if (o.metaFromTheirs) {
                    for (const QString& c : meta) {
                        if (theirs.values.value(c) != mine.values.value(c))
                            values.insert(c, theirs.values.value(c));
                    }
                }
                if (!values.isEmpty()) {
                    if (Status s = writer.setColumns(table, id, values); !s)
                        return s;
                }
                if (table == QLatin1String("debtor") &&
                    std::any_of(shown.begin(), shown.end(),
                                [&](const QString& c) { return o.values.contains(c); }))
                    shownChanged.insert(id);
                for (auto it = o.stamps.begin(); it != o.stamps.end(); ++it) {
                    if (Status s = writer.setStamp(table, id, it.key(), it.value()); !s)
                        return s;
                }
                // Received as it came, or holding something the sender lacks (local
                // work that goes out again).
                const bool changed = !values.isEmpty() || !o.stamps.isEmpty();
                if (changed) {
                    if (Status s = writer.logMerged(table, id, o.differsFromTheirs); !s)
                        return s;
                }
                changed ? ++result.updated : ++result.kept;
                result.protectionsKept += o.protectionsKept;
                if (o.conflicts.isEmpty())
                    return Status::success();
                for (const FieldMerge::Conflict& c : o.conflicts) {
                    const auto added = writer.logConflict(table, id, c);
                    if (!added)
                        return added.status();
                    result.conflicts += added.value() ? 1 : 0;
                }
                return Status::success();
            });
        if (!merged)
            return fail(SyncBundleText::tr("%1: %2").arg(table, merged.error()));
    }
    // Erasures the bundle brought are carried out; rows of erased debtors it brought back (an
    // office that had not heard of the erasure) are deleted again.
    const auto erased = Erasure::afterApply(db, QStringLiteral("b"));
    if (!erased)
        return fail(erased.error());
    result.erasedDebtors = erased.value();
    // Debtors head office says left this device's users' hands; one that arrives again is
    // back in them.
    if (Status s = Erasure::noteDepartures(db, QStringLiteral("b"), now); !s)
        return fail(s.error());
    const auto departed = Erasure::purgeDeparted(db);
    if (!departed)
        return fail(departed.error());
    result.departedDebtors = departed.value();
    // Portfolio rows of the debtors the bundle touched, after what their payments settle
    // (paid amounts are derived from the allocations, whichever office recorded them).
    QSet<QString> touched = touchedDebtors(h) + shownChanged;
    if (erased.value() > 0 || departed.value() > 0) {
        Stmt here(h, QStringLiteral("SELECT 1 FROM main.debtor WHERE id = ?"));
        for (auto it = touched.begin(); it != touched.end();) {
            sqlite3_reset(here.p);
            here.bind(1, *it);
            it = sqlite3_step(here.p) == SQLITE_ROW ? std::next(it) : touched.erase(it);
        }
    }
    const QStringList debtors(touched.begin(), touched.end());
    PaymentRepository payments(db, clock);
    if (Status s =
            debtors.size() > kRefreshAllAbove ? payments.settleAll() : payments.settle(debtors);
        !s)
        return fail(s.error());
    DebtorSummaryRepository summaries(db);
    if (debtors.size() > kRefreshAllAbove) {
        db.execScript(QStringLiteral("PRAGMA analysis_limit = 1000; ANALYZE"));
        if (Status s = summaries.refreshAll(clock.today()); !s)
            return fail(s.error());
        if (Status s = summaries.rebuildAllSearch(); !s)
            return fail(s.error());
    } else {
        for (const QString& id : debtors) {
            if (Status s = summaries.recompute(id, clock.today()); !s)
                return fail(s.error());
            if (Status s = summaries.rebuildSearch(id); !s)
                return fail(s.error());
        }
    }
    {
        QJsonArray clientIds;
        for (const QString& id : header.clientIds)
            clientIds.append(id);
        Stmt peer(h, QStringLiteral(
                         "INSERT INTO sync_peer(device_id, last_import_seq, last_import_at, "
                         "clients) VALUES(?1, ?2, ?3, ?4) ON CONFLICT(device_id) DO UPDATE SET "
                         "last_import_seq = max(last_import_seq, ?2), last_import_at = ?3, "
                         "clients = ?4"));
        peer.bind(1, header.sourceDevice);
        peer.bind(2, header.sequence);
        peer.bind(3, now);
        peer.bind(4, QString::fromUtf8(QJsonDocument(clientIds).toJson(QJsonDocument::Compact)));
        Stmt received(h, QStringLiteral("INSERT OR REPLACE INTO sync_received(source_device, "
                                        "sequence, checksum, applied_at, rows_applied, "
                                        "conflicts) VALUES(?, ?, ?, ?, ?, ?)"));
        received.bind(1, header.sourceDevice);
        received.bind(2, header.sequence);
        received.bind(3, header.checksum);
        received.bind(4, now);
        received.bind(5, qint64(result.inserted + result.updated));
        received.bind(6, qint64(result.conflicts));
        if (sqlite3_step(peer.p) != SQLITE_DONE || sqlite3_step(received.p) != SQLITE_DONE)
            return fail(QString::fromUtf8(sqlite3_errmsg(h)));
    }
    // The clock never runs behind what was received (HLC receive rule), so an edit made after
    // seeing these values is stamped later than all of them.
    qint64 highest = 0;
    {
        Stmt st(h, QStringLiteral("SELECT coalesce(max(hlc), 0) FROM b.field_stamp"));
        if (st.p && sqlite3_step(st.p) == SQLITE_ROW)
            highest = sqlite3_column_int64(st.p, 0);
    }
    if (Status s = ChangeLog::endApply(db, highest); !s)
        return fail(s.error());
    // Approvals refused above are taken back now that local writes are stamped again, so the
    // change wins in every store over the approval it refuses.
    if (Status s = PlanRepository::takeBackApprovals(db, QStringLiteral("temp.sync_demoted"), now);
        !s)
        return fail(s.error());
    if (Status s = db.execScript(QStringLiteral("COMMIT")); !s) {
        const bool fk = s.error().contains(QLatin1String("FOREIGN KEY"));
        // Rows refused for their author leave the rows that name them hanging: say so.
        const QString refused =
            result.refusals.isEmpty()
                ? QString()
                : QLatin1Char(' ') + SyncBundleText::tr("(refused first: %1)")
                                         .arg(result.refusals.join(QStringLiteral("; ")));
        return fail(fk ? SyncBundleText::tr(
                             "it refers to rows this store does not have (for example a "
                             "debtor never received): apply the earlier bundles first, or ask "
                             "for a full bundle") +
                             refused
                       : s.error());
    }
    db.execScript(QStringLiteral("DROP TABLE IF EXISTS temp.sync_new; DROP TABLE IF EXISTS "
                                 "temp.sync_refused"));
    db.execScript(QStringLiteral("DETACH DATABASE b"));
    return result;
}

} // namespace

Result<ImportResult> importBundle(Database& db, const Clock& clock, const QString& path)
{
    using R = Result<ImportResult>;
    auto refuse = [&](const QString& why) {
        return R::failure(SyncBundleText::tr("The bundle %1 is refused: %2").arg(path, why));
    };
    // Nothing in it is read before its sender is known and its signature holds.
    const auto envelope = envelopeOf(path);
    if (!envelope)
        return R::failure(envelope.error());
    if (envelope->sourceDevice == db.deviceId())
        return refuse(SyncBundleText::tr("it was made by this workstation"));
    if (envelope->forDevice != db.deviceId())
        return refuse(SyncBundleText::tr("it was made for another workstation (%1)")
                          .arg(envelope->forDevice));
    Devices devices(db, clock);
    const auto sender = devices.find(envelope->sourceDevice);
    // A new store takes its first bundle's sender as its head office; any other store only
    // bundles from devices enrolled here.
    const bool pin = !sender && !devices.anyListed();
    if (!sender && !pin)
        return refuse(SyncBundleText::tr("it comes from device %1 (key %2), which is not enrolled "
                                         "here: an administrator enrols it first")
                          .arg(envelope->sourceDevice, Devices::fingerprint(envelope->senderKey)));
    if (sender && !sender->revokedAt.isEmpty())
        return refuse(SyncBundleText::tr("its sender, device %1, was revoked on %2")
                          .arg(sender->name, sender->revokedAt));
    if (sender && sender->publicKey != envelope->senderKey)
        return refuse(SyncBundleText::tr("it is signed with a key that is not the one enrolled "
                                         "here for device %1")
                          .arg(sender->name));
    if (Status s = BundleEnvelope::verify(path, envelope->senderKey); !s)
        return refuse(s.error());
    {
        // Replayed: a bundle already applied changes nothing (and is not even decrypted).
        Stmt st(db.handle(), QStringLiteral("SELECT 1 FROM sync_received WHERE source_device = ? "
                                            "AND sequence = ?"));
        st.bind(1, envelope->sourceDevice);
        st.bind(2, envelope->sequence);
        if (st.p && sqlite3_step(st.p) == SQLITE_ROW) {
            ImportResult again;
            again.alreadyApplied = true;
            again.header.sourceDevice = envelope->sourceDevice;
            again.header.sequence = envelope->sequence;
            return again;
        }
    }
    const auto key = devices.secretKey();
    if (!key)
        return refuse(key.error());
    const QString plain = plainPartOf(db, QStringLiteral("import"));
    QFile::remove(plain);
    if (Status s = BundleEnvelope::open(path, key.value(), plain); !s)
        return refuse(s.error());
    auto result = importPlain(db, clock, plain, path);
    QFile::remove(plain);
    if (result && pin) {
        if (Status s = devices.pinHeadOffice(envelope->sourceDevice, envelope->senderKey); !s)
            return R::failure(s.error());
    }
    return result;
}

} // namespace ascolto::SyncBundle

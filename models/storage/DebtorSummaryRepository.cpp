#include "DebtorSummaryRepository.h"

#include "BulkLoad.h"
#include "Database.h"
#include "Ids.h"
#include "Session.h"
#include "SqlHelpers.h"

#include "domain/Aging.h"
#include "domain/CallOutcome.h"
#include "domain/EscalationLadder.h"

#include <sqlite3.h>

#include <string>
#include <unordered_map>
#include <vector>

namespace ascolto {

namespace {

// The next thing scheduled for a debtor: an open task, an installment of an active plan, or
// an open promise; `what` is the column wanted (k = kind, at = date).
QString nextActionSql(const char* what)
{
    return QStringLiteral(
               "(SELECT %1 FROM (SELECT kind AS k, substr(due_at, 1, 10) AS at FROM task WHERE "
               "debtor_id = d.id AND status = 'open' "
               "UNION ALL SELECT 'installment', i.due_date FROM installment i JOIN plan p ON "
               "p.id = i.plan_id WHERE p.debtor_id = d.id AND p.status = 'active' AND i.status "
               "IN ('open', 'late', 'missed') "
               "UNION ALL SELECT 'promise', due_date FROM promise WHERE debtor_id = d.id AND "
               "status = 'open') ORDER BY at LIMIT 1)")
        .arg(QLatin1String(what));
}

// The last conversation's column: ContactPolicy's outcomes that are not conversations,
// left out.
QString lastConversationSql(const char* column)
{
    QStringList quoted;
    for (const QString& outcome : CallOutcome::notConversations())
        quoted << QLatin1Char('\'') + outcome + QLatin1Char('\'');
    return QStringLiteral("COALESCE((SELECT %1 FROM interaction WHERE debtor_id = d.id AND "
                          "COALESCE(outcome, '') NOT IN (%2) ORDER BY started_at DESC LIMIT 1), "
                          "'')")
        .arg(QLatin1String(column), quoted.join(QStringLiteral(", ")));
}

QString lastInteractionSql(const char* column)
{
    return QStringLiteral("COALESCE((SELECT %1 FROM interaction WHERE debtor_id = d.id ORDER BY "
                          "started_at DESC LIMIT 1), '')")
        .arg(QLatin1String(column));
}

// Facts of the portfolio row that do not depend on the client's ladder. Bucket limits are
// bound as dates so SQLite compares ISO text and does no date arithmetic per row.
// Which debtors a pass covers: one (by id), a range of rowids, or everybody.
enum class Cover
{
    One,
    Range,
    All
};

// The portfolio row's scope keys (schema 8) of debtor d: client_key, operator_key.
QString scopeKeysSql()
{
    return QStringLiteral("COALESCE(%1, 0), COALESCE(%2, 0)")
        .arg(scopeKeySql(QStringLiteral("d.client_id")),
             scopeKeySql(QStringLiteral("d.assigned_operator_id")));
}

// The columns copied from the debtor row d: rowid, debtor_id ... province, client_key,
// operator_key.
QString debtorColumnsSql()
{
    return QStringLiteral("d.rowid, d.id, d.client_id, COALESCE(d.assigned_operator_id, ''), "
                          "d.display_name, d.customer_code, COALESCE(d.city, ''), "
                          "COALESCE(d.province, ''), %1")
        .arg(scopeKeysSql());
}

// The flags of debtor d that do not come from bills (all but FlagPrescribed), with the bit
// values of DebtorFlag (Records.h).
QString debtorFlagsSql()
{
    return QStringLiteral(
               "((CASE WHEN d.vulnerability IS NOT NULL THEN %1 ELSE 0 END) "
               " | (CASE WHEN d.hold_reason IS NOT NULL OR EXISTS (SELECT 1 FROM complaint c "
               "   WHERE c.debtor_id = d.id AND c.status <> 'resolved') THEN %2 ELSE 0 END) "
               " | (CASE WHEN d.do_not_contact = 1 THEN %3 ELSE 0 END) "
               " | (CASE WHEN NOT EXISTS (SELECT 1 FROM contact c WHERE c.debtor_id = d.id AND "
               "   c.kind = 'phone' AND c.owner = 'debtor' AND c.verified = 1 AND c.opt_out = 0) "
               "   THEN %4 ELSE 0 END))")
        .arg(int(FlagVulnerable))
        .arg(int(FlagOnHold))
        .arg(int(FlagDoNotContact))
        .arg(int(FlagUnverifiedOnly));
}

QString factsSql(Cover cover)
{
    // A range starts from its debtors and joins their bills (CROSS JOIN fixes the order):
    // letting SQLite start from the bills scans a million of them for every chunk.
    const QString billSource =
        cover == Cover::Range ? QStringLiteral("debtor dr CROSS JOIN invoice ON invoice.debtor_id "
                                               "= dr.id WHERE dr.rowid BETWEEN :lo AND :hi AND")
                              : QStringLiteral("invoice WHERE");
    const QString debtorFilter =
        cover == Cover::One ? QStringLiteral("AND debtor_id = :id") : QString();
    const QString outerFilter = cover == Cover::One ? QStringLiteral("WHERE d.id = :id")
                                : cover == Cover::Range
                                    ? QStringLiteral("WHERE d.rowid BETWEEN :lo AND :hi")
                                    : QString();
    return QStringLiteral(
               "INSERT OR REPLACE INTO debtor_summary(rowid, debtor_id, client_id, operator_id, "
               "display_name, customer_code, city, province, client_key, operator_key, as_of, "
               "outstanding_cents, "
               "overdue_cents, oldest_overdue_due, aging_bucket, aging_0_30_cents, "
               "aging_31_60_cents, aging_61_90_cents, aging_91_180_cents, aging_181_360_cents, "
               "aging_over_360_cents, open_invoices, next_due_date, caring_due, credit_cents, "
               "billed_90d_cents, stage, stage_rank, plan_status, promise_status, "
               "next_action_kind, next_action_at, last_contact_at, last_outcome, last_emotion, "
               "csat_last, csat_previous, flags, last_conversation_at, last_conversation_outcome) "
               "SELECT %9, :today, COALESCE(v.outstanding, 0), COALESCE(v.overdue, 0), "
               " COALESCE(v.oldest, '9999-12-31'), "
               " CASE WHEN v.oldest IS NULL THEN -1 WHEN v.oldest >= :d30 THEN 0 "
               "  WHEN v.oldest >= :d60 THEN 1 WHEN v.oldest >= :d90 THEN 2 "
               "  WHEN v.oldest >= :d180 THEN 3 WHEN v.oldest >= :d360 THEN 4 ELSE 5 END, "
               " COALESCE(v.b0, 0), COALESCE(v.b1, 0), COALESCE(v.b2, 0), COALESCE(v.b3, 0), "
               " COALESCE(v.b4, 0), COALESCE(v.b5, 0), COALESCE(v.open_count, 0), "
               " COALESCE(v.next_due, '9999-12-31'), COALESCE(v.caring_due, '9999-12-31'), "
               " (SELECT COALESCE(SUM(p.credit_cents), 0) FROM payment p WHERE p.debtor_id = "
               "d.id), "
               " (SELECT COALESCE(SUM(i.amount_cents), 0) FROM invoice i WHERE i.debtor_id = d.id "
               "  AND i.cancelled = 0 AND i.issue_date >= :d90), "
               " '', 0, "
               " COALESCE((SELECT status FROM plan WHERE debtor_id = d.id AND status IN "
               "  ('broken', 'awaiting_approval', 'active') ORDER BY CASE status WHEN 'broken' "
               "  THEN 0 WHEN 'awaiting_approval' THEN 1 ELSE 2 END LIMIT 1), ''), "
               " COALESCE((SELECT CASE WHEN MIN(due_date) < :today THEN 'broken' "
               "  WHEN MIN(due_date) = :today THEN 'due_today' ELSE 'open' END FROM promise "
               "  WHERE debtor_id = d.id AND status = 'open' HAVING COUNT(*) > 0), "
               "  (SELECT 'broken' FROM promise WHERE debtor_id = d.id AND status = 'broken' "
               "  AND due_date >= :d30 LIMIT 1), ''), "
               " COALESCE(%1, ''), COALESCE(%2, '9999-12-31'), "
               " %3, %4, %5, "
               " COALESCE((SELECT csat FROM survey WHERE debtor_id = d.id AND csat IS NOT NULL "
               "  ORDER BY created_at DESC LIMIT 1), 0), "
               " COALESCE((SELECT csat FROM survey WHERE debtor_id = d.id AND csat IS NOT NULL "
               "  ORDER BY created_at DESC LIMIT 1 OFFSET 1), 0), "
               " %10 | (CASE WHEN COALESCE(v.prescribed, 0) > 0 THEN %13 ELSE 0 END), %11, %12 "
               "FROM debtor d LEFT JOIN (SELECT debtor_id, "
               "  SUM(amount_cents - paid_cents) AS outstanding, "
               "  SUM(CASE WHEN due_date < :today THEN amount_cents - paid_cents END) AS overdue, "
               "  MIN(CASE WHEN due_date < :today THEN due_date END) AS oldest, "
               "  SUM(CASE WHEN due_date < :today AND due_date >= :d30 THEN amount_cents - "
               "paid_cents END) AS b0, "
               "  SUM(CASE WHEN due_date < :d30 AND due_date >= :d60 THEN amount_cents - "
               "paid_cents END) AS b1, "
               "  SUM(CASE WHEN due_date < :d60 AND due_date >= :d90 THEN amount_cents - "
               "paid_cents END) AS b2, "
               "  SUM(CASE WHEN due_date < :d90 AND due_date >= :d180 THEN amount_cents - "
               "paid_cents END) AS b3, "
               "  SUM(CASE WHEN due_date < :d180 AND due_date >= :d360 THEN amount_cents - "
               "paid_cents END) AS b4, "
               "  SUM(CASE WHEN due_date < :d360 THEN amount_cents - paid_cents END) AS b5, "
               "  COUNT(*) AS open_count, "
               "  MIN(CASE WHEN due_date >= :today THEN due_date END) AS next_due, "
               "  MIN(CASE WHEN due_date >= :today AND receipt_confirmed = 0 THEN due_date END) AS "
               "caring_due, "
               "  SUM(CASE WHEN due_date < :d2y AND prescription_covered = 1 THEN 1 ELSE 0 END) AS "
               "prescribed "
               "  FROM %6 cancelled = 0 AND paid_cents < amount_cents %7 "
               "  GROUP BY debtor_id) v ON v.debtor_id = d.id %8")
        .arg(nextActionSql("k"), nextActionSql("at"), lastInteractionSql("started_at"),
             lastInteractionSql("outcome"), lastInteractionSql("COALESCE(emotion, '')"), billSource,
             debtorFilter, outerFilter)
        .arg(debtorColumnsSql(), debtorFlagsSql(), lastConversationSql("started_at"),
             lastConversationSql("outcome"), QString::number(int(FlagPrescribed)));
}

QString searchSql(bool oneDebtor)
{
    // Names twice: as written (D'Angelo -> "d", "angelo") and without apostrophes
    // ("dangelo"); e-mail addresses split into words by the tokenizer.
    return QStringLiteral(
               "INSERT INTO search_index(rowid, body) SELECT d.rowid, "
               " d.display_name || ' ' || replace(replace(d.display_name, '''', ''), '%1', '') "
               " || ' ' || COALESCE(d.city, '') || ' ' || "
               " COALESCE((SELECT group_concat(c.value, ' ') FROM contact c "
               "  WHERE c.debtor_id = d.id AND c.kind <> 'phone'), '') "
               "FROM debtor d %2")
        .arg(QString(QChar(0x2019)), oneDebtor ? QStringLiteral("WHERE d.id = ?") : QString());
}

constexpr std::string_view kNoDate = "9999-12-31";

// The number written with `count` ASCII digits from `at` (0 when not digits).
int digits(std::string_view text, size_t at, size_t count)
{
    int n = 0;
    for (size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return 0;
        n = n * 10 + (text[i] - '0');
    }
    return n;
}

// What a client's stages depend on besides the row: its ladder and how far ahead the caring
// window reaches today.
struct ClientStages
{
    EscalationLadder ladder;
    std::string caringLimit; // ISO date

    // The stage of a portfolio row from its oldest overdue and next due dates (ISO text)
    // and its flags (1 vulnerable, 2 on hold).
    QString stageOf(std::string_view oldest, std::string_view nextDue, int flags,
                    const QDate& today) const
    {
        // A full refresh reads every row: ISO text compared and parsed without QString.
        const QDate oldestDay =
            oldest.size() == 10 && oldest < kNoDate
                ? QDate(digits(oldest, 0, 4), digits(oldest, 5, 2), digits(oldest, 8, 2))
                : QDate();
        const int days = oldestDay.isValid() ? Aging::daysOverdue(oldestDay, today) : 0;
        return ladder.stageFor(days, nextDue <= caringLimit, flags & FlagVulnerable,
                               flags & FlagOnHold);
    }
};

// Every client's ClientStages, by client id.
Result<std::unordered_map<std::string, ClientStages>> clientStages(Database& db, const QDate& today)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT id, escalation_ladder, formal_notice_days, "
                               "caring_window_days FROM client")))
        return Result<std::unordered_map<std::string, ClientStages>>::failure(q.lastError().text());
    std::unordered_map<std::string, ClientStages> clients;
    while (q.next())
        clients.emplace(
            q.value(0).toString().toStdString(),
            ClientStages{EscalationLadder::fromJson(q.value(1).toString(), q.value(2).toInt()),
                         isoDate(today.addDays(q.value(3).toInt())).toStdString()});
    return clients;
}

// The limits that factsSql binds, as ISO text: bills compare by their ISO dates.
struct DayLimits
{
    explicit DayLimits(const QDate& today)
        : today(isoDate(today).toStdString())
        , twoYears(isoDate(today.addYears(-2)).toStdString())
    {
        const auto bounds = Aging::upperBounds();
        for (size_t i = 0; i < bounds.size(); ++i)
            bucketFloor[i] = isoDate(today.addDays(-bounds[i])).toStdString();
    }
    // Aging bucket of a date before today (the first bucket whose floor it reaches).
    int bucketOf(std::string_view due) const
    {
        int b = 0;
        while (b < int(bucketFloor.size()) && due < bucketFloor[b])
            ++b;
        return b;
    }
    std::string today, twoYears;
    std::array<std::string, Aging::BucketCount - 1> bucketFloor;
};

// What one debtor's bills add up to: the bill columns of factsSql, accumulated bill by bill.
struct BillFacts
{
    void add(const DayLimits& limits, std::string_view due, std::string_view issue, qint64 amount,
             qint64 paid, bool receiptConfirmed, bool prescriptionCovered)
    {
        if (issue >= limits.bucketFloor[2]) // issued within the last 90 days
            billed90d += amount;
        if (paid >= amount)
            return;
        const qint64 open = amount - paid;
        outstanding += open;
        ++openCount;
        if (due < limits.today) {
            overdue += open;
            aging[size_t(limits.bucketOf(due))] += open;
            keepEarlier(oldest, due);
        } else {
            keepEarlier(nextDue, due);
            if (!receiptConfirmed)
                keepEarlier(caringDue, due);
        }
        if (due < limits.twoYears && prescriptionCovered)
            prescribed = true;
    }
    static void keepEarlier(std::string& kept, std::string_view date)
    {
        if (date < kept)
            kept.assign(date);
    }
    int agingBucket(const DayLimits& limits) const
    {
        return oldest == kNoDate ? int(Aging::NotOverdue) : limits.bucketOf(oldest);
    }

    qint64 outstanding = 0, overdue = 0, billed90d = 0;
    std::array<qint64, Aging::BucketCount> aging{};
    int openCount = 0;
    bool prescribed = false;
    // Dates are ISO text of 10 characters (short-string storage, no allocation).
    std::string oldest{kNoDate}, nextDue{kNoDate}, caringDue{kNoDate};
};

} // namespace

Status DebtorSummaryRepository::runFacts(const QString& debtorId, const QDate& today, qint64 lo,
                                         qint64 hi)
{
    const Cover cover = !debtorId.isEmpty() ? Cover::One : (hi >= lo ? Cover::Range : Cover::All);
    QSqlQuery q(m_db.sql());
    q.prepare(factsSql(cover));
    q.bindValue(QStringLiteral(":today"), isoDate(today));
    const auto bounds = Aging::upperBounds();
    const char* names[] = {":d30", ":d60", ":d90", ":d180", ":d360"};
    for (size_t i = 0; i < bounds.size(); ++i)
        q.bindValue(QLatin1String(names[i]), isoDate(today.addDays(-bounds[i])));
    q.bindValue(QStringLiteral(":d2y"), isoDate(today.addYears(-2)));
    if (cover == Cover::One)
        q.bindValue(QStringLiteral(":id"), debtorId);
    if (cover == Cover::Range) {
        q.bindValue(QStringLiteral(":lo"), lo);
        q.bindValue(QStringLiteral(":hi"), hi);
    }
    return execOrFail(q, tr("Updating the debtor balance"));
}

// The stage needs the client's ladder and the domain rules: read the few facts it depends
// on and write the stage back (C API: a full refresh touches every debtor).
Status DebtorSummaryRepository::runStages(const QString& debtorId, const QDate& today, qint64 lo,
                                          qint64 hi)
{
    const auto clients = clientStages(m_db, today);
    if (!clients)
        return clients.status();
    BulkLoad::Statement write(
        m_db.handle(), "UPDATE debtor_summary SET stage = ?, stage_rank = ? WHERE rowid = ?");
    for (const auto& [clientId, stages] : clients.value()) {
        sqlite3_stmt* read = nullptr;
        const QString where =
            !debtorId.isEmpty() ? QStringLiteral("client_id = ?1 AND debtor_id = ?2")
            : hi >= lo          ? QStringLiteral("+client_id = ?1 AND rowid BETWEEN ?3 AND ?4")
                       : QStringLiteral("client_key = ") + scopeKeySql(QStringLiteral("?1"));
        const QByteArray sql = QStringLiteral("SELECT rowid, oldest_overdue_due, next_due_date, "
                                              "flags, stage FROM debtor_summary WHERE %1")
                                   .arg(where)
                                   .toUtf8();
        if (sqlite3_prepare_v2(m_db.handle(), sql.constData(), -1, &read, nullptr) != SQLITE_OK)
            return Status::failure(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
        sqlite3_bind_text(read, 1, clientId.data(), int(clientId.size()), SQLITE_STATIC);
        const QByteArray id = debtorId.toUtf8();
        if (!debtorId.isEmpty())
            sqlite3_bind_text(read, 2, id.constData(), id.size(), SQLITE_STATIC);
        else if (hi >= lo) {
            sqlite3_bind_int64(read, 3, lo);
            sqlite3_bind_int64(read, 4, hi);
        }
        int rc;
        while ((rc = sqlite3_step(read)) == SQLITE_ROW) {
            const QString stage =
                stages.stageOf(BulkLoad::columnText(read, 1), BulkLoad::columnText(read, 2),
                               sqlite3_column_int(read, 3), today);
            const std::string_view old = BulkLoad::columnText(read, 4);
            if (stage == QLatin1String(old.data(), qsizetype(old.size())))
                continue;
            write.text(1, stage)
                .integer(2, EscalationLadder::rank(stage))
                .integer(3, sqlite3_column_int64(read, 0));
            if (!write.run()) {
                sqlite3_finalize(read);
                return Status::failure(write.error());
            }
        }
        sqlite3_finalize(read);
        if (rc != SQLITE_DONE)
            return Status::failure(QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    }
    return Status::success();
}

Status DebtorSummaryRepository::recompute(const QString& debtorId, const QDate& today)
{
    if (Status s = runFacts(debtorId, today); !s)
        return s;
    return runStages(debtorId, today);
}

Status DebtorSummaryRepository::refreshAll(const QDate& today)
{
    if (Status s = runFacts(QString(), today); !s)
        return s;
    return runStages(QString(), today);
}

QString DebtorSummaryRepository::setOperatorSql()
{
    return QStringLiteral("UPDATE debtor_summary SET operator_id = ?1, operator_key = "
                          "coalesce(%1, 0) WHERE debtor_id = ?2")
        .arg(scopeKeySql(QStringLiteral("?1")));
}

Status DebtorSummaryRepository::setOperator(const QString& debtorId, const QString& operatorId)
{
    // The C API: ?1 stands twice, which Qt's positional binding does not count as one.
    BulkLoad::Statement st(m_db.handle(), setOperatorSql().toUtf8().constData());
    if (st.isValid() && st.text(1, operatorId).text(2, debtorId).run())
        return Status::success();
    return Status::failure(tr("Updating the portfolio row") + QStringLiteral(": ") + st.error());
}

Status DebtorSummaryRepository::addNewDebtors(const QDate& today)
{
    // The other columns keep their defaults, which are factsSql's values for "none"; without
    // bills there is no stage either (EscalationLadder::stageFor).
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO debtor_summary(rowid, debtor_id, client_id, operator_id, "
                             "display_name, customer_code, city, province, client_key, "
                             "operator_key, as_of, flags) "
                             "SELECT %1, :today, %2 FROM debtor d WHERE NOT EXISTS (SELECT 1 "
                             "FROM debtor_summary s WHERE s.rowid = d.rowid)")
                  .arg(debtorColumnsSql(), debtorFlagsSql()));
    q.bindValue(QStringLiteral(":today"), isoDate(today));
    return execOrFail(q, tr("Updating the debtor balance"));
}

QStringList DebtorSummaryRepository::billFactColumns()
{
    return {QStringLiteral("outstanding_cents"),
            QStringLiteral("overdue_cents"),
            QStringLiteral("oldest_overdue_due"),
            QStringLiteral("aging_bucket"),
            QStringLiteral("aging_0_30_cents"),
            QStringLiteral("aging_31_60_cents"),
            QStringLiteral("aging_61_90_cents"),
            QStringLiteral("aging_91_180_cents"),
            QStringLiteral("aging_181_360_cents"),
            QStringLiteral("aging_over_360_cents"),
            QStringLiteral("open_invoices"),
            QStringLiteral("next_due_date"),
            QStringLiteral("caring_due"),
            QStringLiteral("billed_90d_cents"),
            QStringLiteral("flags"),
            QStringLiteral("stage"),
            QStringLiteral("stage_rank")};
}

// factsSql's aggregate evaluates a dozen CASE expressions per bill (2 s for a million bills);
// the same rules in C++ over one scan of the bills take a fraction of that.
Status DebtorSummaryRepository::refreshBillFacts(const QDate& today)
{
    sqlite3* h = m_db.handle();
    const auto sqlFailure = [h] {
        return Status::failure(QString::fromUtf8(sqlite3_errmsg(h)));
    };
    // Every debtor's row, in rowid order; bills find theirs by debtor id.
    const auto clients = clientStages(m_db, today);
    if (!clients)
        return clients.status();
    // Row by row: rowid, debtor id, the client's stages, the flags that are not from bills.
    std::vector<std::string> debtorIds;
    std::vector<qint64> rowids;
    std::vector<const ClientStages*> stagesOf;
    std::vector<int> otherFlags;
    {
        BulkLoad::Statement count(h, "SELECT count(*) FROM debtor_summary");
        const size_t n = count.isValid() && count.step() ? size_t(count.column64(0)) : 0;
        debtorIds.reserve(n);
        rowids.reserve(n);
        stagesOf.reserve(n);
        otherFlags.reserve(n);
        BulkLoad::Statement read(
            h, "SELECT rowid, debtor_id, client_id, flags FROM debtor_summary ORDER BY rowid");
        if (!read.isValid())
            return sqlFailure();
        while (read.step()) {
            rowids.push_back(read.column64(0));
            debtorIds.emplace_back(read.columnText(1));
            const auto client = clients->find(std::string(read.columnText(2)));
            stagesOf.push_back(client == clients->end() ? nullptr : &client->second);
            otherFlags.push_back(int(read.column64(3)) & ~FlagPrescribed);
        }
        if (!read.done())
            return sqlFailure();
    }
    std::unordered_map<std::string_view, size_t> indexOf;
    indexOf.reserve(debtorIds.size());
    for (size_t i = 0; i < debtorIds.size(); ++i)
        indexOf.emplace(debtorIds[i], i);

    const DayLimits limits(today);
    std::vector<BillFacts> facts(debtorIds.size());
    {
        BulkLoad::Statement bills(h, "SELECT debtor_id, due_date, issue_date, amount_cents, "
                                     "paid_cents, receipt_confirmed, prescription_covered FROM "
                                     "invoice WHERE cancelled = 0");
        if (!bills.isValid())
            return sqlFailure();
        // Bills usually come grouped by debtor: remember the last one looked up.
        std::string lastDebtor;
        BillFacts* current = nullptr;
        while (bills.step()) {
            const std::string_view debtor = bills.columnText(0);
            if (debtor != lastDebtor) {
                lastDebtor = debtor;
                const auto it = indexOf.find(debtor);
                current = it == indexOf.end() ? nullptr : &facts[it->second];
            }
            if (current)
                current->add(limits, bills.columnText(1), bills.columnText(2), bills.column64(3),
                             bills.column64(4), bills.column64(5) != 0, bills.column64(6) != 0);
        }
        if (!bills.done())
            return sqlFailure();
    }
    BulkLoad::Statement write(
        h, "UPDATE debtor_summary SET outstanding_cents = ?1, overdue_cents = ?2, "
           "oldest_overdue_due = ?3, aging_bucket = ?4, aging_0_30_cents = ?5, aging_31_60_cents "
           "= ?6, aging_61_90_cents = ?7, aging_91_180_cents = ?8, aging_181_360_cents = ?9, "
           "aging_over_360_cents = ?10, open_invoices = ?11, next_due_date = ?12, caring_due = "
           "?13, billed_90d_cents = ?14, flags = ?15, stage = ?16, stage_rank = ?17 WHERE "
           "rowid = ?18");
    if (!write.isValid())
        return sqlFailure();
    for (size_t i = 0; i < facts.size(); ++i) {
        const BillFacts& f = facts[i];
        const int flags = otherFlags[i] | (f.prescribed ? FlagPrescribed : 0);
        const QString stage =
            stagesOf[i] ? stagesOf[i]->stageOf(f.oldest, f.nextDue, flags, today) : QString();
        write.integer(1, f.outstanding).integer(2, f.overdue).text(3, f.oldest);
        write.integer(4, f.agingBucket(limits));
        for (int b = 0; b < Aging::BucketCount; ++b)
            write.integer(5 + b, f.aging[size_t(b)]);
        write.integer(11, f.openCount).text(12, f.nextDue).text(13, f.caringDue);
        write.integer(14, f.billed90d).integer(15, flags);
        write.text(16, stage).integer(17, EscalationLadder::rank(stage)).integer(18, rowids[i]);
        if (!write.run())
            return Status::failure(write.error());
    }
    return Status::success();
}

Result<bool> DebtorSummaryRepository::ensureCurrent(const QDate& today, qint64 chunk)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM debtor) <> (SELECT count(*) FROM "
                             "debtor_summary) OR COALESCE((SELECT MIN(as_of) FROM debtor_summary), "
                             ":today) < :today, (SELECT count(*) FROM debtor) <> (SELECT count(*) "
                             "FROM search_index)"));
    q.bindValue(QStringLiteral(":today"), isoDate(today));
    if (!q.exec() || !q.next())
        return Result<bool>::failure(q.lastError().text());
    const bool stale = q.value(0).toBool();
    const bool searchStale = q.value(1).toBool();
    q.finish();
    if (!stale && !searchStale)
        return false;
    // A day's refresh of 100,000 rows takes seconds: done in chunks, each its own
    // transaction, so that an operator's payment never waits long for the write lock.
    if (stale) {
        qint64 first = 0, last = -1;
        if (q.exec(QStringLiteral("SELECT MIN(rowid), MAX(rowid) FROM debtor")) && q.next()) {
            first = q.value(0).toLongLong();
            last = q.value(1).toLongLong();
        }
        q.finish();
        chunk = std::max<qint64>(1, chunk);
        for (qint64 lo = first; lo <= last; lo += chunk) {
            const qint64 hi = lo + chunk - 1;
            if (Status s = m_db.execScript(QStringLiteral("BEGIN IMMEDIATE")); !s)
                return Result<bool>::failure(s.error());
            Status s = runFacts(QString(), today, lo, hi);
            if (s)
                s = runStages(QString(), today, lo, hi);
            if (s)
                s = m_db.execScript(QStringLiteral("COMMIT"));
            if (!s) {
                m_db.execScript(QStringLiteral("ROLLBACK"));
                return Result<bool>::failure(s.error());
            }
        }
        // Rows of debtors that no longer exist.
        if (Status s = m_db.execScript(QStringLiteral(
                "DELETE FROM debtor_summary WHERE debtor_id NOT IN (SELECT id FROM debtor)"));
            !s)
            return Result<bool>::failure(s.error());
    }
    if (!searchStale)
        return true;
    if (Status s = m_db.execScript(QStringLiteral("BEGIN IMMEDIATE")); !s)
        return Result<bool>::failure(s.error());
    Status s = rebuildAllSearch();
    if (s)
        s = m_db.execScript(QStringLiteral("COMMIT"));
    if (!s) {
        m_db.execScript(QStringLiteral("ROLLBACK"));
        return Result<bool>::failure(s.error());
    }
    return true;
}

Status DebtorSummaryRepository::rebuildSearch(const QString& debtorId)
{
    QSqlQuery del(m_db.sql());
    del.prepare(QStringLiteral(
        "DELETE FROM search_index WHERE rowid = (SELECT rowid FROM debtor WHERE id = ?)"));
    del.addBindValue(debtorId);
    if (Status s = execOrFail(del, tr("Updating the search index")); !s)
        return s;
    QSqlQuery ins(m_db.sql());
    ins.prepare(searchSql(true));
    ins.addBindValue(debtorId);
    return execOrFail(ins, tr("Updating the search index"));
}

Status DebtorSummaryRepository::rebuildAllSearch()
{
    if (Status s = m_db.execScript(QStringLiteral("DELETE FROM search_index")); !s)
        return s;
    return m_db.execScript(searchSql(false));
}

Result<DebtorSummary> DebtorSummaryRepository::get(const Session& session,
                                                   const QString& debtorId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
                  "SELECT s.as_of, s.outstanding_cents, s.overdue_cents, s.oldest_overdue_due, "
                  "s.aging_0_30_cents, s.aging_31_60_cents, s.aging_61_90_cents, "
                  "s.aging_91_180_cents, s.aging_181_360_cents, s.aging_over_360_cents, "
                  "s.open_invoices, s.next_due_date, s.credit_cents, s.stage, s.flags, "
                  "s.last_conversation_at, s.last_conversation_outcome "
                  "FROM debtor_summary s JOIN debtor d ON d.id = s.debtor_id "
                  "WHERE s.debtor_id = :id AND %1")
                  .arg(session.debtorScope()));
    q.bindValue(QStringLiteral(":id"), debtorId);
    session.bindScope(q);
    if (!q.exec() || !q.next())
        return Result<DebtorSummary>::failure(tr("No balance for this debtor in your portfolio."));
    const auto date = [](const QVariant& v) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        return d.isValid() && d.year() < 9999 ? d : QDate();
    };
    DebtorSummary s;
    s.debtorId = debtorId;
    s.asOf = date(q.value(0));
    s.outstanding = Money::fromCents(q.value(1).toLongLong());
    s.overdue = Money::fromCents(q.value(2).toLongLong());
    s.oldestOverdueDue = date(q.value(3));
    for (int i = 0; i < 6; ++i)
        s.aging[i] = Money::fromCents(q.value(4 + i).toLongLong());
    s.openInvoices = q.value(10).toInt();
    s.nextDueDate = date(q.value(11));
    s.credit = Money::fromCents(q.value(12).toLongLong());
    s.stage = q.value(13).toString();
    s.flags = q.value(14).toInt();
    s.lastConversationAt = q.value(15).toString();
    s.lastConversationOutcome = q.value(16).toString();
    return s;
}

QStringList DebtorSummaryRepository::debtorColumnsShown()
{
    // debtorColumnsSql(), debtorFlagsSql() and searchSql() below read these.
    return {QStringLiteral("client_id"),     QStringLiteral("assigned_operator_id"),
            QStringLiteral("display_name"),  QStringLiteral("customer_code"),
            QStringLiteral("city"),          QStringLiteral("province"),
            QStringLiteral("vulnerability"), QStringLiteral("hold_reason"),
            QStringLiteral("do_not_contact")};
}

} // namespace ascolto

#include "PortfolioQuery.h"

#include "Database.h"
#include "Ids.h"
#include "SqlHelpers.h"

#include "domain/CollectionKpi.h"
#include "domain/TextFold.h"

#include <QSqlQuery>

namespace ascolto {

namespace {

const char* sortColumn(PortfolioSortKey key)
{
    switch (key) {
    case PortfolioSortKey::Name:
        return "s.display_name";
    case PortfolioSortKey::CustomerCode:
        return "s.customer_code";
    case PortfolioSortKey::City:
        return "s.city";
    case PortfolioSortKey::Outstanding:
        return "s.outstanding_cents";
    case PortfolioSortKey::Overdue:
        return "s.overdue_cents";
    case PortfolioSortKey::OldestDue:
        return "s.oldest_overdue_due";
    case PortfolioSortKey::Stage:
        return "s.stage_rank";
    case PortfolioSortKey::NextAction:
        return "s.next_action_at";
    case PortfolioSortKey::LastContact:
        return "s.last_contact_at";
    case PortfolioSortKey::PlanStatus:
        return "s.plan_status";
    case PortfolioSortKey::Satisfaction:
        return "s.csat_last";
    case PortfolioSortKey::Flags:
        return "s.flags";
    case PortfolioSortKey::Operator:
        return "s.operator_key";
    }
    return "s.display_name";
}

QDate storedDate(const QVariant& v)
{
    const QDate d = QDate::fromString(v.toString().left(10), Qt::ISODate);
    return d.isValid() && d.year() < 9999 ? d : QDate();
}

} // namespace

bool PortfolioFilter::operator==(const PortfolioFilter& o) const
{
    return search == o.search && agingBuckets == o.agingBuckets && stages == o.stages &&
           planPromise == o.planPromise && flagsAll == o.flagsAll &&
           dueWithinDays == o.dueWithinDays && province == o.province &&
           operatorId == o.operatorId && drill == o.drill;
}

int PortfolioQuery::searchMatches(const QString& fts) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ?"));
    q.addBindValue(fts);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QString PortfolioQuery::whereClause(const PortfolioFilter& f, QVariantMap& binds,
                                    bool denseSearch) const
{
    QStringList where{m_session.summaryScope()};
    binds.insert(m_session.scopeBinds());

    const TextFold::SearchTerms terms = TextFold::searchTerms(f.search);
    if (!terms.words.isEmpty()) {
        // Few matches: look them up by rowid and sort them. Many (a two-letter prefix): walk
        // the sort index and test membership ("+" keeps SQLite from the rowid lookups),
        // which stops after one page.
        QString words = QStringLiteral("%1s.rowid IN (SELECT rowid FROM search_index WHERE "
                                       "search_index MATCH :fts)")
                            .arg(denseSearch ? QStringLiteral("+") : QString());
        binds.insert(QStringLiteral(":fts"), TextFold::ftsPrefixQuery(terms.words));
        if (!terms.taxCodePrefix.isEmpty()) {
            // "FRNFRC": a name, or the start of a codice fiscale.
            QString end = terms.taxCodePrefix;
            end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
            binds.insert(QStringLiteral(":cf"), terms.taxCodePrefix);
            binds.insert(QStringLiteral(":cfEnd"), end);
            words = QStringLiteral("(%1 OR s.debtor_id IN (SELECT * FROM (SELECT id FROM debtor "
                                   "WHERE tax_code >= :cf AND tax_code < :cfEnd LIMIT %2)))")
                        .arg(words)
                        .arg(PortfolioQuery::CodeMatchLimit);
        }
        where << words;
    }
    // Codes and numbers: prefix ranges on B-tree indexes, each from a length where it
    // starts to be selective (a 3-digit prefix of every PagoPA notice is not a search).
    for (int i = 0; i < terms.codes.size(); ++i) {
        const QString code = terms.codes.at(i);
        const QString from = QStringLiteral(":code%1").arg(i);
        const QString to = QStringLiteral(":codeEnd%1").arg(i);
        QString end = code;
        end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
        binds.insert(from, code);
        binds.insert(to, end);
        QStringList any;
        const auto range = [&](const char* table, const char* idColumn, const char* column) {
            // Bounded: a prefix shared by half the portfolio narrows as more is typed.
            any << QStringLiteral("SELECT * FROM (SELECT %1 FROM %2 WHERE %3 >= %4 AND %3 < %5 "
                                  "LIMIT %6)")
                       .arg(QLatin1String(idColumn), QLatin1String(table), QLatin1String(column),
                            from, to)
                       .arg(PortfolioQuery::CodeMatchLimit);
        };
        if (code.size() >= 2)
            range("debtor", "id", "customer_code");
        if (code.size() >= 3)
            range("debtor", "id", "tax_code");
        if (code.size() >= 4) {
            range("debtor", "id", "vat_number");
            range("invoice", "debtor_id", "number");
        }
        bool digitsOnly = true;
        for (const QChar c : code)
            digitsOnly = digitsOnly && c.isDigit();
        if (digitsOnly && code.size() >= 12)
            range("invoice", "debtor_id", "pagopa_notice");
        if (i == 0 && terms.phoneDigits.size() >= 4) {
            QString phoneEnd = QStringLiteral("+39") + terms.phoneDigits;
            phoneEnd[phoneEnd.size() - 1] = QChar(phoneEnd.at(phoneEnd.size() - 1).unicode() + 1);
            binds.insert(QStringLiteral(":phone"), QStringLiteral("+39") + terms.phoneDigits);
            binds.insert(QStringLiteral(":phoneEnd"), phoneEnd);
            any << QStringLiteral("SELECT * FROM (SELECT debtor_id FROM contact WHERE value >= "
                                  ":phone AND value < :phoneEnd LIMIT %1)")
                       .arg(PortfolioQuery::CodeMatchLimit);
        }
        if (any.isEmpty())
            where << QStringLiteral("0"); // too short to be selective: no match yet
        else
            where << QStringLiteral("s.debtor_id IN (%1)")
                         .arg(any.join(QStringLiteral(" UNION ALL ")));
    }
    if (!f.agingBuckets.isEmpty()) {
        QStringList in;
        for (int b : f.agingBuckets)
            in << QString::number(qBound(-1, b, 5));
        where << QStringLiteral("s.aging_bucket IN (%1)").arg(in.join(QLatin1Char(',')));
    }
    if (!f.stages.isEmpty()) {
        QStringList in;
        for (int i = 0; i < f.stages.size(); ++i) {
            const QString name = QStringLiteral(":stage%1").arg(i);
            in << name;
            binds.insert(name, f.stages.at(i));
        }
        where << QStringLiteral("s.stage IN (%1)").arg(in.join(QLatin1Char(',')));
    }
    if (!f.planPromise.isEmpty()) {
        QStringList any;
        for (const QString& p : f.planPromise) {
            if (p == QLatin1String("none"))
                any << QStringLiteral("(s.plan_status = '' AND s.promise_status = '')");
            else if (p.startsWith(QLatin1String("plan_")))
                any << QStringLiteral("s.plan_status = '%1'")
                           .arg(p.mid(5).remove(QLatin1Char('\'')));
            else if (p.startsWith(QLatin1String("promise_")))
                any << QStringLiteral("s.promise_status = '%1'")
                           .arg(p.mid(8).remove(QLatin1Char('\'')));
        }
        if (!any.isEmpty())
            where << QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
    }
    if (f.flagsAll != 0) {
        where << QStringLiteral("(s.flags & :flags) = :flags");
        binds.insert(QStringLiteral(":flags"), f.flagsAll);
    }
    if (f.dueWithinDays >= 0) {
        where << QStringLiteral("s.next_due_date <= :dueLimit");
        binds.insert(QStringLiteral(":dueLimit"),
                     isoDate(m_clock.today().addDays(f.dueWithinDays)));
    }
    if (!f.province.isEmpty()) {
        where << QStringLiteral("s.province = :province");
        binds.insert(QStringLiteral(":province"), f.province);
    }
    if (!f.operatorId.isEmpty()) {
        where << QStringLiteral("s.operator_key = ") + scopeKeySql(QStringLiteral(":operator"));
        binds.insert(QStringLiteral(":operator"), f.operatorId);
    }
    if (f.drill)
        where << QStringLiteral("s.debtor_id IN (%1)")
                     .arg(TeamBoardQuery::rowsBehind(*f.drill, QStringLiteral("debtor_id"), binds,
                                                     m_clock));
    return where.join(QStringLiteral(" AND "));
}

bool PortfolioQuery::scopeIsMostOfStore() const
{
    if (m_scopeIsMost < 0) {
        // An operator's scope has its own indexes (ps_op_*); an administrator's is the store.
        m_scopeIsMost = 0;
        if (m_session.role() == Role::Admin) {
            m_scopeIsMost = 1;
        } else if (m_session.role() == Role::TeamLead) {
            QSqlQuery q(m_db.sql());
            q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM debtor_summary WHERE client_key "
                                     "= %1) * 4 >= (SELECT count(*) FROM debtor_summary)")
                          .arg(scopeKeySql(QStringLiteral("?"))));
            q.addBindValue(m_session.clientId());
            m_scopeIsMost = q.exec() && q.next() && q.value(0).toBool() ? 1 : 0;
        }
    }
    return m_scopeIsMost == 1;
}

int PortfolioQuery::count(const PortfolioFilter& filter) const
{
    QVariantMap binds;
    QSqlQuery q(m_db.sql());
    // While searching, counting every match of a two-letter prefix is wasted work: stop
    // past SearchCountLimit ("more than 1,000").
    const QString where = whereClause(filter, binds);
    if (filter.search.trimmed().isEmpty())
        q.prepare(
            QStringLiteral("SELECT count(*) FROM debtor_summary s %1 WHERE %2")
                .arg(scopeIsMostOfStore() ? QStringLiteral("NOT INDEXED") : QString(), where));
    else
        q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM debtor_summary s WHERE %1 "
                                 "LIMIT %2)")
                      .arg(where)
                      .arg(SearchCountLimit + 1));
    bindNamed(q, binds);
    if (q.exec() && q.next())
        return q.value(0).toInt();
    return 0;
}

QVector<PortfolioRow> PortfolioQuery::page(const PortfolioFilter& filter, const PortfolioSort& sort,
                                           const PortfolioRow* after, int limit) const
{
    QVector<PortfolioRow> rows;
    QVariantMap binds;
    const TextFold::SearchTerms terms = TextFold::searchTerms(filter.search);
    const bool dense = !terms.words.isEmpty() &&
                       searchMatches(TextFold::ftsPrefixQuery(terms.words)) > DenseSearchMatches;
    QString where = whereClause(filter, binds, dense);
    const QString column = QLatin1String(sortColumn(sort.key));
    const QString dir = sort.descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    if (after) {
        where += QStringLiteral(" AND (%1, s.rowid) %2 (:afterValue, :afterRow)")
                     .arg(column, sort.descending ? QStringLiteral("<") : QStringLiteral(">"));
        binds.insert(QStringLiteral(":afterValue"), after->sortValue);
        binds.insert(QStringLiteral(":afterRow"), after->rowid);
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT s.rowid, s.debtor_id, s.display_name, s.customer_code, s.city, "
                       "s.province, COALESCE(u.display_name, ''), s.outstanding_cents, "
                       "s.overdue_cents, s.oldest_overdue_due, s.aging_bucket, s.stage, "
                       "s.plan_status, s.promise_status, s.next_action_kind, s.next_action_at, "
                       "s.last_contact_at, s.last_outcome, s.last_emotion, s.csat_last, "
                       "s.csat_previous, s.flags, %1 "
                       "FROM debtor_summary s LEFT JOIN app_user u ON u.id = s.operator_id "
                       "WHERE %2 ORDER BY %1 %3, s.rowid %3 LIMIT :limit")
            .arg(column, where, dir));
    binds.insert(QStringLiteral(":limit"), limit);
    bindNamed(q, binds);
    if (!q.exec())
        return rows;
    rows.reserve(limit);
    while (q.next()) {
        PortfolioRow r;
        r.rowid = q.value(0).toLongLong();
        r.id = q.value(1).toString();
        r.displayName = q.value(2).toString();
        r.customerCode = q.value(3).toString();
        r.city = q.value(4).toString();
        r.province = q.value(5).toString();
        r.operatorName = q.value(6).toString();
        r.outstanding = Money::fromCents(q.value(7).toLongLong());
        r.overdue = Money::fromCents(q.value(8).toLongLong());
        r.oldestOverdueDue = storedDate(q.value(9));
        r.agingBucket = q.value(10).toInt();
        r.stage = q.value(11).toString();
        r.planStatus = q.value(12).toString();
        r.promiseStatus = q.value(13).toString();
        r.nextActionKind = q.value(14).toString();
        r.nextActionAt = storedDate(q.value(15));
        const QString contact = q.value(16).toString();
        if (!contact.isEmpty())
            r.lastContactAt = QDateTime::fromString(contact, Qt::ISODate);
        r.lastOutcome = q.value(17).toString();
        r.lastEmotion = q.value(18).toString();
        r.csatLast = q.value(19).toInt();
        r.csatPrevious = q.value(20).toInt();
        r.flags = q.value(21).toInt();
        r.sortValue = q.value(22);
        rows.push_back(r);
    }
    return rows;
}

PortfolioKpis PortfolioQuery::kpis() const
{
    const QDate today = m_clock.today();
    PortfolioKpis k;
    QVariantMap binds;
    const QString scope = whereClause({}, binds);
    binds.insert(QStringLiteral(":today"), isoDate(today));
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral(
                      "SELECT count(*), COALESCE(SUM(s.outstanding_cents), 0), "
                      "COALESCE(SUM(s.overdue_cents), 0), COALESCE(SUM(s.billed_90d_cents), 0), "
                      "COALESCE(SUM(s.promise_status = 'due_today'), 0), "
                      "COALESCE(SUM(s.caring_due <= date(:today, '+' || c.caring_window_days || "
                      "' days') AND s.overdue_cents = 0 AND (s.last_conversation_at = '' OR "
                      "s.last_conversation_at < date(:today, '-' || c.caring_window_days || "
                      "' days'))), 0) "
                      "FROM debtor_summary s JOIN client c ON c.id = s.client_id WHERE %1")
                      .arg(scope));
        bindNamed(q, binds);
        if (q.exec() && q.next()) {
            k.debtors = q.value(0).toInt();
            k.outstanding = Money::fromCents(q.value(1).toLongLong());
            k.overdue = Money::fromCents(q.value(2).toLongLong());
            k.billedLast90Days = Money::fromCents(q.value(3).toLongLong());
            k.promisesDueToday = q.value(4).toInt();
            k.caringPending = q.value(5).toInt();
        }
    }
    k.dsoDays = CollectionKpi::dsoSimpleDays(k.outstanding, k.billedLast90Days);
    {
        QSqlQuery q(m_db.sql());
        QVariantMap b = binds;
        b.insert(QStringLiteral(":monthStart"), isoDate(QDate(today.year(), today.month(), 1)));
        q.prepare(QStringLiteral("SELECT COALESCE(SUM(p.amount_cents), 0) FROM payment p JOIN "
                                 "debtor_summary s ON s.debtor_id = p.debtor_id WHERE p.paid_on "
                                 ">= :monthStart AND p.paid_on <= :today AND %1")
                      .arg(scope));
        bindNamed(q, b);
        if (q.exec() && q.next())
            k.collectedThisMonth = Money::fromCents(q.value(0).toLongLong());
    }
    {
        QSqlQuery q(m_db.sql());
        QVariantMap b = binds;
        b.insert(QStringLiteral(":weekEnd"), isoDate(today.addDays(7 - today.dayOfWeek())));
        q.prepare(QStringLiteral("SELECT count(*) FROM installment i JOIN plan p ON p.id = "
                                 "i.plan_id JOIN debtor_summary s ON s.debtor_id = p.debtor_id "
                                 "WHERE i.status IN ('open', 'late') AND i.due_date >= :today AND "
                                 "i.due_date <= :weekEnd AND p.status = 'active' AND %1")
                      .arg(scope));
        bindNamed(q, b);
        if (q.exec() && q.next())
            k.installmentsDueThisWeek = q.value(0).toInt();
    }
    {
        QSqlQuery q(m_db.sql());
        QVariantMap b = binds;
        b.insert(QStringLiteral(":since"), isoDate(today.addDays(-90)));
        q.prepare(QStringLiteral("SELECT count(v.csat), COALESCE(SUM(v.csat >= 4), 0), "
                                 "count(v.ces), COALESCE(SUM(v.ces), 0), count(v.nps), "
                                 "COALESCE(SUM(v.nps >= 9), 0), COALESCE(SUM(v.nps <= 6), 0) "
                                 "FROM survey v JOIN debtor_summary s ON s.debtor_id = "
                                 "v.debtor_id WHERE v.created_at >= :since AND %1")
                      .arg(scope));
        bindNamed(q, b);
        if (q.exec() && q.next()) {
            SatisfactionScores::Tally t;
            t.csatAnswers = q.value(0).toInt();
            t.satisfied = q.value(1).toInt();
            t.cesAnswers = q.value(2).toInt();
            t.effortSum = q.value(3).toInt();
            t.npsAnswers = q.value(4).toInt();
            t.promoters = q.value(5).toInt();
            t.detractors = q.value(6).toInt();
            k.satisfaction = SatisfactionScores::fromTally(t);
        }
    }
    return k;
}

QStringList PortfolioQuery::provinces() const
{
    QVariantMap binds;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT DISTINCT s.province FROM debtor_summary s WHERE %1 AND "
                             "s.province <> '' ORDER BY 1")
                  .arg(whereClause({}, binds)));
    bindNamed(q, binds);
    QStringList out;
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

QVector<QPair<QString, QString>> PortfolioQuery::operators() const
{
    QVector<QPair<QString, QString>> out;
    QSqlQuery q(m_db.sql());
    if (m_session.role() == Role::Operator) {
        out.push_back({m_session.userId(), m_session.displayName()});
        return out;
    }
    if (m_session.role() == Role::TeamLead) {
        q.prepare(QStringLiteral("SELECT id, display_name FROM app_user WHERE role = 'operator' "
                                 "AND client_id = ? ORDER BY display_name"));
        q.addBindValue(m_session.clientId());
    } else {
        q.prepare(QStringLiteral("SELECT id, display_name FROM app_user WHERE role = 'operator' "
                                 "ORDER BY display_name"));
    }
    if (q.exec())
        while (q.next())
            out.push_back({q.value(0).toString(), q.value(1).toString()});
    return out;
}

} // namespace ascolto

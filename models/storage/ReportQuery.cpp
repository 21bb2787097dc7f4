#include "ReportQuery.h"

#include "BulkLoad.h"
#include "ClientRepository.h"
#include "Database.h"
#include "Ids.h"
#include "Session.h"

#include "domain/Aging.h"
#include "domain/CallOutcome.h"

#include <QCoreApplication>
#include <QHash>

#include <sqlite3.h>

#include <string>
#include <string_view>
#include <unordered_map>

namespace ascolto {

namespace {

// The period's parameters, by number in every statement: ?1 client, ?2 first day, ?3 last
// day, ?4 / ?5 the same days as UTC instants (the second excluded: the day after the last),
// ?6 operator ("" for the whole client), ?7 today, ?8 / ?9 a wider first day and instant.
struct Params
{
    QByteArray values[9];
};

// BulkLoad's statement, bound with the period's parameters (those the SQL does not name are
// refused by SQLite and ignored), remembering why a read stopped early.
class Query : public BulkLoad::Statement
{
public:
    Query(sqlite3* db, const QString& sql, const Params& params)
        : BulkLoad::Statement(db, sql.toUtf8().constData())
    {
        if (!isValid()) {
            m_problem = error();
            return;
        }
        for (int i = 1; i <= 9; ++i)
            text(i, params.values[i - 1].constData(), int(params.values[i - 1].size()));
    }
    bool next()
    {
        if (!isValid())
            return false;
        if (step())
            return true;
        if (!done())
            m_problem = error();
        return false;
    }
    QString string(int column) const
    {
        const std::string_view v = columnText(column);
        return QString::fromUtf8(v.data(), qsizetype(v.size()));
    }
    // Empty unless the statement could not be prepared or a step failed.
    const QString& problem() const { return m_problem; }

private:
    QString m_problem;
};

// The Julian day of an ISO date ("2026-11-30", or the date part of an instant); 0 if none.
qint64 dayOf(std::string_view iso)
{
    if (iso.size() < 10 || iso[4] != '-' || iso[7] != '-')
        return 0;
    const auto number = [&](size_t at, size_t len) {
        int v = 0;
        for (size_t i = at; i < at + len; ++i) {
            if (iso[i] < '0' || iso[i] > '9')
                return -1;
            v = v * 10 + (iso[i] - '0');
        }
        return v;
    };
    const QDate d(number(0, 4), number(5, 2), number(8, 2));
    return d.isValid() ? d.toJulianDay() : 0;
}

QDate firstOfMonth(const QDate& d)
{
    return QDate(d.year(), d.month(), 1);
}

int monthsBetween(const QDate& from, const QDate& to)
{
    return (to.year() - from.year()) * 12 + to.month() - from.month();
}

// What is still owed on a bill at the end of a day: the amount less what the client reported
// paid and the payments allocated up to that day.
struct Bill
{
    qint64 issue = 0, due = 0, amount = 0, clientPaid = 0;
    std::vector<std::pair<qint64, qint64>> allocations; // day, cents

    qint64 owedOn(qint64 day) const
    {
        if (allocations.empty())
            return std::max<qint64>(0, amount - clientPaid);
        qint64 paid = clientPaid;
        for (const auto& [d, cents] : allocations)
            if (d <= day)
                paid += cents;
        return std::max<qint64>(0, amount - paid);
    }
};

// The aging class of what a bill owes on a day: 0 not yet due, then 1 + the Aging bucket.
int agingClass(qint64 due, qint64 day)
{
    const qint64 late = day - due;
    if (late <= 0)
        return 0;
    return 1 + int(Aging::bucketForDays(int(late)));
}

struct DebtorState
{
    qint64 owedAtOpening = 0, overdueAtOpening = 0, oldestLateAtOpening = 0;
    qint64 owedAtClosing = 0, overdueAtClosing = 0;
    qint64 lastPaymentInPeriod = 0; // Julian day, 0: none
    bool placedInPeriod = false;
    // Open bills at the closing, of them prescribed (the two-year prescription of the 2018
    // budget law, for bills it covers), and the day the last of them prescribed.
    qint64 openAtClosing = 0, prescribedAtClosing = 0, lastPrescription = 0;
};

QString calls()
{
    return QStringLiteral("i.channel IN ('phone_out', 'phone_in', 'visit')");
}

QString conversation()
{
    QStringList quoted;
    for (const QString& code : CallOutcome::notConversations())
        quoted << QLatin1Char('\'') + code + QLatin1Char('\'');
    return QStringLiteral("coalesce(i.outcome, '') NOT IN (%1)").arg(quoted.join(u','));
}

} // namespace

ReportQuery::ReportQuery(Database& db, const Clock& clock)
    : m_db(db)
    , m_clock(clock)
{}

Status ReportQuery::allowed(const Session& session, const QString& clientId) const
{
    if (!session.reportsOn(clientId))
        return Status::failure(
            Session::notAllowed(tr("read this client's reports (its team leads and the "
                                   "administrators may)")));
    return Status::success();
}

Result<ReportFacts> ReportQuery::facts(const Session& session, const ReportFilter& filter,
                                       const std::function<bool(int)>& progress) const
{
    using R = Result<ReportFacts>;
    if (Status s = allowed(session, filter.clientId); !s)
        return R::failure(s.error());
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return R::failure(tr("The period must start on or before the day it ends."));
    const auto config = ClientRepository(m_db, m_clock).configById(filter.clientId);
    if (!config)
        return R::failure(config.error());
    bool cancelled = false;
    const auto step = [&](int percent) {
        if (progress && !progress(percent))
            cancelled = true;
        return !cancelled;
    };
    const auto cancelledResult = [] {
        return R::failure(tr("The report was cancelled."));
    };

    ReportFacts f;
    f.filter = filter;
    f.today = m_clock.today();
    f.client = config->client;
    const QDate history = firstOfMonth(filter.from).addMonths(-12);
    Params p;
    p.values[0] = filter.clientId.toUtf8();
    p.values[1] = isoDate(filter.from).toUtf8();
    p.values[2] = isoDate(filter.to).toUtf8();
    p.values[3] = isoUtc(filter.from.startOfDay()).toUtf8();
    p.values[4] = isoUtc(filter.to.addDays(1).startOfDay()).toUtf8();
    p.values[5] = filter.operatorId.toUtf8();
    p.values[6] = isoDate(f.today).toUtf8();
    p.values[7] = isoDate(history).toUtf8();
    p.values[8] = isoUtc(history.startOfDay()).toUtf8();
    sqlite3* h = m_db.handle();
    const bool oneOperator = !filter.operatorId.isEmpty();
    // Portfolio facts: the debtors the operator is the interlocutor of now.
    const auto debtorsOf = [&](const QString& column) {
        return oneOperator ? QStringLiteral(" AND %1 IN (SELECT id FROM debtor WHERE "
                                            "assigned_operator_id = ?6)")
                                 .arg(column)
                           : QString();
    };
    // Activity facts: what the operator did.
    const auto by = [&](const QString& column) {
        return oneOperator ? QStringLiteral(" AND %1 = ?6").arg(column) : QString();
    };
    if (oneOperator) {
        Query q(h, QStringLiteral("SELECT display_name FROM app_user WHERE id = ?6"), p);
        if (q.next())
            f.operatorName = q.string(0);
    }
    const qint64 opening = filter.from.toJulianDay() - 1;
    const qint64 closing = filter.to.toJulianDay();
    const qint64 from = filter.from.toJulianDay();
    const qint64 todayDay = f.today.toJulianDay();

    // Months from the history's first to the period's last, and their last days.
    for (QDate m = history; m <= filter.to; m = m.addMonths(1)) {
        ReportFacts::Month month;
        month.first = m;
        month.days = m.daysTo(std::min(m.addMonths(1).addDays(-1), filter.to)) + 1;
        f.months.push_back(month);
    }
    QVector<qint64> monthEnds;
    for (const ReportFacts::Month& m : std::as_const(f.months))
        monthEnds.push_back(m.first.toJulianDay() + m.days - 1);
    const QDate firstCohort = firstOfMonth(filter.to).addMonths(-11);
    for (QDate m = firstCohort; m <= filter.to; m = m.addMonths(1)) {
        ReportFacts::Cohort c;
        c.month = m;
        c.collected.resize(monthsBetween(m, filter.to) + 1);
        f.cohorts.push_back(c);
    }

    // Caring calls by debtor (local days), for the bills due in the period.
    const int window = config->client.rules.caringWindowDays;
    std::unordered_map<std::string, std::vector<qint64>> caringDays;
    {
        Params wide = p;
        wide.values[3] = isoUtc(filter.from.addDays(-window - 1).startOfDay()).toUtf8();
        Query q(h,
                QStringLiteral("SELECT i.debtor_id, date(i.started_at, 'localtime') FROM "
                               "interaction i WHERE i.client_id = ?1 AND i.purpose = 'caring' AND "
                               "%1 AND i.started_at >= ?4 AND i.started_at < ?5%2")
                    .arg(calls(), debtorsOf(QStringLiteral("i.debtor_id"))),
                wide);
        while (q.next())
            caringDays[std::string(q.columnText(0))].push_back(dayOf(q.columnText(1)));
        if (!q.problem().isEmpty())
            return R::failure(q.problem());
    }
    if (!step(5))
        return cancelledResult();

    // One pass over the client's bills issued up to the period's end.
    struct CaringBill
    {
        qint64 debtor;
        bool called, onTime;
    };
    std::vector<CaringBill> caringBills;
    std::unordered_map<std::string, qint64> debtorIndex;
    std::vector<DebtorState> debtors;
    std::vector<std::string> debtorIds;
    bool oneClient = false;
    {
        // A store that serves one client reads its tables in file order (NOT INDEXED): with
        // a single client the planner skip-scans the (client, date) indexes instead, a page
        // read for every few rows (2.5 s instead of 0.2 s for a million bills).
        {
            Query c(h, QStringLiteral("SELECT count(*) FROM client"), p);
            oneClient = c.next() && c.column64(0) <= 1;
        }
        // The payments allocated to the client's bills, read once rather than bill by bill: in
        // a store of one client, the payments' days by id, then every allocation in file
        // order; else from the client's payments to their allocations.
        std::unordered_map<std::string, std::vector<std::pair<qint64, qint64>>> paid;
        if (oneClient) {
            std::unordered_map<std::string, qint64> dayOfPayment;
            Query pay(h,
                      QStringLiteral(
                          "SELECT p.id, p.paid_on FROM payment p NOT INDEXED WHERE p.client_id = "
                          "?1 AND p.paid_on <= ?3%1")
                          .arg(debtorsOf(QStringLiteral("p.debtor_id"))),
                      p);
            while (pay.next())
                dayOfPayment.emplace(std::string(pay.columnText(0)), dayOf(pay.columnText(1)));
            if (!pay.problem().isEmpty())
                return R::failure(pay.problem());
            Query a(h,
                    QStringLiteral("SELECT a.invoice_id, a.payment_id, a.amount_cents FROM "
                                   "payment_allocation a WHERE a.invoice_id IS NOT NULL"),
                    p);
            std::string key;
            while (a.next()) {
                key.assign(a.columnText(1));
                if (const auto day = dayOfPayment.find(key); day != dayOfPayment.end())
                    paid[std::string(a.columnText(0))].emplace_back(day->second, a.column64(2));
            }
            if (!a.problem().isEmpty())
                return R::failure(a.problem());
        } else {
            Query a(h,
                    QStringLiteral("SELECT a.invoice_id, p.paid_on, a.amount_cents FROM payment p "
                                   "JOIN payment_allocation a ON a.payment_id = p.id WHERE "
                                   "p.client_id = ?1 AND p.paid_on <= ?3 AND a.invoice_id IS NOT "
                                   "NULL%1")
                        .arg(debtorsOf(QStringLiteral("p.debtor_id"))),
                    p);
            while (a.next())
                paid[std::string(a.columnText(0))].emplace_back(dayOf(a.columnText(1)),
                                                                a.column64(2));
            if (!a.problem().isEmpty())
                return R::failure(a.problem());
        }
        if (!step(15))
            return cancelledResult();
        Query q(h,
                QStringLiteral("SELECT i.debtor_id, i.issue_date, i.due_date, i.amount_cents, "
                               "i.client_paid_cents, i.id, i.paid_cents > i.client_paid_cents, "
                               "i.prescription_covered "
                               "FROM invoice i %2 WHERE i.client_id = ?1 AND i.cancelled = 0 AND "
                               "i.issue_date <= ?3%1")
                    .arg(debtorsOf(QStringLiteral("i.debtor_id")),
                         oneClient ? QStringLiteral("NOT INDEXED") : QString()),
                p);
        Bill bill;
        qint64 rows = 0;
        std::string lastDebtor;
        qint64 lastIndex = -1;
        while (q.next()) {
            if (++rows % 20000 == 0 && !step(15 + int(std::min<qint64>(rows / 20000, 50))))
                return cancelledResult();
            const std::string_view debtorId = q.columnText(0);
            // A debtor's bills mostly come together: the last one found is tried first.
            if (lastIndex < 0 || debtorId != lastDebtor) {
                lastDebtor.assign(debtorId);
                auto found = debtorIndex.find(lastDebtor);
                if (found == debtorIndex.end()) {
                    found = debtorIndex.emplace(lastDebtor, qint64(debtors.size())).first;
                    debtors.emplace_back();
                    debtorIds.emplace_back(debtorId);
                }
                lastIndex = found->second;
            }
            DebtorState& d = debtors[size_t(lastIndex)];
            bill.issue = dayOf(q.columnText(1));
            bill.due = dayOf(q.columnText(2));
            bill.amount = q.column64(3);
            bill.clientPaid = q.column64(4);
            bill.allocations.clear();
            if (q.column64(6) != 0) {
                if (const auto a = paid.find(std::string(q.columnText(5))); a != paid.end())
                    bill.allocations = a->second;
            }
            const QDate issued = QDate::fromJulianDay(bill.issue);
            // Aging at the opening and the closing.
            if (bill.issue <= opening) {
                const qint64 owed = bill.owedOn(opening);
                if (owed > 0) {
                    const int c = agingClass(bill.due, opening);
                    f.openingCents[size_t(c)] += owed;
                    ++f.openingBills[size_t(c)];
                    d.owedAtOpening += owed;
                    if (c > 0) {
                        d.overdueAtOpening += owed;
                        d.oldestLateAtOpening = std::max(d.oldestLateAtOpening, opening - bill.due);
                    }
                }
            } else if (bill.issue >= from) {
                f.placedInPeriod += bill.amount;
                d.placedInPeriod = true;
            }
            const qint64 owedAtClosing = bill.owedOn(closing);
            if (owedAtClosing > 0) {
                const int c = agingClass(bill.due, closing);
                f.closingCents[size_t(c)] += owedAtClosing;
                ++f.closingBills[size_t(c)];
                d.owedAtClosing += owedAtClosing;
                if (c > 0)
                    d.overdueAtClosing += owedAtClosing;
                ++d.openAtClosing;
                const qint64 prescribes = QDate::fromJulianDay(bill.due).addYears(2).toJulianDay();
                if (q.column64(7) != 0 && prescribes <= closing) {
                    ++d.prescribedAtClosing;
                    d.lastPrescription = std::max(d.lastPrescription, prescribes);
                }
            }
            for (const auto& [day, cents] : bill.allocations) {
                if (day >= from && day <= closing && cents > 0)
                    d.lastPaymentInPeriod = std::max(d.lastPaymentInPeriod, day);
            }
            // Month by month: billed, and the receivables at each month's end.
            if (issued >= history) {
                const int m = monthsBetween(history, issued);
                if (m < f.months.size())
                    f.months[m].billed += bill.amount;
            }
            for (int m = 0; m < monthEnds.size(); ++m) {
                if (bill.issue > monthEnds[m])
                    continue;
                const qint64 owed = bill.owedOn(monthEnds[m]);
                f.months[m].receivables += owed;
                if (bill.due >= monthEnds[m])
                    f.months[m].current += owed;
            }
            // Stair-step: placed in a month, collected in each month since.
            if (issued >= firstCohort) {
                ReportFacts::Cohort& cohort = f.cohorts[monthsBetween(firstCohort, issued)];
                cohort.placed += bill.amount;
                for (const auto& [day, cents] : bill.allocations) {
                    const int age =
                        std::max(0, monthsBetween(firstOfMonth(issued), QDate::fromJulianDay(day)));
                    if (age < cohort.collected.size())
                        cohort.collected[age] += cents;
                }
            }
            // The caring effect: bills due in the period whose outcome is known (due before
            // today).
            if (bill.due >= from && bill.due <= closing && bill.due < todayDay) {
                bool called = false;
                if (const auto calls = caringDays.find(debtorIds[size_t(lastIndex)]);
                    calls != caringDays.end()) {
                    for (const qint64 c : calls->second)
                        called = called || (c <= bill.due && bill.due <= c + window);
                }
                caringBills.push_back({lastIndex, called, bill.owedOn(bill.due) == 0});
            }
        }
        if (!q.problem().isEmpty())
            return R::failure(q.problem());
    }
    for (const DebtorState& d : debtors) {
        if (d.overdueAtOpening > 0) {
            ++f.delinquentDebtors;
            if (d.overdueAtClosing == 0)
                ++f.curedDebtors;
        }
    }
    // Aging classes of the caring effect: nothing overdue at the opening, up to 90 days,
    // longer.
    f.caring.resize(3);
    for (const CaringBill& b : caringBills) {
        const DebtorState& d = debtors[size_t(b.debtor)];
        const int c = d.overdueAtOpening == 0 ? 0 : d.oldestLateAtOpening <= 90 ? 1 : 2;
        CollectionKpi::CaringClass& k = f.caring[c];
        if (b.called) {
            ++k.calledBills;
            k.calledPaidOnTime += b.onTime ? 1 : 0;
        } else {
            ++k.otherBills;
            k.otherPaidOnTime += b.onTime ? 1 : 0;
        }
    }
    if (!step(70))
        return cancelledResult();

    // Payments: by month (history included) and, in the period, by channel.
    {
        Query q(h,
                QStringLiteral("SELECT substr(p.paid_on, 1, 7), p.channel, count(*), "
                               "sum(p.amount_cents), p.paid_on >= ?2 FROM payment p %2 WHERE "
                               "p.client_id = ?1 AND p.paid_on >= ?8 AND p.paid_on <= ?3%1 "
                               "GROUP BY 1, 2, 5 ORDER BY 1, 2")
                    .arg(debtorsOf(QStringLiteral("p.debtor_id")),
                         oneClient ? QStringLiteral("NOT INDEXED") : QString()),
                p);
        while (q.next()) {
            const QDate month = QDate::fromString(q.string(0) + QStringLiteral("-01"), Qt::ISODate);
            const int m = monthsBetween(history, month);
            if (m >= 0 && m < f.months.size())
                f.months[m].collected += q.column64(3);
            if (q.column64(4) == 0)
                continue;
            f.collectedInPeriod += q.column64(3);
            f.paymentsInPeriod += q.column64(2);
            if (!f.collections.isEmpty() && f.collections.last().month == month &&
                f.collections.last().channel == q.string(1)) {
                f.collections.last().payments += q.column64(2);
                f.collections.last().cents += q.column64(3);
            } else {
                f.collections.push_back({month, q.string(1), q.column64(2), q.column64(3)});
            }
        }
        if (!q.problem().isEmpty())
            return R::failure(q.problem());
    }
    if (!step(75))
        return cancelledResult();

    // Plans and promises.
    const auto count = [&](const QString& sql, std::initializer_list<qint64*> out) -> Status {
        Query q(h, sql, p);
        if (q.next()) {
            int c = 0;
            for (qint64* o : out)
                *o = q.column64(c++);
        }
        return q.problem().isEmpty() ? Status::success() : Status::failure(q.problem());
    };
    const QString createdBy = by(QStringLiteral("pl.created_by"));
    if (Status s = count(
            QStringLiteral(
                "SELECT sum(pl.status = 'active'), sum(pl.created_at >= ?4 AND pl.created_at < "
                "?5 AND pl.status NOT IN ('rejected', 'awaiting_approval')), "
                "sum(CASE WHEN pl.created_at >= ?4 AND pl.created_at < ?5 AND pl.status NOT IN "
                "('rejected', 'awaiting_approval') THEN pl.total_cents - pl.discount_cents END), "
                "sum(pl.status = 'completed' AND pl.closed_at >= ?4 AND pl.closed_at < ?5), "
                "sum(pl.status = 'broken' AND pl.closed_at >= ?4 AND pl.closed_at < ?5), "
                "sum(pl.replaces_plan_id IS NOT NULL AND pl.created_at >= ?4 AND pl.created_at < "
                "?5) FROM plan pl WHERE pl.client_id = ?1%1")
                .arg(createdBy),
            {&f.plansActive, &f.plansAgreed, &f.plansFinanced, &f.plansCompleted, &f.plansBroken,
             &f.plansRenegotiated});
        !s)
        return R::failure(s.error());
    if (Status s = count(
            QStringLiteral(
                "SELECT count(*), sum((SELECT coalesce(sum(a.amount_cents), 0) FROM "
                "payment_allocation a JOIN payment py ON py.id = a.payment_id WHERE "
                "a.installment_id = n.id AND py.paid_on <= n.due_date) >= n.amount_cents) FROM "
                "installment n JOIN plan pl ON pl.id = n.plan_id WHERE pl.client_id = ?1 AND "
                "n.due_date >= ?2 AND n.due_date <= ?3 AND n.due_date < ?7 AND pl.status NOT IN "
                "('rejected', 'awaiting_approval')%1")
                .arg(createdBy),
            {&f.installmentsDue, &f.installmentsOnTime});
        !s)
        return R::failure(s.error());
    if (Status s = count(
            QStringLiteral(
                "SELECT sum(pr.created_at >= ?4 AND pr.created_at < ?5), sum(CASE WHEN "
                "pr.created_at >= ?4 AND pr.created_at < ?5 THEN pr.amount_cents END), "
                "sum(pr.due_date >= ?2 AND pr.due_date <= ?3 AND pr.status IN ('kept', "
                "'broken')), sum(pr.due_date >= ?2 AND pr.due_date <= ?3 AND pr.status = "
                "'kept'), sum(pr.due_date >= ?2 AND pr.due_date <= ?3 AND pr.status = 'broken') "
                "FROM promise pr JOIN interaction i ON i.id = pr.interaction_id WHERE "
                "i.client_id = ?1%1")
                .arg(by(QStringLiteral("i.operator_id"))),
            {&f.promisesMade, &f.promisesMadeCents, &f.promisesDue, &f.promisesKept,
             &f.promisesBroken});
        !s)
        return R::failure(s.error());
    if (!step(80))
        return cancelledResult();

    // Calls: the funnel, caring calls, messages.
    const QString inPeriod = QStringLiteral("i.client_id = ?1 AND i.started_at >= ?4 AND "
                                            "i.started_at < ?5") +
                             by(QStringLiteral("i.operator_id"));
    if (Status s = count(
            QStringLiteral(
                "SELECT sum(%1), sum(%1 AND %2), sum(%1 AND (i.outcome IN ('promise', "
                "'plan_requested', 'paid_during_call') OR EXISTS (SELECT 1 FROM promise pr "
                "WHERE pr.interaction_id = i.id))), sum(%1 AND i.purpose = 'caring'), "
                "sum(i.outcome = 'sent'), count(DISTINCT CASE WHEN %1 AND %2 THEN i.debtor_id "
                "END) FROM interaction i WHERE %3")
                .arg(calls(), conversation(), inPeriod),
            {&f.attempts, &f.contacts, &f.agreements, &f.caringCalls, &f.messages,
             &f.contactedDebtors});
        !s)
        return R::failure(s.error());
    if (Status s = count(
            QStringLiteral("SELECT count(DISTINCT i.debtor_id) FROM interaction i WHERE %1 AND "
                           "%2 AND %3 AND EXISTS (SELECT 1 FROM payment p WHERE p.debtor_id = "
                           "i.debtor_id AND p.paid_on >= ?2 AND p.paid_on <= ?3)")
                .arg(calls(), conversation(), inPeriod),
            {&f.payers});
        !s)
        return R::failure(s.error());
    const auto codes = [&](const QString& sql, QVector<QPair<QString, qint64>>& out) -> Status {
        Query q(h, sql, p);
        while (q.next())
            out.push_back({q.string(0), q.column64(1)});
        return q.problem().isEmpty() ? Status::success() : Status::failure(q.problem());
    };
    if (Status s = codes(QStringLiteral("SELECT i.nonpayment_reason, count(*) FROM interaction i "
                                        "WHERE %1 AND coalesce(i.nonpayment_reason, '') <> '' "
                                        "GROUP BY 1 ORDER BY 2 DESC, 1")
                             .arg(inPeriod),
                         f.reasons);
        !s)
        return R::failure(s.error());
    // A call's emotions: a JSON array of codes (one code in rows written before it).
    if (Status s = codes(QStringLiteral("SELECT e.value, count(*) FROM interaction i JOIN "
                                        "json_each(CASE WHEN json_valid(i.emotion) AND "
                                        "json_type(i.emotion) = 'array' THEN i.emotion ELSE "
                                        "json_array(i.emotion) END) e WHERE %1 AND "
                                        "coalesce(i.emotion, '') NOT IN ('', '[]') AND "
                                        "coalesce(e.value, '') <> '' GROUP BY 1 ORDER BY 2 "
                                        "DESC, 1")
                             .arg(inPeriod),
                         f.emotions);
        !s)
        return R::failure(s.error());
    if (!step(85))
        return cancelledResult();

    // Surveys by month, and their comments.
    {
        Query q(h,
                QStringLiteral(
                    "SELECT substr(date(sv.created_at, 'localtime'), 1, 7), sum(sv.csat > 0), "
                    "sum(sv.csat >= 4), sum(sv.ces > 0), sum(CASE WHEN sv.ces > 0 THEN sv.ces "
                    "END), sum(sv.nps >= 0), sum(sv.nps >= 9), sum(sv.nps BETWEEN 0 AND 6) FROM "
                    "survey sv JOIN interaction i ON i.id = sv.interaction_id WHERE i.client_id "
                    "= ?1 AND sv.created_at >= ?4 AND sv.created_at < ?5%1 GROUP BY 1 ORDER BY 1")
                    .arg(by(QStringLiteral("i.operator_id"))),
                p);
        while (q.next()) {
            ReportFacts::SurveyMonth m;
            m.month = QDate::fromString(q.string(0) + QStringLiteral("-01"), Qt::ISODate);
            m.tally.csatAnswers = int(q.column64(1));
            m.tally.satisfied = int(q.column64(2));
            m.tally.cesAnswers = int(q.column64(3));
            m.tally.effortSum = int(q.column64(4));
            m.tally.npsAnswers = int(q.column64(5));
            m.tally.promoters = int(q.column64(6));
            m.tally.detractors = int(q.column64(7));
            f.surveys.push_back(m);
        }
        if (!q.problem().isEmpty())
            return R::failure(q.problem());
    }
    {
        Query q(h,
                QStringLiteral("SELECT sv.id, date(sv.created_at, 'localtime'), sv.csat, sv.ces, "
                               "sv.nps, sv.comment, EXISTS (SELECT 1 FROM report_quote r WHERE "
                               "r.survey_id = sv.id) FROM survey sv JOIN interaction i ON i.id = "
                               "sv.interaction_id WHERE i.client_id = ?1 AND sv.created_at >= ?4 "
                               "AND sv.created_at < ?5 AND trim(coalesce(sv.comment, '')) <> ''%1 "
                               "ORDER BY sv.created_at DESC, sv.id LIMIT 500")
                    .arg(by(QStringLiteral("i.operator_id"))),
                p);
        while (q.next()) {
            ReportFacts::Comment c;
            c.surveyId = q.string(0);
            c.date = QDate::fromString(q.string(1), Qt::ISODate);
            c.csat = int(q.column64(2));
            c.ces = int(q.column64(3));
            c.nps = q.isNull(4) ? -1 : int(q.column64(4));
            c.text = q.string(5).trimmed();
            c.chosen = q.column64(6) != 0;
            f.comments.push_back(c);
        }
        if (!q.problem().isEmpty())
            return R::failure(q.problem());
    }
    if (!step(90))
        return cancelledResult();

    // Complaints opened in the period: by category, and each with its bills.
    {
        const QString end = QStringLiteral("min(julianday(?5), julianday(?7))");
        Query q(h,
                QStringLiteral(
                    "SELECT c.category, c.status, c.description, d.customer_code, "
                    "date(c.opened_at, 'localtime'), CAST(CASE WHEN c.resolved_at IS NOT NULL AND "
                    "c.resolved_at < ?5 THEN julianday(c.resolved_at) ELSE %1 END - "
                    "julianday(c.opened_at) AS INTEGER), c.resolved_at IS NOT NULL AND "
                    "c.resolved_at < ?5, (SELECT group_concat(v.number, ', ') FROM "
                    "complaint_invoice ci JOIN invoice v ON v.id = ci.invoice_id WHERE "
                    "ci.complaint_id = c.id) FROM complaint c JOIN debtor d ON d.id = c.debtor_id "
                    "WHERE c.client_id = ?1 AND c.opened_at >= ?4 AND c.opened_at < ?5%2 ORDER BY "
                    "c.category, c.opened_at")
                    .arg(end, by(QStringLiteral("c.opened_by"))),
                p);
        while (q.next()) {
            ReportFacts::Complaint c;
            c.category = q.string(0);
            c.status = q.string(1);
            c.description = q.string(2);
            c.customerCode = q.string(3);
            c.opened = QDate::fromString(q.string(4), Qt::ISODate);
            c.daysOpen = int(std::max<qint64>(0, q.column64(5)));
            const bool resolved = q.column64(6) != 0;
            if (!q.string(7).isEmpty())
                c.bills = q.string(7).split(QStringLiteral(", "));
            if (f.complaintCategories.isEmpty() ||
                f.complaintCategories.last().category != c.category)
                f.complaintCategories.push_back({c.category});
            ReportFacts::ComplaintCategory& k = f.complaintCategories.last();
            ++k.opened;
            if (resolved) {
                ++k.resolved;
                k.daysOpenSum += c.daysOpen;
            } else {
                ++k.stillOpen;
            }
            f.complaints.push_back(c);
        }
        if (!q.problem().isEmpty())
            return R::failure(q.problem());
    }

    // Continuity: conversations held by the debtor's interlocutor of that day.
    if (Status s = count(
            QStringLiteral("SELECT count(*), sum(i.operator_id = a.operator_id) FROM interaction "
                           "i JOIN assignment a ON a.debtor_id = i.debtor_id AND a.from_date <= "
                           "date(i.started_at, 'localtime') AND (a.to_date IS NULL OR a.to_date "
                           "> date(i.started_at, 'localtime')) WHERE %1 AND %2 AND %3")
                .arg(calls(), conversation(), inPeriod),
            {&f.conversations, &f.withInterlocutor});
        !s)
        return R::failure(s.error());
    if (Status s = count(QStringLiteral("SELECT count(*) FROM assignment a JOIN debtor d ON d.id "
                                        "= a.debtor_id WHERE d.client_id = ?1 AND a.to_date >= "
                                        "?2 AND a.to_date <= ?3%1")
                             .arg(by(QStringLiteral("a.operator_id"))),
                         {&f.handovers});
        !s)
        return R::failure(s.error());
    if (!step(95))
        return cancelledResult();

    // Closed in the period: everything settled by a payment in it (a plan completed in it
    // says so), or returned at the end of the mandate.
    {
        QSet<QString> planCompleted;
        Query plans(h,
                    QStringLiteral("SELECT DISTINCT pl.debtor_id FROM plan pl WHERE pl.client_id "
                                   "= ?1 AND pl.status = 'completed' AND pl.closed_at >= ?4 AND "
                                   "pl.closed_at < ?5"),
                    p);
        while (plans.next())
            planCompleted.insert(plans.string(0));
        const QDate ended = f.client.mandateEndedOn;
        const bool mandateEnded = ended.isValid() && ended >= filter.from && ended <= filter.to;
        // Disputed: on a dispute hold now, after a call in the period where the debtor raised
        // it (the day of the last such call).
        QHash<QString, QDate> disputed;
        Query disputes(h,
                       QStringLiteral("SELECT i.debtor_id, max(date(i.started_at, 'localtime')) "
                                      "FROM interaction i JOIN debtor d ON d.id = i.debtor_id "
                                      "WHERE i.client_id = ?1 AND i.outcome = 'dispute_raised' "
                                      "AND i.started_at >= ?4 AND i.started_at < ?5 AND "
                                      "d.hold_reason = 'dispute' GROUP BY 1"),
                       p);
        while (disputes.next())
            disputed.insert(disputes.string(0), QDate::fromString(disputes.string(1), Qt::ISODate));
        sqlite3_stmt* who = nullptr;
        sqlite3_prepare_v2(h, "SELECT customer_code, display_name FROM debtor WHERE id = ?", -1,
                           &who, nullptr);
        for (size_t i = 0; i < debtors.size(); ++i) {
            const DebtorState& d = debtors[i];
            ReportFacts::Closed c;
            const QString id = QString::fromStdString(debtorIds[i]);
            if (d.owedAtClosing == 0 && d.lastPaymentInPeriod > 0 &&
                (d.owedAtOpening > 0 || d.placedInPeriod)) {
                c.reason = planCompleted.contains(id) ? QStringLiteral("plan_completed")
                                                      : QStringLiteral("paid");
                c.on = QDate::fromJulianDay(d.lastPaymentInPeriod);
            } else if (d.owedAtClosing > 0 && d.prescribedAtClosing == d.openAtClosing &&
                       d.lastPrescription >= from) {
                c.reason = QStringLiteral("prescribed");
                c.on = QDate::fromJulianDay(d.lastPrescription);
            } else if (d.owedAtClosing > 0 && disputed.contains(id)) {
                c.reason = QStringLiteral("disputed");
                c.on = disputed.value(id);
            } else if (mandateEnded && d.owedAtClosing > 0) {
                c.reason = QStringLiteral("end_of_mandate");
                c.on = ended;
            } else {
                continue;
            }
            c.owedAtOpening = d.owedAtOpening;
            c.owedAtClosing = d.owedAtClosing;
            sqlite3_reset(who);
            sqlite3_bind_text(who, 1, debtorIds[i].data(), int(debtorIds[i].size()), SQLITE_STATIC);
            if (sqlite3_step(who) == SQLITE_ROW) {
                c.customerCode =
                    QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(who, 0)));
                c.name =
                    QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(who, 1)));
            }
            f.closed.push_back(c);
        }
        sqlite3_finalize(who);
        std::sort(f.closed.begin(), f.closed.end(),
                  [](const ReportFacts::Closed& a, const ReportFacts::Closed& b) {
                      return a.on != b.on ? a.on < b.on : a.customerCode < b.customerCode;
                  });
    }
    step(100);
    return f;
}

Status ReportQuery::chooseComment(const Session& session, const QString& surveyId, bool chosen)
{
    Params p;
    p.values[0] = surveyId.toUtf8();
    QString clientId;
    {
        Query q(m_db.handle(),
                QStringLiteral("SELECT d.client_id FROM survey sv JOIN debtor d ON d.id = "
                               "sv.debtor_id WHERE sv.id = ?1"),
                p);
        if (!q.next())
            return Status::failure(tr("No survey %1.").arg(surveyId));
        clientId = q.string(0);
    }
    if (Status s = allowed(session, clientId); !s)
        return s;
    p.values[1] = session.userId().toUtf8();
    p.values[2] = isoUtc(m_clock.nowUtc()).toUtf8();
    Query q(m_db.handle(),
            chosen ? QStringLiteral("INSERT OR IGNORE INTO report_quote(survey_id, chosen_by, "
                                    "chosen_at) VALUES(?1, ?2, ?3)")
                   : QStringLiteral("DELETE FROM report_quote WHERE survey_id = ?1 AND ?2 = ?2 "
                                    "AND ?3 = ?3"),
            p);
    q.next();
    return q.problem().isEmpty() ? Status::success() : Status::failure(q.problem());
}

} // namespace ascolto

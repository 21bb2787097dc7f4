#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "itemmodels/ReportTables.h"
#include "storage/ClientRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/ReportQuery.h"

#include <QSqlQuery>

using namespace ascolto;
using ascolto::test::Fixture;
using ascolto::test::scalar;
using ascolto::test::TempDatabase;

namespace {

void sql(Database& db, const QString& statement)
{
    QSqlQuery q(db.sql());
    INFO(statement.toStdString());
    REQUIRE(q.exec(statement));
}

// A small client for November 2026, every figure below computed by hand:
//   D1 Rossi   (op.a1): bill B1 100,00 issued 1 Oct due 21 Oct, paid 10 Nov by bank transfer.
//   D2 Bianchi (op.a1): bill B2 200,00 issued 1 Aug due 21 Aug, unpaid; B5 30,00 issued 20 Nov
//                       due 10 Dec. Called 15 Nov (no answer) and 16 Nov (spoken to: bill
//                       not received, worried; a promise of 200,00 for 28 Nov, broken; a
//                       plan of 200,00 in two installments, 26 Nov and 26 Dec; a complaint
//                       about B2; a survey 2/3/4 "Non ho mai ricevuto la bolletta").
//   D3 Verdi   (op.a1): bill B3 50,00 issued 5 Nov due 25 Nov; caring call 20 Nov (survey
//                       5/6/9 "Gentilissimi"); paid 24 Nov by PagoPA.
//   D4 Neri    (op.a2): bill B4 80,00 issued 2 Nov due 22 Nov, unpaid; called 23 Nov by op.a1
//                       (spoken to: temporary lack of money, angry).
struct November
{
    November()
        : f(t.db(), clock)
    {
        Database& db = t.db();
        auto config = ClientRepository(db, clock).configById(f.clientA);
        REQUIRE(config);
        config->client.monthlyFee = Money::fromEuros(500);
        config->client.successFeeBp = 1000;
        REQUIRE(ClientRepository(db, clock).save(f.admin, *config));
        d1 = f.addDebtor(QStringLiteral("C001"), QStringLiteral("Rossi Mario"), f.operatorA1);
        d2 = f.addDebtor(QStringLiteral("C002"), QStringLiteral("Bianchi Anna"), f.operatorA1);
        d3 = f.addDebtor(QStringLiteral("C003"), QStringLiteral("Verdi Luca"), f.operatorA1);
        d4 = f.addDebtor(QStringLiteral("C004"), QStringLiteral("Neri Sara"), f.operatorA2);
        const auto bill = [&](const QString& debtor, const char* number, QDate issued, QDate due,
                              qint64 cents) {
            const QString id = f.addBill(debtor, QLatin1String(number), due, cents);
            sql(db, QStringLiteral("UPDATE invoice SET issue_date = '%1' WHERE id = '%2'")
                        .arg(issued.toString(Qt::ISODate), id));
            return id;
        };
        b1 = bill(d1, "B1", {2026, 10, 1}, {2026, 10, 21}, 10000);
        b2 = bill(d2, "B2", {2026, 8, 1}, {2026, 8, 21}, 20000);
        bill(d2, "B5", {2026, 11, 20}, {2026, 12, 10}, 3000);
        bill(d3, "B3", {2026, 11, 5}, {2026, 11, 25}, 5000);
        bill(d4, "B4", {2026, 11, 2}, {2026, 11, 22}, 8000);
        // Interlocutors since January (the debtors were made today).
        sql(db, QStringLiteral("UPDATE assignment SET from_date = '2026-01-01'"));
        PaymentRepository payments(db, clock);
        PaymentDraft p1;
        p1.debtorId = d1;
        p1.amount = Money::fromEuros(100);
        p1.paidOn = QDate(2026, 11, 10);
        p1.channel = QStringLiteral("bank_transfer");
        REQUIRE(payments.record(f.admin, p1));
        PaymentDraft p3;
        p3.debtorId = d3;
        p3.amount = Money::fromEuros(50);
        p3.paidOn = QDate(2026, 11, 24);
        REQUIRE(payments.record(f.admin, p3));

        const auto call = [&](const char* id, const QString& debtor, const Session& op,
                              const char* purpose, const char* at, const char* outcome,
                              const char* reason, const char* emotion) {
            sql(db, QStringLiteral("INSERT INTO interaction(id, client_id, debtor_id, operator_id, "
                                   "channel, purpose, started_at, outcome, nonpayment_reason, "
                                   "emotion, device_id, created_at) VALUES('%1', '%2', '%3', '%4', "
                                   "'phone_out', '%5', '%6', '%7', %8, %9, 'dev', '%6')")
                        .arg(QLatin1String(id), f.clientA, debtor, op.userId(),
                             QLatin1String(purpose), QLatin1String(at), QLatin1String(outcome),
                             reason ? QStringLiteral("'%1'").arg(QLatin1String(reason))
                                    : QStringLiteral("NULL"),
                             emotion ? QStringLiteral("'%1'").arg(QLatin1String(emotion))
                                     : QStringLiteral("NULL")));
        };
        call("call-3", d3, f.operatorA1, "caring", "2026-11-20T09:00:00Z", "reached_debtor",
             nullptr, nullptr);
        call("call-2a", d2, f.operatorA1, "first_reminder", "2026-11-15T09:00:00Z", "no_answer",
             nullptr, nullptr);
        call("call-2b", d2, f.operatorA1, "negotiation", "2026-11-16T09:00:00Z", "reached_debtor",
             "bill_not_received", "worried");
        call("call-4", d4, f.operatorA1, "first_reminder", "2026-11-23T09:00:00Z", "reached_debtor",
             "temporary_shortage", "angry");
        sql(db, QStringLiteral("INSERT INTO promise(id, debtor_id, interaction_id, amount_cents, "
                               "due_date, status, version, device_id, updated_at, created_at) "
                               "VALUES('pr-1', '%1', 'call-2b', 20000, '2026-11-28', 'broken', 1, "
                               "'dev', '2026-11-29T00:00:00Z', '2026-11-16T09:10:00Z')")
                    .arg(d2));
        sql(db, QStringLiteral("INSERT INTO plan(id, client_id, debtor_id, kind, status, "
                               "total_cents, discount_cents, down_payment_cents, "
                               "installment_count, frequency, first_due, created_by, version, "
                               "device_id, updated_at, created_at) VALUES('plan-1', '%1', '%2', "
                               "'installments', 'active', 20000, 0, 0, 2, 'monthly', "
                               "'2026-11-26', '%3', 1, 'dev', '2026-11-16T09:20:00Z', "
                               "'2026-11-16T09:20:00Z')")
                    .arg(f.clientA, d2, f.operatorA1.userId()));
        sql(db, QStringLiteral("INSERT INTO installment(id, plan_id, seq, due_date, amount_cents, "
                               "paid_cents, status, version, device_id, updated_at) VALUES "
                               "('in-1', 'plan-1', 1, '2026-11-26', 10000, 0, 'late', 1, 'dev', "
                               "'2026-11-27T00:00:00Z'), ('in-2', 'plan-1', 2, '2026-12-26', "
                               "10000, 0, 'open', 1, 'dev', '2026-11-16T09:20:00Z')"));
        sql(db, QStringLiteral("INSERT INTO survey(id, debtor_id, interaction_id, csat, ces, nps, "
                               "comment, device_id, created_at) VALUES('sv-3', '%1', 'call-3', 5, "
                               "6, 9, 'Gentilissimi, grazie', 'dev', '2026-11-20T09:30:00Z'), "
                               "('sv-2', '%2', 'call-2b', 2, 3, 4, 'Non ho mai ricevuto la "
                               "bolletta', 'dev', '2026-11-16T09:30:00Z')")
                    .arg(d3, d2));
        sql(db, QStringLiteral("INSERT INTO complaint(id, client_id, debtor_id, category, "
                               "description, status, opened_by, opened_at, version, device_id, "
                               "updated_at) VALUES('cmp-1', '%1', '%2', 'bill_not_received', "
                               "'La bolletta di agosto non è mai arrivata', 'open', '%3', "
                               "'2026-11-16T09:15:00Z', 1, 'dev', '2026-11-16T09:15:00Z')")
                    .arg(f.clientA, d2, f.operatorA1.userId()));
        sql(db, QStringLiteral("INSERT INTO complaint_invoice(complaint_id, invoice_id) "
                               "VALUES('cmp-1', '%1')")
                    .arg(b2));
    }
    ReportFacts facts(const QString& operatorId = {})
    {
        const auto r = ReportQuery(t.db(), clock)
                           .facts(f.leadA, {f.clientA, {2026, 11, 1}, {2026, 11, 30}, operatorId});
        INFO(r.error().toStdString());
        REQUIRE(r);
        return r.value();
    }
    TempDatabase t;
    FixedClock clock{QDate(2026, 12, 1)};
    Fixture f;
    QString d1, d2, d3, d4, b1, b2;
};

const ReportTable& named(const QVector<ReportTable>& tables, const char* key)
{
    for (const ReportTable& t : tables)
        if (t.key == QLatin1String(key))
            return t;
    FAIL("no report " << key);
    return tables.first();
}

// The figure of a (figure, value) table, as a spreadsheet reads it.
QString figure(const ReportTable& t, const QString& name)
{
    for (int r = 0; r < t.rows.size(); ++r)
        if (t.rows.at(r).at(0).toString() == name)
            return t.plain(r, 1, QLocale(QLocale::Italian));
    return QStringLiteral("(missing %1)").arg(name);
}

QString cell(const ReportTable& t, int row, int column)
{
    return t.plain(row, column, QLocale(QLocale::Italian));
}

} // namespace

TEST_CASE("The reports' figures on a small client, computed by hand", "[report]")
{
    November n;
    const ReportFacts f = n.facts();
    const QVector<ReportTable> reports = ReportTables::reports(f);

    // Aging: at the opening B1 (10 days late) and B2 (71); at the closing B2 (101), B4 (8)
    // and B5 (not yet due).
    const ReportTable& aging = named(reports, "aging");
    CHECK(cell(aging, 0, 1) == QStringLiteral("0,00"));
    CHECK(cell(aging, 0, 2) == QStringLiteral("30,00"));  // not yet due: B5
    CHECK(cell(aging, 1, 1) == QStringLiteral("100,00")); // 0-30: B1 at the opening
    CHECK(cell(aging, 1, 2) == QStringLiteral("80,00"));  // B4 at the closing
    CHECK(cell(aging, 3, 1) == QStringLiteral("200,00")); // 61-90: B2
    CHECK(cell(aging, 4, 2) == QStringLiteral("200,00")); // 91-180: B2
    CHECK(cell(aging, 7, 1) == QStringLiteral("300,00"));
    CHECK(cell(aging, 7, 2) == QStringLiteral("310,00"));
    CHECK(cell(aging, 7, 3) == QStringLiteral("10,00"));

    // CEI: (300 + 160 - 310) / (300 + 160 - 30) = 150 / 430.
    const ReportTable& cei = named(reports, "cei");
    CHECK(figure(cei, ReportTables::tr("Billed in the period")) == QStringLiteral("160,00"));
    CHECK(figure(cei, ReportTables::tr("Collection effectiveness index")) ==
          QStringLiteral("34,9"));

    // Roll rates: 0-30 -> 31-60 nothing (B1 was paid); 61-90 -> 91-180 all of B2. Cure: D1 of
    // D1 and D2.
    const ReportTable& roll = named(reports, "roll");
    CHECK(cell(roll, 1, 4) == QStringLiteral("0,0"));
    CHECK(cell(roll, 3, 4) == QStringLiteral("100,0"));
    CHECK(cell(roll, 0, 4) == QString()); // nothing was "not yet due" at the opening
    CHECK(cell(roll, 6, 4) == QStringLiteral("50,0"));

    // DSO at November's end: count-back 310 - 160 (30 days) - 100 (31) = 50, September billed
    // nothing (30), 50 / 200 of August (31): 98,75. Simple: 310 / 260 x 91 = 108,5.
    const ReportTable& dso = named(reports, "dso");
    const int last = int(dso.rows.size()) - 1;
    CHECK(dso.rows.at(last).at(0).toDate() == QDate(2026, 11, 1));
    CHECK(cell(dso, last, 1) == QStringLiteral("310,00"));
    CHECK(cell(dso, last, 3) == QStringLiteral("108,5"));
    CHECK(dso.rows.at(last).at(4).toDouble() == Approx(98.75));

    // Collections: one payment by bank transfer, one by PagoPA.
    const ReportTable& collections = named(reports, "collections");
    REQUIRE(collections.rows.size() == 3);
    CHECK(cell(collections, 2, 3) == QStringLiteral("150,00"));
    CHECK(cell(collections, 2, 2) == QStringLiteral("2"));

    // Stair-step: October's 100,00 collected in its second month; November's 160,00 has 50,00
    // in its first; August's 200,00 nothing.
    const ReportTable& stairs = named(reports, "stair_step");
    const auto cohort = [&](int month) {
        for (int r = 0; r < stairs.rows.size(); ++r)
            if (stairs.rows.at(r).at(0).toDate() == QDate(2026, month, 1))
                return r;
        return -1;
    };
    CHECK(cell(stairs, cohort(10), 2) == QStringLiteral("0,0"));
    CHECK(cell(stairs, cohort(10), 3) == QStringLiteral("100,0"));
    CHECK(cell(stairs, cohort(11), 2) == QStringLiteral("31,3"));
    CHECK(cell(stairs, cohort(11), 3) == QString()); // no second month yet
    CHECK(cell(stairs, cohort(8), 7) == QStringLiteral("0,0"));

    // Plans, promises, the funnel.
    const ReportTable& plans = named(reports, "plans");
    CHECK(figure(plans, ReportTables::tr("Plans agreed in the period")) == QStringLiteral("1"));
    CHECK(figure(plans, ReportTables::tr("Amount financed")) == QStringLiteral("200,00"));
    CHECK(figure(plans, ReportTables::tr("Installments due")) == QStringLiteral("1"));
    CHECK(figure(plans, ReportTables::tr("Installments paid on time")) == QStringLiteral("0,0"));
    const ReportTable& promises = named(reports, "promises");
    CHECK(figure(promises, ReportTables::tr("Promises made")) == QStringLiteral("1"));
    CHECK(figure(promises, ReportTables::tr("Broken")) == QStringLiteral("1"));
    CHECK(figure(promises, ReportTables::tr("Kept rate")) == QStringLiteral("0,0"));
    const ReportTable& funnel = named(reports, "funnel");
    CHECK(cell(funnel, 0, 1) == QStringLiteral("4"));
    CHECK(cell(funnel, 1, 1) == QStringLiteral("3"));
    CHECK(cell(funnel, 1, 2) == QStringLiteral("75,0"));
    CHECK(cell(funnel, 2, 1) == QStringLiteral("1"));
    CHECK(cell(funnel, 4, 1) == QStringLiteral("1")); // D3 paid

    // Reasons and emotions, most first then by code.
    const ReportTable& reasons = named(reports, "reasons");
    REQUIRE(reasons.rows.size() == 2);
    CHECK(cell(reasons, 0, 2) == QStringLiteral("50,0"));
    const ReportTable& emotions = named(reports, "emotions");
    CHECK(emotions.rows.size() == 2);

    // Satisfaction: CSAT 1 of 2 satisfied, CES (6 + 3) / 2, NPS 1 promoter - 1 detractor.
    const ReportTable& satisfaction = named(reports, "satisfaction");
    REQUIRE(satisfaction.rows.size() == 1);
    CHECK(cell(satisfaction, 0, 2) == QStringLiteral("50,0"));
    CHECK(cell(satisfaction, 0, 4) == QStringLiteral("4,5"));
    CHECK(cell(satisfaction, 0, 6) == QStringLiteral("0,0"));

    // One complaint, still open; continuity: D4's call was made by op.a1, not its
    // interlocutor.
    const ReportTable& complaints = named(reports, "complaints");
    REQUIRE(complaints.rows.size() == 1);
    CHECK(cell(complaints, 0, 2) == QStringLiteral("1"));
    const ReportTable& continuity = named(reports, "continuity");
    CHECK(figure(continuity, ReportTables::tr("Continuity")) == QStringLiteral("66,7"));

    // The caring effect: one bill called and paid on time, one not called and unpaid.
    const ReportTable& caring = named(reports, "caring_effect");
    CHECK(cell(caring, 0, 1) == QStringLiteral("1"));
    CHECK(cell(caring, 0, 2) == QStringLiteral("100,0"));
    CHECK(cell(caring, 0, 3) == QStringLiteral("1"));
    CHECK(cell(caring, 0, 4) == QStringLiteral("0,0"));
    CHECK(caring.note.startsWith(QStringLiteral("Too few bills")));
}

TEST_CASE("The client's periodic report: results, complaints, close-and-return, commission",
          "[report]")
{
    November n;
    // The team lead quotes one comment; the other stays out.
    REQUIRE(ReportQuery(n.t.db(), n.clock).chooseComment(n.f.leadA, QStringLiteral("sv-2"), true));
    const QVector<ReportTable> report = ReportTables::clientReport(n.facts());
    const ReportTable& results = named(report, "results");
    CHECK(figure(results, ReportTables::tr("Placed in the period")) == QStringLiteral("160,00"));
    CHECK(figure(results, ReportTables::tr("Collected in the period")) == QStringLiteral("150,00"));
    CHECK(figure(results, ReportTables::tr("Liquidation")) == QStringLiteral("93,8"));
    CHECK(figure(results, ReportTables::tr("DSO at the end of the period (count-back)")) ==
          QStringLiteral("98,8"));

    const ReportTable& quotes = named(report, "quotes");
    REQUIRE(quotes.rows.size() == 1);
    CHECK(quotes.rows.at(0).at(2).toString() == QStringLiteral("Non ho mai ricevuto la bolletta"));

    const ReportTable& list = named(report, "complaint_list");
    REQUIRE(list.rows.size() == 1);
    CHECK(cell(list, 0, 1) == QStringLiteral("C002"));
    CHECK(cell(list, 0, 4) == QStringLiteral("14")); // 16 Nov 09:15 to the period's end
    CHECK(cell(list, 0, 5) == QStringLiteral("B2"));
    CHECK(cell(list, 0, 6) == QStringLiteral("La bolletta di agosto non è mai arrivata"));

    const ReportTable& process = named(report, "client_process");
    REQUIRE(process.rows.size() == 1); // bill not received; a lack of money is not the client's
    CHECK(cell(process, 0, 2) == QStringLiteral("50,0"));

    const ReportTable& closed = named(report, "closed");
    REQUIRE(closed.rows.size() == 2);
    CHECK(cell(closed, 0, 0) == QStringLiteral("C001"));
    CHECK(cell(closed, 0, 2) == QStringLiteral("2026-11-10"));
    CHECK(cell(closed, 0, 4) == QStringLiteral("100,00"));
    CHECK(cell(closed, 1, 0) == QStringLiteral("C003"));

    // 500,00 a month and 10% of 150,00.
    const ReportTable& commission = named(report, "commission");
    CHECK(commission.rows.at(0).at(1).toLongLong() == 50000);
    CHECK(commission.rows.at(2).at(1).toLongLong() == 1500);
    CHECK(commission.rows.at(3).at(1).toLongLong() == 51500);
}

TEST_CASE("One operator's reports: their debtors' portfolio and their own activity", "[report]")
{
    November n;
    const ReportFacts f = n.facts(n.f.operatorA2.userId());
    // op.a2 holds D4 only: B4 at the closing, placed in the period; no calls of theirs.
    CHECK(f.placedInPeriod == 8000);
    CHECK(f.closingCents[1] == 8000);
    CHECK(f.attempts == 0);
    CHECK(f.collectedInPeriod == 0);
    const ReportFacts a1 = n.facts(n.f.operatorA1.userId());
    CHECK(a1.attempts == 4);
    CHECK(a1.collectedInPeriod == 15000);
}

TEST_CASE("Only the client's team leads and the administrators read its reports", "[report]")
{
    November n;
    ReportQuery query(n.t.db(), n.clock);
    const ReportFilter filter{n.f.clientA, {2026, 11, 1}, {2026, 11, 30}, {}};
    CHECK_FALSE(query.facts(n.f.operatorA1, filter));
    CHECK_FALSE(query.facts(n.f.leadB, filter));
    CHECK(query.facts(n.f.admin, filter));
    CHECK_FALSE(query.chooseComment(n.f.leadB, QStringLiteral("sv-2"), true));
    const auto backwards = query.facts(n.f.leadA, {n.f.clientA, {2026, 11, 30}, {2026, 11, 1}, {}});
    REQUIRE_FALSE(backwards);
    CHECK(backwards.error().contains(QStringLiteral("period")));
}

TEST_CASE("Debtors returned to the client: prescribed and disputed", "[report]")
{
    November n;
    Database& db = n.t.db();
    // D5: a bill due on 15 November 2024 prescribes on 15 November 2026; D6 raised a dispute
    // on 18 November and is on a dispute hold; D7 is on a hold raised before the period.
    const QString d5 =
        n.f.addDebtor(QStringLiteral("C005"), QStringLiteral("Gialli Piero"), n.f.operatorA2);
    const QString d6 =
        n.f.addDebtor(QStringLiteral("C006"), QStringLiteral("Blu Carla"), n.f.operatorA2);
    const QString d7 =
        n.f.addDebtor(QStringLiteral("C007"), QStringLiteral("Viola Ugo"), n.f.operatorA2);
    n.f.addBill(d5, QStringLiteral("B6"), QDate(2024, 11, 15), 4000);
    n.f.addBill(d6, QStringLiteral("B7"), QDate(2026, 9, 10), 6000);
    n.f.addBill(d7, QStringLiteral("B8"), QDate(2026, 9, 10), 7000);
    sql(db, QStringLiteral("UPDATE debtor SET hold_reason = 'dispute' WHERE id IN ('%1', '%2')")
                .arg(d6, d7));
    for (const auto& [id, debtor, at] : {std::tuple{"call-6", d6, "2026-11-18T09:00:00Z"},
                                         std::tuple{"call-7", d7, "2026-10-18T09:00:00Z"}})
        sql(db, QStringLiteral("INSERT INTO interaction(id, client_id, debtor_id, operator_id, "
                               "channel, purpose, started_at, outcome, device_id, created_at) "
                               "VALUES('%1', '%2', '%3', '%4', 'phone_out', 'first_reminder', "
                               "'%5', 'dispute_raised', 'dev', '%5')")
                    .arg(QLatin1String(id), n.f.clientA, debtor, n.f.operatorA2.userId(),
                         QLatin1String(at)));
    const QVector<ReportTable> report = ReportTables::clientReport(n.facts());
    const ReportTable& closed = named(report, "closed");
    QStringList seen;
    for (int r = 0; r < closed.rows.size(); ++r)
        seen << cell(closed, r, 0) + QLatin1Char(' ') + cell(closed, r, 2) + QLatin1Char(' ') +
                    cell(closed, r, 3) + QLatin1Char(' ') + cell(closed, r, 5);
    CHECK(seen == QStringList{QStringLiteral("C001 2026-11-10 paid 0,00"),
                              QStringLiteral("C005 2026-11-15 prescribed 40,00"),
                              QStringLiteral("C006 2026-11-18 disputed 60,00"),
                              QStringLiteral("C003 2026-11-24 paid 0,00")});
}

TEST_CASE("A report can be cancelled while it reads, and says so", "[report]")
{
    November n;
    QVector<int> steps;
    const auto r =
        ReportQuery(n.t.db(), n.clock)
            .facts(n.f.leadA, {n.f.clientA, {2026, 11, 1}, {2026, 11, 30}, {}}, [&](int percent) {
                steps << percent;
                return percent < 70; // the user presses Cancel at 70%
            });
    REQUIRE_FALSE(r);
    CHECK(r.error() == QStringLiteral("The report was cancelled."));
    CHECK(steps.last() == 70);
    // Uncancelled, the progress runs up to 100.
    steps.clear();
    REQUIRE(
        ReportQuery(n.t.db(), n.clock)
            .facts(n.f.leadA, {n.f.clientA, {2026, 11, 1}, {2026, 11, 30}, {}}, [&](int percent) {
                steps << percent;
                return true;
            }));
    CHECK(steps.last() == 100);
    CHECK(std::is_sorted(steps.begin(), steps.end()));
}

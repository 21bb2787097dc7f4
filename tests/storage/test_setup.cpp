#include <catch2/catch.hpp>

#include "TestSupport.h"

#include "storage/AssignmentRepository.h"
#include "storage/ClientRepository.h"
#include "storage/DebtorRepository.h"
#include "storage/PaymentRepository.h"
#include "storage/PlanRepository.h"
#include "storage/PortfolioQuery.h"
#include "storage/StoreCheck.h"
#include "storage/UserRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace ascolto;
using ascolto::test::Fixture;
using ascolto::test::scalar;
using ascolto::test::TempDatabase;

TEST_CASE("An administrator saves a whole client configuration, audited field by field",
          "[setup][clients]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(t.db(), clock);
    ClientRepository clients(t.db(), clock);
    ClientConfig c;
    c.client.code = QStringLiteral("LUCE-SUD");
    c.client.name = QStringLiteral("Luce Sud");
    c.client.rules.operatorDiscountBp = 500;
    c.client.rules.teamLeadDiscountBp = 1500;
    c.windows.weekdayEnd = QTime(20, 0);
    c.ladder = {{QStringLiteral("reminder_soft"), 3}, {QStringLiteral("reminder"), 15}};
    c.paymentChannels = {QStringLiteral("pagopa"), QStringLiteral("bank_transfer")};
    c.assignment.kind = AssignmentRule::Kind::BalancedAmount;

    CHECK(clients.save(f.leadA, c).error().contains(QStringLiteral("not allowed")));
    const auto id = clients.save(f.admin, c);
    REQUIRE(id.ok());
    const auto back = clients.configById(id.value());
    REQUIRE(back.ok());
    CHECK(back->toJson() == c.toJson());
    // The rest of the product reads the same values.
    CHECK(clients.contactWindows(id.value()).weekdayEnd == QTime(20, 0));

    // A bad value is refused with the domain's words and nothing changes.
    ClientConfig bad = back.value();
    bad.client.rules.operatorDiscountBp = 2000;
    CHECK(clients.save(f.admin, bad).error().contains(QStringLiteral("team lead")));
    CHECK(clients.configById(id.value())->client.rules.operatorDiscountBp == 500);

    ClientConfig edit = back.value();
    edit.client.rules.maxInstallments = 36;
    REQUIRE(clients.save(f.admin, edit).ok());
    CHECK(clients.configById(id.value())->client.rules.maxInstallments == 36);
    const QJsonObject details =
        QJsonDocument::fromJson(scalar(t.db(), QStringLiteral("SELECT details FROM audit_log "
                                                              "WHERE action = 'update' AND "
                                                              "entity = 'client'"))
                                    .toString()
                                    .toUtf8())
            .object();
    CHECK(details.value(QStringLiteral("changed")).toObject().keys() ==
          QStringList{QStringLiteral("max_installments")});
    // Saving the same values again writes nothing.
    const int audits = scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    REQUIRE(clients.save(f.admin, edit).ok());
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == audits);
}

TEST_CASE("Users are deactivated, never deleted, and a reset password must be changed",
          "[setup][users]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(t.db(), clock);
    UserRepository users(t.db(), clock);
    UserRecord admin;
    admin.username = QStringLiteral("capo");
    admin.role = Role::Admin;
    REQUIRE(users.create(f.admin, admin, QStringLiteral("password-1")).ok());
    const QString adminId = users.byUsername(QStringLiteral("capo"))->id;

    SECTION("names and roles are checked")
    {
        UserRecord spaced;
        spaced.username = QStringLiteral("mario rossi");
        spaced.role = Role::Admin;
        CHECK(users.create(f.admin, spaced, QStringLiteral("password-1"))
                  .error()
                  .contains(QStringLiteral("user name")));
        UserRecord adminOfClient;
        adminOfClient.username = QStringLiteral("boss");
        adminOfClient.role = Role::Admin;
        adminOfClient.clientId = f.clientA;
        CHECK_FALSE(users.create(f.admin, adminOfClient, QStringLiteral("password-1")).ok());
    }
    SECTION("a deactivated user cannot log in; the last admin stays")
    {
        const QString op = f.operatorA2.userId();
        CHECK_FALSE(users.setActive(f.leadA, op, false).ok());
        REQUIRE(users.setActive(f.admin, op, false).ok());
        CHECK(users.authenticate(QStringLiteral("op.a2"), QStringLiteral("password-1"))
                  .error()
                  .contains(QStringLiteral("disabled")));
        CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM app_user WHERE username = "
                                            "'op.a2'"))
                  .toInt() == 1);
        const auto last = users.setActive(f.admin, adminId, false);
        CHECK(last.error().contains(QStringLiteral("last active administrator")));
        CHECK(users.byId(adminId)->active);
        REQUIRE(users.setActive(f.admin, op, true).ok());
        CHECK(users.authenticate(QStringLiteral("op.a2"), QStringLiteral("password-1")).ok());
        CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                            "('deactivate', 'activate')"))
                  .toInt() == 2);
    }
    SECTION("a reset password is temporary")
    {
        REQUIRE(users.resetPassword(f.admin, f.operatorA1.userId(), QStringLiteral("temporanea-1"))
                    .ok());
        auto session = users.authenticate(QStringLiteral("op.a1"), QStringLiteral("temporanea-1"));
        REQUIRE(session.ok());
        CHECK(session->mustChangePassword());
        CHECK(users
                  .changePassword(session.value(), QStringLiteral("wrong"),
                                  QStringLiteral("nuova-password-2"))
                  .error()
                  .contains(QStringLiteral("current password")));
        CHECK_FALSE(users
                        .changePassword(session.value(), QStringLiteral("temporanea-1"),
                                        QStringLiteral("temporanea-1"))
                        .ok());
        REQUIRE(users
                    .changePassword(session.value(), QStringLiteral("temporanea-1"),
                                    QStringLiteral("nuova-password-2"))
                    .ok());
        const auto again =
            users.authenticate(QStringLiteral("op.a1"), QStringLiteral("nuova-password-2"));
        REQUIRE(again.ok());
        CHECK_FALSE(again->mustChangePassword());
    }
}

TEST_CASE("The client's rule assigns only debtors nobody owns, with history and audit",
          "[setup][assignment]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(t.db(), clock);
    DebtorRepository debtors(t.db(), clock);
    // One debtor already op.a1's: continuity, it never moves.
    const QString kept = f.addDebtor(QStringLiteral("K-0"), QStringLiteral("Kept"), f.operatorA1);
    QStringList fresh;
    for (int i = 1; i <= 5; ++i) {
        DebtorRecord d;
        d.clientId = f.clientA;
        d.customerCode = QStringLiteral("N-%1").arg(i);
        d.displayName = QStringLiteral("Nuovo %1").arg(i);
        fresh << debtors.create(f.admin, d).value();
    }
    AssignmentRepository assignments(t.db(), clock);
    CHECK(assignments.unassignedCount(f.clientA) == 5);
    CHECK_FALSE(assignments.assignUnassigned(f.operatorA1, f.clientA).ok());
    CHECK_FALSE(assignments.assignUnassigned(f.leadB, f.clientA).ok());

    const auto outcome = assignments.assignUnassigned(f.leadA, f.clientA);
    REQUIRE(outcome.ok());
    CHECK(outcome->assigned == 5);
    // op.a1 had one: balanced by count, op.a2 gets three and op.a1 two (3 each).
    REQUIRE(outcome->shares.size() == 2);
    CHECK(outcome->shares[0].username == QStringLiteral("op.a1"));
    CHECK(outcome->shares[0].received == 2);
    CHECK(outcome->shares[1].received == 3);
    CHECK(outcome->text().contains(QStringLiteral("op.a2 3")));
    CHECK(assignments.unassignedCount(f.clientA) == 0);
    CHECK(debtors.find(f.admin, kept)->assignedOperatorId == f.operatorA1.userId());
    // Interlocutor history, portfolio rows and one audit row.
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM assignment WHERE reason = "
                                        "'rule:balanced_count'"))
              .toInt() == 5);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM debtor_summary WHERE operator_id = "
                                        "''"))
              .toInt() == 0);
    CHECK(scalar(t.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                        "'assign_rule' AND user_id IS NOT NULL"))
              .toInt() == 1);
    // Each operator now sees exactly their debtors.
    CHECK(PortfolioQuery(t.db(), f.operatorA1, clock).count() == 3);
    CHECK(PortfolioQuery(t.db(), f.operatorA2, clock).count() == 3);
    CHECK(StoreCheck::run(t.db()).isEmpty());

    // Running it again changes nothing.
    const auto again = assignments.assignUnassigned(f.leadA, f.clientA);
    REQUIRE(again.ok());
    CHECK(again->assigned == 0);

    // A client without active operators keeps its debtors waiting and says so.
    DebtorRecord d;
    d.clientId = f.clientB;
    d.customerCode = QStringLiteral("B-1");
    d.displayName = QStringLiteral("Waiting");
    REQUIRE(debtors.create(f.admin, d).ok());
    REQUIRE(UserRepository(t.db(), clock).setActive(f.admin, f.operatorB1.userId(), false).ok());
    const auto none = assignments.assignUnassigned(f.admin, f.clientB);
    REQUIRE(none.ok());
    CHECK(none->assigned == 0);
    CHECK(none->leftUnassigned == 1);
    CHECK(none->text().contains(QStringLiteral("no active operator")));
}

TEST_CASE("A payment left on oldest bill first pays the debtor's active plan", "[payments][plans]")
{
    TempDatabase t;
    FixedClock clock(QDate(2026, 11, 23));
    Fixture f(t.db(), clock);
    REQUIRE(t->execScript(QStringLiteral("UPDATE client SET operator_discount_bp = 1000, "
                                         "teamlead_discount_bp = 3000")));
    const QString debtor =
        f.addDebtor(QStringLiteral("P-1"), QStringLiteral("Piano"), f.operatorA1);
    const QStringList bills{
        f.addBill(debtor, QStringLiteral("F-1"), clock.today().addDays(-60), 30000),
        f.addBill(debtor, QStringLiteral("F-2"), clock.today().addDays(-30), 30000)};
    PlanDraft draft;
    draft.debtorId = debtor;
    draft.invoiceIds = bills;
    draft.request.installments = 3;
    draft.request.firstDue = QDate(2026, 11, 30);
    const auto plan = PlanRepository(t.db(), clock).create(f.operatorA1, draft);
    REQUIRE(plan.ok());
    // Another bill outside the plan, older than both.
    f.addBill(debtor, QStringLiteral("F-0"), clock.today().addDays(-90), 5000);

    PaymentDraft pay;
    pay.debtorId = debtor;
    pay.amount = Money::fromCents(20000);
    pay.paidOn = clock.today();
    REQUIRE(PaymentRepository(t.db(), clock).record(f.operatorA1, pay).ok());
    // The first installment is paid, the bill outside the plan is not touched.
    CHECK(
        scalar(t.db(), QStringLiteral("SELECT status FROM installment WHERE seq = 1")).toString() ==
        QStringLiteral("paid"));
    CHECK(scalar(t.db(), QStringLiteral("SELECT paid_cents FROM invoice WHERE number = 'F-0'"))
              .toLongLong() == 0);
    CHECK(scalar(t.db(), QStringLiteral("SELECT sum(paid_cents) FROM invoice")).toLongLong() ==
          20000);
    CHECK(StoreCheck::run(t.db()).isEmpty());
}

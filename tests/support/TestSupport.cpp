#include "TestSupport.h"

#include <QFile>

#include <QDir>

#include "storage/ClientRepository.h"
#include "storage/DebtorRepository.h"
#include "storage/InvoiceRepository.h"
#include "storage/UserRepository.h"

#include <QAtomicInt>
#include <QSqlQuery>
#include <stdexcept>

namespace ascolto::test {

std::unique_ptr<Database> storeAtSchema(const QString& path, int version)
{
    QTemporaryDir migrations;
    REQUIRE(migrations.isValid());
    for (const QString& name : QDir(QStringLiteral(":/sql")).entryList(QDir::Files)) {
        if (name.left(3).toInt() <= version)
            REQUIRE(QFile::copy(QStringLiteral(":/sql/") + name, migrations.filePath(name)));
    }
    auto db = Database::open(path, TempDatabase::uniqueConnectionName(),
                             {migrations.path(), true, true, 1000});
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    REQUIRE(db.value()->schemaVersion() == version);
    return std::move(db.value());
}

QVariant scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0) : QVariant();
}

namespace {
template<typename T> T must(Result<T> r, const char* what)
{
    if (!r)
        throw std::runtime_error(std::string(what) + ": " + r.error().toStdString());
    return std::move(r).value();
}
} // namespace

QString TempDatabase::uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("test-%1").arg(counter.fetchAndAddRelaxed(1));
}

TempDatabase::TempDatabase()
    : TempDatabase(Database::Options())
{}

TempDatabase::TempDatabase(const Database::Options& options)
{
    m_db = must(Database::open(path(), uniqueConnectionName(), options), "open temp store");
}

Fixture::Fixture(Database& database, const Clock& c)
    : db(database)
    , clock(c)
{
    admin = Session::system();
    ClientRepository clients(db, clock);
    ClientRecord a;
    a.code = QStringLiteral("ACQUA");
    a.name = QStringLiteral("Acqua Pulita S.p.A.");
    clientA = must(clients.create(admin, a), "client A");
    ClientRecord b;
    b.code = QStringLiteral("GASNORD");
    b.name = QStringLiteral("Gas del Nord S.r.l.");
    clientB = must(clients.create(admin, b), "client B");

    UserRepository users(db, clock);
    const QString pw = QStringLiteral("password-1");
    auto make = [&](const char* username, Role role, const QString& client) {
        UserRecord u;
        u.username = QLatin1String(username);
        u.displayName = QLatin1String(username);
        u.role = role;
        u.clientId = client;
        must(users.create(admin, u, pw), username);
        return must(users.authenticate(u.username, pw), username);
    };
    leadA = make("lead.a", Role::TeamLead, clientA);
    leadB = make("lead.b", Role::TeamLead, clientB);
    operatorA1 = make("op.a1", Role::Operator, clientA);
    operatorA2 = make("op.a2", Role::Operator, clientA);
    operatorB1 = make("op.b1", Role::Operator, clientB);
}

QString Fixture::addDebtor(const QString& code, const QString& name, const Session& owner)
{
    DebtorRecord d;
    d.clientId = owner.clientId();
    d.customerCode = code;
    d.displayName = name;
    d.assignedOperatorId = owner.userId();
    ContactRecord phone;
    phone.value = QStringLiteral("347 123 4567");
    phone.verified = true;
    d.contacts << phone;
    return must(DebtorRepository(db, clock).create(admin, d), "debtor");
}

QString Fixture::addBill(const QString& debtorId, const QString& number, const QDate& due,
                         qint64 cents)
{
    InvoiceRecord i;
    i.debtorId = debtorId;
    i.number = number;
    i.issueDate = due.addDays(-20);
    i.dueDate = due;
    i.amount = Money::fromCents(cents);
    return must(InvoiceRepository(db, clock).add(admin, i), "bill");
}

} // namespace ascolto::test

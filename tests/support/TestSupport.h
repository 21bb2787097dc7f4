#pragma once

#include "QtCatch.h"

#include "storage/Database.h"
#include "storage/Session.h"

#include "domain/Clock.h"
#include "domain/Records.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace ascolto::test {

// The named child of a window or dialog (its objectName); the test stops when it is missing.
template<typename T> T* child(QObject* parent, const char* name)
{
    T* w = parent->findChild<T*>(QLatin1String(name));
    INFO("widget " << name);
    REQUIRE(w);
    return w;
}

// A real SQLite file in a fresh temporary folder, migrated, with its own connection name.
class TempDatabase
{
public:
    TempDatabase();
    explicit TempDatabase(const Database::Options& options);
    Database& db() { return *m_db; }
    Database* operator->() { return m_db.get(); }
    QString path() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }
    QString dir() const { return m_dir.path(); }
    // Closes the connection (the file stays until the TempDatabase dies).
    void close() { m_db.reset(); }
    static QString uniqueConnectionName();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

// The first column of the first row of a query (null when there is no row); a failing
// query stops the test.
QVariant scalar(Database& db, const QString& sql);

// A new store at `path` left at schema `version` (the migrations up to it, from the app's
// own), to test the steps after it on rows written the old way.
std::unique_ptr<Database> storeAtSchema(const QString& path, int version);

// A small, hand-made portfolio: two clients, each with a team lead and two operators.
struct Fixture
{
    explicit Fixture(Database& db, const Clock& clock);
    QString clientA, clientB;
    Session admin;
    Session leadA, leadB;
    Session operatorA1, operatorA2, operatorB1;
    // Creates a debtor of client A assigned to operatorA1 unless told otherwise.
    QString addDebtor(const QString& code, const QString& name, const Session& owner);
    // Adds a bill of the debtor due on the given day.
    QString addBill(const QString& debtorId, const QString& number, const QDate& due, qint64 cents);

    Database& db;
    const Clock& clock;
};

} // namespace ascolto::test

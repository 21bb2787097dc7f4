#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace ascolto {

class Database;

// Health checks behind `ascolto-cli check`: SQLite integrity, foreign keys, schema version,
// and that the stored balances agree with the bills. Returns the problems found, in words.
class StoreCheck
{
    Q_DECLARE_TR_FUNCTIONS(StoreCheck)
public:
    static QStringList run(Database& db);
};

} // namespace ascolto

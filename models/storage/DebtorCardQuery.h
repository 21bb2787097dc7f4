#pragma once

#include "domain/Clock.h"
#include "domain/Records.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace ascolto {

class Database;
class Session;

// Reads a debtor's card within the session's scope. Lists are bounded (the newest
// `listLimit` of each); the bills, which can number thousands, load separately by keyset.
class DebtorCardQuery
{
    Q_DECLARE_TR_FUNCTIONS(DebtorCardQuery)
public:
    DebtorCardQuery(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}
    Result<DebtorCard> load(const Session& session, const QString& debtorId,
                            int listLimit = 200) const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

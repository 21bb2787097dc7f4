#pragma once

#include "Session.h"

#include "domain/Clock.h"
#include "domain/Result.h"
#include "domain/TeamKpi.h"

#include <QVariantMap>
#include <QVector>

namespace ascolto {

class Database;

// The facts behind one cell of the team board: one operator, one fact, one period. The
// portfolio and the call list narrow to them (PortfolioFilter::drill, CallFilter::drill).
struct TeamDrill
{
    TeamKpi::Fact fact = TeamKpi::Fact::Debtors;
    QString clientId;
    QString operatorId;
    TeamKpi::Period period;
    bool flaggedOnly = false; // the flagged rows only (bills paid on time, own conversations)
    QString caption;          // what was clicked, for the filter's chip (not compared)
    bool operator==(const TeamDrill& o) const
    {
        return fact == o.fact && clientId == o.clientId && operatorId == o.operatorId &&
               period.from == o.period.from && period.to == o.period.to &&
               flaggedOnly == o.flaggedOnly;
    }
};

// One column of the board.
struct OperatorFigures
{
    QString operatorId; // empty for the team's total
    QString name;
    TeamKpi::Tally tally;
};

// The team board: each operator of a client side by side over a period, every count taken
// in SQL from the stored facts (payments, calls, promises, plans, surveys, complaints, tasks,
// assignment history). Each fact has one SQL source yielding (operator_id, debtor_id,
// interaction_id, cents, flag) rows: the board groups it by operator, and a drill-down
// selects the same rows of one operator, so a cell and the list it opens cannot disagree.
class TeamBoardQuery
{
    Q_DECLARE_TR_FUNCTIONS(TeamBoardQuery)
public:
    TeamBoardQuery(Database& db, Session session, const Clock& clock)
        : m_db(db)
        , m_session(std::move(session))
        , m_clock(clock)
    {}

    // The client's active operators (by name), then the team's total as the last column.
    // A team lead reads their own client, an administrator any.
    Result<QVector<OperatorFigures>> board(const QString& clientId,
                                           const TeamKpi::Period& period) const;

    // "SELECT <column> FROM (source) WHERE operator_id = ..." for a drill-down, with its
    // bindings added to `binds`; column is debtor_id or interaction_id.
    static QString rowsBehind(const TeamDrill& drill, const QString& column, QVariantMap& binds,
                              const Clock& clock);

private:
    Database& m_db;
    Session m_session;
    const Clock& m_clock;
};

} // namespace ascolto

#pragma once

#include "Session.h"
#include "TeamBoardQuery.h"

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QVector>

#include <optional>

namespace ascolto {

class Database;

// What a team lead narrows the calls to. Every part is optional; they combine (AND).
struct CallFilter
{
    QString operatorId;
    QDate from, to; // local days, `to` excluded; invalid = open
    QString purpose;
    QString outcome;
    QString emotion;
    enum class Satisfaction
    {
        Any,
        Surveyed,    // a survey was answered after the call
        Dissatisfied // CSAT 1-2 or NPS 0-6
    } satisfaction = Satisfaction::Any;
    enum class Review
    {
        Any,
        NotScored,
        Scored
    } review = Review::Any;
    std::optional<TeamDrill> drill; // the calls behind a cell of the team board
};

struct CallRow
{
    QString id;
    QString debtorId;
    QString debtorName;
    QString operatorName;
    QDateTime startedAt;
    QString channel;
    QString purpose;
    QString outcome;
    QString emotion;
    int durationS = 0;
    int csat = 0;         // 0: no survey
    int scoreTenths = -1; // the call's evaluation, 0..1000; -1: not scored
};

// Calls and messages in the session's scope (a team lead's client, an operator's own calls,
// everything for an admin), newest first, paged by keyset on (started_at, id): the
// interaction_operator index serves one operator's calls at any size of store.
class CallListQuery
{
    Q_DECLARE_TR_FUNCTIONS(CallListQuery)
public:
    CallListQuery(Database& db, Session session, const Clock& clock)
        : m_db(db)
        , m_session(std::move(session))
        , m_clock(clock)
    {}
    // Rows after `after` (the last row of the previous page; null for the first).
    Result<QVector<CallRow>> page(const CallFilter& filter, const CallRow* after, int limit) const;
    Result<int> count(const CallFilter& filter) const;

private:
    QString whereClause(const CallFilter& filter, QVariantMap& binds) const;
    Database& m_db;
    Session m_session;
    const Clock& m_clock;
};

} // namespace ascolto

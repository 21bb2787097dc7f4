#pragma once

#include "Session.h"
#include "TeamBoardQuery.h"

#include "domain/Clock.h"
#include "domain/Money.h"
#include "domain/Satisfaction.h"

#include <QDate>
#include <QVariant>
#include <QVector>

#include <optional>

namespace ascolto {

class Database;

// One row of the portfolio list: a compact struct, fetched a page at a time.
struct PortfolioRow
{
    qint64 rowid = 0;
    QString id;
    QString displayName;
    QString customerCode;
    QString city;
    QString province;
    QString operatorName;
    Money outstanding;
    Money overdue;
    QDate oldestOverdueDue; // invalid when nothing is overdue
    int agingBucket = -1;
    QString stage;
    QString planStatus;
    QString promiseStatus;
    QString nextActionKind;
    QDate nextActionAt;
    QDateTime lastContactAt;
    QString lastOutcome;
    QString lastEmotion;
    int csatLast = 0;
    int csatPrevious = 0;
    int flags = 0;      // DebtorFlag bits
    QVariant sortValue; // value of the sort column, for the next page's keyset
};

// What the operator narrowed the list to. Every part is optional and they combine (AND);
// inside one part, alternatives combine with OR.
struct PortfolioFilter
{
    QString search;          // name, codes, phone, e-mail, bill or PagoPA number
    QList<int> agingBuckets; // 0 = 0-30 ... 5 = >360
    QStringList stages;      // EscalationLadder stage codes
    QStringList planPromise; // plan_active, plan_awaiting_approval, plan_broken,
                             // promise_open, promise_due_today, promise_broken, none
    int flagsAll = 0;        // rows having all of these DebtorFlag bits
    int dueWithinDays = -1;  // an unpaid bill due within N days (caring); -1 = off
    QString province;
    QString operatorId; // team lead / admin: one operator's debtors
    // The debtors behind a cell of the team board.
    std::optional<TeamDrill> drill;
    bool operator==(const PortfolioFilter& o) const;
};

// Sortable columns, each backed by an index (no sorting in memory).
enum class PortfolioSortKey
{
    Name,
    CustomerCode,
    City,
    Outstanding,
    Overdue,
    OldestDue,
    Stage,
    NextAction,
    LastContact,
    PlanStatus,
    Satisfaction,
    Flags,
    Operator
};

struct PortfolioSort
{
    PortfolioSortKey key = PortfolioSortKey::Name;
    bool descending = false;
};

struct PortfolioKpis
{
    int debtors = 0;
    Money outstanding;
    Money overdue;
    Money billedLast90Days;
    // Days sales outstanding = outstanding / billed in the last 90 days x 90; -1 when nothing
    // was billed.
    int dsoDays = -1;
    Money collectedThisMonth;
    int promisesDueToday = 0;
    int installmentsDueThisWeek = 0;
    int caringPending = 0;
    SatisfactionScores satisfaction; // surveys of the last 90 days
};

// The session's portfolio read from the materialised rows (debtor_summary): filtered,
// searched and sorted in SQL, paged by keyset (never OFFSET). Thread: use on the thread of
// the Database it was given.
class PortfolioQuery
{
public:
    PortfolioQuery(Database& db, Session session, const Clock& clock)
        : m_db(db)
        , m_session(std::move(session))
        , m_clock(clock)
    {}

    // Rows matching; while searching, counting stops past SearchCountLimit.
    int count(const PortfolioFilter& filter = {}) const;
    static constexpr int SearchCountLimit = 1000;
    // Each kind of code prefix (customer code, bill number...) contributes at most this
    // many debtors until more characters make it selective.
    static constexpr int CodeMatchLimit = 2000;
    // Above this many full-text matches a page is read in sort order instead of sorting
    // the matches (measured at 100,000 debtors: 6 ms instead of 19 ms for "da").
    static constexpr int DenseSearchMatches = 4000;
    // Rows after `after` (the last row of the previous page; null for the first page).
    QVector<PortfolioRow> page(const PortfolioFilter& filter, const PortfolioSort& sort,
                               const PortfolioRow* after, int limit) const;
    PortfolioKpis kpis() const;
    // Provinces and operators present in the scope, for the filter menus.
    QStringList provinces() const;
    QVector<QPair<QString, QString>> operators() const; // (id, name)
    const Session& session() const { return m_session; }

private:
    QString whereClause(const PortfolioFilter& filter, QVariantMap& binds,
                        bool denseSearch = false) const;
    int searchMatches(const QString& fts) const;
    // Whether the session's scope is most of the store (a team lead's client in a one-client
    // store): counting a filter then reads the table once instead of going through the
    // client's index row by row (18 ms instead of 70 at 100,000 debtors). Asked once.
    bool scopeIsMostOfStore() const;
    Database& m_db;
    Session m_session;
    const Clock& m_clock;
    mutable int m_scopeIsMost = -1; // -1 not asked yet
};

} // namespace ascolto

#pragma once

#include "Session.h"

#include "domain/Money.h"

#include <QDate>
#include <QVector>

namespace ascolto {

class Database;

// One row of the portfolio list: a compact struct, fetched a page at a time.
struct PortfolioRow
{
    QString id;
    QString displayName;
    QString customerCode;
    QString city;
    QString province;
    QString operatorName;
    Money outstanding;
    Money overdue;
    QDate oldestOverdueDue;
    bool vulnerable = false;
    bool doNotContact = false;
    bool onHold = false;
};

// Pages of the session's portfolio ordered by name, by keyset (never OFFSET): each page
// starts after the last row of the previous one.
class PortfolioQuery
{
public:
    PortfolioQuery(Database& db, Session session)
        : m_db(db)
        , m_session(std::move(session))
    {}

    int count() const;
    // Rows after (afterName, afterId); pass empty strings for the first page.
    QVector<PortfolioRow> page(const QString& afterName, const QString& afterId, int limit) const;
    const Session& session() const { return m_session; }

private:
    Database& m_db;
    Session m_session;
};

} // namespace ascolto

#include "Transaction.h"

#include "Database.h"

namespace ascolto {

Transaction::Transaction(Database& db)
    : m_db(db)
{
    m_begin = m_db.execScript(QStringLiteral("BEGIN IMMEDIATE"));
    m_open = m_begin.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.execScript(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit()
{
    if (!m_open)
        return Status::failure(m_begin.ok() ? QStringLiteral("transaction already closed")
                                            : m_begin.error());
    Status s = m_db.execScript(QStringLiteral("COMMIT"));
    if (s)
        m_open = false;
    return s;
}

} // namespace ascolto

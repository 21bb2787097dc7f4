#pragma once

#include "domain/Clock.h"
#include "domain/Records.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace ascolto {

class Database;
class Session;

// Conversations and complaints recorded from the card. Each save is one transaction with
// its audit row and the debtor's refreshed portfolio row.
class InteractionRepository
{
    Q_DECLARE_TR_FUNCTIONS(InteractionRepository)
public:
    InteractionRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    static QStringList channels();
    static QStringList purposes();
    static QStringList outcomes();
    static QStringList emotions();
    static QStringList nonpaymentReasons();
    static QStringList complaintCategories();

    Result<QString> record(const Session& session, const InteractionDraft& draft);
    // Opens a complaint for the client; the linked bills put the debtor on dispute hold
    // until it is resolved.
    Result<QString> openComplaint(const Session& session, const ComplaintDraft& draft);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

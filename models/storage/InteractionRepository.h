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
    static QStringList emotions();
    static QStringList nonpaymentReasons();
    static QStringList complaintCategories();

    Result<QString> record(const Session& session, const InteractionDraft& draft);
    // Opens a complaint for the client; the linked bills put the debtor on dispute hold
    // until it is resolved.
    Result<QString> openComplaint(const Session& session, const ComplaintDraft& draft);

    static QStringList complaintStatuses();
    // Moves a complaint forward: open -> forwarded (to the client) -> resolved. Resolving
    // needs the resolution in words; when no complaint of the debtor stays open the bills
    // leave dispute hold.
    Status setComplaintStatus(const Session& session, const QString& complaintId,
                              const QString& status, const QString& resolution = {});

    // Records a payment-education message written to the outbox, with its interaction.
    // Refused when the debtor or the contact may not receive it (ContactPolicy).
    Result<QString> recordMessage(const Session& session, const MessageDraft& draft);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

#pragma once

#include "domain/Clock.h"
#include "domain/Records.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace ascolto {

class Database;
class Session;

class DebtorRepository
{
    Q_DECLARE_TR_FUNCTIONS(DebtorRepository)
public:
    DebtorRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // Team lead (own client) or admin. Validates tax code / VAT number / contacts and
    // records the first interlocutor. Returns the new id.
    Result<QString> create(const Session& session, const DebtorRecord& debtor);
    // Only within the session's scope; a debtor outside it is "not found".
    Result<DebtorRecord> find(const Session& session, const QString& id) const;
    int count(const Session& session) const;
    // Hands the debtor to another operator of the same client; the previous relationship
    // is closed, not erased. Team lead or admin.
    Status assign(const Session& session, const QString& debtorId, const QString& operatorId,
                  const QString& reason);
    // The same for several debtors in one transaction (an absence, a departure), with the
    // handover note the next caller reads on the card. Open tasks the previous operator held
    // for a debtor (callbacks, close-the-loop calls) follow the debtor; what was done stays
    // with who did it. Returns how many changed interlocutor.
    Result<int> reassign(const Session& session, const QStringList& debtorIds,
                         const QString& operatorId, const QString& note);
    // Every debtor an operator holds, to another operator of the same client.
    Result<int> reassignAllOf(const Session& session, const QString& fromOperatorId,
                              const QString& toOperatorId, const QString& note);
    Result<QString> addContact(const Session& session, const QString& debtorId,
                               const ContactRecord& contact);
    // Rectification (GDPR art. 16) through the card: the registry data of a debtor the
    // session may see (names, tax code, VAT number, birth date, language, postal address),
    // checked as at creation; the display name follows the names. Returns the columns that
    // changed (none: nothing is written). Audited with the columns' names, never their values:
    // the audit log outlives an erasure of the debtor.
    Result<QStringList> rectify(const Session& session, const DebtorRecord& corrected);

private:
    Status insertContact(const QString& debtorId, const ContactRecord& contact, QString* id);
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

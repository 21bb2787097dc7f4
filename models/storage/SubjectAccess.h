#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QJsonObject>

namespace ascolto {

class Database;
class Session;

// Everything the store holds about one debtor, for an access request (GDPR art. 15): the
// debtor's row and every row that refers to them (contacts, supplies, bills, payments and
// their allocations, calls and messages, promises, plans and installments, complaints,
// surveys, tasks, interlocutors, unsaved calls) and the audit rows about them. Derived
// tables (portfolio rows, search text) are left out: they repeat what is here. Only what
// the session may see (an operator their own debtors), and the request itself is audited.
class SubjectAccess
{
public:
    // {"debtor": {...}, "sections": {"contact": [{...}, ...], ...}, "made_at": ..., "by": ...}
    static Result<QJsonObject> collect(Database& db, const Clock& clock, const Session& session,
                                       const QString& debtorId);
    // The sections in the order they are shown.
    static QStringList sections();
};

} // namespace ascolto

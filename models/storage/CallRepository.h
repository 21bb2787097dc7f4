#pragma once

#include "domain/CallState.h"
#include "domain/Clock.h"
#include "domain/Result.h"

#include <QCoreApplication>

namespace ascolto {

class Database;
class Session;

// The call workspace's storage: drafts written while the call runs, and the save that turns
// a call into records (interaction, promise, tasks, flags, survey, audit) in one transaction.
class CallRepository
{
    Q_DECLARE_TR_FUNCTIONS(CallRepository)
public:
    CallRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // Writes the draft (gives it an id the first time). Cheap: one small row.
    Status saveDraft(const Session& session, CallState& state);
    // The session user's unsaved calls, oldest first.
    Result<QVector<CallState>> drafts(const Session& session);
    Status discardDraft(const Session& session, const QString& draftId);

    struct Saved
    {
        QString interactionId;
        QString promiseId;
        QString surveyId;
        QStringList taskIds;
        bool closeTheLoop = false; // the survey asked for a close-the-loop call
        QString closedTaskId;      // the Today task the call served, now done
    };
    // Validates the call against the debtor's balance and the calendar, then records it and
    // deletes its draft.
    Result<Saved> finish(const Session& session, const CallState& state);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

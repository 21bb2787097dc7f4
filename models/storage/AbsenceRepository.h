#pragma once

#include "Session.h"

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QDate>
#include <QVector>

namespace ascolto {

class Database;

struct AbsenceRecord
{
    QString id;
    QString operatorId, operatorName;
    QString backupId, backupName;
    QDate from, to; // both included
    QString note;
    bool cancelled = false;
};

// Absences and their backups (schema 15). A team lead of the client (or an admin) records
// that an operator is away from one day to another and who covers them; while it lasts the
// backup's session includes the absent operator's debtors (Session::covering), without
// changing their interlocutor. Each change is one transaction with its audit row.
class AbsenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(AbsenceRepository)
public:
    AbsenceRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    Result<QString> add(const Session& session, const QString& operatorId, const QString& backupId,
                        const QDate& from, const QDate& to, const QString& note);
    // Ends an absence early (it stays in the list, cancelled).
    Status cancel(const Session& session, const QString& absenceId);
    // A team lead's client's, an admin's all, an operator's own (absent or covering); those
    // ended more than 30 days ago are left out. Soonest first.
    Result<QVector<AbsenceRecord>> list(const Session& session) const;
    // The operators `backupId` covers on `day`.
    QStringList coveredBy(const QString& backupId, const QDate& day) const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

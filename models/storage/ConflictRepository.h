#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>

namespace ascolto {

class Database;
class Session;

// A sync conflict: two offices changed the same field of a row while apart (schema 12: one
// conflict per field; before, one per row); the merge kept the later write everywhere and the
// overwritten value is kept here for the team lead to review.
struct ConflictRecord
{
    QString id;
    QDateTime at; // when the later of the two writes was made (before schema 12: applied)
    QString entity;
    QString entityId;
    QString field;      // the field whose value was overwritten (empty before schema 12)
    QString debtorName; // the debtor the row belongs to, when it belongs to one
    QString winnerDevice;
    qint64 winnerVersion = 0;
    QString loserDevice;
    qint64 loserVersion = 0;
    // When each value was written (from its field stamp); invalid for rows logged before
    // schema 12, which name row versions instead.
    QDateTime winnerWrittenAt;
    QDateTime loserWrittenAt;
    struct Field
    {
        QString name;
        QString overwritten; // the losing side's value
        QString current;     // the value in the store now
    };
    QVector<Field> differences; // fields where the overwritten value is not the current one
    QString reviewedBy;         // display name, empty while not reviewed
    QDateTime reviewedAt;
};

class ConflictRepository
{
    Q_DECLARE_TR_FUNCTIONS(ConflictRepository)
public:
    ConflictRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    // Team leads see the conflicts on their client's rows, admins all; operators none.
    // Newest first.
    Result<QVector<ConflictRecord>> list(const Session& session, bool includeReviewed) const;
    Result<int> unreviewedCount(const Session& session) const;
    // Marks the conflicts reviewed by the session's user, with an audit row, in one
    // transaction. Conflicts outside the session's scope are refused.
    Status markReviewed(const Session& session, const QStringList& ids);
    // A bundle's conflict rows (attached schema `schema`) merged into the store's, once they
    // are inserted: the first review made anywhere stands, and a lost value found against two
    // different writes names the later. Returns the rows changed.
    Result<int> mergeFrom(const QString& schema);
    // SQL: the incoming row ("excluded") names a later winner than the stored one.
    static QString laterWinnerSql();

private:
    QString scope(const Session& session) const;

    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

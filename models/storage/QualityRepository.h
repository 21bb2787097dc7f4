#pragma once

#include "Session.h"

#include "domain/Clock.h"
#include "domain/Money.h"
#include "domain/Result.h"
#include "domain/Scorecard.h"

#include <QDate>
#include <QDateTime>
#include <QVector>

namespace ascolto {

class Database;

// A scored call: the scorecard version it was scored on, the answers, the outcome of the
// operator's review and the coaching it leads to.
struct EvaluationRecord
{
    QString id;
    QString interactionId;
    QString debtorId;
    QString debtorName;
    QString operatorId;
    QString operatorName;
    QString evaluatorName;
    QDateTime callAt;
    QString scorecardId;
    int scorecardVersion = 0;
    QHash<QString, ScoreAnswer> answers;
    double score = 0; // 0..100, one decimal
    bool fatal = false;
    QString comment;
    QString status; // sent, acknowledged, disputed, answered
    QString operatorComment;
    QString answer;
    QString coachingSkill;
    QString coachingNote;
    QDate followUp;
    bool coachingDone = false;
    QDateTime createdAt;
};

// The recorded call a team lead reviews: what was said and done, as stored.
struct CallReview
{
    QString interactionId;
    QString clientId;
    QString debtorId;
    QString debtorName;
    QString operatorId;
    QString operatorName;
    QDateTime startedAt;
    int durationS = 0;
    QString channel, purpose, outcome, emotion, nonpaymentReason;
    QString scriptCode; // the call script followed (CallCatalog), empty when none
    QString notes;
    RecordedCall recorded;
    QStringList promises; // "30,00 € by 25/11/2026"
    // Plans the operator agreed with the debtor during the call or right after it.
    struct Plan
    {
        QString kind, status;
        int installments = 0;
        Money payable;
        QDate firstDue;
    };
    QVector<Plan> plans;
    QString surveyText; // "CSAT 5/5, CES 6/7, NPS 10: their words"
};

// Quality review of calls: versioned scorecards per client, evaluations of recorded calls,
// the operator's acknowledgement or dispute, the team lead's answer, coaching. Team leads
// of the call's client and administrators score and answer; the evaluated operator
// acknowledges or disputes. Each change is one transaction with its audit row.
class QualityRepository
{
    Q_DECLARE_TR_FUNCTIONS(QualityRepository)
public:
    QualityRepository(Database& db, const Clock& clock)
        : m_db(db)
        , m_clock(clock)
    {}

    struct Version
    {
        QString id; // empty: the standard card, not stored yet (stored with its first use)
        int version = 0;
        Scorecard card;
    };
    // The client's latest scorecard (Scorecard::standard() until the client has one).
    Result<Version> current(const QString& clientId) const;
    Result<Version> version(const QString& scorecardId) const;
    // A new version of the client's card (an unchanged definition changes nothing); returns
    // the version number in force.
    Result<int> saveScorecard(const Session& session, const QString& clientId,
                              const Scorecard& card);

    Result<CallReview> review(const Session& session, const QString& interactionId) const;

    struct Coaching
    {
        QString skill;
        QString note;
        QDate followUp;
    };
    // Scores the call on the client's current card; every item must be answered. Returns
    // the evaluation's id.
    Result<QString> evaluate(const Session& session, const QString& interactionId,
                             const QHash<QString, ScoreAnswer>& answers, const QString& comment,
                             const Coaching& coaching = {});
    // The evaluated operator: acknowledged, or disputed with a comment.
    Status respond(const Session& session, const QString& evaluationId, bool dispute,
                   const QString& comment);
    // The team lead's answer to a dispute.
    Status answerDispute(const Session& session, const QString& evaluationId,
                         const QString& answer);
    Status setCoachingDone(const Session& session, const QString& evaluationId, bool done);

    Result<EvaluationRecord> evaluation(const Session& session, const QString& id) const;
    Result<QString> evaluationOfCall(const Session& session, const QString& interactionId) const;
    // Newest first, at most EvaluationsLimit: an operator's own; a team lead's client's (one
    // operator's when given).
    static constexpr int EvaluationsLimit = 1000;
    Result<QVector<EvaluationRecord>> evaluations(const Session& session,
                                                  const QString& operatorId = {}) const;
    // What waits for the session: an operator's evaluations to acknowledge, a team lead's
    // disputes to answer.
    int waiting(const Session& session) const;

private:
    Result<QVector<EvaluationRecord>> readAll(const QString& where,
                                              const QVariantList& binds) const;
    Database& m_db;
    const Clock& m_clock;
};

} // namespace ascolto

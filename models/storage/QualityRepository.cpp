#include "QualityRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "Ids.h"
#include "SqlHelpers.h"
#include "Transaction.h"

#include "domain/CallOutcome.h"
#include "domain/Money.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

namespace ascolto {

namespace {

bool mayScore(const Session& session, const QString& clientId)
{
    return session.role() == Role::Admin ||
           (session.role() == Role::TeamLead && session.clientId() == clientId);
}

QByteArray answersJson(const QHash<QString, ScoreAnswer>& answers)
{
    QJsonObject o;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it)
        if (it.value() != ScoreAnswer::Unanswered)
            o.insert(it.key(), scoreAnswerCode(it.value()));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QHash<QString, ScoreAnswer> answersFrom(const QString& json)
{
    QHash<QString, ScoreAnswer> answers;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        answers.insert(it.key(), scoreAnswerFromCode(it.value().toString()));
    return answers;
}

const char* const kSelect =
    "SELECT e.id, e.interaction_id, e.debtor_id, d.display_name, e.operator_id, "
    "coalesce(o.display_name, ''), coalesce(v.display_name, ''), i.started_at, e.scorecard_id, "
    "sc.version, e.answers, e.score_tenths, e.fatal, coalesce(e.comment, ''), e.status, "
    "coalesce(e.operator_comment, ''), coalesce(e.answer, ''), coalesce(e.coaching_skill, ''), "
    "coalesce(e.coaching_note, ''), coalesce(e.follow_up, ''), e.coaching_done, e.created_at, "
    "e.client_id FROM evaluation e JOIN debtor d ON d.id = e.debtor_id JOIN interaction i ON "
    "i.id = e.interaction_id JOIN scorecard sc ON sc.id = e.scorecard_id LEFT JOIN app_user o "
    "ON o.id = e.operator_id LEFT JOIN app_user v ON v.id = e.evaluator_id ";

EvaluationRecord recordFrom(const QSqlQuery& q)
{
    EvaluationRecord r;
    r.id = q.value(0).toString();
    r.interactionId = q.value(1).toString();
    r.debtorId = q.value(2).toString();
    r.debtorName = q.value(3).toString();
    r.operatorId = q.value(4).toString();
    r.operatorName = q.value(5).toString();
    r.evaluatorName = q.value(6).toString();
    r.callAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    r.scorecardId = q.value(8).toString();
    r.scorecardVersion = q.value(9).toInt();
    r.answers = answersFrom(q.value(10).toString());
    r.score = q.value(11).toInt() / 10.0;
    r.fatal = q.value(12).toBool();
    r.comment = q.value(13).toString();
    r.status = q.value(14).toString();
    r.operatorComment = q.value(15).toString();
    r.answer = q.value(16).toString();
    r.coachingSkill = q.value(17).toString();
    r.coachingNote = q.value(18).toString();
    r.followUp = QDate::fromString(q.value(19).toString(), Qt::ISODate);
    r.coachingDone = q.value(20).toBool();
    r.createdAt = QDateTime::fromString(q.value(21).toString(), Qt::ISODate);
    return r;
}

} // namespace

Result<QualityRepository::Version> QualityRepository::current(const QString& clientId) const
{
    QSqlQuery q(m_db.sql());
    if (!execBound(q,
                   QStringLiteral("SELECT id FROM scorecard WHERE client_id = ? ORDER BY version "
                                  "DESC LIMIT 1"),
                   {clientId}, tr("Reading the scorecard")))
        return Result<Version>::failure(q.lastError().text());
    if (q.next())
        return version(q.value(0).toString());
    return Version{QString(), 1, Scorecard::standard()};
}

Result<QualityRepository::Version> QualityRepository::version(const QString& scorecardId) const
{
    QSqlQuery q(m_db.sql());
    if (Status s = execBound(q,
                             QStringLiteral("SELECT version, definition FROM scorecard WHERE id "
                                            "= ?"),
                             {scorecardId}, tr("Reading the scorecard"));
        !s)
        return s;
    if (!q.next())
        return Result<Version>::failure(tr("This scorecard is not in the store."));
    auto card = Scorecard::fromJson(q.value(1).toString().toUtf8());
    if (!card)
        return card.status();
    return Version{scorecardId, q.value(0).toInt(), *card};
}

Result<int> QualityRepository::saveScorecard(const Session& session, const QString& clientId,
                                             const Scorecard& card)
{
    using R = Result<int>;
    if (!mayScore(session, clientId))
        return R::failure(Session::notAllowed(tr("change the client's scorecard")));
    if (Status s = card.validate(); !s)
        return s;
    const auto latest = current(clientId);
    if (!latest)
        return latest.status();
    if (!latest->id.isEmpty() && latest->card.toJson() == card.toJson())
        return latest->version;
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const int next = latest->id.isEmpty() ? 1 : latest->version + 1;
    const QString id = newId();
    QSqlQuery q(m_db.sql());
    if (Status s =
            execBound(q,
                      QStringLiteral("INSERT INTO scorecard(id, client_id, version, "
                                     "definition, created_by, device_id, created_at) "
                                     "VALUES(?, ?, ?, ?, ?, ?, ?)"),
                      {id, clientId, next, QString::fromUtf8(card.toJson()),
                       nullable(session.userId()), m_db.deviceId(), isoUtc(m_clock.nowUtc())},
                      tr("Saving the scorecard"));
        !s)
        return s;
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("create"),
                                    QStringLiteral("scorecard"), id,
                                    QJsonObject{{QStringLiteral("version"), next}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return next;
}

Result<CallReview> QualityRepository::review(const Session& session,
                                             const QString& interactionId) const
{
    using R = Result<CallReview>;
    QSqlQuery q(m_db.sql());
    if (Status s = execBound(
            q,
            QStringLiteral(
                "SELECT i.id, i.client_id, i.debtor_id, d.display_name, coalesce(i.operator_id, "
                "''), coalesce(u.display_name, ''), i.started_at, i.duration_s, i.channel, "
                "i.purpose, i.outcome, coalesce(i.emotion, ''), coalesce(i.nonpayment_reason, "
                "''), coalesce(i.notes, ''), coalesce(i.checklist, '{}'), "
                "coalesce(i.override_reason, ''), coalesce(i.script_code, '') FROM interaction i "
                "JOIN debtor d ON d.id = "
                "i.debtor_id LEFT JOIN app_user u ON u.id = i.operator_id WHERE i.id = ?"),
            {interactionId}, tr("Reading the call"));
        !s)
        return s;
    if (!q.next())
        return R::failure(tr("This call is not in the store."));
    CallReview r;
    r.interactionId = q.value(0).toString();
    r.clientId = q.value(1).toString();
    r.debtorId = q.value(2).toString();
    r.debtorName = q.value(3).toString();
    r.operatorId = q.value(4).toString();
    r.operatorName = q.value(5).toString();
    r.startedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    r.durationS = q.value(7).toInt();
    r.channel = q.value(8).toString();
    r.purpose = q.value(9).toString();
    r.outcome = q.value(10).toString();
    r.emotion = q.value(11).toString();
    r.nonpaymentReason = q.value(12).toString();
    r.notes = q.value(13).toString();
    r.recorded = RecordedCall::fromChecklistJson(q.value(14).toString());
    r.recorded.overrideReason = q.value(15).toString();
    r.scriptCode = q.value(16).toString();
    r.recorded.emotion = r.emotion;
    r.recorded.conversation = CallOutcome::isConversation(r.outcome);
    if (!mayScore(session, r.clientId) && r.operatorId != session.userId())
        return R::failure(tr("This call is not in your scope."));
    const QLocale locale;
    if (Status s = execBound(q,
                             QStringLiteral("SELECT amount_cents, due_date FROM promise WHERE "
                                            "debtor_id = ? AND interaction_id = ?"),
                             {r.debtorId, r.interactionId}, tr("Reading the call's promise"));
        !s)
        return s;
    while (q.next())
        r.promises << tr("%1 by %2")
                          .arg(
                              Money::fromCents(q.value(0).toLongLong()).format(locale),
                              locale.toString(QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                              QLocale::ShortFormat));
    // A plan is saved from the card, not with the call: the ones the operator agreed with
    // this debtor from the call's start to two hours after its end.
    if (Status s = execBound(
            q,
            QStringLiteral("SELECT kind, status, installment_count, total_cents - discount_cents, "
                           "first_due FROM plan WHERE debtor_id = ? AND created_by = ? AND "
                           "created_at >= ? AND created_at <= ? ORDER BY created_at"),
            {r.debtorId, r.operatorId, isoUtc(r.startedAt),
             isoUtc(r.startedAt.addSecs(r.durationS + 2 * 3600))},
            tr("Reading the call's plan"));
        !s)
        return s;
    while (q.next())
        r.plans.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                           Money::fromCents(q.value(3).toLongLong()),
                           QDate::fromString(q.value(4).toString(), Qt::ISODate)});
    if (Status s = execBound(q,
                             QStringLiteral("SELECT csat, ces, nps, coalesce(comment, '') FROM "
                                            "survey WHERE debtor_id = ? AND interaction_id = ?"),
                             {r.debtorId, r.interactionId}, tr("Reading the call's survey"));
        !s)
        return s;
    if (q.next()) {
        r.recorded.surveyed = true;
        QStringList parts;
        if (!q.value(0).isNull())
            parts << tr("CSAT %1/5").arg(q.value(0).toInt());
        if (!q.value(1).isNull())
            parts << tr("CES %1/7").arg(q.value(1).toInt());
        if (!q.value(2).isNull())
            parts << tr("NPS %1").arg(q.value(2).toInt());
        r.surveyText = parts.join(QStringLiteral(", "));
        if (!q.value(3).toString().isEmpty())
            r.surveyText += QStringLiteral(": \u201C%1\u201D").arg(q.value(3).toString());
    }
    return r;
}

Result<QString> QualityRepository::evaluate(const Session& session, const QString& interactionId,
                                            const QHash<QString, ScoreAnswer>& answers,
                                            const QString& comment, const Coaching& coaching)
{
    using R = Result<QString>;
    const auto call = review(session, interactionId);
    if (!call)
        return call.status();
    if (!mayScore(session, call->clientId))
        return R::failure(Session::notAllowed(tr("score calls")));
    if (call->operatorId.isEmpty() ||
        !QStringList{QStringLiteral("phone_out"), QStringLiteral("phone_in"),
                     QStringLiteral("visit")}
             .contains(call->channel))
        return R::failure(tr("Only an operator's calls are scored, not written messages."));
    if (const auto existing = evaluationOfCall(session, interactionId); !existing)
        return existing.status();
    else if (!existing->isEmpty())
        return R::failure(tr("This call has already been scored."));
    const auto card = current(call->clientId);
    if (!card)
        return card.status();
    // Only the card's own items are kept: an answer to an item of another version is noise.
    QHash<QString, ScoreAnswer> kept;
    for (const QString& code : card->card.itemCodes())
        if (answers.contains(code))
            kept.insert(code, answers.value(code));
    const ScoreResult result = card->card.score(kept);
    if (!result.complete) {
        for (const ScorecardSection& s : card->card.sections)
            for (const ScorecardItem& i : s.items)
                if (answers.value(i.code, ScoreAnswer::Unanswered) == ScoreAnswer::Unanswered)
                    return R::failure(tr("Answer every item: \"%1\" has no answer.")
                                          .arg(i.text(Scorecard::readerLanguage())));
    }
    if (!coaching.note.trimmed().isEmpty() && coaching.skill.trimmed().isEmpty())
        return R::failure(tr("Name the skill the coaching note is about."));
    if (coaching.followUp.isValid() && coaching.followUp < m_clock.today())
        return R::failure(tr("The follow-up date is in the past."));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QString scorecardId = card->id;
    QSqlQuery q(m_db.sql());
    const QString now = isoUtc(m_clock.nowUtc());
    if (scorecardId.isEmpty()) {
        // The client's first evaluation stores the card it was scored on as version 1.
        scorecardId = newId();
        if (Status s =
                execBound(q,
                          QStringLiteral("INSERT INTO scorecard(id, client_id, version, "
                                         "definition, created_by, device_id, "
                                         "created_at) VALUES(?, ?, 1, ?, ?, ?, ?)"),
                          {scorecardId, call->clientId, QString::fromUtf8(card->card.toJson()),
                           nullable(session.userId()), m_db.deviceId(), now},
                          tr("Saving the scorecard"));
            !s)
            return s;
    }
    const QString id = newId();
    const int tenths = qBound(0, int(qRound(result.score * 10)), 1000);
    if (Status s = execBound(
            q,
            QStringLiteral("INSERT INTO evaluation(id, client_id, debtor_id, interaction_id, "
                           "scorecard_id, operator_id, evaluator_id, answers, score_tenths, "
                           "fatal, comment, status, coaching_skill, coaching_note, follow_up, "
                           "device_id, updated_at, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, 'sent', ?, ?, ?, ?, ?, ?)"),
            {id, call->clientId, call->debtorId, interactionId, scorecardId, call->operatorId,
             session.userId(), QString::fromUtf8(answersJson(kept)), tenths,
             result.fatalFailed.isEmpty() ? 0 : 1, nullable(comment.trimmed()),
             nullable(coaching.skill.trimmed()), nullable(coaching.note.trimmed()),
             coaching.followUp.isValid() ? QVariant(isoDate(coaching.followUp)) : QVariant(),
             m_db.deviceId(), now, now},
            tr("Saving the evaluation"));
        !s)
        return s;
    if (Status s = AuditLog::append(
            m_db, m_clock, session, QStringLiteral("create"), QStringLiteral("evaluation"), id,
            QJsonObject{{QStringLiteral("interaction"), interactionId},
                        {QStringLiteral("score"), tenths / 10.0},
                        {QStringLiteral("fatal"), result.fatalFailed.join(u',')}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

Status QualityRepository::respond(const Session& session, const QString& evaluationId, bool dispute,
                                  const QString& comment)
{
    const auto e = evaluation(session, evaluationId);
    if (!e)
        return e.status();
    if (e->operatorId != session.userId())
        return Status::failure(tr("Only the operator whose call was scored acknowledges or "
                                  "disputes the evaluation."));
    if (e->status != QLatin1String("sent") && e->status != QLatin1String("answered"))
        return Status::failure(tr("This evaluation was already %1.")
                                   .arg(e->status == QLatin1String("acknowledged")
                                            ? tr("acknowledged")
                                            : tr("disputed")));
    if (dispute && comment.trimmed().size() < 3)
        return Status::failure(tr("Say what you dispute: the team lead will answer it."));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString status = dispute ? QStringLiteral("disputed") : QStringLiteral("acknowledged");
    QSqlQuery q(m_db.sql());
    if (Status s = execBound(q,
                             QStringLiteral("UPDATE evaluation SET status = ?, operator_comment "
                                            "= coalesce(?, operator_comment), version = version "
                                            "+ 1, device_id = ?, updated_at = ? WHERE id = ?"),
                             {status, nullable(comment.trimmed()), m_db.deviceId(),
                              isoUtc(m_clock.nowUtc()), evaluationId},
                             tr("Saving your answer"));
        !s)
        return s;
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("update"),
                                    QStringLiteral("evaluation"), evaluationId,
                                    QJsonObject{{QStringLiteral("status"), status}});
        !s)
        return s;
    return tx.commit();
}

Status QualityRepository::answerDispute(const Session& session, const QString& evaluationId,
                                        const QString& answer)
{
    const auto e = evaluation(session, evaluationId);
    if (!e)
        return e.status();
    QSqlQuery q(m_db.sql());
    if (Status s = execBound(q, QStringLiteral("SELECT client_id FROM evaluation WHERE id = ?"),
                             {evaluationId}, tr("Reading the evaluation"));
        !s || !q.next())
        return s ? Status::failure(tr("This evaluation is not in the store.")) : s;
    if (!mayScore(session, q.value(0).toString()))
        return Status::failure(Session::notAllowed(tr("answer a disputed evaluation")));
    if (e->status != QLatin1String("disputed"))
        return Status::failure(tr("Only a disputed evaluation is answered."));
    if (answer.trimmed().size() < 3)
        return Status::failure(tr("Write the answer the operator will read."));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s =
            execBound(q,
                      QStringLiteral("UPDATE evaluation SET status = 'answered', answer = "
                                     "?, version = version + 1, device_id = ?, "
                                     "updated_at = ? WHERE id = ?"),
                      {answer.trimmed(), m_db.deviceId(), isoUtc(m_clock.nowUtc()), evaluationId},
                      tr("Saving the answer"));
        !s)
        return s;
    if (Status s = AuditLog::append(
            m_db, m_clock, session, QStringLiteral("update"), QStringLiteral("evaluation"),
            evaluationId, QJsonObject{{QStringLiteral("status"), QStringLiteral("answered")}});
        !s)
        return s;
    return tx.commit();
}

Status QualityRepository::setCoachingDone(const Session& session, const QString& evaluationId,
                                          bool done)
{
    QSqlQuery q(m_db.sql());
    if (Status s = execBound(q, QStringLiteral("SELECT client_id FROM evaluation WHERE id = ?"),
                             {evaluationId}, tr("Reading the evaluation"));
        !s || !q.next())
        return s ? Status::failure(tr("This evaluation is not in the store.")) : s;
    if (!mayScore(session, q.value(0).toString()))
        return Status::failure(Session::notAllowed(tr("follow up coaching")));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (Status s = execBound(
            q,
            QStringLiteral("UPDATE evaluation SET coaching_done = ?, version = "
                           "version + 1, device_id = ?, updated_at = ? WHERE "
                           "id = ? AND coaching_done <> ?"),
            {done ? 1 : 0, m_db.deviceId(), isoUtc(m_clock.nowUtc()), evaluationId, done ? 1 : 0},
            tr("Saving the coaching"));
        !s)
        return s;
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("update"),
                                    QStringLiteral("evaluation"), evaluationId,
                                    QJsonObject{{QStringLiteral("coaching_done"), done}});
        !s)
        return s;
    return tx.commit();
}

Result<QVector<EvaluationRecord>> QualityRepository::readAll(const QString& where,
                                                             const QVariantList& binds) const
{
    QSqlQuery q(m_db.sql());
    if (!q.prepare(QString::fromLatin1(kSelect) + where))
        return Result<QVector<EvaluationRecord>>::failure(
            tr("Reading the evaluations: %1").arg(q.lastError().text()));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (Status s = execOrFail(q, tr("Reading the evaluations")); !s)
        return s;
    QVector<EvaluationRecord> out;
    while (q.next())
        out.push_back(recordFrom(q));
    return out;
}

Result<EvaluationRecord> QualityRepository::evaluation(const Session& session,
                                                       const QString& id) const
{
    QSqlQuery q(m_db.sql());
    if (!q.prepare(QString::fromLatin1(kSelect) + QStringLiteral("WHERE e.id = ?")))
        return Result<EvaluationRecord>::failure(q.lastError().text());
    q.addBindValue(id);
    if (Status s = execOrFail(q, tr("Reading the evaluation")); !s)
        return s;
    if (!q.next())
        return Result<EvaluationRecord>::failure(tr("This evaluation is not in the store."));
    EvaluationRecord r = recordFrom(q);
    if (!mayScore(session, q.value(22).toString()) && r.operatorId != session.userId())
        return Result<EvaluationRecord>::failure(tr("This evaluation is not in your scope."));
    return r;
}

Result<QString> QualityRepository::evaluationOfCall(const Session& session,
                                                    const QString& interactionId) const
{
    Q_UNUSED(session);
    QSqlQuery q(m_db.sql());
    if (Status s = execBound(q,
                             QStringLiteral("SELECT id FROM evaluation WHERE interaction_id = ? "
                                            "ORDER BY created_at LIMIT 1"),
                             {interactionId}, tr("Reading the evaluation"));
        !s)
        return s;
    return q.next() ? q.value(0).toString() : QString();
}

Result<QVector<EvaluationRecord>> QualityRepository::evaluations(const Session& session,
                                                                 const QString& operatorId) const
{
    QStringList where;
    QVariantList binds;
    if (session.role() == Role::Operator) {
        where << QStringLiteral("e.operator_id = ?");
        binds << session.userId();
    } else {
        if (session.role() == Role::TeamLead) {
            where << QStringLiteral("e.client_id = ?");
            binds << session.clientId();
        }
        if (!operatorId.isEmpty()) {
            where << QStringLiteral("e.operator_id = ?");
            binds << operatorId;
        }
    }
    const QString clause = where.isEmpty()
                               ? QString()
                               : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    return readAll(
        clause +
            QStringLiteral(" ORDER BY e.created_at DESC, e.id DESC LIMIT %1").arg(EvaluationsLimit),
        binds);
}

int QualityRepository::waiting(const Session& session) const
{
    QSqlQuery q(m_db.sql());
    Status s;
    if (session.role() == Role::Operator)
        s = execBound(q,
                      QStringLiteral("SELECT count(*) FROM evaluation WHERE operator_id = ? AND "
                                     "status IN ('sent', 'answered')"),
                      {session.userId()}, tr("Counting the evaluations"));
    else if (session.role() == Role::TeamLead)
        s = execBound(q,
                      QStringLiteral("SELECT count(*) FROM evaluation WHERE client_id = ? AND "
                                     "status = 'disputed'"),
                      {session.clientId()}, tr("Counting the evaluations"));
    else
        s = execBound(q,
                      QStringLiteral("SELECT count(*) FROM evaluation WHERE status = 'disputed'"),
                      {}, tr("Counting the evaluations"));
    return s && q.next() ? q.value(0).toInt() : 0;
}

} // namespace ascolto

#include "CallRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "DebtorRepository.h"
#include "DebtorSummaryRepository.h"
#include "Ids.h"
#include "Session.h"
#include "SqlHelpers.h"
#include "Transaction.h"

#include "domain/ItalianCalendar.h"
#include "domain/Satisfaction.h"
#include "domain/TaskReason.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ascolto {

Status CallRepository::saveDraft(const Session& session, CallState& state)
{
    if (state.draftId.isEmpty())
        state.draftId = newId();
    if (!state.startedAt.isValid())
        state.startedAt = m_clock.nowUtc();
    QSqlQuery q(m_db.sql());
    return execBound(q,
                     QStringLiteral("INSERT INTO call_draft(id, debtor_id, operator_id, payload, "
                                    "started_at, updated_at) VALUES(?, ?, ?, ?, ?, ?) "
                                    "ON CONFLICT(id) DO UPDATE SET payload = excluded.payload, "
                                    "updated_at = excluded.updated_at"),
                     {state.draftId, state.debtorId, nullable(session.userId()),
                      QString::fromUtf8(state.toJson()), isoUtc(state.startedAt),
                      isoUtc(m_clock.nowUtc())},
                     tr("Saving the call draft"));
}

Result<QVector<CallState>> CallRepository::drafts(const Session& session)
{
    QSqlQuery q(m_db.sql());
    if (Status s = execBound(q,
                             QStringLiteral("SELECT payload FROM call_draft WHERE operator_id IS ? "
                                            "ORDER BY started_at"),
                             {nullable(session.userId())}, tr("Reading the call drafts"));
        !s)
        return s;
    QVector<CallState> out;
    while (q.next()) {
        auto state = CallState::fromJson(q.value(0).toString().toUtf8());
        if (state)
            out.push_back(state.value());
    }
    return out;
}

Status CallRepository::discardDraft(const Session& session, const QString& draftId)
{
    QSqlQuery q(m_db.sql());
    return execBound(q, QStringLiteral("DELETE FROM call_draft WHERE id = ? AND operator_id IS ?"),
                     {draftId, nullable(session.userId())}, tr("Discarding the call draft"));
}

Result<CallRepository::Saved> CallRepository::finish(const Session& session, const CallState& st)
{
    using R = Result<Saved>;
    const auto debtor = DebtorRepository(m_db, m_clock).find(session, st.debtorId);
    if (!debtor)
        return debtor.status();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();

    CallState::Limits limits;
    limits.today = m_clock.today();
    limits.nowLocal = m_clock.nowLocal();
    {
        QSqlQuery q(m_db.sql());
        if (Status s = execBound(q,
                                 QStringLiteral("SELECT outstanding_cents FROM debtor_summary "
                                                "WHERE debtor_id = ?"),
                                 {st.debtorId}, tr("Reading the balance"));
            !s)
            return s;
        limits.outstanding = Money::fromCents(q.next() ? q.value(0).toLongLong() : 0);
    }
    if (const QString problem = st.problem(limits); !problem.isEmpty())
        return R::failure(problem);
    if (!st.contactId.isEmpty()) {
        QSqlQuery q(m_db.sql());
        if (Status s = execBound(q,
                                 QStringLiteral("SELECT 1 FROM contact WHERE id = ? AND "
                                                "debtor_id = ?"),
                                 {st.contactId, st.debtorId}, tr("Checking the number called"));
            !s)
            return s;
        if (!q.next())
            return R::failure(tr("The number called does not belong to this debtor."));
    }

    Saved saved;
    const QString now = isoUtc(m_clock.nowUtc());
    const QString device = m_db.deviceId();
    const QString operatorId = session.userId();
    saved.interactionId = newId();
    QJsonObject checklist;
    checklist.insert(QLatin1String("items"), QJsonArray::fromStringList(st.checklist));
    checklist.insert(QLatin1String("identity"), st.identity == CallState::Identity::Confirmed
                                                    ? QStringLiteral("confirmed")
                                                : st.identity == CallState::Identity::ThirdParty
                                                    ? QStringLiteral("third_party")
                                                    : QStringLiteral("unknown"));
    if (!st.thirdPartyRelation.isEmpty())
        checklist.insert(QLatin1String("third_party"), st.thirdPartyRelation);
    if (!st.emotionsSeen.isEmpty())
        checklist.insert(QLatin1String("emotions"), QJsonArray::fromStringList(st.emotionsSeen));
    if (!st.blockReasons.isEmpty())
        checklist.insert(QLatin1String("blocked"), QJsonArray::fromStringList(st.blockReasons));
    {
        QSqlQuery q(m_db.sql());
        if (Status s = execBound(
                q,
                QStringLiteral("INSERT INTO interaction(id, client_id, debtor_id, operator_id, "
                               "contact_id, channel, purpose, script_code, started_at, duration_s, "
                               "emotion, nonpayment_reason, checklist, outcome, notes, "
                               "override_reason, device_id, created_at) "
                               "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {saved.interactionId, debtor->clientId, st.debtorId, nullable(operatorId),
                 nullable(st.contactId), st.channel, st.purpose, st.purpose,
                 isoUtc(st.startedAt.isValid() ? st.startedAt : m_clock.nowUtc()),
                 qMax(0, st.elapsedSeconds), nullable(st.emotion), nullable(st.nonpaymentReason),
                 QString::fromUtf8(QJsonDocument(checklist).toJson(QJsonDocument::Compact)),
                 st.outcome, nullable(st.notes.trimmed()), nullable(st.overrideReason.trimmed()),
                 device, now},
                tr("Saving the call"));
            !s)
            return s;
    }
    if (st.hasPromise()) {
        saved.promiseId = newId();
        QSqlQuery q(m_db.sql());
        if (Status s = execBound(
                q,
                QStringLiteral("INSERT INTO promise(id, debtor_id, interaction_id, "
                               "amount_cents, due_date, channel, status, "
                               "device_id, updated_at, created_at) "
                               "VALUES(?, ?, ?, ?, ?, ?, 'open', ?, ?, ?)"),
                {saved.promiseId, st.debtorId, saved.interactionId, st.promiseAmount.cents(),
                 isoDate(st.promiseDate), nullable(st.promiseChannel), device, now, now},
                tr("Saving the promise to pay"));
            !s)
            return s;
    }

    // `note`: what the operator typed (may be empty); `why`: Ascolto's own reason.
    auto addTask = [&](const QString& kind, const QString& dueAt, const QString& note,
                       const TaskReason& why = {}) {
        const QString id = newId();
        QSqlQuery q(m_db.sql());
        Status s = execBound(
            q,
            QStringLiteral("INSERT INTO task(id, debtor_id, assigned_to, kind, due_at, reason, "
                           "reason_code, reason_args, related_id, status, created_by, device_id, "
                           "updated_at, created_at) "
                           "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)"),
            {id, st.debtorId, nullable(operatorId), kind, dueAt, nullable(note), nullable(why.code),
             why.isEmpty() ? QVariant() : QVariant(why.argsJson()), saved.interactionId,
             nullable(operatorId), device, now, now},
            tr("Scheduling the next step"));
        if (s)
            saved.taskIds << id;
        return s;
    };
    const QString firstLine = st.notes.trimmed().section(QLatin1Char('\n'), 0, 0).left(200);
    if (st.nextAction == QLatin1String("callback")) {
        if (Status s = addTask(QStringLiteral("callback"), isoUtc(st.nextAt.toUTC()), firstLine);
            !s)
            return s;
    } else if (st.nextAction == QLatin1String("reminder")) {
        if (Status s = addTask(QStringLiteral("reminder"), isoDate(st.nextAt.date()), firstLine);
            !s)
            return s;
    }

    if (st.hasSurvey()) {
        saved.surveyId = newId();
        QSqlQuery q(m_db.sql());
        if (Status s = execBound(q,
                                 QStringLiteral("INSERT INTO survey(id, debtor_id, interaction_id, "
                                                "csat, ces, nps, comment, device_id, created_at) "
                                                "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                 {saved.surveyId, st.debtorId, saved.interactionId,
                                  st.csat > 0 ? QVariant(st.csat) : QVariant(),
                                  st.ces > 0 ? QVariant(st.ces) : QVariant(),
                                  st.nps >= 0 ? QVariant(st.nps) : QVariant(),
                                  nullable(st.surveyComment.trimmed()), device, now},
                                 tr("Saving the satisfaction survey"));
            !s)
            return s;
        const SurveyAnswer answer{st.csat, st.ces, st.nps};
        if (SatisfactionScores::needsCloseTheLoop(answer)) {
            saved.closeTheLoop = true;
            const QDate due = ItalianCalendar::addBusinessDays(m_clock.today(), 1);
            if (Status s = addTask(QStringLiteral("close_the_loop"), isoDate(due), QString(),
                                   TaskReason::lowSurvey(st.nps, st.ces, st.surveyComment));
                !s)
                return s;
        }
    }

    // Flags only ever tighten here: an outcome never clears do-not-contact or an opt-out.
    if (st.optOutRequested) {
        QSqlQuery q(m_db.sql());
        if (Status s = execBound(q,
                                 QStringLiteral("UPDATE contact SET opt_out = 1, version = "
                                                "version + 1, device_id = ?, updated_at = ? "
                                                "WHERE id = ? AND opt_out = 0"),
                                 {device, now, st.contactId}, tr("Recording the opt-out"));
            !s)
            return s;
        if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("opt_out"),
                                        QStringLiteral("contact"), st.contactId,
                                        {{QStringLiteral("debtor_id"), st.debtorId}});
            !s)
            return s;
    }
    if (st.outcome == QLatin1String("wrong_number") && !st.contactId.isEmpty()) {
        QSqlQuery q(m_db.sql());
        if (Status s = execBound(q,
                                 QStringLiteral("UPDATE contact SET verified = 0, version = "
                                                "version + 1, device_id = ?, updated_at = ? "
                                                "WHERE id = ? AND verified = 1"),
                                 {device, now, st.contactId}, tr("Marking the wrong number"));
            !s)
            return s;
    }
    if (!st.vulnerability.isEmpty() && st.vulnerabilityConsent) {
        QSqlQuery q(m_db.sql());
        if (Status s = execBound(q,
                                 QStringLiteral("UPDATE debtor SET vulnerability = ?, "
                                                "vulnerability_note = ?, vulnerability_consent = "
                                                "1, version = version + 1, device_id = ?, "
                                                "updated_at = ? WHERE id = ?"),
                                 {st.vulnerability, nullable(st.vulnerabilityNote.trimmed()),
                                  device, now, st.debtorId},
                                 tr("Recording the vulnerability"));
            !s)
            return s;
        if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("vulnerability"),
                                        QStringLiteral("debtor"), st.debtorId,
                                        {{QStringLiteral("code"), st.vulnerability},
                                         {QStringLiteral("consent"), true},
                                         {QStringLiteral("interaction_id"), saved.interactionId}});
            !s)
            return s;
    }
    // The task the call served is done, whatever the outcome: the next step chosen in the
    // call (a new callback, a reminder) is what remains to do.
    if (!st.taskId.isEmpty()) {
        QSqlQuery q(m_db.sql());
        if (Status s = execBound(q,
                                 QStringLiteral("UPDATE task SET status = 'done', done_at = ?, "
                                                "version = version + 1, device_id = ?, "
                                                "updated_at = ? WHERE id = ? AND debtor_id = ? "
                                                "AND status = 'open'"),
                                 {now, device, now, st.taskId, st.debtorId},
                                 tr("Closing the task the call served"));
            !s)
            return s;
        saved.closedTaskId = q.numRowsAffected() > 0 ? st.taskId : QString();
    }
    if (!st.blockReasons.isEmpty()) {
        if (Status s = AuditLog::append(
                m_db, m_clock, session, QStringLiteral("override"), QStringLiteral("interaction"),
                saved.interactionId,
                {{QStringLiteral("debtor_id"), st.debtorId},
                 {QStringLiteral("rules"), QJsonArray::fromStringList(st.blockReasons)},
                 {QStringLiteral("reason"), st.overrideReason.trimmed()}});
            !s)
            return s;
    }
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("create"),
                                    QStringLiteral("interaction"), saved.interactionId,
                                    {{QStringLiteral("debtor_id"), st.debtorId},
                                     {QStringLiteral("purpose"), st.purpose},
                                     {QStringLiteral("outcome"), st.outcome},
                                     {QStringLiteral("promise_id"), saved.promiseId},
                                     {QStringLiteral("tasks"), saved.taskIds.size()},
                                     {QStringLiteral("closed_task_id"), saved.closedTaskId}});
        !s)
        return s;
    if (!st.draftId.isEmpty()) {
        QSqlQuery q(m_db.sql());
        if (Status s = execBound(q, QStringLiteral("DELETE FROM call_draft WHERE id = ?"),
                                 {st.draftId}, tr("Removing the call draft"));
            !s)
            return s;
    }
    if (Status s = DebtorSummaryRepository(m_db).recompute(st.debtorId, m_clock.today()); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return saved;
}

} // namespace ascolto

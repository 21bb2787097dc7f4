#include "InteractionRepository.h"

#include "AuditLog.h"
#include "Database.h"
#include "DebtorRepository.h"
#include "DebtorSummaryRepository.h"
#include "Ids.h"
#include "Session.h"
#include "SqlHelpers.h"
#include "Transaction.h"

#include "domain/CallOutcome.h"
#include "domain/ContactPolicy.h"

namespace ascolto {

QStringList InteractionRepository::channels()
{
    return {QStringLiteral("phone_out"), QStringLiteral("phone_in"), QStringLiteral("sms"),
            QStringLiteral("email"),     QStringLiteral("letter"),   QStringLiteral("visit")};
}

QStringList InteractionRepository::purposes()
{
    return {QStringLiteral("caring"),
            QStringLiteral("first_reminder"),
            QStringLiteral("followup_reminder"),
            QStringLiteral("negotiation"),
            QStringLiteral("installment_reminder"),
            QStringLiteral("broken_promise"),
            QStringLiteral("close_the_loop"),
            QStringLiteral("callback"),
            QStringLiteral("inbound"),
            QStringLiteral("education"),
            QStringLiteral("other")};
}

QStringList InteractionRepository::emotions()
{
    return {QStringLiteral("angry"),    QStringLiteral("worried"), QStringLiteral("in_difficulty"),
            QStringLiteral("confused"), QStringLiteral("calm"),    QStringLiteral("evasive")};
}

QStringList InteractionRepository::nonpaymentReasons()
{
    return {QStringLiteral("bill_not_received"),
            QStringLiteral("forgot"),
            QStringLiteral("temporary_shortage"),
            QStringLiteral("job_loss"),
            QStringLiteral("illness"),
            QStringLiteral("service_dispute"),
            QStringLiteral("meter_dispute"),
            QStringLiteral("already_paid"),
            QStringLiteral("refuses"),
            QStringLiteral("other")};
}

QStringList InteractionRepository::complaintCategories()
{
    return {QStringLiteral("bill_not_received"), QStringLiteral("billing_error"),
            QStringLiteral("meter_reading"),     QStringLiteral("service_outage"),
            QStringLiteral("customer_service"),  QStringLiteral("other")};
}

Result<QString> InteractionRepository::record(const Session& session, const InteractionDraft& draft)
{
    using R = Result<QString>;
    const auto debtor = DebtorRepository(m_db, m_clock).find(session, draft.debtorId);
    if (!debtor)
        return debtor.status();
    if (!channels().contains(draft.channel) || !purposes().contains(draft.purpose) ||
        !CallOutcome::all().contains(draft.outcome))
        return R::failure(tr("Choose the channel, the purpose and the outcome."));
    if (!draft.emotion.isEmpty() && !emotions().contains(draft.emotion))
        return R::failure(tr("Unknown emotion \"%1\".").arg(draft.emotion));
    if (!draft.nonpaymentReason.isEmpty() && !nonpaymentReasons().contains(draft.nonpaymentReason))
        return R::failure(tr("Unknown reason for non-payment \"%1\".").arg(draft.nonpaymentReason));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString id = newId();
    const QString now = isoUtc(m_clock.nowUtc());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO interaction(id, client_id, debtor_id, operator_id, "
                             "channel, purpose, started_at, duration_s, emotion, "
                             "nonpayment_reason, outcome, notes, device_id, created_at) "
                             "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(id), QVariant(debtor->clientId), QVariant(draft.debtorId),
          nullable(session.userId()), QVariant(draft.channel), QVariant(draft.purpose),
          QVariant(now), QVariant(draft.durationSeconds), nullable(draft.emotion),
          nullable(draft.nonpaymentReason), QVariant(draft.outcome),
          nullable(draft.notes.trimmed()), QVariant(m_db.deviceId()), QVariant(now)})
        q.addBindValue(v);
    if (Status s = execOrFail(q, tr("Saving the conversation")); !s)
        return s;
    if (Status s = DebtorSummaryRepository(m_db).recompute(draft.debtorId, m_clock.today()); !s)
        return s;
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("create"),
                                    QStringLiteral("interaction"), id,
                                    {{QStringLiteral("debtor_id"), draft.debtorId},
                                     {QStringLiteral("outcome"), draft.outcome}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

Result<QString> InteractionRepository::openComplaint(const Session& session,
                                                     const ComplaintDraft& draft)
{
    using R = Result<QString>;
    const auto debtor = DebtorRepository(m_db, m_clock).find(session, draft.debtorId);
    if (!debtor)
        return debtor.status();
    if (!complaintCategories().contains(draft.category))
        return R::failure(tr("Choose the category of the complaint."));
    if (draft.description.trimmed().size() < 10)
        return R::failure(tr("Describe the complaint in a few words: the client will read it."));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString id = newId();
    const QString now = isoUtc(m_clock.nowUtc());
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO complaint(id, client_id, debtor_id, category, "
                             "description, status, opened_by, opened_at, device_id, updated_at) "
                             "VALUES(?, ?, ?, ?, ?, 'open', ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(id), QVariant(debtor->clientId), QVariant(draft.debtorId),
          QVariant(draft.category), QVariant(draft.description.trimmed()),
          nullable(session.userId()), QVariant(now), QVariant(m_db.deviceId()), QVariant(now)})
        q.addBindValue(v);
    if (Status s = execOrFail(q, tr("Saving the complaint")); !s)
        return s;
    for (const QString& invoiceId : draft.invoiceIds) {
        QSqlQuery link(m_db.sql());
        link.prepare(QStringLiteral("INSERT INTO complaint_invoice(complaint_id, invoice_id) "
                                    "SELECT ?, id FROM invoice WHERE id = ? AND debtor_id = ?"));
        link.addBindValue(id);
        link.addBindValue(invoiceId);
        link.addBindValue(draft.debtorId);
        if (Status s = execOrFail(link, tr("Linking the bill")); !s)
            return s;
        if (link.numRowsAffected() != 1)
            return R::failure(tr("A chosen bill does not belong to this debtor."));
    }
    if (Status s = DebtorSummaryRepository(m_db).recompute(draft.debtorId, m_clock.today()); !s)
        return s;
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("create"),
                                    QStringLiteral("complaint"), id,
                                    {{QStringLiteral("debtor_id"), draft.debtorId},
                                     {QStringLiteral("category"), draft.category},
                                     {QStringLiteral("bills"), draft.invoiceIds.size()}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return id;
}

} // namespace ascolto

namespace ascolto {

QStringList InteractionRepository::complaintStatuses()
{
    return {QStringLiteral("open"), QStringLiteral("forwarded"), QStringLiteral("resolved")};
}

Status InteractionRepository::setComplaintStatus(const Session& session, const QString& complaintId,
                                                 const QString& status, const QString& resolution)
{
    if (!complaintStatuses().contains(status) || status == QLatin1String("open"))
        return Status::failure(tr("A complaint can only be forwarded or resolved."));
    if (status == QLatin1String("resolved") && resolution.trimmed().size() < 5)
        return Status::failure(tr("Say how the complaint was resolved."));
    QString debtorId;
    QString current;
    {
        QSqlQuery q(m_db.sql());
        if (Status s = execBound(q,
                                 QStringLiteral("SELECT debtor_id, status FROM complaint WHERE "
                                                "id = ?"),
                                 {complaintId}, tr("Reading the complaint"));
            !s)
            return s;
        if (!q.next())
            return Status::failure(tr("The complaint no longer exists."));
        debtorId = q.value(0).toString();
        current = q.value(1).toString();
    }
    // The debtor must be within the session's scope.
    if (const auto debtor = DebtorRepository(m_db, m_clock).find(session, debtorId); !debtor)
        return debtor.status();
    if (current == QLatin1String("resolved"))
        return Status::failure(tr("The complaint is already resolved."));
    if (current == status)
        return Status::failure(tr("The complaint is already forwarded to the client."));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const QString now = isoUtc(m_clock.nowUtc());
    QSqlQuery q(m_db.sql());
    const bool resolved = status == QLatin1String("resolved");
    if (Status s = execBound(
            q,
            resolved ? QStringLiteral("UPDATE complaint SET status = 'resolved', resolved_at = ?, "
                                      "resolution = ?, version = version + 1, device_id = ?, "
                                      "updated_at = ? WHERE id = ?")
                     : QStringLiteral("UPDATE complaint SET status = 'forwarded', forwarded_at = "
                                      "?, resolution = ?, version = version + 1, device_id = ?, "
                                      "updated_at = ? WHERE id = ?"),
            {now, nullable(resolution.trimmed()), m_db.deviceId(), now, complaintId},
            tr("Updating the complaint"));
        !s)
        return s;
    if (Status s = DebtorSummaryRepository(m_db).recompute(debtorId, m_clock.today()); !s)
        return s;
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("update"),
                                    QStringLiteral("complaint"), complaintId,
                                    {{QStringLiteral("debtor_id"), debtorId},
                                     {QStringLiteral("from"), current},
                                     {QStringLiteral("to"), status}});
        !s)
        return s;
    return tx.commit();
}

Result<QString> InteractionRepository::recordMessage(const Session& session,
                                                     const MessageDraft& draft)
{
    using R = Result<QString>;
    const auto debtor = DebtorRepository(m_db, m_clock).find(session, draft.debtorId);
    if (!debtor)
        return debtor.status();
    if (draft.body.trimmed().isEmpty())
        return R::failure(tr("The message is empty."));
    const ContactRecord* contact = debtor->contact(draft.contactId);
    if (!draft.contactId.isEmpty() && !contact)
        return R::failure(tr("The chosen contact does not belong to this debtor."));
    if (const QString why =
            ContactPolicy::messageBlockReason(debtor.value(), contact, draft.channel);
        !why.isEmpty())
        return R::failure(tr("This message cannot be sent: %1.").arg(why));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    // The same words to the same contact on the same day are one message, not two: a second
    // click on "write" records nothing more (and its file is removed by the caller).
    {
        QSqlQuery same(m_db.sql());
        same.prepare(
            QStringLiteral("SELECT created_at FROM message WHERE debtor_id = ? AND channel = ? AND "
                           "coalesce(contact_id, '') = coalesce(?, '') AND coalesce(subject, '') = "
                           "coalesce(?, '') AND body = ? AND "
                           "created_at >= ? ORDER BY created_at DESC LIMIT 1"));
        for (const QVariant& v :
             {QVariant(draft.debtorId), QVariant(draft.channel), QVariant(draft.contactId),
              QVariant(draft.subject), QVariant(draft.body),
              QVariant(isoUtc(m_clock.today().startOfDay()))})
            same.addBindValue(v);
        if (same.exec() && same.next())
            return R::failure(
                tr("This message was already written today at %1; it is not recorded twice.")
                    .arg(QLocale().toString(
                        QDateTime::fromString(same.value(0).toString(), Qt::ISODate)
                            .toLocalTime()
                            .time(),
                        QLocale::ShortFormat)));
    }
    const QString now = isoUtc(m_clock.nowUtc());
    const QString interactionId = newId();
    const QString messageId = newId();
    QSqlQuery q(m_db.sql());
    if (Status s = execBound(
            q,
            QStringLiteral("INSERT INTO interaction(id, client_id, debtor_id, operator_id, "
                           "contact_id, channel, purpose, script_code, started_at, outcome, notes, "
                           "device_id, created_at) VALUES(?, ?, ?, ?, ?, ?, 'education', ?, ?, "
                           "'sent', ?, ?, ?)"),
            {interactionId, debtor->clientId, draft.debtorId, nullable(session.userId()),
             nullable(draft.contactId), draft.channel, nullable(draft.templateCode), now,
             nullable(draft.subject.isEmpty() ? draft.body.left(120) : draft.subject),
             m_db.deviceId(), now},
            tr("Saving the message"));
        !s)
        return s;
    QSqlQuery m(m_db.sql());
    if (Status s = execBound(m,
                             QStringLiteral("INSERT INTO message(id, debtor_id, contact_id, "
                                            "channel, subject, body, outbox_path, operator_id, "
                                            "device_id, created_at) "
                                            "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                             {messageId, draft.debtorId, nullable(draft.contactId), draft.channel,
                              nullable(draft.subject), draft.body, nullable(draft.outboxPath),
                              nullable(session.userId()), m_db.deviceId(), now},
                             tr("Saving the message"));
        !s)
        return s;
    if (Status s = DebtorSummaryRepository(m_db).recompute(draft.debtorId, m_clock.today()); !s)
        return s;
    if (Status s = AuditLog::append(m_db, m_clock, session, QStringLiteral("create"),
                                    QStringLiteral("message"), messageId,
                                    {{QStringLiteral("debtor_id"), draft.debtorId},
                                     {QStringLiteral("channel"), draft.channel},
                                     {QStringLiteral("template"), draft.templateCode}});
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    return messageId;
}

} // namespace ascolto

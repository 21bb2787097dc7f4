#include "CallState.h"

#include "CallOutcome.h"
#include "Records.h"

#include "ItalianCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace ascolto {

QStringList CallState::checklistItems()
{
    return {QStringLiteral("listened"),         QStringLiteral("acknowledged"),
            QStringLiteral("asked_reason"),     QStringLiteral("explained"),
            QStringLiteral("offered_solution"), QStringLiteral("agreed_next_step")};
}

QStringList CallState::nextActions()
{
    return {QStringLiteral("none"), QStringLiteral("callback"), QStringLiteral("reminder"),
            QStringLiteral("plan")};
}

QStringList CallState::thirdPartyRelations()
{
    return {QStringLiteral("family"), QStringLiteral("workplace"), QStringLiteral("other")};
}

namespace {
QString identityCode(CallState::Identity i)
{
    switch (i) {
    case CallState::Identity::Confirmed:
        return QStringLiteral("confirmed");
    case CallState::Identity::ThirdParty:
        return QStringLiteral("third_party");
    case CallState::Identity::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonArray toArray(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}
} // namespace

QByteArray CallState::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("format"), 1);
    o.insert(QLatin1String("draft_id"), draftId);
    o.insert(QLatin1String("debtor_id"), debtorId);
    o.insert(QLatin1String("purpose"), purpose);
    o.insert(QLatin1String("task_id"), taskId);
    o.insert(QLatin1String("channel"), channel);
    o.insert(QLatin1String("contact_id"), contactId);
    o.insert(QLatin1String("started_at"), startedAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(QLatin1String("elapsed_s"), elapsedSeconds);
    o.insert(QLatin1String("step"), step);
    o.insert(QLatin1String("block_reasons"), toArray(blockReasons));
    o.insert(QLatin1String("override_reason"), overrideReason);
    o.insert(QLatin1String("identity"), identityCode(identity));
    o.insert(QLatin1String("third_party_relation"), thirdPartyRelation);
    o.insert(QLatin1String("emotion"), emotion);
    o.insert(QLatin1String("emotions_seen"), toArray(emotionsSeen));
    o.insert(QLatin1String("checklist"), toArray(checklist));
    o.insert(QLatin1String("nonpayment_reason"), nonpaymentReason);
    o.insert(QLatin1String("outcome"), outcome);
    o.insert(QLatin1String("notes"), notes);
    o.insert(QLatin1String("next_action"), nextAction);
    o.insert(QLatin1String("next_at"),
             nextAt.isValid() ? nextAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm")) : QString());
    o.insert(QLatin1String("promise_cents"), promiseAmount.cents());
    o.insert(QLatin1String("promise_date"), promiseDate.toString(Qt::ISODate));
    o.insert(QLatin1String("promise_channel"), promiseChannel);
    o.insert(QLatin1String("opt_out"), optOutRequested);
    o.insert(QLatin1String("vulnerability"), vulnerability);
    o.insert(QLatin1String("vulnerability_note"), vulnerabilityNote);
    o.insert(QLatin1String("vulnerability_consent"), vulnerabilityConsent);
    o.insert(QLatin1String("csat"), csat);
    o.insert(QLatin1String("ces"), ces);
    o.insert(QLatin1String("nps"), nps);
    o.insert(QLatin1String("survey_comment"), surveyComment);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<CallState> CallState::fromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError || o.value(QLatin1String("format")).toInt() != 1)
        return Result<CallState>::failure(tr("The saved call cannot be read."));
    CallState s;
    auto text = [&o](const char* key) {
        return o.value(QLatin1String(key)).toString();
    };
    s.draftId = text("draft_id");
    s.debtorId = text("debtor_id");
    s.purpose = text("purpose");
    s.taskId = text("task_id");
    s.channel = text("channel");
    s.contactId = text("contact_id");
    s.startedAt = QDateTime::fromString(text("started_at"), Qt::ISODateWithMs);
    s.elapsedSeconds = o.value(QLatin1String("elapsed_s")).toInt();
    s.step = o.value(QLatin1String("step")).toInt();
    s.blockReasons = toList(o.value(QLatin1String("block_reasons")));
    s.overrideReason = text("override_reason");
    const QString identity = text("identity");
    s.identity = identity == QLatin1String("confirmed")     ? Identity::Confirmed
                 : identity == QLatin1String("third_party") ? Identity::ThirdParty
                                                            : Identity::Unknown;
    s.thirdPartyRelation = text("third_party_relation");
    s.emotion = text("emotion");
    s.emotionsSeen = toList(o.value(QLatin1String("emotions_seen")));
    s.checklist = toList(o.value(QLatin1String("checklist")));
    s.nonpaymentReason = text("nonpayment_reason");
    s.outcome = text("outcome");
    s.notes = text("notes");
    s.nextAction = text("next_action");
    s.nextAt = QDateTime::fromString(text("next_at"), QStringLiteral("yyyy-MM-ddTHH:mm"));
    s.promiseAmount = Money::fromCents(o.value(QLatin1String("promise_cents")).toInteger());
    s.promiseDate = QDate::fromString(text("promise_date"), Qt::ISODate);
    s.promiseChannel = text("promise_channel");
    s.optOutRequested = o.value(QLatin1String("opt_out")).toBool();
    s.vulnerability = text("vulnerability");
    s.vulnerabilityNote = text("vulnerability_note");
    s.vulnerabilityConsent = o.value(QLatin1String("vulnerability_consent")).toBool();
    s.csat = o.value(QLatin1String("csat")).toInt();
    s.ces = o.value(QLatin1String("ces")).toInt();
    s.nps = o.value(QLatin1String("nps")).toInt(-1);
    s.surveyComment = text("survey_comment");
    return s;
}

QString CallState::proposedPurpose(const DebtorCard& card)
{
    for (const PlanRecord& p : card.plans)
        if (p.status == QLatin1String("active"))
            return QStringLiteral("installment_reminder");
    for (const PromiseRecord& p : card.promises)
        if (p.status == QLatin1String("broken"))
            return QStringLiteral("broken_promise");
    if (card.summary.overdue > Money()) {
        for (const InteractionRecord& i : card.interactions)
            if (i.purpose.endsWith(QLatin1String("reminder")) &&
                CallOutcome::isConversation(i.outcome))
                return QStringLiteral("followup_reminder");
        return QStringLiteral("first_reminder");
    }
    return card.summary.nextDueDate.isValid() ? QStringLiteral("caring")
                                              : QStringLiteral("inbound");
}

QString CallState::problem(const Limits& limits) const
{
    const QLocale locale;
    if (!blockReasons.isEmpty() && overrideReason.trimmed().size() < 5)
        return tr("Contact rules: say why the call goes ahead anyway (%1).")
            .arg(blockReasons.join(QStringLiteral("; ")));
    if (outcome.isEmpty())
        return tr("Outcome: choose how the call ended.");
    const bool reachedDebtor = identity == Identity::Confirmed;
    if (identity == Identity::ThirdParty) {
        if (!CallOutcome::allowedWithThirdParty(outcome))
            return tr("Outcome: someone else answered; record a third-party contact, a message "
                      "left without debt details or a callback.");
        if (hasPromise())
            return tr("Promise to pay: only the debtor can promise; someone else answered.");
        if (hasSurvey())
            return tr("Satisfaction: ask the debtor, not a third party.");
    } else if (CallOutcome::needsDebtor(outcome) && !reachedDebtor) {
        return tr("Identity: confirm you are speaking with the debtor before recording \"%1\".")
            .arg(outcome == QLatin1String("promise") ? tr("promise to pay") : tr("this outcome"));
    }
    if (identity == Identity::ThirdParty && thirdPartyRelation.isEmpty())
        return tr("Third party: say who answered (family, workplace, other).");
    if (outcome == QLatin1String("promise") && !hasPromise())
        return tr("Promise to pay: enter the amount and the date.");
    if (hasPromise()) {
        if (promiseAmount <= Money())
            return tr("Promise to pay: the amount must be more than zero.");
        if (promiseAmount > limits.outstanding)
            return tr("Promise to pay: %1 is more than the balance of %2.")
                .arg(promiseAmount.format(locale), limits.outstanding.format(locale));
        if (!promiseDate.isValid())
            return tr("Promise to pay: enter the date.");
        if (promiseDate < limits.today)
            return tr("Promise to pay: the date is in the past.");
        if (promiseDate > limits.today.addDays(limits.maxPromiseDays))
            return tr("Promise to pay: more than %n day(s) away; propose a plan instead.", nullptr,
                      limits.maxPromiseDays);
        if (!ItalianCalendar::isBusinessDay(promiseDate))
            return tr("Promise to pay: %1 is not a business day; the first one after is %2.")
                .arg(locale.toString(promiseDate, QLocale::ShortFormat),
                     locale.toString(ItalianCalendar::nextBusinessDayOnOrAfter(promiseDate),
                                     QLocale::ShortFormat));
    }
    if (nextAction == QLatin1String("callback") || nextAction == QLatin1String("reminder")) {
        if (!nextAt.isValid())
            return tr("Next step: enter when.");
        if (nextAction == QLatin1String("callback") && nextAt <= limits.nowLocal)
            return tr("Next step: the callback time is in the past.");
        if (nextAction == QLatin1String("reminder") && nextAt.date() < limits.today)
            return tr("Next step: the reminder date is in the past.");
    }
    if (outcome == QLatin1String("callback_requested") && nextAction != QLatin1String("callback"))
        return tr("Next step: the debtor asked for a callback; enter when.");
    if (optOutRequested && contactId.isEmpty())
        return tr("Opt-out: choose the number the debtor does not want to be called on.");
    if (!vulnerability.isEmpty() && !vulnerabilityConsent)
        return tr("Vulnerability: record it only with the debtor's explicit consent.");
    if (csat < 0 || csat > 5 || ces < 0 || ces > 7 || nps < -1 || nps > 10)
        return tr("Satisfaction: a score is out of range.");
    return {};
}

} // namespace ascolto

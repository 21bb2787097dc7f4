#include "CodeText.h"

#include "domain/AssignmentRule.h"
#include "domain/EscalationLadder.h"
#include "domain/Records.h"

#include <QHash>
#include <QStringList>

namespace ascolto {

namespace {
QString lookup(const QHash<QString, const char*>& table, const QString& code)
{
    const auto it = table.find(code);
    return it == table.end() ? code : CodeText::tr(it.value());
}
} // namespace

QString CodeText::paymentChannel(const QString& code)
{
    static const QHash<QString, const char*> t = {
        {QStringLiteral("pagopa"), QT_TR_NOOP("PagoPA")},
        {QStringLiteral("bank_transfer"), QT_TR_NOOP("bank transfer")},
        {QStringLiteral("online"), QT_TR_NOOP("online")},
        {QStringLiteral("postal_slip"), QT_TR_NOOP("postal slip")},
        {QStringLiteral("direct_debit"), QT_TR_NOOP("direct debit")},
        {QStringLiteral("cash"), QT_TR_NOOP("cash")}};
    return lookup(t, code);
}

QString CodeText::paymentSource(const QString& code)
{
    static const QHash<QString, const char*> t = {
        {QStringLiteral("operator"), QT_TR_NOOP("recorded by an operator")},
        {QStringLiteral("import"), QT_TR_NOOP("imported from a file")},
        {QStringLiteral("sync"), QT_TR_NOOP("from another office")}};
    return lookup(t, code);
}

QString CodeText::planKind(const QString& code)
{
    static const QHash<QString, const char*> t = {
        {QStringLiteral("installments"), QT_TR_NOOP("repayment plan")},
        {QStringLiteral("settlement"), QT_TR_NOOP("settlement, single payment")},
        {QStringLiteral("settlement_installments"), QT_TR_NOOP("settlement in installments")}};
    return lookup(t, code);
}

QString CodeText::frequency(const QString& code)
{
    static const QHash<QString, const char*> t = {
        {QStringLiteral("monthly"), QT_TR_NOOP("monthly")},
        {QStringLiteral("biweekly"), QT_TR_NOOP("every two weeks")}};
    return lookup(t, code);
}

QString CodeText::interactionChannel(const QString& code)
{
    static const QHash<QString, const char*> t = {
        {QStringLiteral("phone_out"), QT_TR_NOOP("outgoing call")},
        {QStringLiteral("phone_in"), QT_TR_NOOP("incoming call")},
        {QStringLiteral("sms"), QT_TR_NOOP("SMS")},
        {QStringLiteral("email"), QT_TR_NOOP("e-mail")},
        {QStringLiteral("letter"), QT_TR_NOOP("letter")},
        {QStringLiteral("visit"), QT_TR_NOOP("visit")}};
    return lookup(t, code);
}

QString CodeText::purpose(const QString& code)
{
    static const QHash<QString, const char*> t = {
        {QStringLiteral("caring"), QT_TR_NOOP("caring (before the due date)")},
        {QStringLiteral("first_reminder"), QT_TR_NOOP("first reminder")},
        {QStringLiteral("followup_reminder"), QT_TR_NOOP("follow-up reminder")},
        {QStringLiteral("negotiation"), QT_TR_NOOP("negotiation")},
        {QStringLiteral("installment_reminder"), QT_TR_NOOP("installment reminder")},
        {QStringLiteral("broken_promise"), QT_TR_NOOP("broken promise")},
        {QStringLiteral("close_the_loop"), QT_TR_NOOP("close-the-loop")},
        {QStringLiteral("callback"), QT_TR_NOOP("callback the debtor asked for")},
        {QStringLiteral("inbound"), QT_TR_NOOP("inbound call")},
        {QStringLiteral("education"), QT_TR_NOOP("payment education")},
        {QStringLiteral("other"), QT_TR_NOOP("other")}};
    return lookup(t, code);
}

QString CodeText::nonpaymentReason(const QString& code)
{
    static const QHash<QString, const char*> t = {
        {QStringLiteral("bill_not_received"), QT_TR_NOOP("bill not received")},
        {QStringLiteral("forgot"), QT_TR_NOOP("forgot the due date")},
        {QStringLiteral("temporary_shortage"), QT_TR_NOOP("temporary lack of money")},
        {QStringLiteral("job_loss"), QT_TR_NOOP("job loss")},
        {QStringLiteral("illness"), QT_TR_NOOP("illness")},
        {QStringLiteral("service_dispute"), QT_TR_NOOP("dispute about the service or the bill")},
        {QStringLiteral("meter_dispute"), QT_TR_NOOP("contested meter reading")},
        {QStringLiteral("already_paid"), QT_TR_NOOP("already paid")},
        {QStringLiteral("refuses"), QT_TR_NOOP("refuses")},
        {QStringLiteral("other"), QT_TR_NOOP("other")}};
    return lookup(t, code);
}

QString CodeText::complaintCategory(const QString& code)
{
    static const QHash<QString, const char*> t = {
        {QStringLiteral("bill_not_received"), QT_TR_NOOP("bill not received")},
        {QStringLiteral("billing_error"), QT_TR_NOOP("billing error")},
        {QStringLiteral("meter_reading"), QT_TR_NOOP("meter reading")},
        {QStringLiteral("service_outage"), QT_TR_NOOP("service outage")},
        {QStringLiteral("customer_service"), QT_TR_NOOP("customer service")},
        {QStringLiteral("other"), QT_TR_NOOP("other")}};
    return lookup(t, code);
}

QString CodeText::status(const QString& code)
{
    static const QHash<QString, const char*> t = {
        {QStringLiteral("open"), QT_TR_NOOP("open")},
        {QStringLiteral("active"), QT_TR_NOOP("active")},
        {QStringLiteral("awaiting_approval"), QT_TR_NOOP("awaiting approval")},
        {QStringLiteral("completed"), QT_TR_NOOP("completed")},
        {QStringLiteral("broken"), QT_TR_NOOP("broken")},
        {QStringLiteral("renegotiated"), QT_TR_NOOP("renegotiated")},
        {QStringLiteral("rejected"), QT_TR_NOOP("rejected")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("cancelled")},
        {QStringLiteral("paid"), QT_TR_NOOP("paid")},
        {QStringLiteral("late"), QT_TR_NOOP("late")},
        {QStringLiteral("missed"), QT_TR_NOOP("missed")},
        {QStringLiteral("kept"), QT_TR_NOOP("kept")},
        {QStringLiteral("forwarded"), QT_TR_NOOP("forwarded to the client")},
        {QStringLiteral("resolved"), QT_TR_NOOP("resolved")}};
    return lookup(t, code);
}

QString CodeText::owner(const QString& code)
{
    static const QHash<QString, const char*> t = {
        {QStringLiteral("debtor"), QT_TR_NOOP("debtor")},
        {QStringLiteral("family"), QT_TR_NOOP("family")},
        {QStringLiteral("workplace"), QT_TR_NOOP("workplace")},
        {QStringLiteral("other"), QT_TR_NOOP("third party")}};
    return lookup(t, code);
}

QString CodeText::checklistItem(const QString& code)
{
    static const QHash<QString, const char*> t = {
        {QStringLiteral("listened"), QT_TR_NOOP("Listened without interrupting")},
        {QStringLiteral("acknowledged"), QT_TR_NOOP("Acknowledged the emotion")},
        {QStringLiteral("asked_reason"), QT_TR_NOOP("Asked the reason for non-payment")},
        {QStringLiteral("explained"), QT_TR_NOOP("Explained the situation clearly")},
        {QStringLiteral("offered_solution"), QT_TR_NOOP("Offered a solution")},
        {QStringLiteral("agreed_next_step"), QT_TR_NOOP("Agreed the next step")}};
    return lookup(t, code);
}

QString CodeText::auditAction(const QString& code)
{
    static const QHash<QString, const char*> t = {
        {QStringLiteral("create"), QT_TR_NOOP("created")},
        {QStringLiteral("update"), QT_TR_NOOP("changed")},
        {QStringLiteral("activate"), QT_TR_NOOP("activated")},
        {QStringLiteral("deactivate"), QT_TR_NOOP("deactivated")},
        {QStringLiteral("reset_password"), QT_TR_NOOP("password reset")},
        {QStringLiteral("change_password"), QT_TR_NOOP("password changed")},
        {QStringLiteral("assign"), QT_TR_NOOP("interlocutor assigned")},
        {QStringLiteral("assign_rule"), QT_TR_NOOP("debtors assigned by the rule")},
        {QStringLiteral("import"), QT_TR_NOOP("file imported")},
        {QStringLiteral("export"), QT_TR_NOOP("data exported")},
        {QStringLiteral("opt_out"), QT_TR_NOOP("contact refused")},
        {QStringLiteral("vulnerability"), QT_TR_NOOP("vulnerability recorded")},
        {QStringLiteral("override"), QT_TR_NOOP("contact rule overridden")},
        {QStringLiteral("confirm_receipt"), QT_TR_NOOP("bill receipt confirmed")},
        {QStringLiteral("break"), QT_TR_NOOP("plan broken")},
        {QStringLiteral("approve"), QT_TR_NOOP("plan approved")},
        {QStringLiteral("reject"), QT_TR_NOOP("plan rejected")},
        {QStringLiteral("amend"), QT_TR_NOOP("plan amended and approved")},
        {QStringLiteral("reviewed"), QT_TR_NOOP("broken plan reviewed")},
        {QStringLiteral("conflicts_reviewed"), QT_TR_NOOP("sync conflicts reviewed")},
        {QStringLiteral("login_failed"), QT_TR_NOOP("failed login")},
        {QStringLiteral("audit_verify"), QT_TR_NOOP("audit log verified")},
        {QStringLiteral("audit_register"), QT_TR_NOOP("register of operations exported")},
        {QStringLiteral("demo_generated"), QT_TR_NOOP("demo portfolio built")}};
    return lookup(t, code);
}

QString CodeText::auditEntity(const QString& code)
{
    static const QHash<QString, const char*> t = {
        {QStringLiteral("debtor"), QT_TR_NOOP("debtor")},
        {QStringLiteral("contact"), QT_TR_NOOP("contact")},
        {QStringLiteral("interaction"), QT_TR_NOOP("call or message")},
        {QStringLiteral("payment"), QT_TR_NOOP("payment")},
        {QStringLiteral("plan"), QT_TR_NOOP("repayment plan")},
        {QStringLiteral("invoice"), QT_TR_NOOP("bill")},
        {QStringLiteral("complaint"), QT_TR_NOOP("complaint")},
        {QStringLiteral("message"), QT_TR_NOOP("message")},
        {QStringLiteral("client"), QT_TR_NOOP("client")},
        {QStringLiteral("user"), QT_TR_NOOP("user")},
        {QStringLiteral("app_user"), QT_TR_NOOP("user")},
        {QStringLiteral("portfolio"), QT_TR_NOOP("portfolio")},
        {QStringLiteral("store"), QT_TR_NOOP("store")},
        {QStringLiteral("conflict_log"), QT_TR_NOOP("sync conflicts")},
        {QStringLiteral("scorecard"), QT_TR_NOOP("scorecard")},
        {QStringLiteral("evaluation"), QT_TR_NOOP("call evaluation")},
        {QStringLiteral("absence"), QT_TR_NOOP("absence and backup")}};
    return lookup(t, code);
}

QString CodeText::consent(const QString& code)
{
    static const QHash<QString, const char*> t = {
        {QStringLiteral("granted"), QT_TR_NOOP("consent given")},
        {QStringLiteral("denied"), QT_TR_NOOP("consent refused")},
        {QStringLiteral("unknown"), QT_TR_NOOP("consent not asked")}};
    return lookup(t, code);
}

QString CodeText::vulnerability(const QString& code)
{
    static const QHash<QString, const char*> t = {
        {QStringLiteral("age75"), QT_TR_NOOP("over 75")},
        {QStringLiteral("social_bonus"), QT_TR_NOOP("social bonus")},
        {QStringLiteral("life_support"), QT_TR_NOOP("life-support equipment")},
        {QStringLiteral("disability"), QT_TR_NOOP("disability")},
        {QStringLiteral("hardship"), QT_TR_NOOP("disclosed hardship")}};
    return lookup(t, code);
}

QString CodeText::stage(const QString& stage)
{
    return EscalationLadder::displayName(stage);
}

QString CodeText::planPromise(const QString& plan, const QString& promise)
{
    QStringList parts;
    if (plan == QLatin1String("active"))
        parts << tr("plan active");
    else if (plan == QLatin1String("awaiting_approval"))
        parts << tr("plan awaiting approval");
    else if (plan == QLatin1String("broken"))
        parts << tr("plan broken");
    if (promise == QLatin1String("open"))
        parts << tr("promise");
    else if (promise == QLatin1String("due_today"))
        parts << tr("promise due today");
    else if (promise == QLatin1String("broken"))
        parts << tr("promise broken");
    return parts.join(QStringLiteral(", "));
}

QString CodeText::outcome(const QString& outcome)
{
    static const QHash<QString, const char*> texts = {
        {QStringLiteral("reached_debtor"), QT_TR_NOOP("reached")},
        {QStringLiteral("reached_third_party"), QT_TR_NOOP("third party")},
        {QStringLiteral("no_answer"), QT_TR_NOOP("no answer")},
        {QStringLiteral("busy"), QT_TR_NOOP("busy")},
        {QStringLiteral("wrong_number"), QT_TR_NOOP("wrong number")},
        {QStringLiteral("message_left"), QT_TR_NOOP("message left")},
        {QStringLiteral("promise"), QT_TR_NOOP("promise to pay")},
        {QStringLiteral("plan_requested"), QT_TR_NOOP("plan requested")},
        {QStringLiteral("paid_during_call"), QT_TR_NOOP("paid during the call")},
        {QStringLiteral("dispute_raised"), QT_TR_NOOP("dispute raised")},
        {QStringLiteral("callback_requested"), QT_TR_NOOP("callback requested")},
        {QStringLiteral("refused"), QT_TR_NOOP("refused")},
        {QStringLiteral("sent"), QT_TR_NOOP("message sent")}};
    const auto it = texts.find(outcome);
    return it == texts.end() ? outcome : tr(it.value());
}

QString CodeText::emotion(const QString& emotion)
{
    static const QHash<QString, const char*> texts = {
        {QStringLiteral("angry"), QT_TR_NOOP("angry")},
        {QStringLiteral("worried"), QT_TR_NOOP("worried")},
        {QStringLiteral("in_difficulty"), QT_TR_NOOP("in difficulty")},
        {QStringLiteral("confused"), QT_TR_NOOP("confused")},
        {QStringLiteral("calm"), QT_TR_NOOP("calm")},
        {QStringLiteral("evasive"), QT_TR_NOOP("evasive")}};
    const auto it = texts.find(emotion);
    return it == texts.end() ? emotion : tr(it.value());
}

QString CodeText::nextAction(const QString& kind)
{
    static const QHash<QString, const char*> texts = {
        {QStringLiteral("callback"), QT_TR_NOOP("callback")},
        {QStringLiteral("caring"), QT_TR_NOOP("caring call")},
        {QStringLiteral("reminder"), QT_TR_NOOP("reminder")},
        {QStringLiteral("installment"), QT_TR_NOOP("installment")},
        {QStringLiteral("promise"), QT_TR_NOOP("promise due")},
        {QStringLiteral("close_the_loop"), QT_TR_NOOP("close-the-loop call")},
        {QStringLiteral("review"), QT_TR_NOOP("review")},
        {QStringLiteral("approval"), QT_TR_NOOP("approval")},
        {QStringLiteral("formal_notice"), QT_TR_NOOP("formal notice")}};
    const auto it = texts.find(kind);
    return it == texts.end() ? kind : tr(it.value());
}

QStringList CodeText::flags(int flags)
{
    QStringList out;
    if (flags & FlagVulnerable)
        out << tr("vulnerable");
    if (flags & FlagOnHold)
        out << tr("dispute/hold");
    if (flags & FlagDoNotContact)
        out << tr("do not contact");
    if (flags & FlagPrescribed)
        out << tr("prescribed bills");
    if (flags & FlagUnverifiedOnly)
        out << tr("unverified contacts only");
    return out;
}

bool CodeText::isHandoverNote(const QString& reason)
{
    return !reason.isEmpty() && assignmentReason(reason) == reason;
}

QString CodeText::assignmentReason(const QString& reason)
{
    if (reason == QLatin1String("first_assignment"))
        return tr("first assignment");
    if (reason == QLatin1String("portfolio"))
        return tr("portfolio assignment");
    AssignmentRule::Kind kind;
    if (reason.startsWith(QLatin1String("rule:")) &&
        AssignmentRule::kindFromCode(reason.mid(5), &kind))
        return tr("the client's rule: %1").arg(AssignmentRule::kindName(kind));
    return reason;
}

} // namespace ascolto

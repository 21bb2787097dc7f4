#include "ClientConfig.h"

#include "Iban.h"
#include "PartitaIva.h"
#include "PhoneNumber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace ascolto {

namespace {

const char kTime[] = "HH:mm";

QJsonArray range(QTime start, QTime end)
{
    return {start.toString(QLatin1String(kTime)), end.toString(QLatin1String(kTime))};
}

QString money(Money m)
{
    return m.formatPlain(QLocale(QLocale::Italian), false);
}

// [{"stage": "reminder_soft", "days": 3}, ...]: the stored column and the client's file.
QJsonArray ladderArray(const QVector<EscalationLadder::Step>& ladder)
{
    QJsonArray a;
    for (const auto& s : ladder)
        a.append(QJsonObject{{QStringLiteral("stage"), s.stage}, {QStringLiteral("days"), s.days}});
    return a;
}

double percent(int bp)
{
    return bp / 100.0;
}

} // namespace

QStringList ClientConfig::paymentChannelCodes()
{
    return {QStringLiteral("pagopa"),       QStringLiteral("bank_transfer"),
            QStringLiteral("online"),       QStringLiteral("postal_slip"),
            QStringLiteral("direct_debit"), QStringLiteral("cash")};
}

QVector<ClientConfig::Problem> ClientConfig::check(const QStringList& operatorUsernames) const
{
    QVector<Problem> out;
    const auto add = [&out](const char* field, const QString& message) {
        out.push_back({QLatin1String(field), message});
    };
    const ClientRecord& c = client;
    const MandateRules& r = c.rules;

    static const QRegularExpression codeRe(QStringLiteral("^[A-Za-z0-9_-]{2,20}$"));
    if (c.code.trimmed().isEmpty())
        add("code", tr("The client needs a short code (e.g. ACQUA-NORD)."));
    else if (!codeRe.match(c.code.trimmed()).hasMatch())
        add("code", tr("The code is 2 to 20 letters, digits, '-' or '_' (it names folders and "
                       "files)."));
    if (c.name.trimmed().isEmpty())
        add("name", tr("The client needs a name."));
    if (!c.vatNumber.trimmed().isEmpty()) {
        if (const auto v = PartitaIva::validate(c.vatNumber); !v)
            add("vat_number", v.error());
    }
    if (!c.iban.trimmed().isEmpty()) {
        if (const auto v = Iban::validate(c.iban); !v)
            add("iban", v.error());
    }
    static const QRegularExpression creditorRe(QStringLiteral("^[0-9]{11}$"));
    if (!c.pagopaCreditorCode.trimmed().isEmpty() &&
        !creditorRe.match(c.pagopaCreditorCode.trimmed()).hasMatch())
        add("pagopa_creditor_code",
            tr("The PagoPA creditor code is the creditor's 11-digit fiscal code."));
    if (!c.supportPhone.trimmed().isEmpty()) {
        if (const auto v = PhoneNumber::parse(c.supportPhone); !v)
            add("support_phone", v.error());
    }
    static const QRegularExpression mailRe(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!c.supportEmail.trimmed().isEmpty() && !mailRe.match(c.supportEmail.trimmed()).hasMatch())
        add("support_email", tr("Not an e-mail address."));

    if (r.maxInstallments < 1 || r.maxInstallments > 120)
        add("max_installments", tr("Between 1 and 120 installments."));
    if (r.minInstallment.isNegative())
        add("min_installment", tr("The smallest installment cannot be negative."));
    if (r.maxPlanMonths < 1 || r.maxPlanMonths > 120)
        add("max_plan_months", tr("A plan lasts between 1 and 120 months."));
    if (r.operatorDiscountBp < 0 || r.operatorDiscountBp > 10000)
        add("operator_discount", tr("A discount is between 0% and 100%."));
    if (r.teamLeadDiscountBp < 0 || r.teamLeadDiscountBp > 10000)
        add("teamlead_discount", tr("A discount is between 0% and 100%."));
    else if (r.operatorDiscountBp > r.teamLeadDiscountBp)
        add("operator_discount",
            tr("An operator cannot grant more discount than the team lead (%1%).")
                .arg(QLocale().toString(percent(r.teamLeadDiscountBp))));
    if (r.protectedMinimum.isNegative())
        add("protected_minimum", tr("The protected minimum cannot be negative."));
    if (r.caringWindowDays < 0 || r.caringWindowDays > 60)
        add("caring_window_days", tr("Caring calls start 0 to 60 days before the due date."));
    if (r.formalNoticeDays < 1 || r.formalNoticeDays > 365)
        add("formal_notice_days", tr("Formal notice comes 1 to 365 days after the due date."));
    if (r.missedInstallmentsToBreak < 1 || r.missedInstallmentsToBreak > 12)
        add("missed_installments_to_break", tr("Between 1 and 12 missed installments."));
    if (r.daysLateToBreak < 1 || r.daysLateToBreak > 365)
        add("days_late_to_break", tr("Between 1 and 365 days late."));
    if (r.maxConversationsPerDay < 1 || r.maxConversationsPerDay > 5)
        add("max_conversations_per_day", tr("Between 1 and 5 conversations a day."));
    if (client.idleLockMinutes < 1 || client.idleLockMinutes > 120)
        add("idle_lock_minutes", tr("The window locks after 1 to 120 idle minutes."));
    if (client.retentionMonths < 0 || client.retentionMonths > 120)
        add("retention_months", tr("Data is kept 0 to 120 months after the mandate ends."));
    if (client.monthlyFee.isNegative())
        add("monthly_fee", tr("The monthly fee cannot be negative."));
    if (client.successFeeBp < 0 || client.successFeeBp > 10000)
        add("success_fee", tr("The success fee is 0 to 100% of what is collected."));
    if (client.reportLanguage != QLatin1String("it") &&
        client.reportLanguage != QLatin1String("en"))
        add("report_language", tr("Reports are written in Italian (it) or English (en)."));

    const auto window = [&](const char* field, QTime start, QTime end) {
        if (!start.isValid() || !end.isValid())
            add(field, tr("Type times as 08:30."));
        else if (end <= start)
            add(field,
                tr("The window ends (%1) before it starts (%2).")
                    .arg(end.toString(QLatin1String(kTime)), start.toString(QLatin1String(kTime))));
    };
    window("weekdays", windows.weekdayStart, windows.weekdayEnd);
    window("saturday", windows.saturdayStart, windows.saturdayEnd);

    if (ladder.isEmpty()) {
        add("ladder", tr("The escalation ladder needs at least one step."));
    } else {
        QSet<QString> seen;
        int previous = 0;
        for (int i = 0; i < ladder.size(); ++i) {
            const auto& step = ladder.at(i);
            if (!EscalationLadder::stageCodes().contains(step.stage) ||
                step.stage == QLatin1String("caring")) {
                add("ladder",
                    tr("Step %1: \"%2\" is not a stage of the ladder.").arg(i + 1).arg(step.stage));
                continue;
            }
            if (seen.contains(step.stage))
                add("ladder", tr("Step %1: %2 appears twice.")
                                  .arg(i + 1)
                                  .arg(EscalationLadder::displayName(step.stage)));
            seen.insert(step.stage);
            if (step.days < 1)
                add("ladder",
                    tr("Step %1: a step starts at least 1 day after the due date.").arg(i + 1));
            else if (step.days <= previous)
                add("ladder", tr("Step %1 (%2) starts on day %3, not after the previous step "
                                 "(day %4): the days must increase.")
                                  .arg(i + 1)
                                  .arg(EscalationLadder::displayName(step.stage))
                                  .arg(step.days)
                                  .arg(previous));
            if (step.stage == QLatin1String("formal_notice") && step.days < r.formalNoticeDays)
                add("ladder", tr("Formal notice on day %1 comes before the %2 days the mandate "
                                 "allows.")
                                  .arg(step.days)
                                  .arg(r.formalNoticeDays));
            previous = std::max(previous, step.days);
        }
    }

    if (paymentChannels.isEmpty())
        add("payment_channels", tr("Accept at least one payment channel."));
    for (const QString& ch : paymentChannels)
        if (!paymentChannelCodes().contains(ch))
            add("payment_channels", tr("\"%1\" is not a payment channel.").arg(ch));

    if (assignment.kind == AssignmentRule::Kind::Provinces) {
        static const QRegularExpression provinceRe(QStringLiteral("^[A-Z]{2}$"));
        QHash<QString, QString> owner;
        if (assignment.provinces.isEmpty())
            add("assignment", tr("Give at least one operator a list of provinces."));
        for (auto it = assignment.provinces.cbegin(); it != assignment.provinces.cend(); ++it) {
            if (!operatorUsernames.isEmpty() &&
                !operatorUsernames.contains(it.key(), Qt::CaseInsensitive))
                add("assignment", tr("%1 is not an operator of this client.").arg(it.key()));
            for (const QString& p : it.value()) {
                if (!provinceRe.match(p).hasMatch())
                    add("assignment", tr("\"%1\" is not a province code (MI, RM...).").arg(p));
                else if (owner.contains(p) && owner.value(p) != it.key())
                    add("assignment", tr("%1 is in the lists of both %2 and %3.")
                                          .arg(p, owner.value(p), it.key()));
                owner.insert(p, it.key());
            }
        }
    }
    return out;
}

QString ClientConfig::windowsJson() const
{
    const QJsonObject o{
        {QStringLiteral("weekdays"), range(windows.weekdayStart, windows.weekdayEnd)},
        {QStringLiteral("saturday"), range(windows.saturdayStart, windows.saturdayEnd)},
        {QStringLiteral("sunday"), QJsonValue::Null},
        {QStringLiteral("holidays"), windows.holidaysAllowed}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString ClientConfig::ladderJson() const
{
    return QString::fromUtf8(QJsonDocument(ladderArray(ladder)).toJson(QJsonDocument::Compact));
}

QString ClientConfig::channelsJson() const
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(paymentChannels)).toJson(QJsonDocument::Compact));
}

ContactPolicy::Windows ClientConfig::windowsFromJson(const QString& json)
{
    return ContactPolicy::Windows::fromJson(json);
}

QVector<EscalationLadder::Step> ClientConfig::ladderFromJson(const QString& json)
{
    QVector<EscalationLadder::Step> steps;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        // Caring calls come before the due date (caring_window_days), never from the ladder:
        // a "caring" step that older demo stores carry is left out, as the ladder itself
        // ignores it, so the client's settings can be saved as they are read.
        if (o.value(QLatin1String("stage")).toString() == QLatin1String("caring"))
            continue;
        steps.push_back(
            {o.value(QLatin1String("stage")).toString(), o.value(QLatin1String("days")).toInt()});
    }
    return steps.isEmpty() ? EscalationLadder().steps() : steps;
}

QStringList ClientConfig::channelsFromJson(const QString& json)
{
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        out << v.toString();
    return out;
}

QJsonObject ClientConfig::toJson() const
{
    const ClientRecord& c = client;
    const MandateRules& r = c.rules;
    return QJsonObject{
        {QStringLiteral("code"), c.code},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("vat_number"), c.vatNumber},
        {QStringLiteral("iban"), c.iban},
        {QStringLiteral("pagopa_creditor_code"), c.pagopaCreditorCode},
        {QStringLiteral("support_phone"), c.supportPhone},
        {QStringLiteral("support_email"), c.supportEmail},
        {QStringLiteral("max_installments"), r.maxInstallments},
        {QStringLiteral("min_installment"), money(r.minInstallment)},
        {QStringLiteral("max_plan_months"), r.maxPlanMonths},
        {QStringLiteral("operator_discount_percent"), percent(r.operatorDiscountBp)},
        {QStringLiteral("teamlead_discount_percent"), percent(r.teamLeadDiscountBp)},
        {QStringLiteral("protected_minimum"), money(r.protectedMinimum)},
        {QStringLiteral("missed_installments_to_break"), r.missedInstallmentsToBreak},
        {QStringLiteral("days_late_to_break"), r.daysLateToBreak},
        {QStringLiteral("formal_notice_days"), r.formalNoticeDays},
        {QStringLiteral("caring_window_days"), r.caringWindowDays},
        {QStringLiteral("max_conversations_per_day"), r.maxConversationsPerDay},
        {QStringLiteral("idle_lock_minutes"), c.idleLockMinutes},
        {QStringLiteral("mandate_ended_on"),
         c.mandateEndedOn.isValid() ? QJsonValue(c.mandateEndedOn.toString(Qt::ISODate))
                                    : QJsonValue()},
        {QStringLiteral("retention_months"), c.retentionMonths},
        {QStringLiteral("monthly_fee"), money(c.monthlyFee)},
        {QStringLiteral("success_fee_percent"), percent(c.successFeeBp)},
        {QStringLiteral("report_language"), c.reportLanguage},
        {QStringLiteral("contact_windows"),
         QJsonObject{
             {QStringLiteral("weekdays"), range(windows.weekdayStart, windows.weekdayEnd)},
             {QStringLiteral("saturday"), range(windows.saturdayStart, windows.saturdayEnd)}}},
        {QStringLiteral("escalation_ladder"), ladderArray(ladder)},
        {QStringLiteral("payment_channels"), QJsonArray::fromStringList(paymentChannels)},
        {QStringLiteral("assignment"), assignment.toJsonObject()},
    };
}

Result<ClientConfig> ClientConfig::fromJson(const QJsonObject& o, const ClientConfig& base)
{
    using R = Result<ClientConfig>;
    ClientConfig c = base;
    ClientRecord& cl = c.client;
    MandateRules& r = cl.rules;
    static const QStringList known{QStringLiteral("code"),
                                   QStringLiteral("name"),
                                   QStringLiteral("vat_number"),
                                   QStringLiteral("iban"),
                                   QStringLiteral("pagopa_creditor_code"),
                                   QStringLiteral("support_phone"),
                                   QStringLiteral("support_email"),
                                   QStringLiteral("max_installments"),
                                   QStringLiteral("min_installment"),
                                   QStringLiteral("max_plan_months"),
                                   QStringLiteral("operator_discount_percent"),
                                   QStringLiteral("teamlead_discount_percent"),
                                   QStringLiteral("protected_minimum"),
                                   QStringLiteral("missed_installments_to_break"),
                                   QStringLiteral("days_late_to_break"),
                                   QStringLiteral("formal_notice_days"),
                                   QStringLiteral("caring_window_days"),
                                   QStringLiteral("max_conversations_per_day"),
                                   QStringLiteral("idle_lock_minutes"),
                                   QStringLiteral("mandate_ended_on"),
                                   QStringLiteral("retention_months"),
                                   QStringLiteral("monthly_fee"),
                                   QStringLiteral("success_fee_percent"),
                                   QStringLiteral("report_language"),
                                   QStringLiteral("contact_windows"),
                                   QStringLiteral("escalation_ladder"),
                                   QStringLiteral("payment_channels"),
                                   QStringLiteral("assignment")};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return R::failure(tr("\"%1\" is not a client setting (settings: %2).")
                                  .arg(it.key(), known.join(QStringLiteral(", "))));

    QString problem;
    const auto text = [&](const char* key, QString* out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isString() && !v.isNull())
            problem = tr("%1: a text is expected.").arg(QLatin1String(key));
        *out = v.toString().trimmed();
    };
    const auto whole = [&](const char* key, int* out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d))
            problem = tr("%1: a whole number is expected.").arg(QLatin1String(key));
        else
            *out = int(d);
    };
    const auto amount = [&](const char* key, Money* out) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        const auto m =
            Money::parse(v.isDouble() ? QString::number(v.toDouble(), 'f', 2) : v.toString());
        if (!m)
            problem = QStringLiteral("%1: %2").arg(QLatin1String(key), m.error());
        else
            *out = m.value();
    };
    const auto discount = [&](const char* key, int* bp) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return;
        if (!v.isDouble())
            problem = tr("%1: a percentage such as 12.5 is expected.").arg(QLatin1String(key));
        else
            *bp = int(std::lround(v.toDouble() * 100.0));
    };
    text("code", &cl.code);
    text("name", &cl.name);
    text("vat_number", &cl.vatNumber);
    text("iban", &cl.iban);
    text("pagopa_creditor_code", &cl.pagopaCreditorCode);
    text("support_phone", &cl.supportPhone);
    text("support_email", &cl.supportEmail);
    whole("max_installments", &r.maxInstallments);
    amount("min_installment", &r.minInstallment);
    whole("max_plan_months", &r.maxPlanMonths);
    discount("operator_discount_percent", &r.operatorDiscountBp);
    discount("teamlead_discount_percent", &r.teamLeadDiscountBp);
    amount("protected_minimum", &r.protectedMinimum);
    whole("missed_installments_to_break", &r.missedInstallmentsToBreak);
    whole("days_late_to_break", &r.daysLateToBreak);
    whole("formal_notice_days", &r.formalNoticeDays);
    whole("caring_window_days", &r.caringWindowDays);
    whole("max_conversations_per_day", &r.maxConversationsPerDay);
    whole("idle_lock_minutes", &cl.idleLockMinutes);
    whole("retention_months", &cl.retentionMonths);
    amount("monthly_fee", &cl.monthlyFee);
    discount("success_fee_percent", &cl.successFeeBp);
    text("report_language", &cl.reportLanguage);
    if (const QJsonValue v = o.value(QLatin1String("mandate_ended_on")); !v.isUndefined()) {
        cl.mandateEndedOn = QDate::fromString(v.toString(), Qt::ISODate);
        if (!v.isNull() && !cl.mandateEndedOn.isValid())
            problem = tr("mandate_ended_on: a date such as \"2026-06-30\" or null is expected.");
    }
    if (!problem.isEmpty())
        return R::failure(problem);

    if (o.contains(QLatin1String("contact_windows"))) {
        const QJsonObject w = o.value(QLatin1String("contact_windows")).toObject();
        const auto times = [&](const char* key, QTime* start, QTime* end) {
            if (!w.contains(QLatin1String(key)))
                return;
            const QJsonArray a = w.value(QLatin1String(key)).toArray();
            *start = QTime::fromString(a.at(0).toString(), QLatin1String(kTime));
            *end = QTime::fromString(a.at(1).toString(), QLatin1String(kTime));
            if (a.size() != 2 || !start->isValid() || !end->isValid())
                problem = tr("contact_windows.%1: two times such as [\"08:30\", \"21:00\"] are "
                             "expected.")
                              .arg(QLatin1String(key));
        };
        times("weekdays", &c.windows.weekdayStart, &c.windows.weekdayEnd);
        times("saturday", &c.windows.saturdayStart, &c.windows.saturdayEnd);
    }
    if (o.contains(QLatin1String("escalation_ladder"))) {
        c.ladder.clear();
        for (const QJsonValue& v : o.value(QLatin1String("escalation_ladder")).toArray()) {
            const QJsonObject s = v.toObject();
            if (!s.value(QLatin1String("days")).isDouble())
                problem = tr("escalation_ladder: each step is {\"stage\": ..., \"days\": N}.");
            c.ladder.push_back({s.value(QLatin1String("stage")).toString(),
                                s.value(QLatin1String("days")).toInt()});
        }
    }
    if (o.contains(QLatin1String("payment_channels"))) {
        c.paymentChannels.clear();
        for (const QJsonValue& v : o.value(QLatin1String("payment_channels")).toArray())
            c.paymentChannels << v.toString();
    }
    if (o.contains(QLatin1String("assignment"))) {
        const QJsonObject a = o.value(QLatin1String("assignment")).toObject();
        if (!AssignmentRule::fromJsonObject(a, &c.assignment))
            problem = tr("assignment.kind: \"%1\" is not balanced_count, balanced_amount or "
                         "provinces.")
                          .arg(a.value(QLatin1String("kind")).toString());
    }
    if (!problem.isEmpty())
        return R::failure(problem);
    return c;
}

} // namespace ascolto

#include "ContactPolicy.h"

#include "ItalianCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ascolto {

ContactPolicy::Windows ContactPolicy::Windows::fromJson(const QString& json)
{
    Windows w;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const auto range = [&o](const char* key, QTime* start, QTime* end) {
        const QJsonArray a = o.value(QLatin1String(key)).toArray();
        if (a.size() != 2)
            return;
        const QTime s = QTime::fromString(a.at(0).toString(), QStringLiteral("HH:mm"));
        const QTime e = QTime::fromString(a.at(1).toString(), QStringLiteral("HH:mm"));
        if (s.isValid() && e.isValid() && s < e) {
            *start = s;
            *end = e;
        }
    };
    range("weekdays", &w.weekdayStart, &w.weekdayEnd);
    range("saturday", &w.saturdayStart, &w.saturdayEnd);
    w.sundayAllowed = o.value(QLatin1String("sunday")).isArray();
    w.holidaysAllowed = o.value(QLatin1String("holidays")).toBool(false);
    return w;
}

QString ContactPolicy::outsideWindowReason(const Windows& w, const QDateTime& localNow)
{
    const QDate day = localNow.date();
    const QTime time = localNow.time();
    if (!w.holidaysAllowed && ItalianCalendar::isHoliday(day))
        return tr("national holiday (%1): no calls").arg(ItalianCalendar::holidayName(day));
    if (day.dayOfWeek() == 7 && !w.sundayAllowed)
        return tr("Sunday: no calls");
    QTime start = w.weekdayStart;
    QTime end = w.weekdayEnd;
    if (day.dayOfWeek() == 6) {
        start = w.saturdayStart;
        end = w.saturdayEnd;
    }
    if (time < start || time >= end)
        return tr("outside the contact window (%1-%2)")
            .arg(start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm")));
    return {};
}

ContactPolicy::Facts ContactPolicy::facts(const History& h, const QString& startOfTodayUtc)
{
    Facts f;
    f.doNotContact = h.flags & FlagDoNotContact;
    f.onHold = h.flags & FlagOnHold;
    f.unverifiedOnly = h.flags & FlagUnverifiedOnly;
    // Instants compare as UTC ISO text.
    f.talkedToday = !h.lastConversationAt.isEmpty() && h.lastConversationAt >= startOfTodayUtc;
    f.refusedOrDisputed = (h.lastConversationOutcome == QLatin1String("dispute_raised") ||
                           h.lastConversationOutcome == QLatin1String("refused")) &&
                          !h.activePlan;
    return f;
}

ContactPolicy::Purpose ContactPolicy::purposeFor(const QString& p, bool debtorAskedCallback)
{
    if (debtorAskedCallback || p == QLatin1String("callback"))
        return Purpose::Callback;
    if (p == QLatin1String("caring") || p == QLatin1String("education") ||
        p == QLatin1String("inbound"))
        return Purpose::Caring;
    if (p == QLatin1String("installment_reminder"))
        return Purpose::Installment;
    if (p == QLatin1String("broken_promise"))
        return Purpose::Promise;
    if (p == QLatin1String("close_the_loop"))
        return Purpose::CloseTheLoop;
    return Purpose::Reminder;
}

ContactPolicy::Facts ContactPolicy::factsFor(const DebtorCard& card, const ContactRecord* contact,
                                             const QDateTime& startOfTodayUtc)
{
    History h;
    h.flags = card.summary.flags;
    h.lastConversationAt = card.summary.lastConversationAt;
    h.lastConversationOutcome = card.summary.lastConversationOutcome;
    for (const PlanRecord& p : card.plans)
        h.activePlan = h.activePlan || p.status == QLatin1String("active");
    Facts f = facts(h, startOfTodayUtc.toUTC().toString(Qt::ISODate));
    f.doNotContact = f.doNotContact || card.debtor.doNotContact;
    if (contact)
        f.unverifiedOnly = !(contact->owner == QLatin1String("debtor") && contact->verified);
    return f;
}

QString ContactPolicy::messageBlockReason(const DebtorRecord& debtor, const ContactRecord* contact,
                                          const QString& channel)
{
    if (debtor.doNotContact)
        return tr("do not contact");
    if (channel == QLatin1String("letter"))
        return debtor.address.isEmpty() ? tr("no postal address") : QString();
    if (!contact)
        return tr("choose the phone or e-mail to write to");
    const bool phone = contact->kind == QLatin1String("phone");
    if ((channel == QLatin1String("sms")) != phone)
        return channel == QLatin1String("sms") ? tr("an SMS needs a phone number")
                                               : tr("an e-mail needs an e-mail address");
    if (contact->optOut)
        return tr("the debtor opted out of this contact");
    if (contact->consent == QLatin1String("denied"))
        return tr("the debtor denied consent for this contact");
    if (contact->owner != QLatin1String("debtor") || !contact->verified)
        return tr("not the debtor's own verified contact: no debt details");
    return {};
}

QStringList ContactPolicy::blockReasons(const Windows& windows, const QDateTime& localNow,
                                        const Facts& facts, Purpose purpose)
{
    QStringList reasons;
    if (facts.doNotContact)
        reasons << tr("do not contact");
    const QString window = outsideWindowReason(windows, localNow);
    if (!window.isEmpty())
        reasons << window;
    // One conversation a day, unless the debtor asked to be called back.
    if (facts.talkedToday && purpose != Purpose::Callback)
        reasons << tr("already talked to today");
    const bool chasing = purpose == Purpose::Reminder || purpose == Purpose::Installment ||
                         purpose == Purpose::Promise;
    if (facts.onHold && chasing)
        reasons << tr("dispute hold: a complaint about the bills is open");
    if (facts.refusedOrDisputed && chasing)
        reasons << tr("disputed the debt or said they cannot pay: wait for a plan or a review");
    if (facts.unverifiedOnly)
        reasons << tr("only unverified or third-party numbers: no debt details before the "
                      "identity check");
    return reasons;
}

} // namespace ascolto

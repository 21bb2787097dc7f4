#pragma once

#include "Records.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTime>

namespace ascolto {

// When and whether a debtor may be contacted (DESIGN.md §5, Italian collection code of
// conduct), as reasons an operator can read. Defaults: Monday-Friday 08:30-21:00,
// Saturday 08:30-15:00, never on Sundays or national holidays; configurable per client.
class ContactPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ContactPolicy)
public:
    struct Windows
    {
        QTime weekdayStart{8, 30};
        QTime weekdayEnd{21, 0};
        QTime saturdayStart{8, 30};
        QTime saturdayEnd{15, 0};
        bool sundayAllowed = false;
        bool holidaysAllowed = false;
        // From the client's JSON: {"weekdays":["08:30","21:00"],"saturday":[...],
        // "sunday":null,"holidays":false}; missing parts keep the defaults.
        static Windows fromJson(const QString& json);
    };

    // What is known about the debtor when deciding.
    struct Facts
    {
        bool doNotContact = false;
        bool onHold = false;            // a complaint or dispute about the bills is open
        bool unverifiedOnly = false;    // no verified phone of the debtor's own
        bool talkedToday = false;       // a conversation already happened today
        bool refusedOrDisputed = false; // last said they dispute or cannot pay, no plan since
    };

    // What the store keeps of a debtor's contacts (the portfolio row, DebtorSummary): the
    // one input from which facts() decides, whether Today or the call workspace asks.
    struct History
    {
        int flags = 0;                   // DebtorFlag bits
        QString lastConversationAt;      // UTC ISO instant; empty when never spoken to
        QString lastConversationOutcome; // its outcome code
        bool activePlan = false;
    };
    // `startOfTodayUtc` is the UTC ISO instant of local midnight.
    static Facts facts(const History& history, const QString& startOfTodayUtc);

    enum class Purpose
    {
        Caring,
        Reminder,
        Installment,
        Promise,
        Callback,
        CloseTheLoop
    };

    // Empty when the contact may go ahead now; otherwise every reason it may not.
    static QStringList blockReasons(const Windows& windows, const QDateTime& localNow,
                                    const Facts& facts, Purpose purpose);
    // The contact-rule purpose of an interaction purpose code (caring, first_reminder...).
    static Purpose purposeFor(const QString& interactionPurpose, bool debtorAskedCallback);
    // facts() for the debtor of a card at the start of a call. `contact` is the number
    // about to be called (nullptr: none chosen); a number that is not the debtor's own and
    // verified counts as a third-party contact.
    static Facts factsFor(const DebtorCard& card, const ContactRecord* contact,
                          const QDateTime& startOfTodayUtc);

    // Why a written message may not go to `contact` (nullptr for a letter by post): empty
    // when it may. Do-not-contact, opt-out and denied consent always win; debt details go
    // only to the debtor's own verified phone or e-mail.
    static QString messageBlockReason(const DebtorRecord& debtor, const ContactRecord* contact,
                                      const QString& channel);

    // Only the time rule: empty inside the window, otherwise why not.
    static QString outsideWindowReason(const Windows& windows, const QDateTime& localNow);
};

} // namespace ascolto

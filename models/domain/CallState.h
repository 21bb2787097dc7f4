#pragma once

#include "Money.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace ascolto {

struct DebtorCard;

// Everything typed or chosen during a call, saved as a draft while the call runs (so a
// crash loses nothing) and turned into records when the call is saved.
struct CallState
{
    Q_DECLARE_TR_FUNCTIONS(CallState)
public:
    enum class Identity
    {
        Unknown,
        Confirmed,  // the person is the debtor
        ThirdParty, // someone else answered: no debt details
    };

    QString draftId;
    QString debtorId;
    QString purpose = QStringLiteral("first_reminder");
    // The open task this call serves (a callback or a close-the-loop call from Today): saving
    // the call closes it. Empty for a call started from the card.
    QString taskId;
    QString channel = QStringLiteral("phone_out");
    QString contactId;
    QDateTime startedAt; // UTC
    int elapsedSeconds = 0;
    int step = 0;
    QStringList blockReasons; // contact rules that were broken at the start
    QString overrideReason;   // why the operator went ahead anyway
    Identity identity = Identity::Unknown;
    QString thirdPartyRelation; // family, workplace, other
    QString emotion;
    QStringList emotionsSeen; // every emotion marked during the call, in order
    QStringList checklist;    // codes from checklistItems()
    QString nonpaymentReason;
    QString outcome;
    QString notes;
    // Next action: none, callback (at nextAt), reminder (on nextAt's date), plan.
    QString nextAction = QStringLiteral("none");
    QDateTime nextAt; // local time
    Money promiseAmount;
    QDate promiseDate;
    QString promiseChannel;
    // The debtor asked not to be called on this number again: sets the contact's opt-out,
    // which nothing later clears.
    bool optOutRequested = false;
    // Vulnerability disclosed during the call, recorded only with consent.
    QString vulnerability;
    QString vulnerabilityNote;
    bool vulnerabilityConsent = false;
    // Satisfaction after the call; 0 (CSAT, CES) or -1 (NPS) when not asked.
    int csat = 0;
    int ces = 0;
    int nps = -1;
    QString surveyComment;

    // The purpose a call with this debtor has unless the call was asked for by a Today item
    // with a purpose of its own: installment reminder while a plan runs, broken promise,
    // first or follow-up reminder (a reminder conversation already happened), caring call
    // before a due date, else an inbound call. The one rule for it (the card and Today).
    static QString proposedPurpose(const DebtorCard& card);
    static QStringList checklistItems();
    static QStringList nextActions();
    static QStringList thirdPartyRelations();
    bool hasPromise() const { return promiseAmount > Money() || promiseDate.isValid(); }
    bool hasSurvey() const { return csat > 0 || ces > 0 || nps >= 0; }

    QByteArray toJson() const;
    static Result<CallState> fromJson(const QByteArray& json);

    // Facts the save needs that the form cannot check alone.
    struct Limits
    {
        QDate today;
        QDateTime nowLocal;
        Money outstanding;
        int maxPromiseDays = 30;
    };
    // Empty when the call can be saved; otherwise the first problem, naming the field.
    QString problem(const Limits& limits) const;
};

} // namespace ascolto

#pragma once

#include "Money.h"
#include "Role.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

// Plain value types exchanged between storage, item models and the UI. Codes (channel,
// owner, service...) are the lower-case strings stored in the database.
namespace ascolto {

struct MandateRules
{
    int maxInstallments = 24;
    Money minInstallment = Money::fromCents(2500);
    int maxPlanMonths = 24;
    int operatorDiscountBp = 0; // basis points: 1000 = 10%
    int teamLeadDiscountBp = 0;
    Money protectedMinimum = Money::fromCents(60000);
    int caringWindowDays = 7;
    int formalNoticeDays = 45;
    int missedInstallmentsToBreak = 2;
    int daysLateToBreak = 30;
    int maxConversationsPerDay = 1;
};

struct ClientRecord
{
    QString id;
    QString code;
    QString name;
    QString vatNumber;
    QString iban;
    QString pagopaCreditorCode;
    QString supportPhone;
    QString supportEmail;
    MandateRules rules;
    // The window locks after this many minutes without a key or a click (schema 9).
    int idleLockMinutes = 10;
    // The end of the mandate (schema 16; invalid while it lasts) and how many months the
    // client's debtors are kept after it before they are erased (storage/Erasure).
    QDate mandateEndedOn;
    int retentionMonths = 12;
    // The contract (schema 18), for the commission statement: a fixed management fee per
    // month and a success fee on what was collected, in basis points.
    Money monthlyFee;
    int successFeeBp = 0;
    // The language of the client's periodic report ("it" or "en").
    QString reportLanguage = QStringLiteral("it");
    // The first day the client's debtors may be erased; invalid while the mandate lasts.
    QDate erasableFrom() const
    {
        return mandateEndedOn.isValid() ? mandateEndedOn.addMonths(retentionMonths) : QDate();
    }
};

struct UserRecord
{
    QString id;
    QString username;
    QString displayName;
    Role role = Role::Operator;
    QString clientId;
    QString phone;
    QString email;
    bool active = true;
};

struct ContactRecord
{
    QString id;
    QString kind = QStringLiteral("phone"); // phone, email, pec
    QString value;
    QString label;
    QString owner = QStringLiteral("debtor"); // debtor, family, workplace, other
    bool verified = false;
    QString consent = QStringLiteral("unknown"); // granted, denied, unknown
    bool optOut = false;
    bool preferred = false;
};

struct SupplyRecord
{
    QString id;
    QString service;   // electricity, gas, water
    QString pointCode; // POD / PDR
    QString address;
    QString billingFrequency; // monthly, bimonthly, quarterly, halfyearly, yearly
    QDate startDate;
};

struct DebtorRecord
{
    QString id;
    QString clientId;
    QString customerCode;
    QString kind = QStringLiteral("person"); // person, company
    QString firstName;
    QString lastName;
    QString companyName;
    QString displayName;
    QString taxCode;
    QString vatNumber;
    QDate birthDate;
    QString language = QStringLiteral("it");
    QString address;
    QString postalCode;
    QString city;
    QString province;
    QString assignedOperatorId;
    QDate assignedSince;
    QString vulnerability;
    bool doNotContact = false;
    QString holdReason;
    int version = 0;
    QVector<ContactRecord> contacts;
    QVector<SupplyRecord> supplies;
    // "Via Roma 1, 20100 Milano (MI)": the address as letters and the card show it.
    QString postalAddress() const
    {
        return QStringLiteral("%1, %2 %3 (%4)").arg(address, postalCode, city, province);
    }
    const ContactRecord* contact(const QString& contactId) const
    {
        for (const ContactRecord& c : contacts)
            if (c.id == contactId)
                return &c;
        return nullptr;
    }
};

struct InvoiceRecord
{
    QString id;
    QString debtorId;
    QString supplyId;
    QString number;
    QDate issueDate;
    QDate dueDate;
    Money amount;
    Money paid;
    QString pagopaNotice;
    QString deliveryChannel = QStringLiteral("post"); // post, email, pec, app
    bool receiptConfirmed = false;
    Money outstanding() const { return amount - paid; }
};

struct PaymentDraft
{
    QString debtorId;
    Money amount;
    QDate paidOn;
    QString channel = QStringLiteral("pagopa");
    QString reference;
    // Leave empty for "oldest bill first"; otherwise the invoice ids to settle, in order.
    QStringList invoiceIds;
    // Set to pay the installments of this plan, earliest first (the money reaches the plan's
    // bills oldest first); invoiceIds is then ignored.
    QString planId;
    // Whatever exceeds the open bills is kept as a credit on account only when allowed.
    bool allowCredit = false;
};

struct DebtorSummary
{
    QString debtorId;
    QDate asOf;
    Money outstanding;
    Money overdue;
    QDate oldestOverdueDue;
    Money aging[6];
    int openInvoices = 0;
    QDate nextDueDate;
    Money credit;
    QString stage;
    int flags = 0; // DebtorFlag bits
    // The last time someone spoke with the debtor (UTC ISO instant, empty: never) and how it
    // ended: what ContactPolicy::facts() decides from.
    QString lastConversationAt;
    QString lastConversationOutcome;
};

enum DebtorFlag
{
    FlagVulnerable = 1,
    FlagOnHold = 2,
    FlagDoNotContact = 4,
    FlagPrescribed = 8,
    FlagUnverifiedOnly = 16,
};

} // namespace ascolto

namespace ascolto {

struct AssignmentRecord
{
    QString operatorName;
    QDate from;
    QDate to; // invalid while current
    QString reason;
};

struct PaymentRecord
{
    QString id;
    QDate paidOn;
    Money amount;
    Money credit;
    QString channel;
    QString reference;
};

struct InstallmentRecord
{
    int seq = 0;
    QDate dueDate;
    Money amount;
    Money paid;
    QString status;
};

struct PlanRecord
{
    QString id;
    QString kind;
    QString status;
    Money total;
    Money discount;
    int installmentCount = 0;
    QString frequency;
    QDate firstDue;
    QVector<InstallmentRecord> installments;
    QString createdBy;         // the operator who agreed it with the debtor
    QStringList billNumbers;   // the bills it settles
    QStringList pagopaNotices; // their PagoPA notices (empty when none)
};

struct PromiseRecord
{
    QDate dueDate;
    Money amount;
    QString status;
    QString channel;
};

struct InteractionRecord
{
    QDateTime startedAt;
    QString channel;
    QString purpose;
    QString outcome;
    QString emotion;
    QString nonpaymentReason;
    QString notes;
    QString operatorName;
    int durationSeconds = 0;
};

struct ComplaintRecord
{
    QString id;
    QString category;
    QString description;
    QString status;
    QDateTime openedAt;
    QStringList invoiceNumbers;
};

struct SurveyRecord
{
    QDateTime at;
    int csat = 0;
    int ces = 0;
    int nps = -1;
    QString comment;
};

struct MessageRecord
{
    QDateTime at;
    QString channel;
    QString subject;
    QString body;
};

// Everything the debtor card shows except the bills, which load page by page.
struct DebtorCard
{
    DebtorRecord debtor;
    DebtorSummary summary;
    QString interlocutorName;
    QVector<AssignmentRecord> relationship; // newest first
    QVector<PaymentRecord> payments;
    QVector<PlanRecord> plans;
    QVector<PromiseRecord> promises;
    QVector<InteractionRecord> interactions;
    QVector<ComplaintRecord> complaints;
    QVector<SurveyRecord> surveys;
    QVector<MessageRecord> messages;
    int invoiceCount = 0;
};

// A conversation or message recorded from the card (the full call workspace adds scripts,
// the empathy checklist and promises).
struct InteractionDraft
{
    QString debtorId;
    QString channel = QStringLiteral("phone_out");
    QString purpose = QStringLiteral("first_reminder");
    QString outcome = QStringLiteral("reached_debtor");
    QString emotion;
    QString nonpaymentReason;
    QString notes;
    int durationSeconds = 0;
};

// A payment-education message, rendered from a template and written to the outbox.
struct MessageDraft
{
    QString debtorId;
    QString templateCode;
    QString channel = QStringLiteral("sms"); // sms, email, letter
    QString contactId;                       // the debtor's phone or e-mail; empty for letters
    QString subject;
    QString body;
    QString outboxPath;
};

struct ComplaintDraft
{
    QString debtorId;
    QString category = QStringLiteral("billing_error");
    QString description;
    QStringList invoiceIds;
};

} // namespace ascolto

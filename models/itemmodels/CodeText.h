#pragma once

#include <QCoreApplication>
#include <QString>

namespace ascolto {

// Translated names of the codes stored in the database (channels, purposes, statuses...).
class CodeText
{
    Q_DECLARE_TR_FUNCTIONS(CodeText)
public:
    static QString paymentChannel(const QString& code);
    static QString paymentSource(const QString& code); // operator, import, sync
    static QString planKind(const QString& code);      // installments, settlement...
    static QString frequency(const QString& code);     // monthly, biweekly
    static QString interactionChannel(const QString& code);
    static QString purpose(const QString& code);
    static QString nonpaymentReason(const QString& code);
    static QString complaintCategory(const QString& code);
    static QString status(const QString& code); // plan, installment, promise, complaint
    static QString owner(const QString& code);
    static QString consent(const QString& code);
    static QString vulnerability(const QString& code);
    static QString stage(const QString& code); // escalation ladder stage
    static QString planPromise(const QString& planStatus, const QString& promiseStatus);
    static QString outcome(const QString& code);
    static QString emotion(const QString& code);
    static QString checklistItem(const QString& code); // CallState::checklistItems()
    static QString nextAction(const QString& kind);
    static QStringList flags(int debtorFlags); // DebtorFlag bits, one text each
    // Why a debtor got an interlocutor: "first_assignment", "portfolio", "rule:<kind>";
    // anything else is a person's handover note, shown as written.
    static QString assignmentReason(const QString& reason);
    // True for a note a person wrote when handing the debtor over (not a code of Ascolto's).
    static bool isHandoverNote(const QString& reason);
    // The audit log's operations and what they were done on (the register of operations).
    static QString auditAction(const QString& code);
    static QString auditEntity(const QString& code);
};

} // namespace ascolto

#pragma once

#include <QString>
#include <QStringList>

namespace ascolto {

// How a contact ended, and what each outcome means for the rules: the one table the call
// workspace, the call's checks (CallState::problem), the contact rules (ContactPolicy) and
// the portfolio row's last conversation (SQL built from notConversations()) read. The
// interaction table's CHECK lists the same codes (a test compares them).
namespace CallOutcome {

// What a call can be saved with, in the order the call workspace offers them.
QStringList callOutcomes();
// Every stored outcome: the call outcomes and "sent" (a written message).
QStringList all();
// Someone spoke with the debtor: it uses the day's conversation and completes a reminder.
bool isConversation(const QString& code);
// Every stored outcome that is no conversation, and "" (none): for SQL that must agree.
QStringList notConversations();
// Only the debtor can have said it: the identity must be confirmed first.
bool needsDebtor(const QString& code);
// What may be recorded when someone else answered (no debt detail was given).
bool allowedWithThirdParty(const QString& code);

} // namespace CallOutcome
} // namespace ascolto

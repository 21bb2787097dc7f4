#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace ascolto {

// Writes payment-education messages into an outbox folder as files another program (or a
// person) sends: SMS as text, e-mail as an RFC 5322 .eml file, letters as PDF. Nothing is
// sent from here. Each file appears whole (temporary name, then rename).
class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(Outbox)
public:
    struct Message
    {
        QString channel; // sms, email, letter
        QString to;      // phone number or e-mail address; empty for letters
        QString subject;
        QString body;
        QString language = QStringLiteral("it");
        QString recipientName;
        QString address; // postal address, for letters
        QString senderName;
        QString customerCode;
        QDateTime at; // UTC
    };
    // Returns the path of the file written.
    static Result<QString> write(const QString& dir, const Message& message);
};

} // namespace ascolto

#pragma once

#include "AssignmentRule.h"
#include "ContactPolicy.h"
#include "EscalationLadder.h"
#include "Records.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ascolto {

// Everything the product reads from a client (the committente): identity, mandate rules,
// contact windows, escalation ladder, accepted payment channels and the assignment rule.
// The administration screen and `ascolto-cli client set` both go through check(), so a
// value refused in one is refused in the other with the same words.
struct ClientConfig
{
    Q_DECLARE_TR_FUNCTIONS(ClientConfig)
public:
    ClientRecord client;
    ContactPolicy::Windows windows;
    QVector<EscalationLadder::Step> ladder = EscalationLadder().steps();
    QStringList paymentChannels = {QStringLiteral("pagopa"), QStringLiteral("bank_transfer"),
                                   QStringLiteral("online"), QStringLiteral("postal_slip"),
                                   QStringLiteral("direct_debit")};
    AssignmentRule assignment;

    // Every payment channel the product knows (payments recorded, channels a client accepts).
    static QStringList paymentChannelCodes();

    // One problem of a form: the field it concerns (the form widget's name, as in the JSON
    // file: "max_installments", "weekdays", "ladder"...) and what is wrong, translated.
    struct Problem
    {
        QString field;
        QString message;
    };
    // Empty when the configuration may be saved. `operatorUsernames`: the client's operators,
    // against which a province list is checked (empty: not checked).
    QVector<Problem> check(const QStringList& operatorUsernames = {}) const;

    // JSON stored in the client row and read by the rest of the product.
    QString windowsJson() const;
    QString ladderJson() const;
    QString channelsJson() const;
    static ContactPolicy::Windows windowsFromJson(const QString& json);
    static QVector<EscalationLadder::Step> ladderFromJson(const QString& json);
    static QStringList channelsFromJson(const QString& json);

    // The file `ascolto-cli client set` reads and `client show` prints: amounts as "25,00"
    // strings, discounts as percent, times as "08:30". Unknown keys are an error naming them
    // (a typo must not be silently ignored); missing keys keep the defaults, or the current
    // values when `base` is given (an update of some fields).
    QJsonObject toJson() const;
    static Result<ClientConfig> fromJson(const QJsonObject& o, const ClientConfig& base);
};

} // namespace ascolto

#pragma once

#include "domain/PlanCalculator.h"
#include "domain/Records.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ascolto {

class Clock;
class Database;

// The letter that confirms an agreed plan to the debtor, as PDF, in the debtor's language
// (Italian or English), in the respectful tone of the method: the schedule, the payment
// channels (IBAN, PagoPA notice numbers), and the operator's name and contact.
// Needs a QGuiApplication (fonts). Templates: resources/letters/plan_<lang>.html.
class PlanLetter
{
    Q_DECLARE_TR_FUNCTIONS(PlanLetter)
public:
    struct Data
    {
        QString language = QStringLiteral("it");
        QString clientName;
        QString iban;
        QString debtorName;
        QString address;
        QString customerCode;
        QStringList billNumbers;
        QStringList pagopaNotices;
        Money discount;
        PlanCalculator::Schedule schedule;
        QString operatorName;
        QString operatorContact;
        QDate date;
    };
    static QString html(const Data& data);
    // The schedule as stored (a plan approved after it was proposed).
    static PlanCalculator::Schedule scheduleOf(const QVector<InstallmentRecord>& installments);
    // Writes the PDF (A4) to path, through a temporary file renamed at the end.
    static Status writePdf(const Data& data, const QString& path);
    // The letter of one of the card's plans, from the card, the client and the operator who
    // agreed it (who signs it, also when a team lead approved it), written into `dir` as
    // plan-<customer code>-<time>.pdf. Returns the file's path.
    static Result<QString> writeForPlan(Database& db, const Clock& clock, const DebtorCard& card,
                                        const QString& planId, const QString& dir);
};

} // namespace ascolto

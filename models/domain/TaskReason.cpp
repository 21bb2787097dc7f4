#include "TaskReason.h"

#include "PlanCalculator.h"

#include <QJsonDocument>
#include <QStringList>

namespace ascolto {

TaskReason TaskReason::lowSurvey(int nps, int ces, const QString& comment)
{
    QJsonObject a;
    if (nps >= 0)
        a.insert(QLatin1String("nps"), nps);
    if (ces > 0)
        a.insert(QLatin1String("ces"), ces);
    if (!comment.trimmed().isEmpty())
        a.insert(QLatin1String("comment"), comment.trimmed().left(160));
    return {QStringLiteral("low_survey"), a};
}

TaskReason TaskReason::planBroken()
{
    return {QStringLiteral("plan_broken"), {}};
}

TaskReason TaskReason::planApproved(const QString& by)
{
    return {QStringLiteral("plan_approved"), {{QLatin1String("by"), by}}};
}

TaskReason TaskReason::planRejected(const QString& by, const QString& reason)
{
    return {QStringLiteral("plan_rejected"),
            {{QLatin1String("by"), by}, {QLatin1String("reason"), reason}}};
}

TaskReason TaskReason::planAmended(const QString& by, int installments, qint64 installmentCents,
                                   const QDate& firstDue, qint64 discountCents)
{
    return {QStringLiteral("plan_amended"),
            {{QLatin1String("by"), by},
             {QLatin1String("installments"), installments},
             {QLatin1String("installment_cents"), installmentCents},
             {QLatin1String("first_due"), firstDue.toString(Qt::ISODate)},
             {QLatin1String("discount_cents"), discountCents}}};
}

TaskReason TaskReason::discountApproval(qint64 discountBp, qint64 operatorDiscountBp)
{
    return {QStringLiteral("discount_approval"),
            {{QLatin1String("discount_bp"), discountBp},
             {QLatin1String("operator_bp"), operatorDiscountBp}}};
}

TaskReason TaskReason::affordabilityApproval(qint64 requestedMonthlyCents, qint64 maxMonthlyCents)
{
    return {QStringLiteral("affordability_approval"),
            {{QLatin1String("requested_cents"), requestedMonthlyCents},
             {QLatin1String("max_cents"), maxMonthlyCents}}};
}

QString TaskReason::argsJson() const
{
    return QString::fromUtf8(QJsonDocument(args).toJson(QJsonDocument::Compact));
}

TaskReason TaskReason::fromStored(const QString& code, const QString& argsJson)
{
    return {code, QJsonDocument::fromJson(argsJson.toUtf8()).object()};
}

QString TaskReason::text() const
{
    if (code == QLatin1String("low_survey")) {
        QStringList why;
        if (args.contains(QLatin1String("nps")))
            why << QStringLiteral("NPS %1/10").arg(args.value(QLatin1String("nps")).toInt());
        if (args.contains(QLatin1String("ces")))
            why << QStringLiteral("CES %1/7").arg(args.value(QLatin1String("ces")).toInt());
        QString t = why.isEmpty() ? tr("Low score in the satisfaction survey")
                                  : tr("Low score in the satisfaction survey: %1")
                                        .arg(why.join(QStringLiteral(", ")));
        const QString comment = args.value(QLatin1String("comment")).toString();
        if (!comment.isEmpty())
            t += QStringLiteral(" - \"%1\"").arg(comment);
        return t;
    }
    if (code == QLatin1String("plan_broken"))
        return tr("Repayment plan broken: installments missed");
    if (code == QLatin1String("plan_approved"))
        return tr("Plan approved by %1: confirm it to the debtor")
            .arg(args.value(QLatin1String("by")).toString());
    if (code == QLatin1String("plan_rejected"))
        return tr("Plan rejected by %1: %2. Agree another one with the debtor")
            .arg(args.value(QLatin1String("by")).toString(),
                 args.value(QLatin1String("reason")).toString());
    if (code == QLatin1String("plan_amended")) {
        const QLocale locale;
        QString t =
            tr("Plan amended and approved by %1: %n installment(s) of %2 from %3", nullptr,
               args.value(QLatin1String("installments")).toInt())
                .arg(args.value(QLatin1String("by")).toString(),
                     Money::fromCents(args.value(QLatin1String("installment_cents")).toInteger())
                         .format(locale),
                     locale.toString(
                         QDate::fromString(args.value(QLatin1String("first_due")).toString(),
                                           Qt::ISODate),
                         QLocale::ShortFormat));
        const qint64 discount = args.value(QLatin1String("discount_cents")).toInteger();
        if (discount > 0)
            t += tr(", discount %1").arg(Money::fromCents(discount).format(locale));
        return t + tr(". Confirm it to the debtor");
    }
    if (code == QLatin1String("discount_approval"))
        return PlanCalculator::discountApprovalText(
            args.value(QLatin1String("discount_bp")).toInteger(),
            args.value(QLatin1String("operator_bp")).toInteger());
    if (code == QLatin1String("affordability_approval"))
        return PlanCalculator::affordabilityApprovalText(
            Money::fromCents(args.value(QLatin1String("requested_cents")).toInteger()),
            Money::fromCents(args.value(QLatin1String("max_cents")).toInteger()));
    return {};
}

} // namespace ascolto

#include "CliPlan.h"

#include "domain/PlanCalculator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ascolto {

namespace {

struct FieldError
{
    QString field;
    QString message;
};

// Amounts are strings in any form Money::parse accepts ("1.234,56", "1234.56"), or whole
// cents in a field whose name ends in _cents.
bool readMoney(const QJsonObject& o, const QString& name, Money* out, FieldError* error,
               bool required = false)
{
    const QJsonValue cents = o.value(name + QStringLiteral("_cents"));
    if (cents.isDouble()) {
        const double v = cents.toDouble();
        if (v != double(qint64(v))) {
            *error = {name + QStringLiteral("_cents"),
                      QStringLiteral("must be a whole number of cents")};
            return false;
        }
        *out = Money::fromCents(qint64(v));
        return true;
    }
    const QJsonValue text = o.value(name);
    if (text.isUndefined() || text.isNull()) {
        if (required) {
            *error = {name, QStringLiteral("is missing")};
            return false;
        }
        return true;
    }
    if (!text.isString()) {
        *error = {
            name,
            QStringLiteral("must be a string such as \"1.234,56\" (or use %1_cents)").arg(name)};
        return false;
    }
    const auto parsed = Money::parse(text.toString());
    if (!parsed) {
        *error = {name, parsed.error()};
        return false;
    }
    *out = parsed.value();
    return true;
}

QString snakeField(const QString& message)
{
    const QString field = message.section(QLatin1Char(':'), 0, 0);
    if (field == QLatin1String("downPayment"))
        return QStringLiteral("down_payment");
    if (field == QLatin1String("firstDue"))
        return QStringLiteral("first_due");
    return field;
}

QJsonObject moneyJson(const char* key, Money m)
{
    return {{QLatin1String(key) + QStringLiteral("_cents"), m.cents()},
            {QLatin1String(key), m.formatPlain(QLocale(QLocale::Italian, QLocale::Italy))}};
}

void merge(QJsonObject& into, const QJsonObject& from)
{
    for (auto it = from.begin(); it != from.end(); ++it)
        into.insert(it.key(), it.value());
}

} // namespace

int runPlanPreview(const QByteArray& input, QByteArray* output)
{
    auto fail = [output](const FieldError& e) {
        *output = QJsonDocument(QJsonObject{{QStringLiteral("error"), e.message},
                                            {QStringLiteral("field"), e.field}})
                      .toJson(QJsonDocument::Compact) +
                  '\n';
        return 1;
    };
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(input, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail({QString(), QStringLiteral("the request is not a JSON object: %1 at offset %2")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset)});
    const QJsonObject o = doc.object();
    FieldError error;
    PlanCalculator::Request r;

    QDate today = QDate::currentDate();
    if (o.contains(QStringLiteral("today"))) {
        today = QDate::fromString(o.value(QStringLiteral("today")).toString(), Qt::ISODate);
        if (!today.isValid())
            return fail(
                {QStringLiteral("today"), QStringLiteral("must be a date like 2026-11-23")});
    }
    if (o.value(QStringLiteral("bills")).isArray()) {
        const QJsonArray bills = o.value(QStringLiteral("bills")).toArray();
        for (int i = 0; i < bills.size(); ++i) {
            Money amount;
            if (!readMoney(bills.at(i).toObject(), QStringLiteral("amount"), &amount, &error,
                           true)) {
                error.field = QStringLiteral("bills[%1].%2").arg(i).arg(error.field);
                return fail(error);
            }
            if (amount <= Money())
                return fail({QStringLiteral("bills[%1].amount").arg(i),
                             QStringLiteral("must be greater than zero")});
            r.total += amount;
        }
    } else if (!readMoney(o, QStringLiteral("total"), &r.total, &error, true)) {
        return fail(error);
    }
    if (!readMoney(o, QStringLiteral("discount"), &r.discount, &error))
        return fail(error);
    if (o.contains(QStringLiteral("discount_percent"))) {
        const double pct = o.value(QStringLiteral("discount_percent")).toDouble(-1);
        if (pct < 0 || pct >= 100)
            return fail(
                {QStringLiteral("discount_percent"), QStringLiteral("must be from 0 to 100")});
        // Percent to basis points, then cents: integer arithmetic from here on.
        const qint64 bp = qRound64(pct * 100);
        r.discount = PlanCalculator::discountFor(r.total, bp);
    }
    if (!readMoney(o, QStringLiteral("down_payment"), &r.downPayment, &error))
        return fail(error);
    if (!readMoney(o, QStringLiteral("target_installment"), &r.targetInstallment, &error))
        return fail(error);
    if (o.contains(QStringLiteral("installments"))) {
        const QJsonValue v = o.value(QStringLiteral("installments"));
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 1)
            return fail(
                {QStringLiteral("installments"), QStringLiteral("must be a whole number from 1")});
        r.installments = v.toInt();
    }
    const QString frequency =
        o.value(QStringLiteral("frequency")).toString(QStringLiteral("monthly"));
    if (frequency == QLatin1String("monthly"))
        r.frequency = PlanCalculator::Frequency::Monthly;
    else if (frequency == QLatin1String("biweekly"))
        r.frequency = PlanCalculator::Frequency::Biweekly;
    else
        return fail(
            {QStringLiteral("frequency"), QStringLiteral("must be \"monthly\" or \"biweekly\"")});
    r.firstDue = QDate::fromString(o.value(QStringLiteral("first_due")).toString(), Qt::ISODate);
    if (!o.contains(QStringLiteral("first_due")))
        return fail({QStringLiteral("first_due"), QStringLiteral("is missing")});
    if (!r.firstDue.isValid())
        return fail(
            {QStringLiteral("first_due"), QStringLiteral("must be a date like 2026-12-15")});

    MandateRules rules;
    const QJsonObject ro = o.value(QStringLiteral("rules")).toObject();
    if (ro.contains(QStringLiteral("max_installments")))
        rules.maxInstallments =
            ro.value(QStringLiteral("max_installments")).toInt(rules.maxInstallments);
    if (ro.contains(QStringLiteral("max_months")))
        rules.maxPlanMonths = ro.value(QStringLiteral("max_months")).toInt(rules.maxPlanMonths);
    if (ro.contains(QStringLiteral("operator_discount_percent")))
        rules.operatorDiscountBp =
            qRound(ro.value(QStringLiteral("operator_discount_percent")).toDouble() * 100);
    if (ro.contains(QStringLiteral("teamlead_discount_percent")))
        rules.teamLeadDiscountBp =
            qRound(ro.value(QStringLiteral("teamlead_discount_percent")).toDouble() * 100);
    if (!readMoney(ro, QStringLiteral("min_installment"), &rules.minInstallment, &error) ||
        !readMoney(ro, QStringLiteral("protected_minimum"), &rules.protectedMinimum, &error)) {
        error.field = QStringLiteral("rules.") + error.field;
        return fail(error);
    }

    const auto schedule = PlanCalculator::schedule(r, today);
    if (!schedule)
        return fail(
            {snakeField(schedule.error()), schedule.error().section(QStringLiteral(": "), 1)});

    QJsonObject result;
    QJsonArray lines;
    for (const auto& l : schedule->lines) {
        QJsonObject line{{QStringLiteral("seq"), l.seq},
                         {QStringLiteral("due"), l.due.toString(Qt::ISODate)},
                         {QStringLiteral("nominal"), l.nominal.toString(Qt::ISODate)},
                         {QStringLiteral("moved"), l.due != l.nominal}};
        merge(line, moneyJson("amount", l.amount));
        lines.append(line);
    }
    result.insert(QStringLiteral("schedule"), lines);
    merge(result, moneyJson("total", r.total));
    merge(result, moneyJson("discount", r.discount));
    merge(result, moneyJson("payable", schedule->payable));
    merge(result, moneyJson("financed", schedule->financed));
    result.insert(QStringLiteral("installments"), schedule->installmentCount);
    result.insert(QStringLiteral("end_date"), schedule->endDate.toString(Qt::ISODate));
    result.insert(QStringLiteral("duration_months"), schedule->durationMonths);

    if (o.value(QStringLiteral("household")).isObject()) {
        const QJsonObject ho = o.value(QStringLiteral("household")).toObject();
        PlanCalculator::Household h;
        h.members = ho.value(QStringLiteral("members")).toInt(1);
        if (h.members < 1 || h.members > 20)
            return fail(
                {QStringLiteral("household.members"), QStringLiteral("must be from 1 to 20")});
        const std::pair<const char*, Money*> fields[] = {
            {"income", &h.netMonthlyIncome}, {"housing", &h.housing},
            {"utilities", &h.utilities},     {"food", &h.food},
            {"transport", &h.transport},     {"health", &h.health},
            {"other_debts", &h.otherDebts}};
        for (const auto& [name, target] : fields) {
            if (!readMoney(ho, QLatin1String(name), target, &error)) {
                error.field = QStringLiteral("household.") + error.field;
                return fail(error);
            }
            if (*target < Money())
                return fail({QStringLiteral("household.%1").arg(QLatin1String(name)),
                             QStringLiteral("cannot be negative")});
        }
        const auto a =
            PlanCalculator::affordability(h, rules.protectedMinimum, schedule.value(), r.frequency);
        QJsonObject aj{{QStringLiteral("affordable"), a.affordable},
                       {QStringLiteral("equivalence_scale"),
                        double(PlanCalculator::equivalenceScaleMillis(h.members)) / 1000.0}};
        merge(aj, moneyJson("disposable", a.disposable));
        merge(aj, moneyJson("protected_minimum", a.protectedMinimum));
        merge(aj, moneyJson("max_monthly", a.maxMonthly));
        merge(aj, moneyJson("requested_monthly", a.requestedMonthly));
        result.insert(QStringLiteral("affordability"), aj);
    }
    const auto mandate = PlanCalculator::checkMandate(r, schedule.value(), rules);
    result.insert(
        QStringLiteral("mandate"),
        QJsonObject{{QStringLiteral("ok"), mandate.ok()},
                    {QStringLiteral("problems"), QJsonArray::fromStringList(mandate.problems)},
                    {QStringLiteral("approval_reasons"),
                     QJsonArray::fromStringList(mandate.approvalReasons)}});
    result.insert(QStringLiteral("approval_needed"), mandate.needsApproval);
    *output = QJsonDocument(result).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace ascolto

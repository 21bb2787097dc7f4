#include "ProtectiveMerge.h"

namespace ascolto::ProtectiveMerge {

namespace {

// True when `candidate` protects more than `current` for this deciding column.
bool tighter(const QString& column, const QJsonValue& current, const QJsonValue& candidate)
{
    if (column == QLatin1String("consent"))
        return candidate.toString() == QLatin1String("denied") &&
               current.toString() != QLatin1String("denied");
    if (candidate.isDouble() || current.isDouble())
        return candidate.toInteger() > current.toInteger();
    // A reason (hold, vulnerability) against none.
    const auto isSet = [](const QJsonValue& v) {
        return !v.isNull() && !v.isUndefined() && !v.toString().isEmpty();
    };
    return isSet(candidate) && !isSet(current);
}

} // namespace

QVector<QStringList> groups(const QString& table)
{
    if (table == QLatin1String("debtor"))
        return {{QStringLiteral("do_not_contact")},
                {QStringLiteral("hold_reason"), QStringLiteral("hold_until")},
                {QStringLiteral("vulnerability"), QStringLiteral("vulnerability_note"),
                 QStringLiteral("vulnerability_consent")}};
    if (table == QLatin1String("contact"))
        return {{QStringLiteral("opt_out")}, {QStringLiteral("consent")}};
    return {};
}

QJsonObject tighten(const QString& table, const QJsonObject& winner, const QJsonObject& other)
{
    QJsonObject out;
    for (const QStringList& group : groups(table)) {
        const QString& decides = group.first();
        if (!tighter(decides, winner.value(decides), other.value(decides)))
            continue;
        for (const QString& column : group)
            out.insert(column, other.value(column));
    }
    return out;
}

} // namespace ascolto::ProtectiveMerge

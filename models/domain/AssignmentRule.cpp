#include "AssignmentRule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <numeric>

namespace ascolto {

QString AssignmentRule::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::BalancedCount:
        return QStringLiteral("balanced_count");
    case Kind::BalancedAmount:
        return QStringLiteral("balanced_amount");
    case Kind::Provinces:
        break;
    }
    return QStringLiteral("provinces");
}

bool AssignmentRule::kindFromCode(const QString& code, Kind* kind)
{
    for (Kind k : {Kind::BalancedCount, Kind::BalancedAmount, Kind::Provinces}) {
        if (kindCode(k) == code) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString AssignmentRule::kindName(Kind kind)
{
    switch (kind) {
    case Kind::BalancedCount:
        return tr("Balanced by number of debtors");
    case Kind::BalancedAmount:
        return tr("Balanced by amount outstanding");
    case Kind::Provinces:
        break;
    }
    return tr("By province");
}

QJsonObject AssignmentRule::toJsonObject() const
{
    QJsonObject o{{QStringLiteral("kind"), kindCode(kind)}};
    if (kind == Kind::Provinces) {
        QJsonObject lists;
        for (auto it = provinces.cbegin(); it != provinces.cend(); ++it)
            lists.insert(it.key(), QJsonArray::fromStringList(it.value()));
        o.insert(QStringLiteral("provinces"), lists);
    }
    return o;
}

bool AssignmentRule::fromJsonObject(const QJsonObject& o, AssignmentRule* rule)
{
    rule->provinces.clear();
    const QJsonObject lists = o.value(QLatin1String("provinces")).toObject();
    for (auto it = lists.begin(); it != lists.end(); ++it) {
        QStringList list;
        for (const QJsonValue& v : it.value().toArray())
            list << v.toString().trimmed().toUpper();
        rule->provinces.insert(it.key().trimmed().toLower(), list);
    }
    return kindFromCode(o.value(QLatin1String("kind")).toString(), &rule->kind);
}

QString AssignmentRule::toJson() const
{
    return QString::fromUtf8(QJsonDocument(toJsonObject()).toJson(QJsonDocument::Compact));
}

AssignmentRule AssignmentRule::fromJson(const QString& json)
{
    AssignmentRule rule;
    if (!fromJsonObject(QJsonDocument::fromJson(json.toUtf8()).object(), &rule))
        return AssignmentRule();
    return rule;
}

QVector<int> AssignmentRule::distribute(QVector<Operator> operators,
                                        const QVector<Debtor>& debtors) const
{
    if (operators.isEmpty())
        return {};
    QVector<int> out(debtors.size(), -1);
    // Least loaded first; ties by user name so every run agrees.
    const auto byCount = [&operators](int a, int b) {
        const Operator& x = operators.at(a);
        const Operator& y = operators.at(b);
        if (x.debtors != y.debtors)
            return x.debtors < y.debtors;
        return x.username < y.username;
    };
    const auto give = [&](int debtor, int op) {
        out[debtor] = op;
        operators[op].debtors += 1;
        operators[op].outstandingCents += debtors.at(debtor).outstandingCents;
    };
    QVector<int> all(operators.size());
    std::iota(all.begin(), all.end(), 0);
    const auto leastOf = [&](const QVector<int>& candidates) {
        return *std::min_element(candidates.begin(), candidates.end(), byCount);
    };

    if (kind == Kind::BalancedAmount) {
        QVector<int> order(debtors.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&debtors](int a, int b) {
            const Debtor& x = debtors.at(a);
            const Debtor& y = debtors.at(b);
            if (x.outstandingCents != y.outstandingCents)
                return x.outstandingCents > y.outstandingCents;
            return x.id < y.id;
        });
        for (int d : order) {
            const int op = *std::min_element(all.begin(), all.end(), [&operators](int a, int b) {
                const Operator& x = operators.at(a);
                const Operator& y = operators.at(b);
                if (x.outstandingCents != y.outstandingCents)
                    return x.outstandingCents < y.outstandingCents;
                if (x.debtors != y.debtors)
                    return x.debtors < y.debtors;
                return x.username < y.username;
            });
            give(d, op);
        }
        return out;
    }

    // Province -> operators covering it (provinces rule only).
    QMap<QString, QVector<int>> covering;
    if (kind == Kind::Provinces) {
        for (int i = 0; i < operators.size(); ++i) {
            const QStringList list = provinces.value(operators.at(i).username.toLower());
            for (const QString& p : list)
                covering[p.toUpper()].push_back(i);
        }
    }
    QVector<int> order(debtors.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&debtors](int a, int b) { return debtors.at(a).id < debtors.at(b).id; });
    for (int d : order) {
        const auto it = covering.constFind(debtors.at(d).province.trimmed().toUpper());
        give(d, it != covering.constEnd() ? leastOf(it.value()) : leastOf(all));
    }
    return out;
}

} // namespace ascolto

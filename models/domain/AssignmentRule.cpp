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

AssignmentRule::Dealer::Dealer(const AssignmentRule& rule, QVector<Operator> operators)
    : m_kind(rule.kind)
    , m_operators(std::move(operators))
    , m_all(m_operators.size())
{
    std::iota(m_all.begin(), m_all.end(), 0);
    if (m_kind == Kind::Provinces) {
        for (int i = 0; i < m_operators.size(); ++i) {
            const QStringList list = rule.provinces.value(m_operators.at(i).username.toLower());
            for (const QString& p : list)
                m_covering[p.toUpper()].push_back(i);
        }
    }
}

// Least loaded first; ties by user name so every run agrees.
int AssignmentRule::Dealer::leastOf(const QVector<int>& candidates) const
{
    const bool byAmount = m_kind == Kind::BalancedAmount;
    return *std::min_element(candidates.begin(), candidates.end(), [&](int a, int b) {
        const Operator& x = m_operators.at(a);
        const Operator& y = m_operators.at(b);
        if (byAmount && x.outstandingCents != y.outstandingCents)
            return x.outstandingCents < y.outstandingCents;
        if (x.debtors != y.debtors)
            return x.debtors < y.debtors;
        return x.username < y.username;
    });
}

int AssignmentRule::Dealer::deal(const Debtor& debtor)
{
    if (m_operators.isEmpty())
        return -1;
    int op = -1;
    if (m_kind == Kind::Provinces) {
        const auto it = m_covering.constFind(debtor.province.trimmed().toUpper());
        op = leastOf(it != m_covering.constEnd() ? it.value() : m_all);
    } else {
        op = leastOf(m_all);
    }
    m_operators[op].debtors += 1;
    m_operators[op].outstandingCents += debtor.outstandingCents;
    return op;
}

QVector<int> AssignmentRule::distribute(QVector<Operator> operators,
                                        const QVector<Debtor>& debtors) const
{
    if (operators.isEmpty())
        return {};
    QVector<int> order(debtors.size());
    std::iota(order.begin(), order.end(), 0);
    const bool byAmount = kind == Kind::BalancedAmount;
    std::stable_sort(order.begin(), order.end(), [&debtors, byAmount](int a, int b) {
        const Debtor& x = debtors.at(a);
        const Debtor& y = debtors.at(b);
        if (byAmount && x.outstandingCents != y.outstandingCents)
            return x.outstandingCents > y.outstandingCents;
        return x.id < y.id;
    });
    Dealer dealer(*this, std::move(operators));
    QVector<int> out(debtors.size(), -1);
    for (int d : order)
        out[d] = dealer.deal(debtors.at(d));
    return out;
}

} // namespace ascolto

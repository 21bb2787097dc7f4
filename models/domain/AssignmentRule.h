#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace ascolto {

// How a client's debtors that nobody owns yet get their interlocutor (DESIGN.md §1: one
// stable operator per debtor). The rule only ever hands out unassigned debtors: moving a
// debtor who has an operator is a reassignment with a handover note, never this rule.
//
//  - balanced_count:  each new debtor goes to the active operator with the fewest debtors;
//  - balanced_amount: the largest debts first, each to the operator with the least
//                     outstanding (so portfolios end up close in euro, not in heads);
//  - provinces:       each operator has a list of provinces (MI, RM...); a debtor goes to
//                     the operator of their province (the least loaded when several share
//                     it). A debtor whose province nobody covers falls back to balanced_count,
//                     so that no debtor is left without an interlocutor.
// Ties are broken by user name, then debtor id: the same store gives the same result.
class AssignmentRule
{
    Q_DECLARE_TR_FUNCTIONS(AssignmentRule)
public:
    enum class Kind
    {
        BalancedCount,
        BalancedAmount,
        Provinces
    };

    Kind kind = Kind::BalancedCount;
    // Operator user name (lower case) -> provinces (two upper-case letters); provinces only.
    QMap<QString, QStringList> provinces;

    static QString kindCode(Kind kind); // "balanced_count", "balanced_amount", "provinces"
    static bool kindFromCode(const QString& code, Kind* kind);
    static QString kindName(Kind kind); // translated, for screens

    // {"kind":"provinces","provinces":{"mrossi":["MI","MB"]}}
    QString toJson() const;
    // A broken or empty text gives the default rule (balanced by count).
    static AssignmentRule fromJson(const QString& json);
    // The same as an object (inside a client's file); false when the kind is unknown.
    QJsonObject toJsonObject() const;
    static bool fromJsonObject(const QJsonObject& o, AssignmentRule* rule);

    struct Operator
    {
        QString id;
        QString username;
        int debtors = 0;             // debtors the operator already has
        qint64 outstandingCents = 0; // what those debtors owe
    };
    struct Debtor
    {
        QString id;
        QString province;
        qint64 outstandingCents = 0;
    };
    // For each debtor (same order as `debtors`), the index in `operators` of their new
    // interlocutor; empty when there is no operator to give them to. Debtors are dealt by id
    // (balanced_amount: largest debt first), whatever order they come in.
    QVector<int> distribute(QVector<Operator> operators, const QVector<Debtor>& debtors) const;

    // The same rule one debtor at a time, in the order they come (an import deals the debtors
    // new to the store as it reads them: in the file's order, owing nothing yet).
    class Dealer
    {
    public:
        Dealer(const AssignmentRule& rule, QVector<Operator> operators);
        // The index in operators() of the debtor's interlocutor; -1 without operators.
        int deal(const Debtor& debtor);
        // With what each now holds.
        const QVector<Operator>& operators() const { return m_operators; }

    private:
        int leastOf(const QVector<int>& candidates) const;
        Kind m_kind;
        QVector<Operator> m_operators;
        QVector<int> m_all;
        QMap<QString, QVector<int>> m_covering; // province -> operators (provinces rule)
    };

    bool operator==(const AssignmentRule& o) const
    {
        return kind == o.kind && provinces == o.provinces;
    }
};

} // namespace ascolto

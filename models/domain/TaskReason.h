#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ascolto {

// Why Ascolto created a task, stored as a code and its parameters (task.reason_code and
// task.reason_args, schema 7) and worded by text() when shown, in the reader's language: the
// Today list of an English team lead reads English whoever saved the task. What a person
// typed is not a TaskReason: it stays in task.reason, as typed.
struct TaskReason
{
    Q_DECLARE_TR_FUNCTIONS(TaskReason)
public:
    QString code; // empty: none
    QJsonObject args;

    // A satisfaction survey after a call asks for a close-the-loop call.
    static TaskReason lowSurvey(int nps, int ces, const QString& comment);
    // A plan broke after missed installments: the team lead reviews it.
    static TaskReason planBroken();
    // A plan's discount is beyond the operator's authority (PlanCalculator::MandateCheck).
    static TaskReason discountApproval(qint64 discountBp, qint64 operatorDiscountBp);
    // A plan above what the household can afford, saved with a reason by an operator.
    static TaskReason affordabilityApproval(qint64 requestedMonthlyCents, qint64 maxMonthlyCents);
    // The team lead decided on a plan the operator proposed: the operator tells the debtor.
    static TaskReason planApproved(const QString& by);
    static TaskReason planRejected(const QString& by, const QString& reason);
    // The team lead changed the proposal and approved it: what the debtor now pays.
    static TaskReason planAmended(const QString& by, int installments, qint64 installmentCents,
                                  const QDate& firstDue, qint64 discountCents);

    bool isEmpty() const { return code.isEmpty(); }
    // The args as stored (compact JSON), and back; an unknown code reads as empty words.
    QString argsJson() const;
    static TaskReason fromStored(const QString& code, const QString& argsJson);
    QString text() const;
};

} // namespace ascolto

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

namespace ascolto {

// The client's escalation ladder: softest contact first, firmer only later. A step applies
// from its number of days after the oldest unpaid due date; "caring" applies before the
// due date (within the client's caring window).
//
// Rules the product enforces on top of the client's steps (DESIGN.md §5):
//  - formal notice never before the client's formal-notice days;
//  - a vulnerable debtor gets the softer ladder: no firm reminder, and no formal notice
//    without a review;
//  - while a complaint about the bills is open (hold) nothing goes beyond a reminder: the
//    debtor waits for review instead.
class EscalationLadder
{
    Q_DECLARE_TR_FUNCTIONS(EscalationLadder)
public:
    struct Step
    {
        QString stage;
        int days = 0;
    };

    // The default ladder of a new client.
    EscalationLadder();
    // From the client's JSON ([{"stage":"reminder_soft","days":3}, ...]); unknown stages are
    // ignored, an empty or broken text gives the default ladder.
    static EscalationLadder fromJson(const QString& json, int formalNoticeDays);

    // Stage code for a debtor: "" when nothing is due or overdue, or when the bill is overdue
    // by fewer days than the ladder's first step.
    QString stageFor(int daysOverdue, bool dueWithinCaringWindow, bool vulnerable,
                     bool onHold) const;

    // Known stage codes in order of firmness, and their rank (0 = none).
    static QStringList stageCodes();
    static int rank(const QString& stage);
    static QString displayName(const QString& stage);
    const QVector<Step>& steps() const { return m_steps; }

private:
    QVector<Step> m_steps; // overdue steps sorted by days (caring excluded)
};

} // namespace ascolto

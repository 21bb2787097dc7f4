#include "EscalationLadder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ascolto {

QStringList EscalationLadder::stageCodes()
{
    // Built once: rank() runs for every portfolio row of a refresh.
    static const QStringList codes{QStringLiteral("caring"),        QStringLiteral("reminder_soft"),
                                   QStringLiteral("reminder"),      QStringLiteral("reminder_firm"),
                                   QStringLiteral("formal_notice"), QStringLiteral("review")};
    return codes;
}

int EscalationLadder::rank(const QString& stage)
{
    return int(stageCodes().indexOf(stage)) + 1;
}

QString EscalationLadder::displayName(const QString& stage)
{
    if (stage == QLatin1String("caring"))
        return tr("Caring");
    if (stage == QLatin1String("reminder_soft"))
        return tr("Gentle reminder");
    if (stage == QLatin1String("reminder"))
        return tr("Reminder");
    if (stage == QLatin1String("reminder_firm"))
        return tr("Firm reminder");
    if (stage == QLatin1String("formal_notice"))
        return tr("Formal notice");
    if (stage == QLatin1String("review"))
        return tr("Review");
    return {};
}

EscalationLadder::EscalationLadder()
{
    m_steps = {{QStringLiteral("reminder_soft"), 1},
               {QStringLiteral("reminder"), 15},
               {QStringLiteral("reminder_firm"), 30},
               {QStringLiteral("formal_notice"), 45},
               {QStringLiteral("review"), 90}};
}

EscalationLadder EscalationLadder::fromJson(const QString& json, int formalNoticeDays)
{
    EscalationLadder ladder;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    QVector<Step> steps;
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        const QString stage = o.value(QLatin1String("stage")).toString();
        if (!stageCodes().contains(stage) || stage == QLatin1String("caring"))
            continue;
        steps.push_back({stage, std::max(1, o.value(QLatin1String("days")).toInt())});
    }
    if (!steps.isEmpty())
        ladder.m_steps = steps;
    for (Step& s : ladder.m_steps)
        if (s.stage == QLatin1String("formal_notice"))
            s.days = std::max(s.days, formalNoticeDays);
    std::stable_sort(ladder.m_steps.begin(), ladder.m_steps.end(),
                     [](const Step& a, const Step& b) { return a.days < b.days; });
    return ladder;
}

QString EscalationLadder::stageFor(int daysOverdue, bool dueWithinCaringWindow, bool vulnerable,
                                   bool onHold) const
{
    if (daysOverdue <= 0)
        return dueWithinCaringWindow ? QStringLiteral("caring") : QString();
    // Overdue but before the client's first step: no stage yet (the ladder, not the product,
    // says when the first reminder comes).
    QString stage;
    for (const Step& s : m_steps)
        if (daysOverdue >= s.days)
            stage = s.stage;
    if (stage.isEmpty())
        return stage;
    const int r = rank(stage);
    if (onHold && r > rank(QStringLiteral("reminder")))
        return QStringLiteral("review");
    if (vulnerable) {
        if (stage == QLatin1String("reminder_firm"))
            return QStringLiteral("reminder");
        if (stage == QLatin1String("formal_notice"))
            return QStringLiteral("review");
    }
    return stage;
}

} // namespace ascolto

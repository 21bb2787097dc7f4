#include "DailyRun.h"

#include "DebtorSummaryRepository.h"
#include "PlanRepository.h"

#include "domain/Clock.h"

#include <QLocale>
#include <QStringList>

namespace ascolto {

bool DailyReport::changedAnything() const
{
    return installmentsLate + installmentsMissed + plansBroken + promisesKept + promisesBroken >
               0 ||
           portfolioRefreshed;
}

QString DailyReport::text() const
{
    QStringList parts;
    if (installmentsLate > 0)
        parts << tr("%n installment(s) late", nullptr, installmentsLate);
    if (installmentsMissed > 0)
        parts << tr("%n installment(s) missed", nullptr, installmentsMissed);
    if (plansBroken > 0)
        parts << tr("%n plan(s) broken (the team lead has a review)", nullptr, plansBroken);
    if (promisesKept > 0)
        parts << tr("%n promise(s) kept", nullptr, promisesKept);
    if (promisesBroken > 0)
        parts << tr("%n promise(s) broken", nullptr, promisesBroken);
    if (portfolioRefreshed)
        parts << tr("balances, aging and stages brought to the day");
    const QString date = QLocale().toString(day, QLocale::ShortFormat);
    if (parts.isEmpty())
        return tr("Daily check of %1: nothing changed.").arg(date);
    return tr("Daily check of %1: %2.").arg(date, parts.join(QStringLiteral(", ")));
}

Result<DailyReport> DailyRun::run(Database& db, const Clock& clock)
{
    DailyReport report;
    report.day = clock.today();
    const auto monitored = PlanRepository(db, clock).monitor(report.day);
    if (!monitored)
        return monitored.status();
    report.installmentsLate = monitored->installmentsLate;
    report.installmentsMissed = monitored->installmentsMissed;
    report.plansBroken = monitored->plansBroken;
    report.promisesKept = monitored->promisesKept;
    report.promisesBroken = monitored->promisesBroken;
    const auto refreshed = DebtorSummaryRepository(db).ensureCurrent(report.day);
    if (!refreshed)
        return refreshed.status();
    report.portfolioRefreshed = refreshed.value();
    return report;
}

} // namespace ascolto

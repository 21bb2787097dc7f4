#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ascolto {

class Clock;
class Database;

// What changes with the calendar, once a day: installments late or missed, plans broken,
// promises kept or broken (PlanRepository::monitor), then every portfolio row brought to
// the day (aging, stages: DebtorSummaryRepository::ensureCurrent). The window runs it at
// start and whenever the day changes while it is open; `ascolto-cli daily` runs it for a
// store nobody has open (head office's nightly job). Running it twice a day changes nothing
// the second time.
struct DailyReport
{
    Q_DECLARE_TR_FUNCTIONS(DailyReport)
public:
    QDate day;
    int installmentsLate = 0;
    int installmentsMissed = 0;
    int plansBroken = 0;
    int promisesKept = 0;
    int promisesBroken = 0;
    bool portfolioRefreshed = false;

    bool changedAnything() const;
    // One sentence for the status bar and the command line, in the reader's language.
    QString text() const;
};

namespace DailyRun {
Result<DailyReport> run(Database& db, const Clock& clock);
} // namespace DailyRun

} // namespace ascolto

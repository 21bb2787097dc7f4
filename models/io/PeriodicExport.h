#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace ascolto {

class Database;

// The periodic export into the configured folder: a sync bundle with everything changed
// since the last export (sealed for the store's head office; none at head office itself),
// and for each client an activity CSV (calls, outcomes, promises,
// plans, payments recorded, complaints) for the same changes. Files appear under their
// final name only when complete; the next export starts after the last one that finished,
// so a failed export loses nothing.
namespace PeriodicExport {

struct Outcome
{
    QString bundlePath; // empty when the store has no head office to send a bundle to
    QStringList activityPaths;
    int activityRows = 0;
    qint64 changes = 0; // change-log entries covered
    qint64 elapsedMs = 0;
};

// full: every activity row and every synced row, not only what changed.
Result<Outcome> run(Database& db, const Clock& clock, const QString& folder, bool full = false);

// Activity CSV rows of one client for change-log entries in (since, upTo].
Result<QStringList> writeActivity(Database& db, const QString& folder, qint64 since, qint64 upTo,
                                  int* rows = nullptr);

} // namespace PeriodicExport

class PeriodicExportText
{
    Q_DECLARE_TR_FUNCTIONS(PeriodicExport)
};

} // namespace ascolto

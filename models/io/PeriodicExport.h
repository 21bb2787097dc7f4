#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace ascolto {

class Database;
class Session;

// The periodic export into the configured folder: a sync bundle with everything changed
// since the last export (sealed for the store's head office; none at head office itself),
// and for each client the user may report on an activity CSV (calls, outcomes, promises,
// plans, payments recorded, complaints) of what changed since that client's last CSV.
// Files appear under their final name only when complete; the next export starts after the
// last one that finished, so a failed export loses nothing.
//
// The bundle is sealed for head office, so any user's session may write it. The activity
// CSVs are clear text for the client: an administrator's export writes every client's, a
// team lead's their own client's, an operator's none (their workstation's changes reach the
// client's CSV through head office). Each client keeps its own mark, so a client skipped
// now is caught up by the next export of someone who may write it.
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
Result<Outcome> run(Database& db, const Clock& clock, const QString& folder, const Session& session,
                    bool full = false);

// The activity CSV of one client for change-log entries in (since, upTo]; the path written,
// or empty when nothing of the client changed. `rows` receives the number of rows.
Result<QString> writeActivity(Database& db, const QString& folder, const QString& clientId,
                              qint64 since, qint64 upTo, int* rows = nullptr);

} // namespace PeriodicExport

class PeriodicExportText
{
    Q_DECLARE_TR_FUNCTIONS(PeriodicExport)
};

} // namespace ascolto

#pragma once

#include "domain/Clock.h"
#include "domain/Result.h"
#include "io/SyncBundle.h"

#include "HubStore.h"

namespace ascolto {

// Bundles in and out of the hub, by the workstation's own SyncBundle on a working copy
// (HubStore): the same checks (signature, sender, recipient, scope, authority), the same merge
// (FieldMerge) and the same scope rules for what a device receives.
namespace HubSync {

struct Imported
{
    SyncBundle::ImportResult result;
    HubStore::Counts counts;
};
struct Exported
{
    SyncBundle::ExportResult result;
    HubStore::Counts counts;
};

// What a bundle touches, read from its content once its signature holds: the rows it carries,
// the debtors they belong to (whose other rows the merge and its checks read), and the
// clients whose mandate it ends (every debtor of theirs goes).
Result<HubStore::Scope> scopeOf(HubStore& hub, const QString& bundlePath);

// What a device's next bundle reads: the rows changed since its last one and whole the debtors
// they belong to; its clients whole for its first bundle, with `full`, or when who works
// there, who covers whom or a client changed since.
Result<HubStore::Scope> scopeOfExport(HubStore& hub, const QString& deviceId, bool full);

// Checks and merges a bundle in one transaction; the same bundle twice changes nothing.
Result<Imported> importBundle(HubStore& hub, const Clock& clock, const QString& bundlePath);
// What changed for the device since its last bundle (everything with `full`), within its
// scope, signed by the hub and sealed for the device.
Result<Exported> exportBundle(HubStore& hub, const Clock& clock, const QString& bundlePath,
                              const QString& deviceId, bool full = false);

} // namespace HubSync
} // namespace ascolto

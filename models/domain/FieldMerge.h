#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QVector>

namespace ascolto {

// How two copies of a replicated row merge (issue 16): per field, by hybrid logical clock.
//
// Every write of a field on a workstation stamps it (schema 12, field_stamp): an HLC value
// (Kulkarni et al. 2014: wall-clock milliseconds times 65536 plus a counter, never below
// anything the device has received), the device that wrote it, and what the writer knew
// of that field: per device, the latest stamp it had seen, its own included. A field never
// written since the row was created (or since schema 12) has the birth stamp (0).
//
// The merge is a pure function of the two copies, commutative, associative and idempotent
// (a state-based CRDT), so every store ends with the same values whatever the order in
// which bundles meet and whatever the relay path:
// - each field takes the value with the later stamp (ties by device id); two fields nobody
//   stamped follow the copy with the newer row version, as before schema 12;
// - the merged knowledge is the union of both;
// - the losing value is a conflict when the winner's writer had not seen it (its device's
//   entry in the winner's knowledge is below the loser's stamp): a concurrent edit, which
//   goes to the conflict log. An ancestor (a value the winner had seen) is not.
// - protections only tighten (DESIGN.md §5): do-not-contact, a hold, a vulnerability, a
//   contact's opt-out and denied consent are observed-remove flags (the optimised OR-set of
//   Bieniusa et al. 2012). Each set leaves a live tag (device, stamp, value); a clear removes
//   the tags its writer had seen; a tag the other copy had not seen survives the merge. So a
//   clear concurrent with a new set leaves the protection in place whatever the clocks say,
//   and a clear made after seeing the set wins everywhere. The columns that go with a
//   protection (a hold's date, a vulnerability's note) merge by clock like any field: a
//   concurrent clear may blank them, and the blanked value is in the conflict log.
namespace FieldMerge {

// A set of a protection, alive until a clear that has seen it.
struct Tag
{
    QString device;
    qint64 hlc = 0;
    QJsonValue value;
    bool operator==(const Tag& o) const
    {
        return device == o.device && hlc == o.hlc && value == o.value;
    }
};

struct Stamp
{
    qint64 hlc = 0; // 0: the birth value
    QString device;
    QMap<QString, qint64> seen; // device -> latest stamp of this field known, own included
    QVector<Tag> live;          // protective columns: the sets no clear has seen
    QString author;             // rows that give power: the user who wrote the value

    bool isBirth() const { return hlc == 0; }
    bool operator==(const Stamp& o) const
    {
        return hlc == o.hlc && device == o.device && seen == o.seen && live == o.live &&
               author == o.author;
    }
    bool operator!=(const Stamp& o) const { return !(*this == o); }
    // The knowledge as stored (JSON object text) and back.
    QString seenText() const;
    static QMap<QString, qint64> parseSeen(const QString& json);
    // The live tags as stored (JSON array of [device, stamp, value]) and back.
    QString liveText() const;
    static QVector<Tag> parseLive(const QString& json);
};

// a was written after b (HLC order, ties by device id).
bool later(const Stamp& a, const Stamp& b);
// The writer of `knower` had seen `value` (or a later value of the same device).
bool hasSeen(const Stamp& knower, const Stamp& value);
// `a` knew at least everything `b` knew.
bool dominates(const Stamp& a, const Stamp& b);

struct Copy
{
    QJsonObject values; // every column of the row
    // Stamped fields only; a missing one is the birth stamp. A map, not a hash: most rows
    // carry none or one, and an empty QHash allocates a whole span on first insert.
    QMap<QString, Stamp> stamps;
    qint64 version = 0; // row meta: decides fields neither copy stamped
    QString device;
};

struct Conflict
{
    QString field;
    QJsonValue loserValue;
    Stamp loser;
    Stamp winner;
};

struct Outcome
{
    QJsonObject values;             // merged value of each field whose value differs from mine
    QMap<QString, Stamp> stamps;    // merged stamp of each field whose stamp differs from mine
    bool metaFromTheirs = false;    // version, device and time of the row: theirs
    bool differsFromTheirs = false; // the merged row holds something the sender lacks
    QVector<Conflict> conflicts;
    int protectionsKept = 0; // protections that stood against a later concurrent clear
};

// Merges `theirs` into `mine` over `fields` (the stamped columns of the table).
//
// A copy that descends from mine (an edit made elsewhere on top of what this store holds)
// merges into exactly itself: when theirs is the newer row (version, then device), every
// stamp of mine is in theirs unchanged, a field both stamped alike holds the same value,
// theirs stamped no protective column and holds the same protections, the outcome is theirs
// field by field, its stamps, no conflict and nothing theirs lacks. Storage takes such rows
// in bulk (SyncBundle) on the strength of this; the domain test names the case.
Outcome merge(const QString& table, const QStringList& fields, const Copy& mine,
              const Copy& theirs);

// The protective columns of a table (none for other tables).
QStringList protectiveColumns(const QString& table);
// The value of a protective column protects the debtor (flag set, reason given, consent denied).
bool protects(const QString& column, const QJsonValue& value);

} // namespace FieldMerge
} // namespace ascolto

#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace ascolto {

// DESIGN.md §5: do-not-contact and opt-outs are never overwritten by a merge. When two copies
// of a row were edited concurrently (neither had seen the other's edit), the merged row is
// the winner's except for the facts that protect the debtor, where the tighter copy stands:
//   debtor:  do_not_contact set; a dispute or other hold (hold_reason, with its hold_until);
//            a vulnerability (vulnerability, with its note and consent);
//   contact: opt_out set; consent denied.
// A group of columns travels together: the first decides, the others follow it. Clearing a
// protection is an edit made after seeing it, which the merge never meets as concurrent.
// Pure: rows in and out as JSON objects of column values.
namespace ProtectiveMerge {

// The protective groups of a table's columns (none for other tables).
QVector<QStringList> groups(const QString& table);
// The columns (with their values) to write over `winner` so that no protection `other` holds
// is lost; empty when the winner already protects as much.
QJsonObject tighten(const QString& table, const QJsonObject& winner, const QJsonObject& other);

} // namespace ProtectiveMerge
} // namespace ascolto

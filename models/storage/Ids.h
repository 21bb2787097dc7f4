#pragma once

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

namespace ascolto {

// Global ids travel between workstations: never local counters. They are UUIDv7 (RFC 9562):
// 48 bits of Unix milliseconds, then 74 random bits. Unique across offices like any random
// UUID, and time-ordered so that new rows land at the right edge of B-tree indexes.
inline QString newId()
{
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch());
    quint64 a = (ms << 16) | (QRandomGenerator::system()->generate64() & 0x0FFF) | 0x7000;
    quint64 b =
        (QRandomGenerator::system()->generate64() & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    return QStringLiteral("%1-%2-%3-%4-%5")
        .arg(a >> 32, 8, 16, QLatin1Char('0'))
        .arg((a >> 16) & 0xFFFF, 4, 16, QLatin1Char('0'))
        .arg(a & 0xFFFF, 4, 16, QLatin1Char('0'))
        .arg(b >> 48, 4, 16, QLatin1Char('0'))
        .arg(b & 0xFFFFFFFFFFFFULL, 12, 16, QLatin1Char('0'));
}

// Instants are stored as UTC ISO-8601 text: "2026-11-22T07:02:06Z".
inline QString isoUtc(const QDateTime& dt)
{
    return dt.toUTC().toString(Qt::ISODate);
}

inline QString isoDate(const QDate& d)
{
    return d.toString(Qt::ISODate);
}

} // namespace ascolto

#pragma once

#include <QDate>
#include <QDateTime>

namespace ascolto {

// The source of "now" and "today". Every rule that depends on time takes a Clock so that
// tests can pin it (FixedClock). Thread-safe: implementations hold no mutable state
// shared between threads except FixedClock::set, which tests call between steps.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
    // Local wall-clock time of the workstation (contact windows are local).
    QDateTime nowLocal() const { return nowUtc().toLocalTime(); }
    QDate today() const { return nowLocal().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime utc)
        : m_now(utc.toUTC())
    {}
    // Noon UTC of that day: "today" is the same date in every European time zone.
    explicit FixedClock(QDate day)
        : m_now(day.startOfDay(Qt::UTC).addSecs(12 * 3600))
    {}
    QDateTime nowUtc() const override { return m_now; }
    void set(QDateTime utc) { m_now = utc.toUTC(); }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace ascolto

#include "LoginThrottle.h"

#include <algorithm>

namespace ascolto {

int LoginThrottle::delaySeconds(int failures)
{
    if (failures < FreeAttempts)
        return 0;
    // 5, 10, 20, 40 ... seconds: the shift is bounded before it could overflow.
    const int doublings = std::min(failures - FreeAttempts, 16);
    return int(std::min<qint64>(qint64(FirstDelaySeconds) << doublings, MaxDelaySeconds));
}

int LoginThrottle::secondsLeft(int failures, const QDateTime& lastFailedAt, const QDateTime& now)
{
    const int delay = delaySeconds(failures);
    if (delay == 0 || !lastFailedAt.isValid())
        return 0;
    const qint64 waited = lastFailedAt.secsTo(now);
    // A clock set back must not lock the account out for longer than the delay.
    if (waited < 0)
        return delay;
    return int(std::max<qint64>(0, delay - waited));
}

} // namespace ascolto

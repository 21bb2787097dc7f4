#pragma once

#include <QDateTime>

namespace ascolto {

// How long a user name must wait after failed logins (issue "Security and privacy"): the
// first FreeAttempts failures cost nothing (a typo), then each failure doubles the wait,
// from FirstDelaySeconds up to MaxDelaySeconds. Counted per user name, known or not, so
// that guessing passwords for one account gets slow without telling which accounts exist.
// A successful login clears the count.
class LoginThrottle
{
public:
    static constexpr int FreeAttempts = 3;
    static constexpr int FirstDelaySeconds = 5;
    static constexpr int MaxDelaySeconds = 15 * 60;

    // The wait after `failures` consecutive failures, in seconds.
    static int delaySeconds(int failures);
    // Seconds still to wait at `now` after `failures` failures, the last at `lastFailedAt`
    // (0: the next attempt may be checked).
    static int secondsLeft(int failures, const QDateTime& lastFailedAt, const QDateTime& now);
};

} // namespace ascolto

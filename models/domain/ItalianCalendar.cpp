#include "ItalianCalendar.h"

namespace ascolto {

QDate ItalianCalendar::easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QString ItalianCalendar::holidayName(const QDate& date)
{
    if (!date.isValid())
        return {};
    const int m = date.month();
    const int d = date.day();
    if (m == 1 && d == 1)
        return tr("New Year's Day");
    if (m == 1 && d == 6)
        return tr("Epiphany");
    if (m == 4 && d == 25)
        return tr("Liberation Day");
    if (m == 5 && d == 1)
        return tr("Labour Day");
    if (m == 6 && d == 2)
        return tr("Republic Day");
    if (m == 8 && d == 15)
        return tr("Assumption");
    if (m == 11 && d == 1)
        return tr("All Saints' Day");
    if (m == 12 && d == 8)
        return tr("Immaculate Conception");
    if (m == 12 && d == 25)
        return tr("Christmas Day");
    if (m == 12 && d == 26)
        return tr("St Stephen's Day");
    const QDate easter = easterSunday(date.year());
    if (date == easter)
        return tr("Easter Sunday");
    if (date == easter.addDays(1))
        return tr("Easter Monday");
    return {};
}

bool ItalianCalendar::isHoliday(const QDate& date)
{
    return !holidayName(date).isEmpty();
}

bool ItalianCalendar::isBusinessDay(const QDate& date)
{
    return date.dayOfWeek() <= 5 && !isHoliday(date);
}

QDate ItalianCalendar::nextBusinessDayOnOrAfter(const QDate& date)
{
    QDate d = date;
    while (!isBusinessDay(d))
        d = d.addDays(1);
    return d;
}

QDate ItalianCalendar::addBusinessDays(const QDate& date, int n)
{
    QDate d = date;
    const int step = n >= 0 ? 1 : -1;
    for (int left = n >= 0 ? n : -n; left > 0;) {
        d = d.addDays(step);
        if (isBusinessDay(d))
            --left;
    }
    return d;
}

} // namespace ascolto

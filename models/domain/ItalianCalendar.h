#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace ascolto {

// Italian national holidays and business days. Regional patron-saint days are not
// national and are left to the client's contact settings.
class ItalianCalendar
{
    Q_DECLARE_TR_FUNCTIONS(ItalianCalendar)
public:
    static QDate easterSunday(int year);
    // Translated holiday name, or an empty string on an ordinary day.
    static QString holidayName(const QDate& date);
    static bool isHoliday(const QDate& date);
    static bool isBusinessDay(const QDate& date);
    // The date itself when it is a business day, otherwise the next business day.
    static QDate nextBusinessDayOnOrAfter(const QDate& date);
    // Moves forward (or backward for negative n) by n business days.
    static QDate addBusinessDays(const QDate& date, int n);
};

} // namespace ascolto

#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace ascolto {

// Dates and times typed as Italians type them, whatever the interface language: day first,
// "/" "." or "-" between the parts ("30/11/2026", "30.11.26", "30-11"), or the digits alone
// ("301126", "30112026"); a time after a space or a comma ("19:30", "19.30", "19"). Two-digit
// years are this century; a date without a year is this year. Strict where a client's file
// is read (CsvImport), lenient here, where an operator types during a call.
class TypedDate
{
    Q_DECLARE_TR_FUNCTIONS(TypedDate)
public:
    // `today` gives the year when none is typed.
    static Result<QDate> parseDate(const QString& text, const QDate& today);
    // A date with an optional time; `defaultTime` when none is typed.
    static Result<QDateTime> parseDateTime(const QString& text, const QDate& today,
                                           QTime defaultTime = QTime(9, 0));
    // How the fields show them: "30/11/2026" and "30/11/2026 19:30".
    static QString format(const QDate& date);
    static QString format(const QDateTime& dateTime);
};

} // namespace ascolto

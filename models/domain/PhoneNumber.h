#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace ascolto {

class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)
public:
    enum class Kind
    {
        Mobile,
        Landline,
        TollFree,
        Foreign
    };

    QString e164; // "+393471234567", "+39061234567"
    Kind kind = Kind::Mobile;

    // Normalises an Italian number to +39: landlines keep their leading 0, mobiles start
    // with 3; "0039", "+39", spaces, dots, dashes, slashes and brackets are accepted.
    // Foreign numbers must be written with their "+" or "00" prefix.
    static Result<PhoneNumber> parse(const QString& text);
    // "+39 347 123 4567" / "+39 06 1234567" for display.
    QString display() const;
};

} // namespace ascolto

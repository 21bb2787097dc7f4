#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace ascolto {

// Italian VAT number: 7-digit serial, 3-digit provincial office code, check digit.
class PartitaIva
{
    Q_DECLARE_TR_FUNCTIONS(PartitaIva)
public:
    // Returns the normalised 11 digits ("IT" prefix and spaces removed).
    static Result<QString> validate(const QString& text);
    static int checkDigit(const QString& firstTenDigits);
    static bool isValidOfficeCode(int code);
};

} // namespace ascolto

#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace ascolto {

class Iban
{
    Q_DECLARE_TR_FUNCTIONS(Iban)
public:
    // Returns the electronic form (upper case, no spaces). Checks the country length,
    // mod 97, and for Italian IBANs the CIN over ABI, CAB and account number.
    static Result<QString> validate(const QString& text);
    // Groups of four for display: "IT60 X054 2811 1010 0000 0123 456".
    static QString formatted(const QString& electronic);
    // Two ISO 7064 mod 97-10 check digits for a country code and BBAN.
    static QString checkDigits(const QString& country, const QString& bban);
};

} // namespace ascolto

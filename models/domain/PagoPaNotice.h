#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace ascolto {

// PagoPA notice number (codice avviso, 18 digits): aux digit, then per aux digit
//   0: application code (2) + IUV base (13) + check digits (2)
//   1: IUV base (17), no check digits
//   2: IUV base (15) + check digits (2)
//   3: segregation code (2) + IUV base (13) + check digits (2)
// Check digits: the number formed by aux digit, code and IUV base, modulo 93.
class PagoPaNotice
{
    Q_DECLARE_TR_FUNCTIONS(PagoPaNotice)
public:
    static Result<QString> validate(const QString& text);
    // Builds a valid aux-3 notice number from a segregation code and a 13-digit base.
    static QString makeAux3(int segregationCode, const QString& iuvBase13);
    // Groups for display on letters: "3020 0000 0000 1234 56".
    static QString formatted(const QString& digits);
    static int checkDigits(const QString& digits);
};

} // namespace ascolto

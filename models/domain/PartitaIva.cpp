#include "PartitaIva.h"

namespace ascolto {

int PartitaIva::checkDigit(const QString& firstTenDigits)
{
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        int d = firstTenDigits.at(i).digitValue();
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10;
}

bool PartitaIva::isValidOfficeCode(int code)
{
    // 001-100 provincial offices, 120/121 (Agenzia delle Entrate special codes),
    // 888 (non-resident representatives) and 999 (non-resident identification).
    return (code >= 1 && code <= 100) || code == 120 || code == 121 || code == 888 || code == 999;
}

Result<QString> PartitaIva::validate(const QString& text)
{
    QString v = text.simplified().remove(QLatin1Char(' ')).toUpper();
    if (v.startsWith(QLatin1String("IT")))
        v = v.mid(2);
    if (v.isEmpty())
        return Result<QString>::failure(tr("the partita IVA is empty"));
    for (const QChar c : v)
        if (!c.isDigit())
            return Result<QString>::failure(
                tr("partita IVA \"%1\" must contain digits only").arg(text.trimmed()));
    if (v.size() != 11)
        return Result<QString>::failure(
            tr("partita IVA \"%1\" has %2 digits instead of 11").arg(v).arg(v.size()));
    if (v == QLatin1String("00000000000"))
        return Result<QString>::failure(tr("partita IVA \"%1\" is not a real number").arg(v));
    const int office = v.mid(7, 3).toInt();
    if (!isValidOfficeCode(office))
        return Result<QString>::failure(
            tr("partita IVA \"%1\": %2 is not a valid provincial office code").arg(v, v.mid(7, 3)));
    const int expected = checkDigit(v.left(10));
    if (v.at(10).digitValue() != expected)
        return Result<QString>::failure(
            tr("partita IVA \"%1\": wrong check digit (expected %2)").arg(v).arg(expected));
    return v;
}

} // namespace ascolto

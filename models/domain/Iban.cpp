#include "Iban.h"

#include "CodiceFiscale.h"

#include <QHash>

namespace ascolto {

namespace {

int countryLength(const QString& country)
{
    static const QHash<QString, int> lengths = {
        {QStringLiteral("IT"), 27}, {QStringLiteral("SM"), 27}, {QStringLiteral("VA"), 22},
        {QStringLiteral("DE"), 22}, {QStringLiteral("FR"), 27}, {QStringLiteral("ES"), 24},
        {QStringLiteral("AT"), 20}, {QStringLiteral("BE"), 16}, {QStringLiteral("CH"), 21},
        {QStringLiteral("NL"), 18}, {QStringLiteral("PT"), 25}, {QStringLiteral("GB"), 22},
        {QStringLiteral("IE"), 22}, {QStringLiteral("LU"), 20}, {QStringLiteral("SI"), 19},
        {QStringLiteral("HR"), 21}, {QStringLiteral("GR"), 27}, {QStringLiteral("PL"), 28},
        {QStringLiteral("RO"), 24}, {QStringLiteral("MT"), 31}, {QStringLiteral("MC"), 27},
    };
    return lengths.value(country, 0);
}

int mod97(const QString& rearranged)
{
    int remainder = 0;
    for (const QChar c : rearranged) {
        if (c.isDigit()) {
            remainder = (remainder * 10 + c.digitValue()) % 97;
        } else {
            const int v = c.unicode() - 'A' + 10;
            remainder = (remainder * 100 + v) % 97;
        }
    }
    return remainder;
}

} // namespace

QString Iban::checkDigits(const QString& country, const QString& bban)
{
    const int r = mod97(bban + country + QStringLiteral("00"));
    return QStringLiteral("%1").arg(98 - r, 2, 10, QLatin1Char('0'));
}

Result<QString> Iban::validate(const QString& text)
{
    QString v = text.simplified().remove(QLatin1Char(' ')).toUpper();
    if (v.isEmpty())
        return Result<QString>::failure(tr("the IBAN is empty"));
    for (const QChar c : v)
        if (!((c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || c.isDigit()))
            return Result<QString>::failure(
                tr("IBAN \"%1\" contains the invalid character '%2'").arg(v, c));
    if (v.size() < 15 || !v.at(0).isLetter() || !v.at(1).isLetter() || !v.at(2).isDigit() ||
        !v.at(3).isDigit())
        return Result<QString>::failure(
            tr("IBAN \"%1\" must start with a country code and two check digits").arg(v));
    const QString country = v.left(2);
    const int expectedLength = countryLength(country);
    if (expectedLength > 0 && v.size() != expectedLength)
        return Result<QString>::failure(tr("IBAN \"%1\" has %2 characters; %3 IBANs have %4")
                                            .arg(v)
                                            .arg(v.size())
                                            .arg(country)
                                            .arg(expectedLength));
    if (v.size() > 34)
        return Result<QString>::failure(tr("IBAN \"%1\" is longer than 34 characters").arg(v));
    if (mod97(v.mid(4) + v.left(4)) != 1)
        return Result<QString>::failure(
            tr("IBAN \"%1\": the check digits do not match (typing error?)").arg(v));
    if (country == QLatin1String("IT") || country == QLatin1String("SM")) {
        const QChar cin = v.at(4);
        const QString bban = v.mid(5);
        for (int i = 0; i < 10; ++i)
            if (!bban.at(i).isDigit())
                return Result<QString>::failure(
                    tr("IBAN \"%1\": ABI and CAB must be digits").arg(v));
        const QChar expected = CodiceFiscale::checkCharacter(bban);
        if (cin != expected)
            return Result<QString>::failure(
                tr("IBAN \"%1\": wrong CIN %2 (expected %3)").arg(v, cin, expected));
    }
    return v;
}

QString Iban::formatted(const QString& electronic)
{
    QString out;
    for (int i = 0; i < electronic.size(); i += 4) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += electronic.mid(i, 4);
    }
    return out;
}

} // namespace ascolto

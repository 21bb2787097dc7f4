#include "CodiceFiscale.h"

#include "TextFold.h"

namespace ascolto {

namespace {

const char kMonthLetters[] = "ABCDEHLMPRST";
const char kOmocodia[] = "LMNPQRSTUV";
// Value of a character in an odd (1-based) position, indexed by digit or letter.
const int kOddValues[26] = {1,  0,  5, 7, 9, 13, 15, 17, 19, 21, 2,  4,  18,
                            20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};
// Positions (0-based) that hold digits, which omocodia may replace by letters.
const int kDigitPositions[] = {6, 7, 9, 10, 12, 13, 14};

int indexOf(QChar c)
{
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return c.unicode() - '0';
    return c.unicode() - 'A';
}

QString consonants(const QString& s)
{
    QString out;
    for (const QChar c : s)
        if (!QStringLiteral("AEIOU").contains(c))
            out += c;
    return out;
}

QString vowels(const QString& s)
{
    QString out;
    for (const QChar c : s)
        if (QStringLiteral("AEIOU").contains(c))
            out += c;
    return out;
}

QString lettersOnly(const QString& s)
{
    QString out;
    for (const QChar c : TextFold::fold(s).toUpper())
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            out += c;
    return out;
}

QString padded(QString s)
{
    s = s.left(3);
    while (s.size() < 3)
        s += QLatin1Char('X');
    return s;
}

} // namespace

QChar CodiceFiscale::checkCharacter(const QString& upperAlnum)
{
    int sum = 0;
    for (int i = 0; i < upperAlnum.size(); ++i) {
        const int idx = indexOf(upperAlnum.at(i));
        sum += (i % 2 == 0) ? kOddValues[idx] : idx;
    }
    return QLatin1Char(char('A' + sum % 26));
}

Result<CodiceFiscale::Decoded> CodiceFiscale::validate(const QString& text, int referenceYear)
{
    QString code = text.simplified().remove(QLatin1Char(' ')).toUpper();
    if (code.isEmpty())
        return Result<Decoded>::failure(tr("the codice fiscale is empty"));
    if (code.size() != 16)
        return Result<Decoded>::failure(
            tr("codice fiscale \"%1\" has %2 characters instead of 16").arg(code).arg(code.size()));
    for (const QChar c : code) {
        const bool alnum = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (!alnum)
            return Result<Decoded>::failure(
                tr("codice fiscale \"%1\" contains the invalid character '%2'").arg(code, c));
    }
    for (int i = 0; i < 6; ++i)
        if (!code.at(i).isLetter())
            return Result<Decoded>::failure(
                tr("codice fiscale \"%1\": the first six characters must be letters").arg(code));
    if (!code.at(8).isLetter() || !code.at(11).isLetter() || !code.at(15).isLetter())
        return Result<Decoded>::failure(
            tr("codice fiscale \"%1\" does not have the layout of a codice fiscale").arg(code));

    QString plain = code; // omocodia undone
    for (const int pos : kDigitPositions) {
        const QChar c = code.at(pos);
        if (c.isDigit())
            continue;
        const char* hit = strchr(kOmocodia, c.toLatin1());
        if (!hit)
            return Result<Decoded>::failure(
                tr("codice fiscale \"%1\": '%2' at position %3 is neither a digit nor an "
                   "omocodia letter")
                    .arg(code, c)
                    .arg(pos + 1));
        plain[pos] = QLatin1Char(char('0' + (hit - kOmocodia)));
    }

    const QChar expected = checkCharacter(code.left(15));
    if (expected != code.at(15))
        return Result<Decoded>::failure(
            tr("codice fiscale \"%1\": wrong check character (expected %2)").arg(code, expected));

    const char* month = strchr(kMonthLetters, code.at(8).toLatin1());
    if (!month)
        return Result<Decoded>::failure(
            tr("codice fiscale \"%1\": '%2' is not a month letter").arg(code, code.at(8)));
    int day = plain.mid(9, 2).toInt();
    Sex sex = Sex::Male;
    if (day > 40) {
        day -= 40;
        sex = Sex::Female;
    }
    int year = 1900 + plain.mid(6, 2).toInt();
    if (year + 100 <= referenceYear)
        year += 100;
    const QDate birth(year, int(month - kMonthLetters) + 1, day);
    if (!birth.isValid())
        return Result<Decoded>::failure(
            tr("codice fiscale \"%1\": the birth day %2 does not exist in that month")
                .arg(code)
                .arg(day));

    Decoded d;
    d.code = code;
    d.birthDate = birth;
    d.sex = sex;
    d.placeCode = plain.mid(11, 4);
    return d;
}

QString CodiceFiscale::encode(const QString& surname, const QString& name, const QDate& birthDate,
                              Sex sex, const QString& placeCode)
{
    const QString s = lettersOnly(surname);
    const QString n = lettersOnly(name);
    QString code = padded(consonants(s) + vowels(s));
    const QString nc = consonants(n);
    if (nc.size() >= 4)
        code += QString(nc.at(0)) + nc.at(2) + nc.at(3);
    else
        code += padded(nc + vowels(n));
    code += QStringLiteral("%1").arg(birthDate.year() % 100, 2, 10, QLatin1Char('0'));
    code += QLatin1Char(kMonthLetters[birthDate.month() - 1]);
    const int day = birthDate.day() + (sex == Sex::Female ? 40 : 0);
    code += QStringLiteral("%1").arg(day, 2, 10, QLatin1Char('0'));
    code += placeCode.toUpper();
    code += checkCharacter(code);
    return code;
}

} // namespace ascolto

#include "PhoneNumber.h"

namespace ascolto {

Result<PhoneNumber> PhoneNumber::parse(const QString& text)
{
    QString v;
    for (const QChar c : text) {
        if (c.isDigit() || c == QLatin1Char('+'))
            v += c;
        else if (!QStringLiteral(" .-/()\t").contains(c))
            return Result<PhoneNumber>::failure(
                tr("phone number \"%1\" contains the invalid character '%2'")
                    .arg(text.trimmed(), c));
    }
    if (v.isEmpty())
        return Result<PhoneNumber>::failure(tr("the phone number is empty"));
    if (v.lastIndexOf(QLatin1Char('+')) > 0)
        return Result<PhoneNumber>::failure(
            tr("phone number \"%1\": '+' may only open the number").arg(text.trimmed()));
    if (v.startsWith(QLatin1String("00")))
        v = QLatin1Char('+') + v.mid(2);

    QString national;
    if (v.startsWith(QLatin1String("+39"))) {
        national = v.mid(3);
    } else if (v.startsWith(QLatin1Char('+'))) {
        if (v.size() < 9 || v.size() > 16)
            return Result<PhoneNumber>::failure(
                tr("phone number \"%1\" is not a valid international number").arg(text.trimmed()));
        PhoneNumber p;
        p.e164 = v;
        p.kind = Kind::Foreign;
        return p;
    } else {
        national = v;
    }

    PhoneNumber p;
    if (national.startsWith(QLatin1Char('3'))) {
        if (national.size() < 9 || national.size() > 10)
            return Result<PhoneNumber>::failure(
                tr("mobile number \"%1\" must have 9 or 10 digits").arg(text.trimmed()));
        p.kind = Kind::Mobile;
    } else if (national.startsWith(QLatin1Char('0'))) {
        if (national.size() < 6 || national.size() > 11)
            return Result<PhoneNumber>::failure(
                tr("landline number \"%1\" must have 6 to 11 digits including the leading 0")
                    .arg(text.trimmed()));
        p.kind = Kind::Landline;
    } else if (national.startsWith(QLatin1String("80"))) {
        if (national.size() < 6 || national.size() > 10)
            return Result<PhoneNumber>::failure(
                tr("toll-free number \"%1\" has the wrong length").arg(text.trimmed()));
        p.kind = Kind::TollFree;
    } else {
        return Result<PhoneNumber>::failure(
            tr("phone number \"%1\": Italian numbers start with 0 (landline) or 3 (mobile)")
                .arg(text.trimmed()));
    }
    p.e164 = QStringLiteral("+39") + national;
    return p;
}

QString PhoneNumber::display() const
{
    if (kind == Kind::Foreign || !e164.startsWith(QLatin1String("+39")))
        return e164;
    const QString n = e164.mid(3);
    if (kind == Kind::Mobile)
        return QStringLiteral("+39 %1 %2 %3").arg(n.left(3), n.mid(3, 3), n.mid(6));
    if (kind == Kind::Landline) {
        const int area =
            (n.startsWith(QLatin1String("02")) || n.startsWith(QLatin1String("06"))) ? 2 : 3;
        return QStringLiteral("+39 %1 %2").arg(n.left(area), n.mid(area));
    }
    return QStringLiteral("+39 %1").arg(n);
}

} // namespace ascolto

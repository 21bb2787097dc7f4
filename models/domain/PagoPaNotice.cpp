#include "PagoPaNotice.h"

namespace ascolto {

int PagoPaNotice::checkDigits(const QString& digits)
{
    int r = 0;
    for (const QChar c : digits)
        r = (r * 10 + c.digitValue()) % 93;
    return r;
}

Result<QString> PagoPaNotice::validate(const QString& text)
{
    QString v = text;
    v.remove(QLatin1Char(' '));
    v.remove(QLatin1Char('-'));
    if (v.isEmpty())
        return Result<QString>::failure(tr("the PagoPA notice number is empty"));
    for (const QChar c : v)
        if (!c.isDigit())
            return Result<QString>::failure(
                tr("PagoPA notice number \"%1\" must contain digits only").arg(text.trimmed()));
    if (v.size() != 18)
        return Result<QString>::failure(
            tr("PagoPA notice number \"%1\" has %2 digits instead of 18").arg(v).arg(v.size()));
    const int aux = v.at(0).digitValue();
    if (aux > 3)
        return Result<QString>::failure(
            tr("PagoPA notice number \"%1\": aux digit %2 does not exist (0-3)").arg(v).arg(aux));
    if (aux == 1)
        return v;
    const int expected = checkDigits(v.left(16));
    if (v.mid(16).toInt() != expected)
        return Result<QString>::failure(
            tr("PagoPA notice number \"%1\": wrong check digits (expected %2)")
                .arg(v, QStringLiteral("%1").arg(expected, 2, 10, QLatin1Char('0'))));
    return v;
}

QString PagoPaNotice::makeAux3(int segregationCode, const QString& iuvBase13)
{
    const QString head =
        QStringLiteral("3%1%2").arg(segregationCode, 2, 10, QLatin1Char('0')).arg(iuvBase13);
    return head + QStringLiteral("%1").arg(checkDigits(head), 2, 10, QLatin1Char('0'));
}

QString PagoPaNotice::formatted(const QString& digits)
{
    QString out;
    for (int i = 0; i < digits.size(); i += 4) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += digits.mid(i, 4);
    }
    return out;
}

} // namespace ascolto

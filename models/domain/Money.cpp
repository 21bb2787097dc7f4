#include "Money.h"

#include <limits>

namespace ascolto {

namespace {

bool groupsAreValid(const QString& integerPart, QChar separator)
{
    const QStringList groups = integerPart.split(separator);
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (int i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3)
            return false;
    }
    return true;
}

} // namespace

Result<Money> Money::parse(const QString& text)
{
    QString s = text.trimmed();
    s.remove(QStringLiteral("EUR"), Qt::CaseInsensitive);
    s.remove(QChar(0x20AC)); // €
    s.remove(QChar(0x00A0));
    s.remove(QChar(0x202F));
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char('\''));
    if (s.isEmpty())
        return Result<Money>::failure(tr("the amount is empty"));

    bool negative = false;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        negative = s.startsWith(QLatin1Char('-'));
        s.remove(0, 1);
    }
    for (const QChar c : s) {
        if (!c.isDigit() && c != QLatin1Char('.') && c != QLatin1Char(','))
            return Result<Money>::failure(
                tr("\"%1\" is not an amount: unexpected character '%2'").arg(text.trimmed(), c));
    }
    if (s.isEmpty() || !s.at(0).isDigit())
        return Result<Money>::failure(tr("\"%1\" is not an amount").arg(text.trimmed()));

    const int lastDot = s.lastIndexOf(QLatin1Char('.'));
    const int lastComma = s.lastIndexOf(QLatin1Char(','));
    QString integerPart = s;
    QString fraction;
    QChar grouping;
    if (lastDot >= 0 && lastComma >= 0) {
        const int decimalAt = qMax(lastDot, lastComma);
        grouping = decimalAt == lastDot ? QLatin1Char(',') : QLatin1Char('.');
        integerPart = s.left(decimalAt);
        fraction = s.mid(decimalAt + 1);
        if (integerPart.contains(s.at(decimalAt)))
            return Result<Money>::failure(
                tr("\"%1\" is not an amount: the decimal separator appears twice")
                    .arg(text.trimmed()));
    } else if (lastDot >= 0 || lastComma >= 0) {
        const QChar sep = lastDot >= 0 ? QLatin1Char('.') : QLatin1Char(',');
        const int count = s.count(sep);
        const int digitsAfter = s.size() - s.lastIndexOf(sep) - 1;
        if (count == 1 && (digitsAfter == 1 || digitsAfter == 2)) {
            integerPart = s.left(s.lastIndexOf(sep));
            fraction = s.mid(s.lastIndexOf(sep) + 1);
        } else if (digitsAfter == 3) {
            grouping = sep;
        } else if (count == 1 && digitsAfter > 3) {
            return Result<Money>::failure(
                tr("\"%1\" has more than two decimal places").arg(text.trimmed()));
        } else {
            return Result<Money>::failure(
                tr("\"%1\" is not an amount: misplaced separator").arg(text.trimmed()));
        }
    }
    if (!grouping.isNull() && integerPart.contains(grouping)) {
        if (!groupsAreValid(integerPart, grouping))
            return Result<Money>::failure(
                tr("\"%1\" is not an amount: thousands must be grouped by three")
                    .arg(text.trimmed()));
        integerPart.remove(grouping);
    }
    if (fraction.size() > 2)
        return Result<Money>::failure(
            tr("\"%1\" has more than two decimal places").arg(text.trimmed()));
    if (integerPart.isEmpty())
        return Result<Money>::failure(tr("\"%1\" is not an amount").arg(text.trimmed()));
    while (fraction.size() < 2)
        fraction.append(QLatin1Char('0'));

    bool okInt = false;
    const qint64 euros = integerPart.toLongLong(&okInt);
    if (!okInt || euros > std::numeric_limits<qint64>::max() / 100 - 1)
        return Result<Money>::failure(tr("\"%1\" is too large").arg(text.trimmed()));
    const qint64 cents = euros * 100 + fraction.toLongLong();
    return Money::fromCents(negative ? -cents : cents);
}

QString Money::formatPlain(const QLocale& locale, bool grouping) const
{
    const qint64 absolute = m_cents < 0 ? -m_cents : m_cents;
    QLocale l = locale;
    l.setNumberOptions(grouping ? QLocale::DefaultNumberOptions : QLocale::OmitGroupSeparator);
    QString out = l.toString(absolute / 100);
    out += l.decimalPoint();
    out += QStringLiteral("%1").arg(absolute % 100, 2, 10, QLatin1Char('0'));
    if (m_cents < 0)
        out.prepend(l.negativeSign());
    return out;
}

QString Money::format(const QLocale& locale) const
{
    const QString number = formatPlain(locale);
    if (locale.language() == QLocale::English)
        return m_cents < 0 ? locale.negativeSign() + QChar(0x20AC) + number.mid(1)
                           : QChar(0x20AC) + number;
    return number + QChar(0x00A0) + QChar(0x20AC);
}

} // namespace ascolto

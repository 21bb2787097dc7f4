#include "TypedDate.h"

#include <QRegularExpression>

namespace ascolto {

namespace {

// The date part and the time part (empty when none) of what was typed.
void split(const QString& text, QString* datePart, QString* timePart)
{
    const QString t = text.trimmed();
    static const QRegularExpression gap(QStringLiteral("[\\s,]+"));
    const qsizetype at = t.indexOf(gap);
    if (at < 0) {
        *datePart = t;
        timePart->clear();
        return;
    }
    *datePart = t.left(at);
    *timePart = t.mid(at).remove(gap);
}

} // namespace

Result<QDate> TypedDate::parseDate(const QString& text, const QDate& today)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Result<QDate>::failure(tr("Type a date, e.g. %1.").arg(format(today)));
    int d = 0, m = 0, y = today.year();
    QString yearText;
    static const QRegularExpression parts(
        QStringLiteral("^(\\d{1,2})[/.\\-](\\d{1,2})(?:[/.\\-](\\d{2}|\\d{4}))?$"));
    static const QRegularExpression packed(QStringLiteral("^(\\d{2})(\\d{2})(\\d{2}|\\d{4})$"));
    QRegularExpressionMatch match = parts.match(t);
    if (!match.hasMatch())
        match = packed.match(t);
    if (!match.hasMatch())
        return Result<QDate>::failure(
            tr("\"%1\" is not a date: type day, month and year, e.g. %2.").arg(t, format(today)));
    d = match.captured(1).toInt();
    m = match.captured(2).toInt();
    yearText = match.captured(3);
    if (!yearText.isEmpty())
        y = yearText.size() == 2 ? today.year() / 100 * 100 + yearText.toInt() : yearText.toInt();
    if (m < 1 || m > 12)
        return Result<QDate>::failure(tr("\"%1\": there is no month %2.").arg(t).arg(m));
    if (!QDate::isValid(y, m, d))
        return Result<QDate>::failure(tr("\"%1\": that month has no day %2.").arg(t).arg(d));
    return QDate(y, m, d);
}

Result<QDateTime> TypedDate::parseDateTime(const QString& text, const QDate& today,
                                           QTime defaultTime)
{
    QString datePart, timePart;
    split(text, &datePart, &timePart);
    const auto date = parseDate(datePart, today);
    if (!date)
        return date.status();
    if (timePart.isEmpty())
        return QDateTime(date.value(), defaultTime);
    static const QRegularExpression time(QStringLiteral("^(\\d{1,2})(?:[:.](\\d{2}))?$"));
    const QRegularExpressionMatch match = time.match(timePart);
    const int h = match.hasMatch() ? match.captured(1).toInt() : -1;
    const int min = match.hasMatch() ? match.captured(2).toInt() : -1;
    if (!match.hasMatch() || !QTime::isValid(h, min, 0))
        return Result<QDateTime>::failure(
            tr("\"%1\" is not a time: type hours and minutes, e.g. 19:30.").arg(timePart));
    return QDateTime(date.value(), QTime(h, min));
}

QString TypedDate::format(const QDate& date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString TypedDate::format(const QDateTime& dateTime)
{
    return dateTime.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace ascolto

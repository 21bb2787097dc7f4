#include "Aging.h"

namespace ascolto {

int Aging::daysOverdue(const QDate& dueDate, const QDate& today)
{
    const qint64 days = dueDate.daysTo(today);
    return days > 0 ? int(days) : 0;
}

Aging::Bucket Aging::bucketForDays(int days)
{
    if (days <= 0)
        return NotOverdue;
    const auto bounds = upperBounds();
    for (int i = 0; i < int(bounds.size()); ++i)
        if (days <= bounds[size_t(i)])
            return Bucket(i);
    return Over360;
}

Aging::Bucket Aging::bucketFor(const QDate& dueDate, const QDate& today)
{
    return bucketForDays(daysOverdue(dueDate, today));
}

QString Aging::label(Bucket bucket)
{
    switch (bucket) {
    case NotOverdue:
        return tr("not overdue");
    case Days0To30:
        return QStringLiteral("0-30");
    case Days31To60:
        return QStringLiteral("31-60");
    case Days61To90:
        return QStringLiteral("61-90");
    case Days91To180:
        return QStringLiteral("91-180");
    case Days181To360:
        return QStringLiteral("181-360");
    case Over360:
        return QStringLiteral(">360");
    }
    return {};
}

} // namespace ascolto

#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <array>

namespace ascolto {

// Aging of overdue amounts by days past the due date. A bill due today is not overdue.
class Aging
{
    Q_DECLARE_TR_FUNCTIONS(Aging)
public:
    enum Bucket
    {
        NotOverdue = -1,
        Days0To30 = 0,
        Days31To60,
        Days61To90,
        Days91To180,
        Days181To360,
        Over360,
    };
    static constexpr int BucketCount = 6;

    static int daysOverdue(const QDate& dueDate, const QDate& today);
    static Bucket bucketForDays(int daysOverdue);
    static Bucket bucketFor(const QDate& dueDate, const QDate& today);
    // "0-30", "31-60", ... ">360"
    static QString label(Bucket bucket);
    // Upper bound of days for each bucket, in order (last is open-ended).
    static constexpr std::array<int, BucketCount - 1> upperBounds()
    {
        return {30, 60, 90, 180, 360};
    }
};

} // namespace ascolto

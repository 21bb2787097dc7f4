#include <catch2/catch.hpp>

#include "QtCatch.h"

#include "domain/Aging.h"
#include "domain/Clock.h"
#include "domain/ItalianCalendar.h"
#include "domain/TypedDate.h"

using namespace ascolto;

TEST_CASE("Easter and the national holidays", "[calendar]")
{
    CHECK(ItalianCalendar::easterSunday(2024) == QDate(2024, 3, 31));
    CHECK(ItalianCalendar::easterSunday(2025) == QDate(2025, 4, 20));
    CHECK(ItalianCalendar::easterSunday(2026) == QDate(2026, 4, 5));
    CHECK(ItalianCalendar::easterSunday(2038) == QDate(2038, 4, 25)); // also Liberation Day
    CHECK(ItalianCalendar::isHoliday(QDate(2026, 4, 6)));             // Easter Monday
    CHECK_FALSE(ItalianCalendar::isHoliday(QDate(2026, 4, 7)));
    for (const QDate& d :
         {QDate(2026, 1, 1), QDate(2026, 1, 6), QDate(2026, 4, 25), QDate(2026, 5, 1),
          QDate(2026, 6, 2), QDate(2026, 8, 15), QDate(2026, 11, 1), QDate(2026, 12, 8),
          QDate(2026, 12, 25), QDate(2026, 12, 26)})
        CHECK(ItalianCalendar::isHoliday(d));
    CHECK(ItalianCalendar::holidayName(QDate(2026, 12, 8)) ==
          QStringLiteral("Immaculate Conception"));
    CHECK(ItalianCalendar::holidayName(QDate(2026, 12, 9)).isEmpty());
}

TEST_CASE("Business days skip weekends and holidays", "[calendar]")
{
    // Friday 4 Dec 2026; Tuesday 8 Dec is a holiday.
    CHECK(ItalianCalendar::isBusinessDay(QDate(2026, 12, 4)));
    CHECK_FALSE(ItalianCalendar::isBusinessDay(QDate(2026, 12, 5)));
    CHECK(ItalianCalendar::nextBusinessDayOnOrAfter(QDate(2026, 12, 5)) == QDate(2026, 12, 7));
    CHECK(ItalianCalendar::nextBusinessDayOnOrAfter(QDate(2026, 12, 8)) == QDate(2026, 12, 9));
    CHECK(ItalianCalendar::addBusinessDays(QDate(2026, 12, 4), 2) == QDate(2026, 12, 9));
    // Easter weekend 2026: Friday 3 April + 1 business day = Tuesday 7 April.
    CHECK(ItalianCalendar::addBusinessDays(QDate(2026, 4, 3), 1) == QDate(2026, 4, 7));
    CHECK(ItalianCalendar::addBusinessDays(QDate(2026, 4, 7), -1) == QDate(2026, 4, 3));
    // Christmas: 24 Dec 2026 (Thu) + 1 = 28 Dec (Mon).
    CHECK(ItalianCalendar::addBusinessDays(QDate(2026, 12, 24), 1) == QDate(2026, 12, 28));
}

TEST_CASE("Aging buckets by days past due", "[aging]")
{
    const QDate today(2026, 11, 22);
    CHECK(Aging::bucketFor(today, today) == Aging::NotOverdue);
    CHECK(Aging::bucketFor(today.addDays(5), today) == Aging::NotOverdue);
    CHECK(Aging::bucketFor(today.addDays(-1), today) == Aging::Days0To30);
    CHECK(Aging::bucketFor(today.addDays(-30), today) == Aging::Days0To30);
    CHECK(Aging::bucketFor(today.addDays(-31), today) == Aging::Days31To60);
    CHECK(Aging::bucketFor(today.addDays(-60), today) == Aging::Days31To60);
    CHECK(Aging::bucketFor(today.addDays(-61), today) == Aging::Days61To90);
    CHECK(Aging::bucketFor(today.addDays(-91), today) == Aging::Days91To180);
    CHECK(Aging::bucketFor(today.addDays(-180), today) == Aging::Days91To180);
    CHECK(Aging::bucketFor(today.addDays(-181), today) == Aging::Days181To360);
    CHECK(Aging::bucketFor(today.addDays(-360), today) == Aging::Days181To360);
    CHECK(Aging::bucketFor(today.addDays(-361), today) == Aging::Over360);
    CHECK(Aging::label(Aging::Over360) == QStringLiteral(">360"));
    CHECK(Aging::daysOverdue(QDate(2026, 10, 1), today) == 52);
}

TEST_CASE("A fixed clock pins today and moves only when told", "[clock]")
{
    FixedClock clock(QDate(2026, 11, 22));
    CHECK(clock.today() == QDate(2026, 11, 22));
    clock.advanceDays(10);
    CHECK(clock.today() == QDate(2026, 12, 2));
    SystemClock system;
    CHECK(qAbs(system.nowUtc().secsTo(QDateTime::currentDateTimeUtc())) < 5);
}

#include "domain/EscalationLadder.h"

TEST_CASE("The escalation ladder goes from soft to firm and respects vulnerability and holds",
          "[ladder]")
{
    const EscalationLadder ladder = EscalationLadder::fromJson(
        QStringLiteral(
            "[{\"stage\":\"caring\",\"days\":-7},{\"stage\":\"reminder_soft\",\"days\":3},"
            "{\"stage\":\"reminder\",\"days\":15},{\"stage\":\"reminder_firm\",\"days\":30},"
            "{\"stage\":\"formal_notice\",\"days\":20},{\"stage\":\"review\",\"days\":90}]"),
        45);
    CHECK(ladder.stageFor(0, false, false, false).isEmpty());
    CHECK(ladder.stageFor(0, true, false, false) == QStringLiteral("caring"));
    // The first step is day 3: nothing earlier, not even a soft reminder.
    CHECK(ladder.stageFor(1, false, false, false).isEmpty());
    CHECK(ladder.stageFor(2, false, false, false).isEmpty());
    CHECK(ladder.stageFor(3, false, false, false) == QStringLiteral("reminder_soft"));
    CHECK(EscalationLadder().stageFor(1, false, false, false) == QStringLiteral("reminder_soft"));
    CHECK(ladder.stageFor(15, false, false, false) == QStringLiteral("reminder"));
    CHECK(ladder.stageFor(30, false, false, false) == QStringLiteral("reminder_firm"));
    // The client's step says 20 days, the mandate says formal notice not before 45.
    CHECK(ladder.stageFor(44, false, false, false) == QStringLiteral("reminder_firm"));
    CHECK(ladder.stageFor(45, false, false, false) == QStringLiteral("formal_notice"));
    CHECK(ladder.stageFor(120, false, false, false) == QStringLiteral("review"));
    // Vulnerable: softer ladder, no formal notice without review.
    CHECK(ladder.stageFor(30, false, true, false) == QStringLiteral("reminder"));
    CHECK(ladder.stageFor(50, false, true, false) == QStringLiteral("review"));
    // A complaint about the bills is open: nothing firmer than a reminder.
    CHECK(ladder.stageFor(31, false, false, true) == QStringLiteral("review"));
    CHECK(ladder.stageFor(16, false, false, true) == QStringLiteral("reminder"));
    CHECK(EscalationLadder::rank(QStringLiteral("formal_notice")) >
          EscalationLadder::rank(QStringLiteral("reminder")));
    // A broken ladder falls back to the default one.
    CHECK(EscalationLadder::fromJson(QStringLiteral("not json"), 45)
              .stageFor(16, false, false, false) == QStringLiteral("reminder"));
}

TEST_CASE("Dates and times are read as Italians type them", "[calendar][dates]")
{
    const QDate today(2026, 11, 30);
    auto date = [&today](const char* text) {
        const auto d = TypedDate::parseDate(QString::fromUtf8(text), today);
        return d ? d.value() : QDate();
    };
    CHECK(date("30/11/2026") == QDate(2026, 11, 30));
    CHECK(date("30/11/26") == QDate(2026, 11, 30));
    CHECK(date("1.12.26") == QDate(2026, 12, 1));
    CHECK(date("01-12-2026") == QDate(2026, 12, 1));
    CHECK(date("5/1") == QDate(2026, 1, 5)); // no year: this year
    CHECK(date("301126") == QDate(2026, 11, 30));
    CHECK(date("30112026") == QDate(2026, 11, 30));
    CHECK(date(" 30/11/26 ") == QDate(2026, 11, 30));
    // Day first, always: 12/01 is the twelfth of January.
    CHECK(date("12/01/27") == QDate(2027, 1, 12));
    CHECK_FALSE(date("31/11/26").isValid());
    CHECK_FALSE(date("30/13/26").isValid());
    CHECK_FALSE(date("2026-11-30").isValid());
    CHECK_FALSE(date("domani").isValid());
    CHECK(TypedDate::parseDate(QStringLiteral("31/11/26"), today)
              .error()
              .contains(QStringLiteral("no day 31")));
    CHECK(TypedDate::parseDate(QStringLiteral("30/13/26"), today)
              .error()
              .contains(QStringLiteral("no month 13")));

    auto at = [&today](const char* text) {
        const auto d = TypedDate::parseDateTime(QString::fromUtf8(text), today);
        return d ? d.value() : QDateTime();
    };
    CHECK(at("30/11/26 19:30") == QDateTime(QDate(2026, 11, 30), QTime(19, 30)));
    CHECK(at("30/11/2026, 19.30") == QDateTime(QDate(2026, 11, 30), QTime(19, 30)));
    CHECK(at("1/12 9") == QDateTime(QDate(2026, 12, 1), QTime(9, 0)));
    CHECK(at("1/12") == QDateTime(QDate(2026, 12, 1), QTime(9, 0))); // no time: 9:00
    CHECK_FALSE(at("30/11/26 25:00").isValid());
    CHECK_FALSE(at("30/11/26 19:75").isValid());
    CHECK(TypedDate::parseDateTime(QStringLiteral("30/11/26 dopo"), today)
              .error()
              .contains(QStringLiteral("not a time")));
    // Shown in full, as it reads back.
    CHECK(TypedDate::format(QDateTime(QDate(2026, 12, 1), QTime(9, 5))) ==
          QStringLiteral("01/12/2026 09:05"));
    CHECK(at(TypedDate::format(QDateTime(QDate(2026, 12, 1), QTime(9, 5))).toUtf8().constData()) ==
          QDateTime(QDate(2026, 12, 1), QTime(9, 5)));
}

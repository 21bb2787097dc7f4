#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMetaType>
#include <QString>

namespace ascolto {

// An amount of euro in integer cents, never floating point: splits and sums stay exact.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }
    static constexpr Money fromEuros(qint64 euros) { return Money(euros * 100); }

    constexpr qint64 cents() const { return m_cents; }
    constexpr bool isZero() const { return m_cents == 0; }
    constexpr bool isNegative() const { return m_cents < 0; }

    // Accepts what operators and client files write: "1.234,56", "1234.56", "1234,5",
    // "€ 12", "12 EUR", "-3,50". A lone separator followed by three digits is a thousands
    // separator ("1.234" is 1234 euro). Rejects anything else with a reason.
    static Result<Money> parse(const QString& text);

    // "1.234,56 €" in Italian, "€1,234.56" in English.
    QString format(const QLocale& locale = QLocale()) const;
    // The number without currency sign, in the locale ("1.234,56"); used in CSV cells.
    QString formatPlain(const QLocale& locale = QLocale(), bool grouping = true) const;

    friend constexpr Money operator+(Money a, Money b) { return Money(a.m_cents + b.m_cents); }
    friend constexpr Money operator-(Money a, Money b) { return Money(a.m_cents - b.m_cents); }
    friend constexpr Money operator-(Money a) { return Money(-a.m_cents); }
    Money& operator+=(Money o)
    {
        m_cents += o.m_cents;
        return *this;
    }
    Money& operator-=(Money o)
    {
        m_cents -= o.m_cents;
        return *this;
    }
    friend constexpr bool operator==(Money a, Money b) { return a.m_cents == b.m_cents; }
    friend constexpr bool operator!=(Money a, Money b) { return a.m_cents != b.m_cents; }
    friend constexpr bool operator<(Money a, Money b) { return a.m_cents < b.m_cents; }
    friend constexpr bool operator<=(Money a, Money b) { return a.m_cents <= b.m_cents; }
    friend constexpr bool operator>(Money a, Money b) { return a.m_cents > b.m_cents; }
    friend constexpr bool operator>=(Money a, Money b) { return a.m_cents >= b.m_cents; }

private:
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    {}
    qint64 m_cents = 0;
};

} // namespace ascolto

Q_DECLARE_METATYPE(ascolto::Money)

#pragma once

#include "domain/Rational.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sd {

// An exact amount of money in minor units (分/cents), 64-bit, overflow checked (SPEC §1).
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(std::int64_t cents) { return Money(cents); }

    // Parses "-?\d+(\.\d{1,2})?"; anything else (3 decimals, spaces, "1,000") is an error.
    static std::optional<Money> parse(std::string_view text);
    // As parse(), throwing DomainError with a message naming the text.
    static Money parseOrThrow(std::string_view text);
    // Rounds an exact amount in *currency units* half away from zero to the cent.
    static Money fromUnits(const Rational& units);
    // Rounds an exact amount in *cents* half away from zero to the cent.
    static Money fromExactCents(const Rational& cents);

    constexpr std::int64_t cents() const { return m_cents; }
    Rational toRational() const { return Rational(m_cents, 100); } // in currency units
    Rational exactCents() const { return Rational(m_cents); }

    // "1234.50", "-0.05": always two decimals, no grouping.
    std::string toString() const;

    bool isZero() const { return m_cents == 0; }
    bool isNegative() const { return m_cents < 0; }
    bool isPositive() const { return m_cents > 0; }

    Money operator-() const;
    friend Money operator+(Money a, Money b);
    friend Money operator-(Money a, Money b);
    Money& operator+=(Money o) { return *this = *this + o; }
    Money& operator-=(Money o) { return *this = *this - o; }
    // Exact product with a ratio, rounded once half away from zero to the cent.
    Money times(const Rational& r) const;

    friend constexpr bool operator==(Money a, Money b) = default;
    friend constexpr auto operator<=>(Money a, Money b) = default;

private:
    constexpr explicit Money(std::int64_t c)
        : m_cents(c)
    {
    }
    std::int64_t m_cents = 0;
};

Money min(Money a, Money b);
Money max(Money a, Money b);

} // namespace sd

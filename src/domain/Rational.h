#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sd {

using i128 = __int128;

// An exact rational number num/den (den > 0, reduced) over 128-bit integers.
// Used for every rate, weight, ratio and probability, and for money × ratio before
// the single rounding that SPEC §1 asks for. Overflow throws DomainError.
class Rational
{
public:
    constexpr Rational() = default;
    constexpr Rational(long long n)
        : m_num(n)
    {
    }
    Rational(i128 num, i128 den);

    // Parses "-?\d+(\.\d+)?([eE][+-]?\d+)?" exactly (the shortest repr of a JSON number works).
    // maxFractionDigits limits the digits after the point (after applying the exponent).
    static std::optional<Rational> parse(std::string_view text, int maxFractionDigits = 18);
    static Rational fromCents(long long cents) { return Rational(cents, 100); }

    i128 num() const { return m_num; }
    i128 den() const { return m_den; }

    bool isZero() const { return m_num == 0; }
    bool isNegative() const { return m_num < 0; }
    bool isPositive() const { return m_num > 0; }
    bool isInteger() const { return m_den == 1; }

    Rational operator-() const;
    friend Rational operator+(const Rational& a, const Rational& b);
    friend Rational operator-(const Rational& a, const Rational& b);
    friend Rational operator*(const Rational& a, const Rational& b);
    friend Rational operator/(const Rational& a, const Rational& b); // throws on division by zero
    Rational& operator+=(const Rational& o) { return *this = *this + o; }
    Rational& operator-=(const Rational& o) { return *this = *this - o; }
    Rational& operator*=(const Rational& o) { return *this = *this * o; }
    Rational& operator/=(const Rational& o) { return *this = *this / o; }

    friend bool operator==(const Rational& a, const Rational& b) = default;
    friend std::strong_ordering operator<=>(const Rational& a, const Rational& b);

    // floor toward negative infinity.
    i128 floor() const;
    // Rounded half away from zero to an integer.
    i128 roundHalfAwayFromZero() const;
    // Rounded half away from zero to `places` decimals, as an integer count of 10^-places.
    i128 roundedScaled(int places) const;
    // Decimal text rounded half away from zero to `places` decimals ("0.1235"); places 0 gives "12".
    std::string toFixed(int places) const;
    // Exact decimal text when the denominator divides a power of ten (up to 18 digits), else toFixed(18)
    // trimmed; trailing zeros are dropped ("0.03", "1.5", "2").
    std::string toString() const;

private:
    i128 m_num = 0;
    i128 m_den = 1;
};

Rational min(const Rational& a, const Rational& b);
Rational max(const Rational& a, const Rational& b);

std::string i128ToString(i128 v);

} // namespace sd

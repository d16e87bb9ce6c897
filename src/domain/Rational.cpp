#include "domain/Rational.h"

#include "domain/Error.h"

#include <cmath>

namespace sd {

namespace {

i128 abs128(i128 v) { return v < 0 ? -v : v; }

i128 gcd128(i128 a, i128 b)
{
    a = abs128(a);
    b = abs128(b);
    while (b != 0) {
        i128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

i128 mul(i128 a, i128 b)
{
    i128 r;
    if (__builtin_mul_overflow(a, b, &r))
        throw DomainError("arithmetic overflow in an exact ratio");
    return r;
}

i128 add(i128 a, i128 b)
{
    i128 r;
    if (__builtin_add_overflow(a, b, &r))
        throw DomainError("arithmetic overflow in an exact ratio");
    return r;
}

i128 pow10(int n)
{
    i128 r = 1;
    for (int i = 0; i < n; ++i)
        r *= 10;
    return r;
}

// floor(a / b) for b > 0.
i128 floorDiv(i128 a, i128 b)
{
    i128 q = a / b;
    if ((a % b != 0) && (a < 0))
        --q;
    return q;
}

} // namespace

std::string i128ToString(i128 v)
{
    if (v == 0)
        return "0";
    bool neg = v < 0;
    std::string s;
    // Work with negative values so the minimum does not overflow.
    i128 x = neg ? v : -v;
    while (x != 0) {
        int digit = static_cast<int>(-(x % 10));
        s.insert(s.begin(), static_cast<char>('0' + digit));
        x /= 10;
    }
    if (neg)
        s.insert(s.begin(), '-');
    return s;
}

Rational::Rational(i128 num, i128 den)
{
    if (den == 0)
        throw DomainError("division by zero");
    if (den < 0) {
        num = -num;
        den = -den;
    }
    i128 g = gcd128(num, den);
    if (g > 1) {
        num /= g;
        den /= g;
    }
    m_num = num;
    m_den = den;
}

std::optional<Rational> Rational::parse(std::string_view text, int maxFractionDigits)
{
    size_t i = 0;
    bool neg = false;
    if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
        neg = text[i] == '-';
        ++i;
    }
    i128 digits = 0;
    int intDigits = 0;
    int fracDigits = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        if (intDigits > 30)
            return std::nullopt;
        digits = digits * 10 + (text[i] - '0');
        ++intDigits;
        ++i;
    }
    if (intDigits == 0)
        return std::nullopt;
    if (i < text.size() && text[i] == '.') {
        ++i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            if (intDigits + fracDigits > 34)
                return std::nullopt;
            digits = digits * 10 + (text[i] - '0');
            ++fracDigits;
            ++i;
        }
        if (fracDigits == 0)
            return std::nullopt;
    }
    int exponent = 0;
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        bool expNeg = false;
        if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
            expNeg = text[i] == '-';
            ++i;
        }
        int expDigits = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
            exponent = exponent * 10 + (text[i] - '0');
            if (++expDigits > 3)
                return std::nullopt;
            ++i;
        }
        if (expDigits == 0)
            return std::nullopt;
        if (expNeg)
            exponent = -exponent;
    }
    if (i != text.size())
        return std::nullopt;
    int scale = fracDigits - exponent; // value = digits * 10^-scale
    if (neg)
        digits = -digits;
    if (scale <= 0) {
        if (intDigits + fracDigits - scale > 36)
            return std::nullopt;
        return Rational(digits * pow10(-scale), 1);
    }
    if (scale > 36)
        return std::nullopt;
    Rational r(digits, pow10(scale));
    // The number of fraction digits is the smallest k with den | 10^k.
    int k = 0;
    while (k <= 36 && pow10(k) % r.den() != 0)
        ++k;
    if (k > maxFractionDigits)
        return std::nullopt;
    return r;
}

Rational Rational::operator-() const
{
    Rational r;
    r.m_num = -m_num;
    r.m_den = m_den;
    return r;
}

Rational operator+(const Rational& a, const Rational& b)
{
    if (a.m_den == b.m_den)
        return Rational(add(a.m_num, b.m_num), a.m_den);
    i128 g = gcd128(a.m_den, b.m_den);
    i128 da = a.m_den / g;
    return Rational(add(mul(a.m_num, b.m_den / g), mul(b.m_num, da)), mul(da, b.m_den));
}

Rational operator-(const Rational& a, const Rational& b) { return a + (-b); }

Rational operator*(const Rational& a, const Rational& b)
{
    if (a.m_num == 0 || b.m_num == 0)
        return Rational();
    i128 g1 = gcd128(a.m_num, b.m_den);
    i128 g2 = gcd128(b.m_num, a.m_den);
    return Rational(mul(a.m_num / g1, b.m_num / g2), mul(a.m_den / g2, b.m_den / g1));
}

Rational operator/(const Rational& a, const Rational& b)
{
    if (b.m_num == 0)
        throw DomainError("division by zero");
    Rational inv;
    inv.m_num = b.m_num < 0 ? -b.m_den : b.m_den;
    inv.m_den = b.m_num < 0 ? -b.m_num : b.m_num;
    return a * inv;
}

std::strong_ordering operator<=>(const Rational& a, const Rational& b)
{
    if (a.m_den == b.m_den)
        return a.m_num <=> b.m_num;
    i128 l = mul(a.m_num, b.m_den);
    i128 r = mul(b.m_num, a.m_den);
    return l <=> r;
}

i128 Rational::floor() const { return floorDiv(m_num, m_den); }

i128 Rational::roundHalfAwayFromZero() const
{
    if (m_num >= 0)
        return floorDiv(add(mul(m_num, 2), m_den), mul(m_den, 2));
    return -floorDiv(add(mul(-m_num, 2), m_den), mul(m_den, 2));
}

i128 Rational::roundedScaled(int places) const
{
    return (*this * Rational(pow10(places), 1)).roundHalfAwayFromZero();
}

std::string Rational::toFixed(int places) const
{
    i128 v = roundedScaled(places);
    bool neg = v < 0;
    std::string digits = i128ToString(neg ? -v : v);
    if (places > 0) {
        if (static_cast<int>(digits.size()) <= places)
            digits.insert(0, static_cast<size_t>(places + 1 - static_cast<int>(digits.size())), '0');
        digits.insert(digits.size() - static_cast<size_t>(places), ".");
    }
    if (neg)
        digits.insert(0, "-");
    return digits;
}

std::string Rational::toString() const
{
    int k = 0;
    while (k <= 18 && pow10(k) % m_den != 0)
        ++k;
    std::string s = toFixed(k > 18 ? 18 : k);
    if (s.find('.') != std::string::npos) {
        while (s.back() == '0')
            s.pop_back();
        if (s.back() == '.')
            s.pop_back();
    }
    if (s == "-0")
        s = "0";
    return s;
}

Rational min(const Rational& a, const Rational& b) { return b < a ? b : a; }
Rational max(const Rational& a, const Rational& b) { return a < b ? b : a; }

} // namespace sd

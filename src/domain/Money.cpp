#include "domain/Money.h"

#include "domain/Error.h"

#include <limits>

namespace sd {

namespace {

std::int64_t toInt64(i128 v)
{
    if (v > std::numeric_limits<std::int64_t>::max() || v < std::numeric_limits<std::int64_t>::min())
        throw DomainError("money amount out of range");
    return static_cast<std::int64_t>(v);
}

} // namespace

std::optional<Money> Money::parse(std::string_view text)
{
    size_t i = 0;
    bool neg = false;
    if (i < text.size() && text[i] == '-') {
        neg = true;
        ++i;
    }
    size_t intStart = i;
    i128 units = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        units = units * 10 + (text[i] - '0');
        if (units > i128(std::numeric_limits<std::int64_t>::max()))
            return std::nullopt;
        ++i;
    }
    if (i == intStart)
        return std::nullopt;
    i128 cents = units * 100;
    if (i < text.size() && text[i] == '.') {
        ++i;
        size_t fracStart = i;
        int frac = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && i - fracStart < 3) {
            frac = frac * 10 + (text[i] - '0');
            ++i;
        }
        size_t n = i - fracStart;
        if (n == 0 || n > 2)
            return std::nullopt;
        cents += n == 1 ? frac * 10 : frac;
    }
    if (i != text.size())
        return std::nullopt;
    if (neg)
        cents = -cents;
    if (cents > std::numeric_limits<std::int64_t>::max() || cents < std::numeric_limits<std::int64_t>::min())
        return std::nullopt;
    return Money(static_cast<std::int64_t>(cents));
}

Money Money::parseOrThrow(std::string_view text)
{
    auto m = parse(text);
    if (!m)
        throw DomainError("not a money amount (at most two decimals, no grouping): '" + std::string(text) + "'");
    return *m;
}

Money Money::fromUnits(const Rational& units) { return fromExactCents(units * Rational(100)); }

Money Money::fromExactCents(const Rational& cents) { return Money(toInt64(cents.roundHalfAwayFromZero())); }

std::string Money::toString() const { return Rational(m_cents, 100).toFixed(2); }

Money Money::operator-() const
{
    if (m_cents == std::numeric_limits<std::int64_t>::min())
        throw DomainError("money amount out of range");
    return Money(-m_cents);
}

Money operator+(Money a, Money b)
{
    std::int64_t r;
    if (__builtin_add_overflow(a.m_cents, b.m_cents, &r))
        throw DomainError("money amount out of range");
    return Money(r);
}

Money operator-(Money a, Money b)
{
    std::int64_t r;
    if (__builtin_sub_overflow(a.m_cents, b.m_cents, &r))
        throw DomainError("money amount out of range");
    return Money(r);
}

Money Money::times(const Rational& r) const { return fromExactCents(Rational(m_cents) * r); }

Money min(Money a, Money b) { return b < a ? b : a; }
Money max(Money a, Money b) { return a < b ? b : a; }

} // namespace sd

#include "domain/Split.h"

#include "domain/Error.h"

#include <algorithm>
#include <numeric>

namespace sd {

namespace {

i128 gcd(i128 a, i128 b)
{
    if (a < 0)
        a = -a;
    if (b < 0)
        b = -b;
    while (b) {
        i128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

i128 checkedMul(i128 a, i128 b)
{
    i128 r;
    if (__builtin_mul_overflow(a, b, &r))
        throw DomainError("arithmetic overflow while splitting an amount");
    return r;
}

} // namespace

std::vector<std::int64_t> exactSplit(std::int64_t total, std::span<const Rational> weights)
{
    const size_t n = weights.size();
    if (n == 0)
        throw DomainError("nothing to split over: no parts");
    // Bring the weights to integers over a common denominator.
    i128 lcm = 1;
    for (const Rational& w : weights)
        lcm = checkedMul(lcm / gcd(lcm, w.den()), w.den());
    std::vector<i128> W(n);
    i128 sum = 0;
    for (size_t i = 0; i < n; ++i) {
        W[i] = checkedMul(weights[i].num(), lcm / weights[i].den());
        if (__builtin_add_overflow(sum, W[i], &sum))
            throw DomainError("arithmetic overflow while splitting an amount");
    }
    if (sum == 0)
        throw DomainError("the weights sum to zero: nothing to split by");
    if (sum < 0) {
        sum = -sum;
        for (auto& w : W)
            w = -w;
    }
    std::vector<std::int64_t> out(n);
    std::vector<i128> rem(n);
    i128 assigned = 0;
    for (size_t i = 0; i < n; ++i) {
        i128 p = checkedMul(static_cast<i128>(total), W[i]);
        i128 q = p / sum;
        i128 r = p % sum;
        if (r < 0) {
            q -= 1;
            r += sum;
        }
        out[i] = static_cast<std::int64_t>(q);
        rem[i] = r;
        assigned += q;
    }
    i128 left = static_cast<i128>(total) - assigned; // 0 <= left < n
    if (left > 0) {
        std::vector<size_t> order(n);
        std::iota(order.begin(), order.end(), size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return rem[a] > rem[b]; });
        for (size_t k = 0; k < static_cast<size_t>(left); ++k)
            out[order[k]] += 1;
    }
    return out;
}

std::vector<std::int64_t> equalSplit(std::int64_t total, std::size_t n)
{
    std::vector<Rational> w(n, Rational(1));
    return exactSplit(total, w);
}

} // namespace sd

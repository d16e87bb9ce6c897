#include "domain/Money.h"
#include "domain/Period.h"
#include "domain/Split.h"

#include <catch2/catch.hpp>

using namespace sd;

TEST_CASE("split example of SPEC §2")
{
    std::vector<Rational> w{Rational(1), Rational(1)};
    CHECK(exactSplit(5, w) == std::vector<std::int64_t>{3, 2});
    CHECK(exactSplit(-5, w) == std::vector<std::int64_t>{-2, -3});
}

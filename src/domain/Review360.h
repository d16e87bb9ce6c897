#pragma once

#include "domain/Model.h"
#include "domain/Rational.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace sd {

// One reviewer kind's part of a 360-degree score.
struct Review360Kind
{
    std::string kind;       // supervisor, peer, customer, self
    std::size_t reviewers = 0;
    Rational mean;          // exact mean of its reviewers' scores
    Rational weight;        // from the workspace's review weights
};

// The 360-degree score of SPEC §6: a kind's score is the mean of its reviewers; kinds are weighted
// (default supervisor 50, peer 20, customer 20, self 10); missing kinds are left out and the rest
// rescaled. Kinds without a (positive) weight are left out too. Exact; nullopt when nothing counts.
struct Review360Result
{
    std::vector<Review360Kind> kinds; // kinds that count, in the weights' (alphabetical) order
    std::optional<Rational> score;
};

Review360Result review360(const std::vector<const Review*>& reviews, const std::map<std::string, Rational>& weights);

// The reviews of a subject for exactly that period label.
std::vector<const Review*> reviewsFor(const std::vector<Review>& all, const std::string& subjectRepId,
                                      const std::string& periodLabel);

} // namespace sd

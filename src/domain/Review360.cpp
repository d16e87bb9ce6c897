#include "domain/Review360.h"

namespace sd {

Review360Result review360(const std::vector<const Review*>& reviews, const std::map<std::string, Rational>& weights)
{
    Review360Result out;
    Rational weightSum;
    Rational weighted;
    for (const auto& [kind, weight] : weights) {
        if (!weight.isPositive())
            continue;
        Review360Kind k;
        k.kind = kind;
        k.weight = weight;
        Rational sum;
        for (const Review* r : reviews)
            if (r->reviewerKind == kind) {
                sum += r->score;
                ++k.reviewers;
            }
        if (k.reviewers == 0)
            continue;
        k.mean = sum / Rational(static_cast<long long>(k.reviewers));
        weightSum += weight;
        weighted += weight * k.mean;
        out.kinds.push_back(std::move(k));
    }
    if (weightSum.isPositive())
        out.score = weighted / weightSum;
    return out;
}

std::vector<const Review*> reviewsFor(const std::vector<Review>& all, const std::string& subjectRepId,
                                      const std::string& periodLabel)
{
    std::vector<const Review*> out;
    for (const Review& r : all)
        if (r.subjectRepId == subjectRepId && r.period == periodLabel)
            out.push_back(&r);
    return out;
}

} // namespace sd

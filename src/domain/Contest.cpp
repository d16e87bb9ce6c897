#include "domain/Contest.h"

#include "domain/Split.h"

#include <algorithm>

namespace sd {

std::vector<ContestPlace> rankContest(std::vector<ContestEntry> entries, const std::vector<Prize>& prizes)
{
    std::sort(entries.begin(), entries.end(), [](const ContestEntry& a, const ContestEntry& b) {
        const bool ap = a.value.isPositive();
        const bool bp = b.value.isPositive();
        if (ap != bp)
            return ap;
        if (ap && a.value != b.value)
            return a.value > b.value;
        return a.repId < b.repId;
    });
    std::vector<ContestPlace> out;
    out.reserve(entries.size());
    for (const ContestEntry& e : entries)
        out.push_back({e.repId, e.value, std::nullopt, 0, {}});

    size_t i = 0;
    while (i < out.size() && out[i].value.isPositive()) {
        size_t j = i;
        while (j < out.size() && out[j].value == out[i].value)
            ++j;
        // The group [i, j) covers ranks i+1 … j.
        std::int64_t money = 0;
        std::vector<std::string> titles;
        for (size_t k = i; k < j && k < prizes.size(); ++k) {
            if (prizes[k].money)
                money += prizes[k].money->cents();
            else
                titles.push_back(prizes[k].title);
        }
        const auto shares = equalSplit(money, j - i);
        for (size_t k = i; k < j; ++k) {
            out[k].rank = static_cast<int>(i) + 1;
            out[k].prizeCents = shares[k - i];
            out[k].titles = titles;
        }
        i = j;
    }
    return out;
}

} // namespace sd

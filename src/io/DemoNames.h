#pragma once

// Internal to the demo generator: the name pools of the fictional company (people, places, customers,
// products, activity notes), in Chinese and English.

#include "io/DemoRandom.h"

#include <string>
#include <string_view>
#include <vector>

namespace sd::io::demo {

struct DemoRegionDef
{
    std::string_view id;
    std::string_view name;
    std::vector<std::string_view> cities;
    bool international = false;
};

struct DemoProductDef
{
    std::string_view name;
    std::string_view category;
    long lo, hi; // deal size, yuan
    int marginLo, marginHi; // per mille
};

const std::vector<DemoRegionDef>& demoRegions();
const std::vector<DemoProductDef>& demoProducts();
std::string_view teamNumber(int n); // 一, 二, 三 …

std::string personName(DemoRandom& rng);

struct CompanyName
{
    std::string full;
    std::string shortName;
    std::string industry;
};
CompanyName companyName(DemoRandom& rng, std::string_view city, bool english);

std::string_view activityNote(DemoRandom& rng, int kind);

} // namespace sd::io::demo

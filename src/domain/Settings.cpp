#include "domain/Settings.h"

namespace sd {

std::vector<StageDef> WorkspaceSettings::defaultStages()
{
    return {
        {"lead", "线索/初步接触", Rational(10), std::nullopt, {}},
        {"qualify", "需求确认", Rational(25), std::nullopt, {}},
        {"proposal", "方案报价", Rational(50), std::nullopt, {}},
        {"negotiate", "商务谈判", Rational(75), std::nullopt, {}},
        {"commit", "签约/成交确认", Rational(90), std::nullopt, {}},
    };
}

int WorkspaceSettings::stageIndex(std::string_view code) const
{
    for (size_t i = 0; i < stages.size(); ++i)
        if (stages[i].code == code)
            return static_cast<int>(i) + 1;
    return 0;
}

} // namespace sd

#pragma once

// Code tables shared by the workspace JSON reader, writer and validator.

#include "domain/Settings.h"

#include <optional>
#include <string_view>

namespace sd::io::detail {

inline std::string_view perspectiveCode(Perspective p)
{
    switch (p) {
    case Perspective::Financial: return "financial";
    case Perspective::Customer: return "customer";
    case Perspective::Process: return "process";
    case Perspective::Learning: return "learning";
    }
    return "financial";
}

inline std::optional<Perspective> perspectiveFromCode(std::string_view s)
{
    for (auto p : {Perspective::Financial, Perspective::Customer, Perspective::Process, Perspective::Learning})
        if (perspectiveCode(p) == s)
            return p;
    return std::nullopt;
}

inline std::string_view kpiKindCode(KpiKind k)
{
    return k == KpiKind::Process ? "process" : "result";
}

inline std::optional<KpiKind> kpiKindFromCode(std::string_view s)
{
    if (s == "result")
        return KpiKind::Result;
    if (s == "process")
        return KpiKind::Process;
    return std::nullopt;
}

inline std::string_view ruleTypeCode(ScoringRuleType t)
{
    switch (t) {
    case ScoringRuleType::Linear: return "linear";
    case ScoringRuleType::Threshold: return "threshold";
    case ScoringRuleType::Bands: return "bands";
    case ScoringRuleType::Direct: return "direct";
    case ScoringRuleType::Anchored: return "anchored";
    }
    return "linear";
}

inline std::optional<ScoringRuleType> ruleTypeFromCode(std::string_view s)
{
    for (auto t : {ScoringRuleType::Linear, ScoringRuleType::Threshold, ScoringRuleType::Bands,
                   ScoringRuleType::Direct, ScoringRuleType::Anchored})
        if (ruleTypeCode(t) == s)
            return t;
    return std::nullopt;
}

inline std::string_view componentTypeCode(PlanComponent::Type t)
{
    switch (t) {
    case PlanComponent::Type::Commission: return "commission";
    case PlanComponent::Type::Bonus: return "bonus";
    case PlanComponent::Type::GradeBonus: return "grade_bonus";
    case PlanComponent::Type::Contest: return "contest";
    }
    return "commission";
}

inline std::optional<PlanComponent::Type> componentTypeFromCode(std::string_view s)
{
    for (auto t : {PlanComponent::Type::Commission, PlanComponent::Type::Bonus, PlanComponent::Type::GradeBonus,
                   PlanComponent::Type::Contest})
        if (componentTypeCode(t) == s)
            return t;
    return std::nullopt;
}

inline const char* reviewKinds[] = {"supervisor", "peer", "customer", "self"};

} // namespace sd::io::detail

#include "domain/Bonus.h"

#include "domain/Model.h"

#include <string>

namespace sd {

ComponentResult computeBonus(const PlanComponent& c, std::int64_t actual, std::optional<std::int64_t> target,
                             std::string_view periodLabel)
{
    ComponentResult r;
    r.kind = ComponentKind::Bonus;
    r.metric = c.metric;
    auto metric = metricFromCode(c.metric);
    r.moneyMetric = !metric || isMoneyMetric(*metric);
    r.actual = actual;
    r.target = target;
    const std::string where = c.metric + " target for " + std::string(periodLabel);
    if (!target) {
        r.error = "no " + where;
        return r;
    }
    if (*target <= 0) {
        r.error = "the " + where + (*target == 0 ? " is zero" : " is negative");
        return r;
    }
    const Rational a = Rational(actual) / Rational(*target);
    r.attainment = a;
    std::int64_t amount = 0;
    for (size_t i = 0; i < c.steps.size(); ++i)
        if (c.steps[i].first <= a) {
            r.step = static_cast<int>(i) + 1;
            amount = c.steps[i].second.cents();
        }
    r.amountCents = amount;
    return r;
}

ComponentResult computeGradeBonus(const PlanComponent& c, const std::optional<AppraisalGrade>& grade,
                                  std::string_view periodLabel)
{
    ComponentResult r;
    r.kind = ComponentKind::GradeBonus;
    r.gradeBase = c.gradeBase;
    if (!grade) {
        r.error = "no appraisal grade for " + std::string(periodLabel);
        return r;
    }
    r.grade = grade->grade;
    r.provisional = !grade->signedOff;
    auto it = c.coefficients.find(grade->grade);
    if (it == c.coefficients.end()) {
        r.error = "no grade bonus coefficient for grade " + grade->grade;
        return r;
    }
    r.coefficient = it->second;
    r.amountCents = c.gradeBase.times(it->second).cents();
    return r;
}

} // namespace sd

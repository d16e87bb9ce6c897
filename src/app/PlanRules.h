#pragma once

// The plan editor's checks of incentive plans (SPEC §7, INTERCHANGE.md): every problem names the plan version, the
// component, the field and, for a table, the row, so that the form can say where to look. No widgets.

#ifndef Q_MOC_RUN
#include "domain/Settings.h"
#endif

#include <QString>

#include <vector>

namespace sd::app {

// One refusal of a plan: where (plan index, component index, field, 1-based table row) and why.
struct PlanProblem
{
    int plan = -1; // index in WorkspaceSettings::incentivePlans
    int component = -1; // index in the plan's components, -1 for the plan's own fields
    QString field; // the field's name as the form labels it ("Tiers", "Cap", …)
    int row = 0; // 1-based row of a table field, 0 for a single field
    QString message;

    // "Plan "rep_monthly" (from 2026-11-01), commission 1 — Tiers, row 3: …"
    QString text(const WorkspaceSettings& settings) const;
};

// The form's number texts: a ratio typed as a percentage ("5", "5.5 %" → 0.055), a plain factor ("1.5"), money
// ("2,000.00"). None when the text is not a number.
std::optional<Rational> parsePercent(const QString& text);
std::optional<Rational> parseFactor(const QString& text);
std::optional<Money> parseMoney(const QString& text);
QString percentText(const Rational& ratio);
QString factorText(const Rational& factor);

// The version label of a plan: "from 2026-11-01" or "always" (no effective_from).
QString versionLabel(const IncentivePlan& plan);

// Every problem of the settings' plans, in plan and component order: tiers not starting at 0 or not ascending, a
// rate outside 0–100 %, a negative threshold, cap, multiplier, step, prize or coefficient, an unknown base or metric,
// an empty code, a grade bonus in a month plan, two versions of one plan from the same day. When none is found the
// domain's validatePlans() has the last word (its message is returned as a plan-level problem).
std::vector<PlanProblem> checkPlans(const WorkspaceSettings& settings);

} // namespace sd::app

#pragma once

// The result types of the incentives engine (SPEC §7): a statement per rep and period, one
// component result per plan component (plus the clawback), each with the inputs that explain it.

#include "domain/Money.h"
#include "domain/Rational.h"
#include "domain/Settings.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sd {

// A rep's appraisal grade for a quarter (SPEC §6) and whether that appraisal is signed off.
struct AppraisalGrade
{
    std::string grade;
    bool signedOff = false;
};

// One line of a commission or clawback component.
struct IncentiveLine
{
    std::string id;       // order id (revenue, gross profit, clawback) or payment id (collections)
    std::string orderId;  // the order the line comes from
    std::string category; // the order's product category ("" when the product is unknown)
    std::int64_t amountCents = 0; // the rep's credited amount; clawback: minus the booked line's share
    Rational multiplier = Rational(1);
    std::int64_t shareCents = 0; // the line's share of the component amount (§2)
    std::string bookedPeriod;    // clawback lines: the period the order was booked in
    bool hypothetical = false;   // the extra line of a what-if
    bool bookedApproved = false; // clawback lines: taken from the booking period's approved statement
};

// Marginal commission: the part of A that falls in one tier and what it earns (exact, in cents).
struct TierSlice
{
    Rational from;
    Rational rate;
    Rational baseCents;
    Rational commissionCents;
};

enum class ComponentKind { Commission, Clawback, Bonus, GradeBonus, Contest };

std::string_view toCode(ComponentKind kind);

// One component of a statement. `amountCents` is empty when the component is an error for the
// rep (`error` says why); such a component is left out of the total.
struct ComponentResult
{
    ComponentKind kind = ComponentKind::Commission;
    int planIndex = -1;    // index in the plan's components; -1 for the clawback
    std::string metric;    // commission base, bonus/contest metric
    bool moneyMetric = true; // actual/target/value are cents (else a count or a manual value)
    std::optional<std::int64_t> amountCents;
    std::string error;

    // A, T and a = A/T (commission, bonus).
    std::optional<std::int64_t> actual;
    std::optional<std::int64_t> target;
    std::optional<Rational> attainment;

    // Commission.
    CommissionMode mode = CommissionMode::Marginal;
    int tier = 0; // 1-based tier containing a; 0 when a is below the first tier (A < 0)
    std::optional<Rational> rate;          // the rate of that tier
    std::optional<Rational> effectiveRate; // e = C0/A
    std::vector<TierSlice> slices;         // marginal mode
    std::optional<Rational> threshold;
    bool thresholdMet = true;
    std::optional<Money> cap;
    bool capApplied = false;
    std::optional<Rational> weightedBaseCents; // Σ line amount × multiplier
    std::optional<Rational> uncappedCents;     // e × weighted base, before the cap and the rounding
    std::vector<IncentiveLine> lines;          // commission and clawback

    // Bonus: the 1-based step reached (0 when none).
    int step = 0;

    // Grade bonus.
    std::string grade;
    std::optional<Rational> coefficient;
    Money gradeBase;
    bool provisional = false;

    // Contest.
    std::optional<Rational> value; // the rep's contest metric value
    std::optional<int> rank;       // shown rank (a tie group's first); none when the value is not above 0
    int contestants = 0;           // reps on the plan active in the period
    std::vector<std::string> titles;

    bool isError() const { return !amountCents.has_value(); }
};

// A rep's incentive statement for one period.
struct IncentiveStatement
{
    std::string repId;
    std::string repName;
    std::string planCode; // empty when no plan applies
    std::string period;   // the period label
    std::vector<ComponentResult> components;
    std::int64_t totalCents = 0; // Σ of the non-error component amounts
};

} // namespace sd

#pragma once

// What the dashboard's tiles show, as plain values: names instead of pointers into the dataset, stage codes with
// their counts, the stall threshold used. Built from DashboardFigures once they are computed; small enough to be
// kept between sessions, so that the dashboard can show the last figures of a large workspace at once while its
// rows load (docs/daily.md "Opening the dashboard").

#include "domain/Dashboard.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sd {

struct DashboardSummary
{
    struct Bar
    {
        std::int64_t actualCents = 0;
        std::int64_t targetCents = 0;
        std::optional<Rational> attainment;
        friend bool operator==(const Bar&, const Bar&) = default;
    };
    struct Stage
    {
        std::string code;
        std::int64_t count = 0;
        friend bool operator==(const Stage&, const Stage&) = default;
    };
    struct Stalled
    {
        std::string name; // the opportunity's name
        int days = 0;     // days in its stage
        std::int64_t amountCents = 0;
        friend bool operator==(const Stalled&, const Stalled&) = default;
    };
    struct Care
    {
        CareReminder::Kind kind = CareReminder::Kind::Birthday;
        std::string name; // the customer's name
        Date date;
        int days = 0;
        friend bool operator==(const Care&, const Care&) = default;
    };
    struct Place
    {
        int rank = 0;
        std::string repId;
        std::string repName; // the rep's id when the rep is unknown
        Rational value;
        std::int64_t prizeCents = 0;
        std::vector<std::string> titles;
        friend bool operator==(const Place&, const Place&) = default;
    };

    Date today;
    std::string owner; // OwnerRef::toString(), empty for the whole company
    // Month, quarter and year to date; nullopt when there is no target for the span.
    std::array<std::optional<Bar>, 3> revenue;
    std::array<std::optional<Bar>, 3> collections;

    std::int64_t openCount = 0;
    std::int64_t openAmountCents = 0;
    std::int64_t weightedCents = 0;
    std::optional<Rational> winRate;
    std::vector<Stage> stages; // the open stages in the settings' order

    std::int64_t balanceCents = 0;
    std::int64_t overdueCents = 0;
    std::int64_t over90Cents = 0;
    std::int64_t creditFlags = 0;
    std::optional<Rational> collectionRate;

    int stallDays = 0; // the threshold the stalled deals were found with
    std::int64_t stalledCount = 0;
    std::int64_t stalledAmountCents = 0;
    std::vector<Stalled> stalled;

    std::int64_t keyDatesCount = 0;
    std::int64_t notContactedCount = 0;
    std::vector<Care> care;

    std::string contestMetric;
    std::string contestPeriod;
    std::vector<Place> leaderboard;

    friend bool operator==(const DashboardSummary&, const DashboardSummary&) = default;
};

// The summary of computed figures; `reps` names the leaderboard's places (any order).
DashboardSummary summarizeDashboard(const DashboardFigures& figures, const std::vector<Rep>& reps,
                                    const WorkspaceSettings& settings);

} // namespace sd

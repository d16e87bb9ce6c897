#pragma once

// The lifecycle of an incentive statement (docs/incentives.md, "Statement lifecycle"): per rep and period a statement
// is calculated, then reviewed, then approved. An approved statement is locked: a stored snapshot of its components
// and amounts that a later recalculation never overwrites; when the new figures differ, the difference is shown.
// Pure rules; storage keeps the snapshots (storage/IncentiveStatementRepository.h).

#include "domain/IncentiveStatement.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sd {

enum class StatementState
{
    Calculated,
    Reviewed,
    Approved
};

std::string_view toCode(StatementState state);
std::optional<StatementState> statementStateFromCode(std::string_view code);

// One component as stored: its type code (`commission`, `clawback`, …), metric, amount (none for an error) and error.
struct SnapshotComponent
{
    std::string type;
    std::string metric;
    std::optional<std::int64_t> amountCents;
    std::string error;

    friend bool operator==(const SnapshotComponent&, const SnapshotComponent&) = default;
};

// A statement's figures and where it is in its lifecycle. Who and when are given by the caller (the domain has no
// clock); timestamps are ISO 8601 text.
struct StatementSnapshot
{
    std::string repId;
    std::string period;
    std::string planCode;
    StatementState state = StatementState::Calculated;
    std::vector<SnapshotComponent> components;
    std::int64_t totalCents = 0;
    // The revenue and gross-profit commission lines' shares by order id: what a clawback of that order in a later
    // period takes back when this statement is approved (SPEC §7). Not part of the figures compared.
    std::map<std::string, std::int64_t> bookedShares;
    std::string calculatedAt;
    std::string reviewedBy;
    std::string reviewedAt;
    std::string approvedBy;
    std::string approvedAt;

    bool hasError() const;
};

// The figures of a computed statement, state Calculated.
StatementSnapshot snapshotOf(const IncentiveStatement& statement, const std::string& calculatedAt);
// Same plan, same components (type, metric, amount, error, in order) and same total.
bool sameFigures(const StatementSnapshot& a, const StatementSnapshot& b);

// A component whose figure differs between two snapshots. Components are matched by type, metric and occurrence
// (the second commission on revenue with the second); one present on one side only has the other side empty.
struct ComponentChange
{
    std::string type;
    std::string metric;
    bool inOld = false;
    bool inNew = false;
    std::optional<std::int64_t> oldCents;
    std::optional<std::int64_t> newCents;
    std::string oldError;
    std::string newError;
};

// The components that differ, in the new snapshot's order, then those only in the old one.
std::vector<ComponentChange> compareSnapshots(const StatementSnapshot& before, const StatementSnapshot& after);

// What a recalculation does to the stored statement.
struct StatementReconciliation
{
    enum class Outcome
    {
        New, // nothing stored: store the calculation
        Unchanged, // same figures: keep what is stored (state and dates included)
        Updated, // calculated, figures changed: store the new figures
        ReviewReset, // reviewed, figures changed: store the new figures, back to calculated (the review was of others)
        Differs, // approved, figures changed: keep the approved snapshot, show the difference
    };
    Outcome outcome = Outcome::New;
    StatementSnapshot keep; // what the store holds afterwards
    std::vector<ComponentChange> differences; // Updated, ReviewReset, Differs: stored → calculated
    std::int64_t storedTotalCents = 0;
    std::int64_t calculatedTotalCents = 0;

    bool writes() const
    {
        return outcome == Outcome::New || outcome == Outcome::Updated || outcome == Outcome::ReviewReset;
    }
};

StatementReconciliation reconcile(const std::optional<StatementSnapshot>& stored, const StatementSnapshot& calculated);

// Transitions. Each throws DomainError naming the rep and period when it is not allowed:
// review: only a calculated statement; approve: only a reviewed one without an errored component (an error is
// something to fix, not to lock); reopen: a reviewed or approved statement goes back to calculated with the
// figures given (the current calculation), so that a changed approved statement can be reviewed again.
StatementSnapshot reviewStatement(const StatementSnapshot& s, const std::string& by, const std::string& at);
StatementSnapshot approveStatement(const StatementSnapshot& s, const std::string& by, const std::string& at);
StatementSnapshot reopenStatement(const StatementSnapshot& s, const StatementSnapshot& calculated);

} // namespace sd

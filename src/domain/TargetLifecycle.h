#pragma once

// The target lifecycle of SPEC §3 (draft → approved, revisions with a reason, 目标三定) and the
// reconciliation of the top-down figure with bottom-up submissions, as pure rules. Storage applies
// them in a transaction; the GUI asks them before it offers an action.

#include "domain/Error.h"
#include "domain/Model.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sd {

enum class TargetState
{
    Draft,
    Approved
};

std::string_view toCode(TargetState s);
std::optional<TargetState> targetStateFromCode(std::string_view code);

// One target node: (owner, metric, period label, segment).
struct TargetKey
{
    OwnerRef owner;
    Metric metric = Metric::Revenue;
    std::string period;
    Segment segment = Segment::All;

    // "unit:EAST revenue 2026 all"
    std::string toString() const;
    static TargetKey of(const Target& t) { return TargetKey{t.owner, t.metric, t.period, t.segment}; }
    friend bool operator==(const TargetKey&, const TargetKey&) = default;
    friend auto operator<=>(const TargetKey&, const TargetKey&) = default;
};

// One approved version of a target, kept for ever: version 1 is the figure approved first, every
// revision adds the next number with its reason.
struct TargetVersion
{
    int version = 0;
    std::int64_t amount = 0;
    std::string reason; // empty for version 1 (the approval itself)
    std::string by;
    std::string at; // ISO 8601 UTC
};

// The lifecycle record of a target node next to its top-down figure.
struct TargetPlan
{
    TargetKey key;
    std::optional<std::int64_t> amount; // the top-down figure in force (the targets row); nullopt: none yet
    TargetState state = TargetState::Draft;
    std::optional<std::string> responsibleRepId; // 定责任
    std::optional<std::string> kpiCode;          // 定考核: the appraisal item the target feeds
    std::optional<std::int64_t> submitted;       // the bottom-up figure its owner submitted
    int version = 0;                             // the approved version in force; 0 for a draft never approved
};

// Why an action on a target is refused.
enum class LifecycleIssue
{
    NegativeAmount,
    ApprovedLocked,   // editing an approved target without a revision
    NotApproved,      // revising a draft (edit it instead)
    AlreadyApproved,
    NoAmount,         // approving a node without a top-down figure
    NoResponsible,    // 目标三定: no responsible person
    NoKpi,            // 目标三定: no appraisal item
    EmptyReason,      // a revision without a reason
    Unchanged         // a revision to the figure already in force
};

// A refused lifecycle action; the message is for the user and names the target.
class LifecycleError : public DomainError
{
public:
    LifecycleError(LifecycleIssue issue, TargetKey key);
    LifecycleIssue issue() const { return m_issue; }
    const TargetKey& key() const { return m_key; }

private:
    LifecycleIssue m_issue;
    TargetKey m_key;
};

// The English message of an issue for a target ("unit:EAST revenue 2026 all is approved: …").
std::string describe(LifecycleIssue issue, const TargetKey& key);

// The checks: nullopt when the action is allowed.
std::optional<LifecycleIssue> checkEdit(const TargetPlan& plan, std::int64_t newAmount);
std::optional<LifecycleIssue> checkApprove(const TargetPlan& plan);
std::optional<LifecycleIssue> checkRevise(const TargetPlan& plan, std::int64_t newAmount, std::string_view reason);

// The actions: the plan after it, throwing LifecycleError when the check refuses.
TargetPlan applyEdit(const TargetPlan& plan, std::int64_t newAmount);
struct LifecycleStep
{
    TargetPlan plan;
    TargetVersion version; // the version record to keep
};
LifecycleStep applyApprove(const TargetPlan& plan, const std::string& by, const std::string& at);
LifecycleStep applyRevise(const TargetPlan& plan, std::int64_t newAmount, const std::string& reason,
                          const std::string& by, const std::string& at);

// Reason text as stored: surrounding white space removed.
std::string trimmedReason(std::string_view reason);

// Top-down against bottom-up (SPEC §3 reconciliation): the bottom-up figure of a node is the sum
// of its children's submissions (for a node without children: its own submission); gap =
// top-down − bottom-up (positive: the plan asks for more than was committed).
struct TargetReconciliation
{
    std::optional<std::int64_t> bottomUp; // nullopt when nothing was submitted
    std::optional<std::int64_t> gap;      // nullopt without a top-down figure or a bottom-up one
    int missing = 0;                      // children that submitted nothing
};
TargetReconciliation reconcile(std::optional<std::int64_t> topDown, std::span<const std::optional<std::int64_t>> submissions);

// Whether the children's top-down figures add up to the parent's.
enum class AllocationStatus
{
    Balanced,
    Under, // the children sum to less than the parent
    Over   // more (over-assignment 层层加码 shows here)
};
struct Allocation
{
    std::int64_t childrenSum = 0;
    std::int64_t difference = 0; // children − parent
    AllocationStatus status = AllocationStatus::Balanced;
};
Allocation allocationOf(std::int64_t parent, std::span<const std::int64_t> children);

// 目标三定 defaults for a new draft: a rep answers for its own target; a unit's responsible person is
// a manager attached to it (regional_manager first for a region or team, senior_manager first for
// the company; ascending id), else the nearest ancestor's, among reps active in [first, last].
std::optional<std::string> defaultResponsible(const OwnerRef& owner, const std::vector<OrgUnit>& units,
                                              const std::vector<Rep>& reps, Date first, Date last);
// The KPI item a target feeds by default: the KPI of the same code as the metric (SPEC §6).
std::string defaultKpiCode(Metric metric);

} // namespace sd

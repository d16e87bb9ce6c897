#pragma once

#include "domain/TargetLifecycle.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace sd::storage {

// What a target node was before a draft write, so the write can be undone exactly.
struct DraftSnapshot
{
    TargetKey key;
    std::optional<std::int64_t> amount; // the targets row's amount; nullopt: there was no row
    bool hadPlan = false;               // whether a lifecycle row existed
    std::optional<std::string> responsibleRepId;
    std::optional<std::string> kpiCode;
};

// The target lifecycle (SPEC §3, docs/targets.md): drafts, approval, revisions with reason and the kept versions,
// responsibility and KPI item (目标三定), bottom-up submissions. The top-down figure stays in the `targets` table that
// every engine reads. Every write is one transaction, all or nothing: a refused rule throws LifecycleError (nothing
// written), a database problem StorageError.
class TargetPlanRepository
{
public:
    virtual ~TargetPlanRepository() = default;

    // The nodes of a metric in the given periods (every period when empty) and segment (every one when nullopt) that
    // have a target row or a lifecycle row, ordered by key.
    virtual std::vector<TargetPlan> plans(Metric metric, const std::vector<std::string>& periods = {},
                                          std::optional<Segment> segment = std::nullopt) const = 0;
    virtual std::optional<TargetPlan> plan(const TargetKey& key) const = 0;
    // The kept versions of a node, oldest first.
    virtual std::vector<TargetVersion> versions(const TargetKey& key) const = 0;

    // Writes figures as drafts (a decomposition, a cell edit). A node's stored responsible person and KPI item
    // are kept; the draft's are used where none is stored. Refused as a whole when a node is approved or an
    // amount is negative. Returns what the nodes were before, for restoreDrafts.
    virtual std::vector<DraftSnapshot> saveDrafts(const std::vector<TargetPlan>& drafts, const std::string& by,
                                                  const std::string& at) = 0;
    // Puts draft nodes back as a snapshot says (undo); refused when one of them was approved since.
    virtual void restoreDrafts(const std::vector<DraftSnapshot>& snapshots, const std::string& by,
                               const std::string& at) = 0;
    // Creates the lifecycle rows that are missing (imported targets), with the given responsibility defaults.
    virtual void ensurePlans(const std::vector<TargetPlan>& defaults) = 0;
    // Approves the nodes (目标三定 checked for each), keeping version 1 of each; all or nothing.
    virtual void approve(const std::vector<TargetKey>& keys, const std::string& by, const std::string& at) = 0;
    // Revises an approved node to a new figure with a reason; the previous versions stay.
    virtual void revise(const TargetKey& key, std::int64_t amount, const std::string& reason, const std::string& by,
                        const std::string& at) = 0;
    // Responsible person and KPI item of a draft node.
    virtual void setResponsibility(const TargetKey& key, const std::optional<std::string>& responsibleRepId,
                                   const std::optional<std::string>& kpiCode) = 0;
    // The bottom-up figure the node's owner submits (nullopt withdraws it); allowed in any state.
    virtual void submit(const TargetKey& key, std::optional<std::int64_t> amount, const std::string& by,
                        const std::string& at) = 0;
};

} // namespace sd::storage

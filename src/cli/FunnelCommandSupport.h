#pragma once

// What `salesctl funnel` and `salesctl funnel weekly` share: loading the workspace, resolving the
// owner, and the owner's opportunities.

#include "cli/CliContext.h"
#include "domain/Dataset.h"
#include "domain/DatasetIndex.h"
#include "domain/Funnel.h"
#include "domain/Settings.h"

#include <memory>

namespace sd::cli {

// The data a funnel command computes over; the index points into the dataset.
struct FunnelInputs
{
    WorkspaceSettings settings;
    Dataset dataset;
    std::unique_ptr<DatasetIndex> index;
    OwnerRef owner;             // --owner, or the company root unit
    OpportunityList ownerOpps;  // the opportunities whose owner rep belongs to `owner`
    OpportunityList allOpps;    // every opportunity of the workspace
};

// Opens the workspace of --db, loads the settings and `parts` (a storage::DatasetPart mask; org and
// opportunities are always added), resolves --owner (unknown owner or empty workspace: CliError).
FunnelInputs loadFunnelInputs(const CliContext& ctx, unsigned parts);

// Parses a date option value; CliError(…, 2) naming the option otherwise.
Date parseDateOption(const std::string& name, const std::string& value);

int runFunnelWeekly(const CliContext& ctx); // FunnelWeeklyCommand.cpp

} // namespace sd::cli

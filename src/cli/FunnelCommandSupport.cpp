#include "cli/FunnelCommandSupport.h"
#include "cli/CommandSupport.h"

#include "io/WorkspaceJson.h"
#include "storage/Workspace.h"

#include <unordered_map>

namespace sd::cli {

Date parseDateOption(const std::string& name, const std::string& value)
{
    auto d = Date::parse(value);
    if (!d)
        throw CliError(name + trs(" must be a date YYYY-MM-DD, not ") + value, 2);
    return *d;
}

FunnelInputs loadFunnelInputs(const CliContext& ctx, unsigned parts)
{
    const auto owner = ctx.owner();
    FunnelInputs in;
    storage::Workspace ws(ctx.dbPath());
    in.settings = loadWorkspaceSettings(ws);
    in.dataset = ws.loadDataset(parts | storage::PartOrg | storage::PartOpportunities);
    in.index = std::make_unique<DatasetIndex>(in.dataset);
    const DatasetIndex& idx = *in.index;

    if (owner) {
        checkOwner(idx, owner);
        in.owner = *owner;
    } else {
        if (!idx.root())
            throw CliError(trs("the workspace has no organisation yet (import org_units.csv first)"), 1);
        in.owner = OwnerRef{OwnerKind::Unit, idx.root()->id};
    }

    // repBelongsTo walks the org tree, so decide once per rep.
    std::unordered_map<std::string_view, bool> belongs;
    for (const Rep& r : in.dataset.reps)
        belongs.emplace(r.id, idx.repBelongsTo(r, in.owner));
    in.allOpps.reserve(in.dataset.opportunities.size());
    for (const Opportunity& o : in.dataset.opportunities) {
        in.allOpps.push_back(&o);
        auto it = belongs.find(o.ownerRepId);
        if (it != belongs.end() && it->second)
            in.ownerOpps.push_back(&o);
    }
    return in;
}

} // namespace sd::cli

#include "cli/FunnelCommandSupport.h"

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
    try {
        in.settings = io::loadSettings(ws);
    } catch (const io::SettingsError& e) {
        std::string msg = trs("the workspace settings are not valid: ") + e.what();
        for (const auto& issue : e.issues())
            msg += "\n  " + issue.toString();
        throw CliError(msg, 1);
    }
    in.dataset = ws.loadDataset(parts | storage::PartOrg | storage::PartOpportunities);
    in.index = std::make_unique<DatasetIndex>(in.dataset);
    const DatasetIndex& idx = *in.index;

    if (owner) {
        const bool found = owner->kind == OwnerKind::Unit ? idx.unit(owner->id) != nullptr : idx.rep(owner->id) != nullptr;
        if (!found)
            throw CliError(trs("unknown owner: ") + owner->toString(), 1);
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

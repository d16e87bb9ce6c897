#include "domain/FunnelHealth.h"

#include <algorithm>
#include <map>

namespace sd {

std::vector<HealthFlag> shapeFlags(const FunnelSnapshot& snapshot)
{
    std::vector<HealthFlag> out;
    for (size_t k = 1; k < snapshot.stages.size(); ++k) {
        const StageFigures& prev = snapshot.stages[k - 1];
        const StageFigures& cur = snapshot.stages[k];
        if (cur.count > prev.count)
            out.push_back(
                HealthFlag{"count_above_previous", cur.code, prev.code, {}, {}, Rational(cur.count), Rational(prev.count)});
        if (cur.amount > prev.amount)
            out.push_back(HealthFlag{"amount_above_previous", cur.code, prev.code, {}, {}, cur.amount.toRational(),
                                     prev.amount.toRational()});
    }
    return out;
}

std::unordered_map<std::string, FunnelConversion> conversionByOwner(const OpportunityList& opps,
                                                                    const WorkspaceSettings& settings,
                                                                    const DateWindow& window)
{
    FunnelStages stages(settings);
    std::unordered_map<std::string_view, FunnelConversion> acc;
    for (const Opportunity* o : opps)
        if (window.contains(o->createdOn))
            addToConversion(acc[o->ownerRepId], *o, stages, window);
    std::unordered_map<std::string, FunnelConversion> out;
    for (auto& [rep, conv] : acc) {
        finishConversion(conv, stages);
        out.emplace(std::string(rep), std::move(conv));
    }
    return out;
}

std::optional<Rational> median(std::vector<Rational> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    if (n % 2 == 1)
        return values[n / 2];
    return (values[n / 2 - 1] + values[n / 2]) / Rational(2);
}

std::vector<HealthFlag> conversionFlags(const std::vector<RepConversion>& reps,
                                        const std::vector<std::string>& subjectRepIds,
                                        const FunnelHealthRules& rules)
{
    std::map<std::string, const RepConversion*> byRep;
    std::map<std::string, std::vector<const RepConversion*>> byTeam;
    for (const RepConversion& r : reps) {
        byRep[r.repId] = &r;
        byTeam[r.teamId].push_back(&r);
    }
    auto qualifies = [&](const RepConversion& r, size_t step) {
        return step < r.conversion.steps.size() && r.conversion.steps[step].denominator >= rules.minDeals
            && r.conversion.steps[step].rate.has_value();
    };
    std::vector<std::string> subjects = subjectRepIds;
    std::sort(subjects.begin(), subjects.end());
    std::vector<HealthFlag> out;
    for (const std::string& id : subjects) {
        auto it = byRep.find(id);
        if (it == byRep.end())
            continue;
        const RepConversion& rep = *it->second;
        for (size_t step = 0; step < rep.conversion.steps.size(); ++step) {
            if (!qualifies(rep, step))
                continue;
            std::vector<Rational> rates;
            for (const RepConversion* peer : byTeam[rep.teamId])
                if (qualifies(*peer, step))
                    rates.push_back(*peer->conversion.steps[step].rate);
            if (static_cast<std::int64_t>(rates.size()) < rules.minReps)
                continue;
            const Rational med = *median(std::move(rates));
            const ConversionStep& s = rep.conversion.steps[step];
            if (*s.rate < rules.factor * med)
                out.push_back(HealthFlag{"conversion_below_team_median", s.from, s.to, rep.repId, rep.teamId, *s.rate, med});
        }
    }
    return out;
}

} // namespace sd

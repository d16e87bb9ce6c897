#include "domain/Funnel.h"

#include <algorithm>

namespace sd {

namespace {

constexpr std::string_view kWon = "won";
constexpr std::string_view kLost = "lost";

} // namespace

FunnelStages::FunnelStages(const WorkspaceSettings& settings)
    : m_settings(settings)
{
}

int FunnelStages::position(std::string_view code) const
{
    if (code == kWon)
        return wonPosition();
    if (code == kLost)
        return 0;
    for (size_t i = 0; i < m_settings.stages.size(); ++i)
        if (m_settings.stages[i].code == code)
            return static_cast<int>(i) + 1;
    return kUnknown;
}

std::string_view FunnelStages::code(int position) const
{
    if (position == 0)
        return kLost;
    if (position == wonPosition())
        return kWon;
    if (isOpen(position))
        return stage(position).code;
    return "?";
}

std::optional<FunnelState> stateAsOf(const Opportunity& o, const FunnelStages& stages, Date d)
{
    if (o.createdOn > d)
        return std::nullopt;
    HistoryView h(o);
    // Dates never decrease, so the entry in force is the last one dated on or before d.
    size_t n = h.size();
    while (n > 0 && h.date(n - 1) > d)
        --n;
    if (n == 0)
        return std::nullopt;
    const size_t i = n - 1;
    return FunnelState{stages.position(h.stage(i)), h.stage(i), h.date(i), i};
}

int highestPositionReached(const Opportunity& o, const FunnelStages& stages, Date d)
{
    if (o.createdOn > d)
        return FunnelStages::kUnknown;
    HistoryView h(o);
    int best = FunnelStages::kUnknown;
    for (size_t i = 0; i < h.size() && h.date(i) <= d; ++i)
        best = std::max(best, stages.position(h.stage(i)));
    return best;
}

std::optional<TerminalEntry> terminalEntryFor(const Opportunity& o, Date windowEnd)
{
    HistoryView h(o);
    std::optional<TerminalEntry> found;
    for (size_t i = 0; i < h.size() && h.date(i) <= windowEnd; ++i) {
        std::string_view s = h.stage(i);
        if (s == kWon)
            found = TerminalEntry{true, h.date(i)};
        else if (s == kLost)
            found = TerminalEntry{false, h.date(i)};
    }
    return found;
}

std::optional<Rational> WinLossTally::winRate() const
{
    if (won + lost == 0)
        return std::nullopt;
    return Rational(won) / Rational(won + lost);
}

std::optional<Rational> WinLossTally::avgWonAmountCents() const
{
    if (won == 0)
        return std::nullopt;
    return Rational(wonAmount.cents()) / Rational(won);
}

std::optional<Rational> WinLossTally::avgCycleDays() const
{
    if (won == 0)
        return std::nullopt;
    return Rational(wonCycleDays) / Rational(won);
}

WinLossTally winLossTally(const OpportunityList& opps, const DateWindow& window)
{
    WinLossTally t;
    for (const Opportunity* o : opps) {
        auto e = terminalEntryFor(*o, window.to);
        if (!e || e->date < window.from)
            continue;
        if (e->won) {
            ++t.won;
            t.wonAmount += o->amount;
            t.wonCycleDays += e->date - o->createdOn;
        } else {
            ++t.lost;
        }
    }
    return t;
}

std::optional<Rational> winRate(const OpportunityList& opps, Date from, Date to)
{
    return winLossTally(opps, DateWindow{from, to}).winRate();
}

} // namespace sd

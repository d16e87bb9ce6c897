#pragma once

// The basics of the sales funnel (SPEC §4): where a stage sits, an opportunity's state as of a
// date, the won-or-lost entry of a window, and the win rate. The figures built on these live in
// FunnelFigures.h, the weekly change report in FunnelWeekly.h, the health check in FunnelHealth.h.

#include "domain/Model.h"
#include "domain/Settings.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sd {

using OpportunityList = std::vector<const Opportunity*>;

// An inclusive range of days [from, to].
struct DateWindow
{
    Date from;
    Date to;
    bool contains(Date d) const { return d >= from && d <= to; }
};

// Positions of the stage codes of a workspace: `lost` 0, open stage k at k (1-based), `won` one past
// the last open stage. A code that is none of these (a stage removed from the settings) is unknown.
class FunnelStages
{
public:
    static constexpr int kUnknown = -1;

    explicit FunnelStages(const WorkspaceSettings& settings);

    int openCount() const { return static_cast<int>(m_settings.stages.size()); }
    int wonPosition() const { return openCount() + 1; }
    int position(std::string_view code) const;
    bool isOpen(int position) const { return position >= 1 && position <= openCount(); }
    // The open stage at a position 1…openCount().
    const StageDef& stage(int position) const { return m_settings.stages[static_cast<size_t>(position - 1)]; }
    // "lost", an open stage's code, "won"; "?" for kUnknown.
    std::string_view code(int position) const;
    const WorkspaceSettings& settings() const { return m_settings; }

private:
    const WorkspaceSettings& m_settings;
};

// Read access to an opportunity's effective stage history (an empty history means one entry:
// `stage` since `createdOn`) without copying it.
class HistoryView
{
public:
    explicit HistoryView(const Opportunity& o)
        : m_opp(o)
    {
    }
    size_t size() const { return m_opp.history.empty() ? 1 : m_opp.history.size(); }
    std::string_view stage(size_t i) const { return m_opp.history.empty() ? m_opp.stage : m_opp.history[i].stage; }
    Date date(size_t i) const { return m_opp.history.empty() ? m_opp.createdOn : m_opp.history[i].enteredOn; }

private:
    const Opportunity& m_opp;
};

// The history entry in force at the end of a day.
struct FunnelState
{
    int position = FunnelStages::kUnknown;
    std::string_view stage;
    Date enteredOn;
    size_t entryIndex = 0;
};

// State as of D: the last history entry dated on or before D (for the same date the later one);
// nullopt when the opportunity was created after D (or has no entry dated on or before D).
std::optional<FunnelState> stateAsOf(const Opportunity& o, const FunnelStages& stages, Date d);

// Highest position over the history entries dated on or before D (including ones later regressed
// or lost); FunnelStages::kUnknown when there is none.
int highestPositionReached(const Opportunity& o, const FunnelStages& stages, Date d);

// The won-or-lost entry of a window ending on `windowEnd`: the last `won`/`lost` entry dated on or
// before it, whatever follows it (a reopen after it does not undo it).
struct TerminalEntry
{
    bool won = false;
    Date date;
};
std::optional<TerminalEntry> terminalEntryFor(const Opportunity& o, Date windowEnd);

// Won and lost counts of a window, over opportunities whose won-or-lost entry for the window is
// dated in the window; the won set also carries its amounts and cycle days (creation → won entry).
struct WinLossTally
{
    std::int64_t won = 0;
    std::int64_t lost = 0;
    Money wonAmount;
    std::int64_t wonCycleDays = 0;

    // won ÷ (won + lost), nullopt when nothing was won or lost.
    std::optional<Rational> winRate() const;
    // Exact mean amount of the won set in cents; nullopt without a won deal.
    std::optional<Rational> avgWonAmountCents() const;
    // Exact mean cycle in days; nullopt without a won deal.
    std::optional<Rational> avgCycleDays() const;
};
WinLossTally winLossTally(const OpportunityList& opps, const DateWindow& window);

// SPEC §4 win rate (also the `win_rate` KPI of §6 over one rep's opportunities): won ÷ (won + lost)
// in [from, to]; nullopt when no opportunity's won-or-lost entry for the window is in it.
std::optional<Rational> winRate(const OpportunityList& opps, Date from, Date to);

} // namespace sd

#pragma once

#include "storage/TargetPlanRepository.h"

#include <QSqlDatabase>

#include <map>

namespace sd::storage {

class Workspace;

// TargetPlanRepository over a workspace's SQL connection.
class SqlTargetPlanRepository : public TargetPlanRepository
{
public:
    explicit SqlTargetPlanRepository(Workspace& workspace);

    // Who and when for the lifecycle records: the login name of the user, and now in UTC ("2026-11-26T15:04:05Z").
    static std::string currentUser();
    static std::string nowUtc();
    // The connection the repository writes on (for a caller's version check in the same transaction).
    QSqlDatabase database() const;

    std::vector<TargetPlan> plans(Metric metric, const std::vector<std::string>& periods = {},
                                  std::optional<Segment> segment = std::nullopt) const override;
    std::optional<TargetPlan> plan(const TargetKey& key) const override;
    std::vector<TargetVersion> versions(const TargetKey& key) const override;
    std::vector<DraftSnapshot> saveDrafts(const std::vector<TargetPlan>& drafts, const std::string& by,
                                          const std::string& at) override;
    void restoreDrafts(const std::vector<DraftSnapshot>& snapshots, const std::string& by,
                       const std::string& at) override;
    void ensurePlans(const std::vector<TargetPlan>& defaults) override;
    void approve(const std::vector<TargetKey>& keys, const std::string& by, const std::string& at) override;
    void revise(const TargetKey& key, std::int64_t amount, const std::string& reason, const std::string& by,
                const std::string& at) override;
    void setResponsibility(const TargetKey& key, const std::optional<std::string>& responsibleRepId,
                           const std::optional<std::string>& kpiCode) override;
    void submit(const TargetKey& key, std::optional<std::int64_t> amount, const std::string& by,
                const std::string& at) override;

private:
    // Adds the lifecycle tables to a workspace migrated while migration 2 was still empty.
    void ensureTables();
    struct Stored
    {
        TargetPlan plan;
        bool hasPlan = false; // a lifecycle row exists (else only a targets row)
    };
    std::vector<Stored> stored(Metric metric, const std::vector<std::string>& periods,
                               std::optional<Segment> segment = std::nullopt) const;
    // The stored nodes among `keys` (one read per metric and set of periods).
    std::map<TargetKey, Stored> current(const std::vector<TargetKey>& keys) const;
    TargetPlan currentOrDraft(const TargetKey& key) const;

    Workspace& m_ws;
};

} // namespace sd::storage

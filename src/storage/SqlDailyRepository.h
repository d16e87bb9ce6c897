#pragma once

#include "storage/DailyRepository.h"

namespace sd::storage {

class Workspace;

// DailyRepository over a workspace's SQL connection. Creating one adds the schema-6 tables when they are missing.
class SqlDailyRepository : public DailyRepository
{
public:
    explicit SqlDailyRepository(Workspace& workspace);

    DailyRecords load() const override;
    void addVisitPlans(const std::vector<VisitPlan>& plans) override;
    void addCoachingNote(const CoachingNote& note) override;
    void saveTraining(const TrainingRecord& record) override;
    void removeTraining(const std::string& id) override;
    void addCustomerChange(const CustomerChange& change) override;
    void removeVisitPlan(const std::string& repId, const std::string& week, const std::string& customerId) override;
    void saveCoachingNote(const CoachingNote& note) override;
    void removeCoachingNote(const std::string& id) override;
    UnitMembership moveRep(const std::string& repId, const std::string& toUnitId, Date effective) override;
    void undoMove(const UnitMembership& closed) override;

private:
    // Workspaces migrated to schema 6 while 0006 was still a placeholder lack the tables: apply it again.
    void ensureTables();

    Workspace& m_ws;
};

} // namespace sd::storage

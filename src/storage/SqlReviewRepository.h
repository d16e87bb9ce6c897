#pragma once

#include "storage/ReviewRepository.h"

namespace sd::storage {

class Workspace;

// ReviewRepository over a workspace's SQL connection. Comments live in `review_comments` (migration 4's file,
// created on first use like the appraisal tables); a comment is shown only while its review row still has the
// kind, reviewer and score it was written for, so a later reviews.csv import that replaces the rows drops it.
class SqlReviewRepository : public ReviewRepository
{
public:
    explicit SqlReviewRepository(Workspace& workspace);
    std::vector<ReviewEntry> reviews(const std::string& repId, const std::string& period) const override;
    void replace(const std::string& repId, const std::string& period,
                 const std::vector<ReviewEntry>& entries) override;

private:
    Workspace& m_ws;
};

} // namespace sd::storage

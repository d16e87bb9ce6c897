#pragma once

#include "domain/Model.h"

#include <string>
#include <vector>

namespace sd::storage {

// One 360-degree review as entered in the appraisal view: the reviews row and its comment.
struct ReviewEntry
{
    Review review;
    std::string comment;
};

// The 360-degree reviews of a rep for a quarter (the `reviews` table that reviews.csv imports into), with the
// comments entered in the app. Every function throws StorageError on a database problem.
class ReviewRepository
{
public:
    virtual ~ReviewRepository() = default;
    // The rep's reviews for exactly that period label, in entry order (seq).
    virtual std::vector<ReviewEntry> reviews(const std::string& repId, const std::string& period) const = 0;
    // Replaces all of the rep's reviews for the period (and their comments), in one transaction.
    virtual void replace(const std::string& repId, const std::string& period,
                         const std::vector<ReviewEntry>& entries) = 0;
};

} // namespace sd::storage

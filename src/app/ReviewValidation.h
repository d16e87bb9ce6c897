#pragma once

#ifndef Q_MOC_RUN
#include "domain/DatasetIndex.h"
#include "domain/Model.h"
#endif

#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace sd::app {

// The reviewer kinds of SPEC §6, in the order the entry form lists them.
const std::vector<std::string>& reviewerKinds();

// One 360-degree review as typed into the entry form, before it is checked.
struct ReviewInput
{
    std::string kind;     // supervisor, peer, customer, self
    std::string reviewer; // a rep id (a customer id for kind customer)
    QString score;        // 0–100, up to 2 decimals
    std::string comment;
};

// Checks a typed review of `subjectRepId` and turns it into a Review for `period`, or gives the message that
// says what is wrong and where (an unknown kind, a reviewer that is not a rep / customer of the workspace, the
// subject reviewing itself as anything but self, a score that is not a number in 0–100).
struct ReviewCheck
{
    std::optional<Review> review;
    QString error;
};
ReviewCheck checkReview(const ReviewInput& input, const std::string& subjectRepId, const std::string& period,
                        const DatasetIndex& index);

// The name of a reviewer id as the form shows it (rep or customer name), empty when unknown.
QString reviewerName(const std::string& kind, const std::string& reviewer, const DatasetIndex& index);

} // namespace sd::app

#pragma once

#include "app/SectionInfo.h"
#include "storage/TeamSecurity.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sd::app {

// Which sections a signed-in team user may open (docs/team-server.md, "Users and roles"). The server enforces what
// each role reads; this keeps the app from offering a view whose data the role is not meant to work with: HR works
// on appraisals, incentives, targets and the team, not on the funnel, the customers or the sales dashboard. A
// workspace file, or a server login without a Salesdesk role (the database owner), opens every section.
class SectionAccess
{
    Q_DECLARE_TR_FUNCTIONS(SectionAccess)

public:
    static bool allowed(Section section, std::optional<storage::TeamRole> role);
    // Why a section is not offered (a tooltip); empty when it is.
    static QString refusal(Section section, std::optional<storage::TeamRole> role);
};

} // namespace sd::app

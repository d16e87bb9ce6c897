#include "app/SectionAccess.h"

namespace sd::app {

bool SectionAccess::allowed(Section section, std::optional<storage::TeamRole> role)
{
    if (role != storage::TeamRole::Hr)
        return true;
    switch (section) {
    case Section::Dashboard:
    case Section::Funnel:
    case Section::Customers:
        return false;
    case Section::Targets:
    case Section::Kpi:
    case Section::Incentives:
    case Section::Team:
        return true;
    }
    return true;
}

QString SectionAccess::refusal(Section section, std::optional<storage::TeamRole> role)
{
    if (allowed(section, role))
        return QString();
    return tr("Not available to the HR role: the team server keeps the funnel, the customers and the sales "
              "dashboard to the sales roles.");
}

} // namespace sd::app

#pragma once

#include <QCoreApplication>
#include <QIcon>
#include <QString>

#include <optional>
#include <vector>

namespace sd::app {

// The sections of the main window's sidebar, in sidebar order.
enum class Section
{
    Dashboard,
    Targets,
    Funnel,
    Kpi,
    Incentives,
    Customers,
    Team
};

// Title, icon, key and the description of what each section holds (or will hold), translated on each call
// so the frame can retranslate at run time.
class SectionInfo
{
    Q_DECLARE_TR_FUNCTIONS(SectionInfo)

public:
    static std::vector<Section> all();
    // The command-line / settings key: "dashboard", "targets", "funnel", "kpi", "incentives", "customers", "team".
    static QString key(Section section);
    static std::optional<Section> fromKey(const QString& key);
    static QString title(Section section);
    // One line for tooltips and the placeholder's subtitle.
    static QString summary(Section section);
    // The features the section brings, one per entry (shown on placeholder panels).
    static QStringList features(Section section);
    static QIcon icon(Section section);
};

} // namespace sd::app

#include "app/DashboardPanel.h"

#include "app/PlaceholderPanel.h"

#include <QVBoxLayout>

namespace sd::app {

DashboardPanel::DashboardPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("dashboardPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new PlaceholderPanel(Section::Dashboard));
}

} // namespace sd::app

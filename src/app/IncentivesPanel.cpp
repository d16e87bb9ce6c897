#include "app/IncentivesPanel.h"

#include "app/PlaceholderPanel.h"

#include <QVBoxLayout>

namespace sd::app {

IncentivesPanel::IncentivesPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("incentivesPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new PlaceholderPanel(Section::Incentives));
}

} // namespace sd::app

#include "app/FunnelPanel.h"

#include "app/PlaceholderPanel.h"

#include <QVBoxLayout>

namespace sd::app {

FunnelPanel::FunnelPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("funnelPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new PlaceholderPanel(Section::Funnel));
}

} // namespace sd::app

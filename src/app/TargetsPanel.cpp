#include "app/TargetsPanel.h"

#include "app/PlaceholderPanel.h"

#include <QVBoxLayout>

namespace sd::app {

TargetsPanel::TargetsPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("targetsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new PlaceholderPanel(Section::Targets));
}

} // namespace sd::app

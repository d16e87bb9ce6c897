#include "app/AppraisalPanel.h"

#include "app/PlaceholderPanel.h"

#include <QVBoxLayout>

namespace sd::app {

AppraisalPanel::AppraisalPanel(WorkspaceDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("appraisalPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new PlaceholderPanel(Section::Kpi));
}

} // namespace sd::app

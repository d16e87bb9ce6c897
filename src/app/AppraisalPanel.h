#pragma once

#include <QWidget>

namespace sd::app {

class WorkspaceDocument;

// The Kpi section. Until its screens are built it shows the section's placeholder.
class AppraisalPanel : public QWidget
{
    Q_OBJECT

public:
    explicit AppraisalPanel(WorkspaceDocument* document, QWidget* parent = nullptr);

private:
    WorkspaceDocument* m_document;
};

} // namespace sd::app

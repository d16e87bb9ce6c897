#pragma once

#include <QWidget>

namespace sd::app {

class WorkspaceDocument;

// The Dashboard section. Until its screens are built it shows the section's placeholder.
class DashboardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPanel(WorkspaceDocument* document, QWidget* parent = nullptr);

private:
    WorkspaceDocument* m_document;
};

} // namespace sd::app

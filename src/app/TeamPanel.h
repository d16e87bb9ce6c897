#pragma once

#include <QWidget>

namespace sd::app {

class WorkspaceDocument;

// The Team section. Until its screens are built it shows the section's placeholder.
class TeamPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TeamPanel(WorkspaceDocument* document, QWidget* parent = nullptr);

private:
    WorkspaceDocument* m_document;
};

} // namespace sd::app

#pragma once

#include <QWidget>

namespace sd::app {

class WorkspaceDocument;

// The Targets section. Until its screens are built it shows the section's placeholder.
class TargetsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TargetsPanel(WorkspaceDocument* document, QWidget* parent = nullptr);

private:
    WorkspaceDocument* m_document;
};

} // namespace sd::app

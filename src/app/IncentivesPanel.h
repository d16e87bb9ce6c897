#pragma once

#include <QWidget>

namespace sd::app {

class WorkspaceDocument;

// The Incentives section. Until its screens are built it shows the section's placeholder.
class IncentivesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit IncentivesPanel(WorkspaceDocument* document, QWidget* parent = nullptr);

private:
    WorkspaceDocument* m_document;
};

} // namespace sd::app

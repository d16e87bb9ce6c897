#pragma once

#include <QWidget>

namespace sd::app {

class WorkspaceDocument;

// The Funnel section. Until its screens are built it shows the section's placeholder.
class FunnelPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FunnelPanel(WorkspaceDocument* document, QWidget* parent = nullptr);

private:
    WorkspaceDocument* m_document;
};

} // namespace sd::app

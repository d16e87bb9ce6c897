#include "app/ChangeSettings.h"

#include "app/WorkspaceDocument.h"

#include <QCoreApplication>

namespace sd::app {

ChangeSettings::ChangeSettings(WorkspaceDocument* document, WorkspaceSettings before, WorkspaceSettings after)
    : QUndoCommand(QCoreApplication::translate("UndoCommands", "Change Settings"))
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void ChangeSettings::undo()
{
    m_document->applySettings(m_before);
}

void ChangeSettings::redo()
{
    m_document->applySettings(m_after);
}

} // namespace sd::app

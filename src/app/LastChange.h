#pragma once

// moc (Qt 6.4) cannot parse the C++20 library headers the domain pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "storage/RowVersion.h"
#endif

#include <QString>

class QWidget;

namespace sd::app {

class WorkspaceDocument;

// "Last changed by X on D" for the detail views where a record is edited (issue 9: the views show who last
// changed a record): the row's updated_by / updated_at (schema 11), the time in the chosen locale and the local
// time zone. Empty when the workspace is closed, the row does not exist or no change was recorded (older rows).
class LastChange
{
public:
    static QString text(const WorkspaceDocument* document, const storage::VersionedRow& row);
    static QString text(const storage::LastChange& change);
};

} // namespace sd::app

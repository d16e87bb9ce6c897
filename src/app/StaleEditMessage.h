#pragma once

// moc (Qt 6.4) cannot parse the C++20 library headers the domain pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "storage/RowVersion.h"
#endif

#include <QString>

class QWidget;

namespace sd::app {

// The one message the application shows when an edit, undo or redo was refused because the row was changed by
// someone else (another window, salesctl, another user) since it was read: what was refused, who changed the row
// and when (when recorded, schema 11), the value stored now, that nothing was written and the view was reloaded.
class StaleEditMessage
{
public:
    // "Opportunity o1 was changed by wang on 27/11/2026 04:10 since you read it, so "Edit" was not saved. It now
    // reads: won. Nothing was written. The view was reloaded …"
    static QString text(const storage::StaleEdit& e, const QString& what);
    // Shows text() as a warning (through DialogHooks, so tests can read it).
    static void show(QWidget* parent, const storage::StaleEdit& e, const QString& what);
};

} // namespace sd::app

#pragma once

// moc (Qt 6.4) cannot parse the C++20 library headers the domain pulls in; it needs none of them.
#ifndef Q_MOC_RUN
#include "storage/RowVersion.h"
#endif

#include <QString>

class QWidget;

namespace sd::app {

// The one message the application shows when an edit, undo or redo was refused because the row was changed by
// someone else (another window, salesctl) since it was read: what was refused and the value stored now.
class StaleEditMessage
{
public:
    // "Opportunity o1 was changed by someone else …; it now reads: won."
    static QString text(const storage::StaleEdit& e, const QString& what);
    // Shows text() as a warning (through DialogHooks, so tests can read it).
    static void show(QWidget* parent, const storage::StaleEdit& e, const QString& what);
};

} // namespace sd::app

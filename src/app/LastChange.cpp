#include "app/LastChange.h"

#include "app/WorkspaceDocument.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace sd::app {

QString LastChange::text(const storage::LastChange& change)
{
    const QDateTime at = QDateTime::fromString(QString::fromStdString(change.at), Qt::ISODate);
    const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                                      : QString::fromStdString(change.at);
    return QCoreApplication::translate("LastChange", "Last changed by %1 on %2")
        .arg(QString::fromStdString(change.by), when);
}

QString LastChange::text(const WorkspaceDocument* document, const storage::VersionedRow& row)
{
    if (!document || !document->isOpen())
        return {};
    try {
        if (const auto last = storage::lastChange(document->workspace()->database(), row))
            return text(*last);
    } catch (const std::exception&) {
    }
    return {};
}

} // namespace sd::app

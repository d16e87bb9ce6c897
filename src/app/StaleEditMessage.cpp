#include "app/StaleEditMessage.h"

#include "app/DialogHooks.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace sd::app {

namespace {

QString entityName(const std::string& entity)
{
    if (entity == "opportunity")
        return QCoreApplication::translate("StaleEditMessage", "Opportunity");
    if (entity == "customer")
        return QCoreApplication::translate("StaleEditMessage", "Customer");
    if (entity == "target")
        return QCoreApplication::translate("StaleEditMessage", "Target");
    if (entity == "appraisal")
        return QCoreApplication::translate("StaleEditMessage", "Appraisal");
    if (entity == "statement")
        return QCoreApplication::translate("StaleEditMessage", "Statement");
    if (entity == "settings")
        return QCoreApplication::translate("StaleEditMessage", "Settings");
    if (entity == "org unit")
        return QCoreApplication::translate("StaleEditMessage", "Org unit");
    if (entity == "rep")
        return QCoreApplication::translate("StaleEditMessage", "Rep");
    if (entity == "training record")
        return QCoreApplication::translate("StaleEditMessage", "Training record");
    if (entity == "coaching note")
        return QCoreApplication::translate("StaleEditMessage", "Coaching note");
    return QString::fromStdString(entity);
}

} // namespace

QString StaleEditMessage::text(const storage::StaleEdit& e, const QString& what)
{
    const QString name = entityName(e.entity());
    const QString key = QString::fromStdString(e.key());
    if (e.currentVersion() < 0)
        return QCoreApplication::translate("StaleEditMessage",
                                           "%1 %2 was removed by someone else (another window or salesctl) since "
                                           "you read it, so \"%3\" was not saved.")
            .arg(name, key, what);
    QString message;
    if (!e.changedBy().empty()) {
        const QDateTime at = QDateTime::fromString(QString::fromStdString(e.changedAt()), Qt::ISODate);
        const QString when = at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat)
                                          : QString::fromStdString(e.changedAt());
        message = QCoreApplication::translate("StaleEditMessage",
                                              "%1 %2 was changed by %3 on %4 since you read it, so \"%5\" was "
                                              "not saved.")
                      .arg(name, key, QString::fromStdString(e.changedBy()), when, what);
    } else {
        message = QCoreApplication::translate("StaleEditMessage",
                                              "%1 %2 was changed by someone else (another window or salesctl) "
                                              "since you read it, so \"%3\" was not saved.")
                      .arg(name, key, what);
    }
    if (!e.currentValue().empty())
        message += QLatin1Char(' ')
            + QCoreApplication::translate("StaleEditMessage", "It now reads: %1.")
                  .arg(QString::fromStdString(e.currentValue()));
    message += QLatin1Char(' ')
        + QCoreApplication::translate("StaleEditMessage", "Nothing was written. The view was reloaded and shows the "
                                                          "current data; make the change again if it is still "
                                                          "needed.");
    return message;
}

void StaleEditMessage::show(QWidget* parent, const storage::StaleEdit& e, const QString& what)
{
    if (!parent)
        parent = QApplication::activeWindow();
    DialogHooks::warning(parent, QCoreApplication::translate("StaleEditMessage", "Changed by someone else"),
                         text(e, what));
}

} // namespace sd::app

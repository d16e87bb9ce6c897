#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace sd::app {

// Switches the user interface language at run time: installs the application's translator
// (:/i18n/salesdesk_<lang>, embedded by salesdesk_translations) and Qt's own, and sets the default locale so
// money and dates follow. Installing a translator sends QEvent::LanguageChange to every widget.
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject* parent = nullptr);

    // "zh_CN" or "en".
    static QStringList available();
    // The saved choice, else the system's when it is Chinese, else English.
    static QString preferred();
    static QString displayName(const QString& lang);

    // Applies and remembers the language (QSettings "language"); false when it is unknown.
    bool setLanguage(const QString& lang);
    QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString& lang);

private:
    QString m_language;
    QTranslator* m_appTranslator = nullptr;
    QTranslator* m_qtTranslator = nullptr;
};

} // namespace sd::app

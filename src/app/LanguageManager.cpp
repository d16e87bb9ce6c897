#include "app/LanguageManager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <spdlog/spdlog.h>

namespace sd::app {

LanguageManager::LanguageManager(QObject* parent)
    : QObject(parent)
    , m_appTranslator(new QTranslator(this))
    , m_qtTranslator(new QTranslator(this))
{
}

QStringList LanguageManager::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString LanguageManager::preferred()
{
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    if (available().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString LanguageManager::displayName(const QString& lang)
{
    // Each language is named in itself, so a user can always find their own.
    if (lang == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

bool LanguageManager::setLanguage(const QString& lang)
{
    if (!available().contains(lang))
        return false;
    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);
    if (m_appTranslator->load(QStringLiteral(":/i18n/salesdesk_") + lang))
        QCoreApplication::installTranslator(m_appTranslator);
    else
        spdlog::warn("no translation for {}", lang.toStdString());
    if (m_qtTranslator->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator);
    const QLocale locale(lang == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                        : QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(locale);
    QSettings().setValue(QStringLiteral("language"), lang);
    const bool changed = m_language != lang;
    m_language = lang;
    if (changed)
        Q_EMIT languageChanged(lang);
    return true;
}

} // namespace sd::app

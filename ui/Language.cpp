#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ascolto {

Language::Language(QObject* parent)
    : QObject(parent)
    , m_app(new QTranslator(this))
    , m_qt(new QTranslator(this))
{}

QString Language::nativeName(const QString& code)
{
    if (code == QLatin1String("it"))
        return QStringLiteral("Italiano");
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    return code;
}

bool Language::apply(const QString& code)
{
    if (!available().contains(code))
        return false;
    QCoreApplication::removeTranslator(m_app);
    QCoreApplication::removeTranslator(m_qt);
    const QLocale locale = code == QLatin1String("it")
                               ? QLocale(QLocale::Italian, QLocale::Italy)
                               : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QLocale::setDefault(locale);
    if (!m_app->load(QStringLiteral(":/i18n/ascolto_%1.qm").arg(code)))
        return false;
    // Qt's own strings (dialog buttons, context menus); missing files are not fatal.
    if (m_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qt);
    QCoreApplication::installTranslator(m_app);
    m_current = code;
    emit changed(code);
    return true;
}

} // namespace ascolto

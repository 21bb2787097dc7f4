#pragma once

#include <QObject>
#include <QString>

class QTranslator;

namespace ascolto {

// Installs Ascolto's and Qt's own translations for a language ("it" default, "en") and sets
// the default locale, so money and dates follow the language. Widgets retranslate on
// QEvent::LanguageChange. Owned by the application object; GUI thread only.
class Language : public QObject
{
    Q_OBJECT
public:
    explicit Language(QObject* parent = nullptr);

    static QStringList available() { return {QStringLiteral("it"), QStringLiteral("en")}; }
    static QString defaultCode() { return QStringLiteral("it"); }
    // Native name for menus: "Italiano", "English".
    static QString nativeName(const QString& code);

    // False when the code is unknown or Ascolto's translation could not be loaded.
    bool apply(const QString& code);
    const QString& current() const { return m_current; }

signals:
    void changed(const QString& code);

private:
    QTranslator* m_app = nullptr;
    QTranslator* m_qt = nullptr;
    QString m_current;
};

} // namespace ascolto

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

// Another language for as long as it lives (the client's periodic report in the client's
// language), then the one before; nothing when `language` is null or already `code`.
class LanguageScope
{
public:
    LanguageScope(Language* language, const QString& code)
        : m_language(language)
    {
        if (m_language && m_language->current() != code) {
            m_previous = m_language->current();
            if (!m_language->apply(code))
                m_previous.clear();
        }
    }
    ~LanguageScope()
    {
        if (m_language && !m_previous.isEmpty())
            m_language->apply(m_previous);
    }
    LanguageScope(const LanguageScope&) = delete;
    LanguageScope& operator=(const LanguageScope&) = delete;

private:
    Language* m_language;
    QString m_previous;
};

} // namespace ascolto

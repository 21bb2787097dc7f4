#include "TextFold.h"

#include <QStringList>

namespace ascolto::TextFold {

QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining)
            continue;
        if (c == QLatin1Char('\'') || c == QChar(0x2019) || c == QChar(0x2018) ||
            c == QLatin1Char('`') || c == QChar(0x00B4))
            continue;
        if (c.isLetterOrNumber() || c == QLatin1Char('@') || c == QLatin1Char('.') ||
            c == QLatin1Char('+')) {
            if (pendingSpace && !out.isEmpty())
                out += QLatin1Char(' ');
            pendingSpace = false;
            out += c.toLower();
        } else {
            pendingSpace = true;
        }
    }
    return out;
}

QString ftsPrefixQuery(const QString& text)
{
    const QString folded = fold(text);
    QStringList tokens;
    QString current;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            current += c;
        } else if (!current.isEmpty()) {
            tokens << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        tokens << current;
    if (tokens.isEmpty())
        return {};
    bool allDigits = !text.contains(QLatin1Char('/'));
    for (const QString& t : tokens)
        for (const QChar c : t)
            allDigits = allDigits && c.isDigit();
    if (allDigits && tokens.size() > 1)
        tokens = QStringList{tokens.join(QString())};
    QStringList terms;
    for (const QString& t : tokens)
        terms << QStringLiteral("\"%1\"*").arg(t);
    return terms.join(QLatin1Char(' '));
}

} // namespace ascolto::TextFold

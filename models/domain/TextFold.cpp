#include "TextFold.h"

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

} // namespace ascolto::TextFold

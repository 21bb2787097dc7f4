#include "TextFold.h"

#include <QRegularExpression>
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

SearchTerms searchTerms(const QString& text)
{
    SearchTerms terms;
    const QStringList chunks = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool allNumeric = !chunks.isEmpty();
    QString digits;
    for (const QString& chunk : chunks) {
        for (const QChar c : chunk) {
            if (c.isDigit())
                digits += c;
            else if (!QStringLiteral("+()-.").contains(c))
                allNumeric = false;
        }
    }
    if (allNumeric && !digits.isEmpty()) {
        // A phone number, a PagoPA notice or a numeric code, maybe typed in groups.
        QString phone = digits;
        const QString compact = text.simplified().remove(QLatin1Char(' '));
        if (compact.startsWith(QLatin1String("+39")))
            phone = digits.mid(2);
        else if (compact.startsWith(QLatin1String("0039")))
            phone = digits.mid(4);
        terms.phoneDigits = phone;
        terms.codes << digits;
        return terms;
    }
    static const QRegularExpression notAlnum(QStringLiteral("[^\\p{L}\\p{N}]"));
    static const QRegularExpression taxCodeLetters(QStringLiteral("^[A-Za-z]{6,16}$"));
    if (chunks.size() == 1 && taxCodeLetters.match(chunks.first()).hasMatch())
        terms.taxCodePrefix = chunks.first().toUpper();
    for (const QString& chunk : chunks) {
        bool hasDigit = false;
        for (const QChar c : chunk)
            hasDigit = hasDigit || c.isDigit();
        // An e-mail address is words of the search index, digits and all.
        if (hasDigit && !chunk.contains(QLatin1Char('@'))) {
            terms.codes << chunk.toUpper();
            continue;
        }
        // Words: folded, split where punctuation separates them (apostrophes join; the
        // '@' and '.' that fold() keeps split an e-mail address into the words the search
        // index holds: "mario.rossi80@example.it" is mario, rossi80, example, it).
        const QStringList parts = fold(chunk).split(notAlnum, Qt::SkipEmptyParts);
        for (const QString& part : parts) {
            if (part.size() >= 2)
                terms.words << part;
        }
    }
    return terms;
}

QString ftsPrefixQuery(const QStringList& words)
{
    QStringList out;
    for (const QString& w : words)
        out << QStringLiteral("\"%1\"*").arg(w);
    return out.join(QLatin1Char(' '));
}

} // namespace ascolto::TextFold

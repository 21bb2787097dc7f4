#pragma once

#include <QString>
#include <QStringList>

namespace ascolto {

// Folding used for matching what people type against names and codes:
// "Nicolò" -> "nicolo", "D'Angelo" -> "dangelo", "NICOLO'" -> "nicolo".
namespace TextFold {

// Lower case, accents removed, apostrophes removed, other punctuation turned to a space,
// spaces collapsed.
QString fold(const QString& text);

// What the operator typed in the search box, split into what it can match:
//  - words (letters only, folded): matched as prefixes of names, cities and e-mails;
//    single letters are dropped as too broad ("d angelo" searches "angelo"); an e-mail
//    address gives its words whatever digits it holds ("mario.rossi80@example.it");
//  - codes (anything with a digit, as typed but upper case): customer codes, tax codes,
//    VAT numbers, bill numbers ("2026/000123") and PagoPA notices, as prefixes;
//  - phone digits: a number typed in groups ("347 123 4567", "+39 06 1234") joined, the
//    Italian country code removed.
struct SearchTerms
{
    QStringList words;
    QStringList codes;
    QString phoneDigits;
    // A single run of 6 to 16 letters may also be the start of a codice fiscale ("FRNFRC",
    // three letters of the surname and three of the name): matched as a prefix of tax codes
    // as well as a word.
    QString taxCodePrefix;
    bool isEmpty() const { return words.isEmpty() && codes.isEmpty() && phoneDigits.isEmpty(); }
};
SearchTerms searchTerms(const QString& text);

// An FTS5 MATCH expression requiring every word as a prefix: "nicolo"* "ros"*.
QString ftsPrefixQuery(const QStringList& words);

} // namespace TextFold
} // namespace ascolto

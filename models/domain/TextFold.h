#pragma once

#include <QString>

namespace ascolto {

// Folding used for matching what people type against names and codes:
// "Nicolò" -> "nicolo", "D'Angelo" -> "dangelo", "NICOLO'" -> "nicolo".
namespace TextFold {

// Lower case, accents removed, apostrophes removed, other punctuation turned to a space,
// spaces collapsed.
QString fold(const QString& text);

// An FTS5 MATCH expression that finds rows containing every word typed, each as a prefix:
// "nicolò ros" -> "nicolo"* "ros"*. Digits typed in groups ("347 123 4567") become one
// number, as phones are stored; empty when nothing searchable was typed.
QString ftsPrefixQuery(const QString& text);

} // namespace TextFold
} // namespace ascolto

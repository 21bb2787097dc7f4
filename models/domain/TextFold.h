#pragma once

#include <QString>

namespace ascolto {

// Folding used for matching what people type against names and codes:
// "Nicolò" -> "nicolo", "D'Angelo" -> "dangelo", "NICOLO'" -> "nicolo".
namespace TextFold {

// Lower case, accents removed, apostrophes removed, other punctuation turned to a space,
// spaces collapsed.
QString fold(const QString& text);

} // namespace TextFold
} // namespace ascolto

#pragma once

#include "domain/Result.h"

#include <QString>

namespace ascolto {

// Lays HTML out on A4 pages and writes the PDF through a temporary file renamed at the end,
// so a reader never sees half a file. Needs a QGuiApplication (fonts).
Status writeHtmlAsPdf(const QString& html, const QString& title, const QString& path);

} // namespace ascolto

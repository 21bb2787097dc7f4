#pragma once

#include "domain/Result.h"
#include "itemmodels/ReportTables.h"

#include <QImage>
#include <QLocale>
#include <QSize>

namespace ascolto {

// Reports written to files: each table as a CSV that LibreOffice and Excel open (Italian
// format in Italian: ';', decimal comma, UTF-8 with BOM), and the whole set as an A4 PDF
// with its charts, the title and the period on every page and page numbers. Every file is
// private (0600) and written whole or not at all.
namespace ReportFiles {

// <dir>/<table key>.csv for each table; the folder is made if missing.
Status writeCsvFolder(const QVector<ReportTable>& tables, const QString& dir,
                      const QLocale& locale);
// One table's CSV bytes.
QByteArray csv(const ReportTable& table, const QLocale& locale);

// `heading` is printed at the top of every page (the client and the period).
Status writePdf(const QVector<ReportTable>& tables, const QString& title, const QString& heading,
                const QString& path, const QLocale& locale);

// A picture of a table's chart for print: bars per row for each series, or lines across the
// rows; money in euro. A null image for a table without a chart or without rows.
QImage chart(const ReportTable& table, const QLocale& locale, const QSize& size);

} // namespace ReportFiles
} // namespace ascolto

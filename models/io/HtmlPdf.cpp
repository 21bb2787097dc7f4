#include "HtmlPdf.h"

#include "storage/PrivateFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace ascolto {

Status writeHtmlAsPdf(const QString& html, const QString& title, const QString& path)
{
    // Laid out in memory, then written as any private file (0600, atomically, never through a
    // link): a letter names the debtor and what they owe.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Ascolto"));
        QTextDocument doc;
        doc.setHtml(html);
        // print() lays the text out on the writer's pages in points, so 10pt stays 10pt.
        doc.print(&writer);
    }
    if (pdf.data().isEmpty())
        return Status::failure(
            QCoreApplication::translate("HtmlPdf", "Could not write %1.").arg(path));
    if (Status s = PrivateFile::write(path, pdf.data()); !s)
        return Status::failure(
            QCoreApplication::translate("HtmlPdf", "Could not write %1.").arg(path) +
            QLatin1Char(' ') + s.error());
    return Status::success();
}

} // namespace ascolto

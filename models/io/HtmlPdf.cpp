#include "HtmlPdf.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace ascolto {

Status writeHtmlAsPdf(const QString& html, const QString& title, const QString& path)
{
    const QString temporary = path + QStringLiteral(".part");
    {
        QPdfWriter writer(temporary);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Ascolto"));
        QTextDocument doc;
        doc.setHtml(html);
        // print() lays the text out on the writer's pages in points, so 10pt stays 10pt.
        doc.print(&writer);
    }
    QFile::remove(path);
    if (QFile(temporary).size() == 0 || !QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Status::failure(
            QCoreApplication::translate("HtmlPdf", "Could not write %1.").arg(path));
    }
    return Status::success();
}

} // namespace ascolto

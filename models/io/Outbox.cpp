#include "Outbox.h"

#include "HtmlPdf.h"
#include "storage/PrivateFile.h"

#include <QDir>

namespace ascolto {

namespace {
// RFC 2047 encoded-word for a header with non-ASCII text.
QByteArray headerText(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    bool ascii = std::all_of(utf8.begin(), utf8.end(), [](char c) { return uchar(c) < 0x80; });
    return ascii ? utf8 : "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

Status writeText(const QString& path, const QByteArray& content)
{
    if (Status s = PrivateFile::write(path, content); !s)
        return Status::failure(
            Outbox::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), s.error()));
    return {};
}
} // namespace

Result<QString> Outbox::write(const QString& dir, const Message& m)
{
    using R = Result<QString>;
    if (Status s = PrivateFile::makeFolder(dir); !s)
        return R::failure(
            tr("The outbox folder %1 cannot be created.").arg(QDir::toNativeSeparators(dir)) +
            QLatin1Char(' ') + s.error());
    const QString ext = m.channel == QLatin1String("email")    ? QStringLiteral("eml")
                        : m.channel == QLatin1String("letter") ? QStringLiteral("pdf")
                                                               : QStringLiteral("txt");
    const QString stem = QStringLiteral("%1-%2-%3")
                             .arg(m.at.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                  m.customerCode, m.channel);
    QString path = QDir(dir).filePath(stem + QLatin1Char('.') + ext);
    for (int n = 2; QFile::exists(path); ++n)
        path = QDir(dir).filePath(QStringLiteral("%1-%2.%3").arg(stem).arg(n).arg(ext));

    if (m.channel == QLatin1String("sms")) {
        const QByteArray content = "To: " + m.to.toUtf8() + "\r\n\r\n" + m.body.toUtf8() + "\r\n";
        if (Status s = writeText(path, content); !s)
            return s;
        return path;
    }
    if (m.channel == QLatin1String("email")) {
        QByteArray content;
        content += "Date: " + m.at.toUTC().toString(Qt::RFC2822Date).toLatin1() + "\r\n";
        content += "From: " + headerText(m.senderName) + " <noreply@invalid>\r\n";
        content += "To: " + headerText(m.recipientName) + " <" + m.to.toUtf8() + ">\r\n";
        content += "Subject: " + headerText(m.subject) + "\r\n";
        content += "MIME-Version: 1.0\r\n";
        content += "Content-Type: text/plain; charset=UTF-8\r\n";
        content += "Content-Transfer-Encoding: 8bit\r\n";
        content += "Content-Language: " + m.language.toLatin1() + "\r\n\r\n";
        QString body = m.body;
        body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        content += body.replace(QLatin1Char('\n'), QLatin1String("\r\n")).toUtf8() + "\r\n";
        if (Status s = writeText(path, content); !s)
            return s;
        return path;
    }
    // Letter: the recipient's address block, the subject, the text.
    QString html = QStringLiteral("<html><body style=\"font-family: 'DejaVu Sans'; "
                                  "font-size: 10pt\"><p>%1</p><p style=\"margin-left: 60%\">%2<br/>"
                                  "%3</p><p><b>%4</b></p>")
                       .arg(m.senderName.toHtmlEscaped(), m.recipientName.toHtmlEscaped(),
                            m.address.toHtmlEscaped(), m.subject.toHtmlEscaped());
    for (const QString& paragraph : m.body.split(QStringLiteral("\n\n")))
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(paragraph.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br/>")));
    html += QStringLiteral("</body></html>");
    if (Status s = writeHtmlAsPdf(html, m.subject, path); !s)
        return s;
    return path;
}

} // namespace ascolto

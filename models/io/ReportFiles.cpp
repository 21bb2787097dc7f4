#include "ReportFiles.h"

#include "Csv.h"

#include "storage/PrivateFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

#include <cmath>

namespace ascolto::ReportFiles {

namespace {

using Kind = ReportTable::Kind;

QString axisText(double v, Kind kind, const QLocale& locale)
{
    if (kind == Kind::Money)
        return locale.toString(v, 'f', 0) + QStringLiteral(" €");
    if (kind == Kind::Percent)
        return locale.toString(v, 'f', 0) + QLatin1Char('%');
    return locale.toString(v, 'f', std::abs(v) < 10 && v != std::floor(v) ? 1 : 0);
}

// A round step for an axis from 0 (or below) to `top`.
double niceStep(double span)
{
    if (span <= 0)
        return 1;
    const double raw = span / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (raw <= m * magnitude)
            return m * magnitude;
    return 10 * magnitude;
}

const QColor kSeries[] = {QColor(0x1f, 0x6f, 0xa8), QColor(0xe0, 0x8a, 0x1e),
                          QColor(0x3a, 0x9a, 0x5b), QColor(0xa8, 0x3a, 0x5b)};

} // namespace

QByteArray csv(const ReportTable& table, const QLocale& locale)
{
    QStringList header;
    for (const ReportTable::Column& c : table.columns)
        header << c.title;
    QVector<QStringList> rows;
    for (int r = 0; r < table.rows.size(); ++r) {
        QStringList row;
        for (int c = 0; c < table.columns.size(); ++c)
            row << table.plain(r, c, locale);
        rows << row;
    }
    return Csv::write(header, rows);
}

Status writeCsvFolder(const QVector<ReportTable>& tables, const QString& dir, const QLocale& locale)
{
    if (Status s = PrivateFile::makeFolder(dir); !s)
        return s;
    for (const ReportTable& t : tables) {
        const QString path = QDir(dir).filePath(t.key + QStringLiteral(".csv"));
        if (Status s = PrivateFile::write(path, csv(t, locale)); !s)
            return Status::failure(
                QCoreApplication::translate("ReportFiles", "Could not write %1: %2")
                    .arg(path, s.error()));
    }
    return Status::success();
}

QImage chart(const ReportTable& t, const QLocale& locale, const QSize& size)
{
    if (t.chart == ReportTable::Chart::None || t.rows.isEmpty() || t.series.isEmpty())
        return {};
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setPixelSize(std::max(10, size.height() / 24));
    p.setFont(font);
    const QFontMetrics fm(font);
    // Rows drawn: those with a label (a total row without one is left out).
    QVector<int> rows;
    for (int r = 0; r < t.rows.size() - t.summaryRows; ++r)
        rows << r;
    if (rows.isEmpty())
        return {};
    double top = 0, bottom = 0;
    for (int r : rows)
        for (int s : t.series) {
            const double v = t.chartValue(r, s);
            if (!std::isnan(v)) {
                top = std::max(top, v);
                bottom = std::min(bottom, v);
            }
        }
    const double step = niceStep(top - bottom);
    top = std::ceil(top / step) * step;
    bottom = std::floor(bottom / step) * step;
    if (top <= bottom)
        top = bottom + step;
    const Kind kind = t.columns.at(t.series.first()).kind;
    const int legend = fm.height() + 8;
    const int left = fm.horizontalAdvance(axisText(top, kind, locale)) + 12;
    const QRect plot(left, legend + 6, size.width() - left - 10,
                     size.height() - legend - 6 - 2 * fm.height() - 8);
    const auto y = [&](double v) {
        return plot.bottom() - (v - bottom) / (top - bottom) * plot.height();
    };
    p.setPen(QColor(0xcc, 0xcc, 0xcc));
    for (double v = bottom; v <= top + step / 2; v += step) {
        p.drawLine(QPointF(plot.left(), y(v)), QPointF(plot.right(), y(v)));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y(v) - fm.height() / 2.0, left - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, axisText(v, kind, locale));
        p.setPen(QColor(0xcc, 0xcc, 0xcc));
    }
    const double slot = double(plot.width()) / rows.size();
    // Legend: one swatch per series.
    int x = plot.left();
    for (int i = 0; i < t.series.size(); ++i) {
        p.fillRect(QRect(x, 4, fm.height(), fm.height()), kSeries[i % 4]);
        p.setPen(Qt::black);
        const QString name = t.columns.at(t.series.at(i)).title;
        p.drawText(QPoint(x + fm.height() + 4, 4 + fm.ascent()), name);
        x += fm.height() + 16 + fm.horizontalAdvance(name);
    }
    for (int i = 0; i < rows.size(); ++i) {
        const QString label = fm.elidedText(t.display(rows.at(i), t.labelColumn, locale),
                                            Qt::ElideRight, int(slot) - 2);
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 4, slot, 2 * fm.height()),
                   Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, label);
    }
    if (t.chart == ReportTable::Chart::Bars) {
        const double bar = slot * 0.8 / t.series.size();
        for (int i = 0; i < rows.size(); ++i)
            for (int s = 0; s < t.series.size(); ++s) {
                const double v = t.chartValue(rows.at(i), t.series.at(s));
                if (std::isnan(v))
                    continue;
                const double x0 = plot.left() + i * slot + slot * 0.1 + s * bar;
                p.fillRect(QRectF(x0, std::min(y(v), y(0)), bar - 1, std::abs(y(v) - y(0))),
                           kSeries[s % 4]);
            }
    } else {
        for (int s = 0; s < t.series.size(); ++s) {
            p.setPen(QPen(kSeries[s % 4], 3));
            QPointF last;
            bool have = false;
            for (int i = 0; i < rows.size(); ++i) {
                const double v = t.chartValue(rows.at(i), t.series.at(s));
                if (std::isnan(v)) {
                    have = false;
                    continue;
                }
                const QPointF point(plot.left() + (i + 0.5) * slot, y(v));
                if (have)
                    p.drawLine(last, point);
                p.drawEllipse(point, 3, 3);
                last = point;
                have = true;
            }
        }
    }
    p.setPen(Qt::black);
    p.drawLine(QPointF(plot.left(), y(0)), QPointF(plot.right(), y(0)));
    return image;
}

Status writePdf(const QVector<ReportTable>& tables, const QString& title, const QString& heading,
                const QString& path, const QLocale& locale)
{
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Ascolto"));
        QPainter painter(&writer);
        if (!painter.isActive())
            return Status::failure(
                QCoreApplication::translate("ReportFiles", "Could not write %1.").arg(path));
        const QRect page = painter.viewport();
        QFont small = painter.font();
        small.setPointSizeF(8);
        const int band = QFontMetrics(small, &writer).height() * 2;
        const QSizeF body(page.width(), page.height() - 2 * band);

        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&writer);
        doc.setDocumentMargin(0);
        doc.setPageSize(body);
        QFont base = doc.defaultFont();
        base.setPointSizeF(9);
        doc.setDefaultFont(base);
        QString html = QStringLiteral("<h1>%1</h1><p>%2</p>")
                           .arg(title.toHtmlEscaped(), heading.toHtmlEscaped());
        const QSize chartSize(1400, 520);
        for (const ReportTable& t : tables) {
            html += QStringLiteral("<h2>%1</h2>").arg(t.title.toHtmlEscaped());
            if (!t.note.isEmpty())
                html += QStringLiteral("<p><i>%1</i></p>").arg(t.note.toHtmlEscaped());
            const QImage image = chart(t, locale, chartSize);
            if (!image.isNull()) {
                const QUrl url(QStringLiteral("chart://") + t.key);
                doc.addResource(QTextDocument::ImageResource, url, image);
                html += QStringLiteral("<p><img src=\"%1\" width=\"%2\"></p>")
                            .arg(url.toString())
                            .arg(int(body.width() * 0.9 * 96.0 / writer.resolution()));
            }
            if (t.rows.isEmpty()) {
                html +=
                    QStringLiteral("<p>%1</p>")
                        .arg(QCoreApplication::translate("ReportFiles", "Nothing in this period."));
                continue;
            }
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"2\" "
                                   "width=\"100%\" style=\"font-size: 7.5pt\"><thead><tr>");
            for (const ReportTable::Column& c : t.columns)
                html +=
                    QStringLiteral("<th bgcolor=\"#e8eef4\">%1</th>").arg(c.title.toHtmlEscaped());
            html += QStringLiteral("</tr></thead>");
            for (int r = 0; r < t.rows.size(); ++r) {
                html += QStringLiteral("<tr>");
                for (int c = 0; c < t.columns.size(); ++c) {
                    const bool text = t.columns.at(c).kind == Kind::Text && t.columns.size() > 2;
                    html +=
                        QStringLiteral("<td align=\"%1\"%3>%2</td>")
                            .arg(text || c == 0 ? QStringLiteral("left") : QStringLiteral("right"),
                                 t.display(r, c, locale).toHtmlEscaped(),
                                 text ? QString() : QStringLiteral(" nowrap"));
                }
                html += QStringLiteral("</tr>");
            }
            html += QStringLiteral("</table>");
        }
        doc.setHtml(html);
        const int pages = doc.pageCount();
        for (int n = 0; n < pages; ++n) {
            if (n > 0)
                writer.newPage();
            painter.setFont(small);
            painter.setPen(Qt::darkGray);
            painter.drawText(QRect(0, 0, page.width(), band), Qt::AlignLeft | Qt::AlignTop,
                             title + QStringLiteral(" — ") + heading);
            painter.drawText(
                QRect(0, page.height() - band, page.width(), band),
                Qt::AlignRight | Qt::AlignBottom,
                QCoreApplication::translate("ReportFiles", "Page %1 of %2").arg(n + 1).arg(pages));
            painter.save();
            painter.translate(0, band - n * body.height());
            doc.drawContents(&painter, QRectF(0, n * body.height(), body.width(), body.height()));
            painter.restore();
        }
    }
    if (pdf.data().isEmpty())
        return Status::failure(
            QCoreApplication::translate("ReportFiles", "Could not write %1.").arg(path));
    if (Status s = PrivateFile::write(path, pdf.data()); !s)
        return Status::failure(QCoreApplication::translate("ReportFiles", "Could not write %1: %2")
                                   .arg(path, s.error()));
    return Status::success();
}

} // namespace ascolto::ReportFiles

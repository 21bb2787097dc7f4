#include "SubjectAccessReport.h"

#include "HtmlPdf.h"
#include "domain/Money.h"
#include "storage/PrivateFile.h"
#include "storage/SubjectAccess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace ascolto {

namespace {

QString sectionTitle(const QString& section)
{
    static const QHash<QString, const char*> t = {
        {QStringLiteral("contact"), QT_TRANSLATE_NOOP("SubjectAccessReport", "Contacts")},
        {QStringLiteral("supply"), QT_TRANSLATE_NOOP("SubjectAccessReport", "Supplies")},
        {QStringLiteral("invoice"), QT_TRANSLATE_NOOP("SubjectAccessReport", "Bills")},
        {QStringLiteral("payment"), QT_TRANSLATE_NOOP("SubjectAccessReport", "Payments")},
        {QStringLiteral("payment_allocation"),
         QT_TRANSLATE_NOOP("SubjectAccessReport", "How payments were applied")},
        {QStringLiteral("interaction"), QT_TRANSLATE_NOOP("SubjectAccessReport", "Calls")},
        {QStringLiteral("message"), QT_TRANSLATE_NOOP("SubjectAccessReport", "Messages")},
        {QStringLiteral("promise"), QT_TRANSLATE_NOOP("SubjectAccessReport", "Promises to pay")},
        {QStringLiteral("plan"), QT_TRANSLATE_NOOP("SubjectAccessReport", "Repayment plans")},
        {QStringLiteral("installment"), QT_TRANSLATE_NOOP("SubjectAccessReport", "Installments")},
        {QStringLiteral("complaint"), QT_TRANSLATE_NOOP("SubjectAccessReport", "Complaints")},
        {QStringLiteral("survey"),
         QT_TRANSLATE_NOOP("SubjectAccessReport", "Satisfaction surveys")},
        {QStringLiteral("task"), QT_TRANSLATE_NOOP("SubjectAccessReport", "Follow-ups")},
        {QStringLiteral("assignment"), QT_TRANSLATE_NOOP("SubjectAccessReport", "Interlocutors")},
        {QStringLiteral("call_draft"),
         QT_TRANSLATE_NOOP("SubjectAccessReport", "Calls being written")},
        {QStringLiteral("audit_log"),
         QT_TRANSLATE_NOOP("SubjectAccessReport", "Operations on these data")}};
    const auto it = t.find(section);
    return it == t.end() ? section : SubjectAccessReport::tr(it.value());
}

QString cell(const QString& column, const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QString();
    if (column.endsWith(QLatin1String("_cents")) && v.isDouble())
        return Money::fromCents(qint64(v.toDouble())).format(QLocale());
    if (v.isDouble())
        return QLocale().toString(v.toDouble(), 'g', 15);
    return v.toVariant().toString().toHtmlEscaped();
}

// One small two-column table per record (field, value): a record of a bill has a dozen
// fields, which side by side would be cut into unreadable pieces on an A4 page.
QString table(const QJsonArray& rows)
{
    QString out;
    for (const QJsonValue& r : rows) {
        const QJsonObject o = r.toObject();
        out += QStringLiteral("<table border='1' cellspacing='0' cellpadding='2' width='100%'>");
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString value = cell(it.key(), it.value());
            if (value.isEmpty())
                continue;
            out += QStringLiteral("<tr><td width='30%'>%1</td><td>%2</td></tr>")
                       .arg(it.key().toHtmlEscaped(), value);
        }
        out += QStringLiteral("</table><p></p>");
    }
    return out;
}

} // namespace

QString SubjectAccessReport::html(const QJsonObject& data)
{
    const QJsonObject debtor = data.value(QStringLiteral("debtor")).toObject();
    const QJsonObject sections = data.value(QStringLiteral("sections")).toObject();
    QString out = QStringLiteral("<html><body style='font-size:8pt'>");
    out += QStringLiteral("<h2>%1</h2>")
               .arg(tr("Personal data held about %1")
                        .arg(debtor.value(QStringLiteral("display_name")).toString())
                        .toHtmlEscaped());
    out += QStringLiteral("<p>%1</p>")
               .arg(tr("Prepared on %1 by %2 in answer to an access request (GDPR art. 15). "
                       "The same data, complete, are in the JSON file beside this one.")
                        .arg(data.value(QStringLiteral("made_at")).toString(),
                             data.value(QStringLiteral("by")).toString())
                        .toHtmlEscaped());
    out += QStringLiteral("<h3>%1</h3>").arg(tr("Registry data").toHtmlEscaped());
    out += table(QJsonArray{debtor});
    for (const QString& s : SubjectAccess::sections()) {
        const QJsonArray rows = sections.value(s).toArray();
        out += QStringLiteral("<h3>%1 (%2)</h3>")
                   .arg(sectionTitle(s).toHtmlEscaped())
                   .arg(rows.size());
        out += rows.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("None.").toHtmlEscaped())
                              : table(rows);
    }
    return out + QStringLiteral("</body></html>");
}

Result<QStringList> SubjectAccessReport::write(const QJsonObject& data, const QString& dir,
                                               const QString& stem)
{
    const QString base = QDir(dir).filePath(stem);
    const QString json = base + QStringLiteral(".json"), pdf = base + QStringLiteral(".pdf");
    if (Status s = PrivateFile::write(json, QJsonDocument(data).toJson(QJsonDocument::Indented));
        !s)
        return s;
    if (Status s = writeHtmlAsPdf(html(data), tr("Personal data"), pdf); !s)
        return s;
    return QStringList{json, pdf};
}

} // namespace ascolto

#include "PlanLetter.h"

#include "HtmlPdf.h"

#include "storage/ClientRepository.h"
#include "storage/UserRepository.h"

#include "domain/Iban.h"
#include "domain/PagoPaNotice.h"

#include <QDir>
#include <QFile>
#include <QPageSize>
#include <algorithm>

namespace ascolto {

QString PlanLetter::html(const Data& d)
{
    const bool italian = d.language != QLatin1String("en");
    const QLocale locale = italian ? QLocale(QLocale::Italian, QLocale::Italy)
                                   : QLocale(QLocale::English, QLocale::UnitedKingdom);
    QFile file(QStringLiteral(":/letters/plan_%1.html")
                   .arg(italian ? QStringLiteral("it") : QStringLiteral("en")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());

    QString rows;
    for (const auto& line : d.schedule.lines) {
        const QString what =
            line.seq == 0 ? (italian ? QStringLiteral("Acconto") : QStringLiteral("Down payment"))
                          : (italian ? QStringLiteral("Rata %1") : QStringLiteral("Installment %1"))
                                .arg(line.seq);
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td></tr>")
                    .arg(what, locale.toString(line.due, QLocale::LongFormat),
                         line.amount.format(locale).toHtmlEscaped());
    }
    const QString schedule =
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"80%\">"
                       "<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th "
                       "align=\"right\">%3</th></tr>%4</table>")
            .arg(italian ? QStringLiteral("Pagamento") : QStringLiteral("Payment"),
                 italian ? QStringLiteral("Scadenza") : QStringLiteral("Due date"),
                 italian ? QStringLiteral("Importo") : QStringLiteral("Amount"), rows);
    QStringList notices;
    for (const QString& n : d.pagopaNotices)
        if (!n.isEmpty())
            notices << PagoPaNotice::formatted(n);
    const QString pagopa = notices.isEmpty() ? QString()
                                             : (italian ? QStringLiteral(" (codici avviso: %1)")
                                                        : QStringLiteral(" (notice numbers: %1)"))
                                                   .arg(notices.join(QStringLiteral(", ")));
    const QString discount = d.discount > Money()
                                 ? (italian ? QStringLiteral(", già ridotto di %1")
                                            : QStringLiteral(", already reduced by %1"))
                                       .arg(d.discount.format(locale))
                                 : QString();
    const QList<QPair<QString, QString>> values = {
        {QStringLiteral("{client}"), d.clientName.toHtmlEscaped()},
        {QStringLiteral("{date}"), locale.toString(d.date, QLocale::LongFormat)},
        {QStringLiteral("{debtor}"), d.debtorName.toHtmlEscaped()},
        {QStringLiteral("{address}"), d.address.toHtmlEscaped()},
        {QStringLiteral("{bills}"), d.billNumbers.join(QStringLiteral(", ")).toHtmlEscaped()},
        {QStringLiteral("{payable}"), d.schedule.payable.format(locale).toHtmlEscaped()},
        {QStringLiteral("{discount_text}"), discount.toHtmlEscaped()},
        {QStringLiteral("{schedule}"), schedule},
        {QStringLiteral("{iban}"), Iban::formatted(d.iban).toHtmlEscaped()},
        {QStringLiteral("{customer_code}"), d.customerCode.toHtmlEscaped()},
        {QStringLiteral("{pagopa_text}"), pagopa.toHtmlEscaped()},
        {QStringLiteral("{operator}"), d.operatorName.toHtmlEscaped()},
        {QStringLiteral("{operator_contact}"), d.operatorContact.toHtmlEscaped()}};
    for (const auto& [key, value] : values)
        text.replace(key, value);
    return text;
}

Status PlanLetter::writePdf(const Data& data, const QString& path)
{
    const Status s =
        writeHtmlAsPdf(html(data),
                       data.language == QLatin1String("en") ? QStringLiteral("Repayment plan")
                                                            : QStringLiteral("Piano di rientro"),
                       path);
    return s ? s : Status::failure(tr("Could not write the letter to %1.").arg(path));
}

PlanCalculator::Schedule PlanLetter::scheduleOf(const QVector<InstallmentRecord>& installments)
{
    PlanCalculator::Schedule s;
    Money downPayment;
    for (const InstallmentRecord& i : installments) {
        s.lines.push_back({i.seq, i.dueDate, i.dueDate, i.amount});
        s.payable += i.amount;
        if (i.seq == 0) {
            downPayment = i.amount;
            continue;
        }
        ++s.installmentCount;
        if (i.amount > s.installment)
            s.installment = i.amount;
        if (!s.endDate.isValid() || i.dueDate > s.endDate)
            s.endDate = i.dueDate;
    }
    s.financed = s.payable - downPayment;
    return s;
}

Result<QString> PlanLetter::writeForPlan(Database& db, const Clock& clock, const DebtorCard& card,
                                         const QString& planId, const QString& dir)
{
    using R = Result<QString>;
    const auto plan = std::find_if(card.plans.cbegin(), card.plans.cend(),
                                   [&planId](const PlanRecord& p) { return p.id == planId; });
    if (plan == card.plans.cend())
        return R::failure(tr("The plan is no longer on the card."));
    const auto client = ClientRepository(db, clock).byId(card.debtor.clientId);
    if (!client)
        return client.status();
    // The letter follows the debtor's language.
    Data letter;
    letter.language = card.debtor.language;
    letter.clientName = client->name;
    letter.iban = client->iban;
    letter.debtorName = card.debtor.displayName;
    letter.address = card.debtor.postalAddress();
    letter.customerCode = card.debtor.customerCode;
    letter.billNumbers = plan->billNumbers;
    letter.pagopaNotices = plan->pagopaNotices;
    letter.discount = plan->discount;
    letter.schedule = scheduleOf(plan->installments);
    if (const auto author = UserRepository(db, clock).byId(plan->createdBy)) {
        letter.operatorName = author->displayName;
        letter.operatorContact =
            QStringList{author->phone, author->email}.join(QStringLiteral(" - "));
    }
    letter.date = clock.today();
    const QString path =
        QDir(dir.isEmpty() ? QDir::tempPath() : dir)
            .filePath(QStringLiteral("plan-%1-%2.pdf")
                          .arg(card.debtor.customerCode,
                               clock.nowUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    if (Status s = writePdf(letter, path); !s)
        return s;
    return path;
}

} // namespace ascolto

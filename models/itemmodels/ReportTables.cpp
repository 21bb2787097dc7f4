#include "ReportTables.h"

#include "CodeText.h"

#include "domain/Aging.h"
#include "domain/CollectionKpi.h"

#include <cmath>

namespace ascolto {

namespace {

using Kind = ReportTable::Kind;
using CollectionKpi::percent;

QVariant opt(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant cents(qint64 c)
{
    return QVariant(qint64(c));
}

QVariant number(qint64 n)
{
    return QVariant(qint64(n));
}

QString classLabel(int c)
{
    return c == 0 ? ReportTables::tr("not yet due")
                  : ReportTables::tr("%1 days").arg(Aging::label(Aging::Bucket(c - 1)));
}

// A table of figures, one per row: (figure, value), each value with its own kind.
struct Figures
{
    ReportTable table;
    QVector<Kind> kinds;
    void add(const QString& figure, const QVariant& value, Kind kind)
    {
        table.rows.push_back({figure, value});
        kinds.push_back(kind);
    }
};

// Figure tables keep each row's kind in a hidden third column (the "value" column's kind
// varies by row): display() reads it.
ReportTable figures(const QString& key, const QString& title, const Figures& f,
                    const QString& note = {})
{
    ReportTable t = f.table;
    t.key = key;
    t.title = title;
    t.note = note;
    t.columns = {{ReportTables::tr("Figure"), Kind::Text}, {ReportTables::tr("Value"), Kind::Text}};
    for (int i = 0; i < t.rows.size(); ++i)
        t.rows[i].push_back(int(f.kinds.at(i)));
    return t;
}

Kind kindOf(const ReportTable& t, int row, int column)
{
    if (column == 1 && t.columns.size() == 2 && t.rows.at(row).size() == 3)
        return Kind(t.rows.at(row).at(2).toInt());
    return t.columns.at(column).kind;
}

int monthsIn(const ReportFilter& filter)
{
    const double days = filter.from.daysTo(filter.to) + 1;
    return std::max(1, int(std::lround(days / (365.25 / 12.0))));
}

// Receivables at each month's end and DSO by both methods, for the months of the period.
ReportTable dsoTable(const ReportFacts& f)
{
    ReportTable t;
    t.key = QStringLiteral("dso");
    t.title = ReportTables::tr("Days sales outstanding by month");
    t.note = ReportTables::tr("Simple: receivables at the month's end / billed in the three months "
                              "to it x their days. Count-back: from the receivables, each "
                              "month's billing is subtracted going back, counting its days, "
                              "the last month as a fraction (robust to bimonthly bills).");
    t.columns = {{ReportTables::tr("Month"), Kind::Month},
                 {ReportTables::tr("Receivables at the end"), Kind::Money},
                 {ReportTables::tr("Billed in the month"), Kind::Money},
                 {ReportTables::tr("DSO, simple"), Kind::Days},
                 {ReportTables::tr("DSO, count-back"), Kind::Days}};
    t.chart = ReportTable::Chart::Lines;
    t.series = {3, 4};
    // The twelve months before the period too: the trend is what a team lead reads.
    for (int m = 0; m < f.months.size(); ++m) {
        const ReportFacts::Month& month = f.months.at(m);
        qint64 billed3 = 0;
        int days3 = 0;
        QVector<CollectionKpi::MonthBilled> back;
        for (int k = m; k >= 0; --k) {
            if (k > m - 3) {
                billed3 += f.months.at(k).billed;
                days3 += f.months.at(k).days;
            }
            back.push_back({Money::fromCents(f.months.at(k).billed), f.months.at(k).days});
        }
        const Money owed = Money::fromCents(month.receivables);
        t.rows.push_back({month.first, cents(month.receivables), cents(month.billed),
                          opt(CollectionKpi::dsoSimple(owed, Money::fromCents(billed3), days3)),
                          opt(CollectionKpi::dsoCountBack(owed, back))});
    }
    return t;
}

qint64 sum(const std::array<qint64, ReportFacts::kAgingClasses>& a)
{
    qint64 s = 0;
    for (qint64 v : a)
        s += v;
    return s;
}

std::optional<double> periodCei(const ReportFacts& f)
{
    return CollectionKpi::cei(Money::fromCents(sum(f.openingCents)),
                              Money::fromCents(f.placedInPeriod), monthsIn(f.filter),
                              Money::fromCents(sum(f.closingCents)),
                              Money::fromCents(f.closingCents[0]));
}

SatisfactionScores::Tally surveyTotal(const ReportFacts& f)
{
    SatisfactionScores::Tally t;
    for (const ReportFacts::SurveyMonth& m : f.surveys)
        t += m.tally;
    return t;
}

ReportTable codesTable(const QString& key, const QString& title, const QString& what,
                       const QVector<QPair<QString, qint64>>& codes,
                       QString (*label)(const QString&))
{
    ReportTable t;
    t.key = key;
    t.title = title;
    t.columns = {{what, Kind::Text},
                 {ReportTables::tr("Calls"), Kind::Count},
                 {ReportTables::tr("Share"), Kind::Percent}};
    t.chart = ReportTable::Chart::Bars;
    t.series = {1};
    qint64 total = 0;
    for (const auto& c : codes)
        total += c.second;
    for (const auto& c : codes)
        t.rows.push_back({label(c.first), number(c.second), opt(percent(c.second, total))});
    return t;
}

QString closeReason(const QString& code)
{
    if (code == QLatin1String("plan_completed"))
        return ReportTables::tr("plan completed");
    if (code == QLatin1String("end_of_mandate"))
        return ReportTables::tr("end of mandate");
    if (code == QLatin1String("prescribed"))
        return ReportTables::tr("prescribed");
    if (code == QLatin1String("disputed"))
        return ReportTables::tr("disputed");
    return ReportTables::tr("paid");
}

} // namespace

QString ReportTable::display(int row, int column, const QLocale& locale) const
{
    const QVariant v = rows.at(row).at(column);
    const Kind kind = kindOf(*this, row, column);
    if (!v.isValid())
        return kind == Kind::Text || kind == Kind::Date || kind == Kind::Month
                   ? QString()
                   : ReportTables::tr("n/a");
    switch (kind) {
    case Kind::Text:
        return v.toString();
    case Kind::Count:
        return locale.toString(v.toLongLong());
    case Kind::Money:
        return Money::fromCents(v.toLongLong()).format(locale);
    case Kind::Percent:
        return locale.toString(v.toDouble(), 'f', 1) + QLatin1Char('%');
    case Kind::Days:
    case Kind::Score:
        return locale.toString(v.toDouble(), 'f', 1);
    case Kind::Date:
        return locale.toString(v.toDate(), QLocale::ShortFormat);
    case Kind::Month:
        return locale.toString(v.toDate(), QStringLiteral("MMM yyyy"));
    }
    return v.toString();
}

QString ReportTable::plain(int row, int column, const QLocale& locale) const
{
    const QVariant v = rows.at(row).at(column);
    const Kind kind = kindOf(*this, row, column);
    if (!v.isValid() && kind != Kind::Text)
        return QString();
    QLocale l = locale;
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    switch (kind) {
    case Kind::Money:
        return Money::fromCents(v.toLongLong()).formatPlain(locale, false);
    case Kind::Percent:
    case Kind::Days:
    case Kind::Score:
        return l.toString(v.toDouble(), 'f', 1);
    case Kind::Count:
        return QString::number(v.toLongLong());
    case Kind::Date:
        return v.toDate().toString(Qt::ISODate);
    case Kind::Month:
        return v.toDate().toString(QStringLiteral("yyyy-MM"));
    case Kind::Text:
        break;
    }
    return v.toString();
}

double ReportTable::chartValue(int row, int column) const
{
    const QVariant v = rows.at(row).value(column);
    if (!v.isValid())
        return std::nan("");
    return columns.at(column).kind == Kind::Money ? double(v.toLongLong()) / 100.0 : v.toDouble();
}

QString ReportTables::periodText(const ReportFacts& f, const QLocale& locale)
{
    return tr("%1 - %2").arg(locale.toString(f.filter.from, QLocale::LongFormat),
                             locale.toString(f.filter.to, QLocale::LongFormat));
}

bool ReportTables::clientProcessReason(const QString& code)
{
    return code == QLatin1String("bill_not_received") || code == QLatin1String("meter_dispute") ||
           code == QLatin1String("service_dispute") || code == QLatin1String("already_paid");
}

QString ReportTables::caringVerdict(const CollectionKpi::CaringEffect& e, const QLocale& locale)
{
    using V = CollectionKpi::CaringEffect::Verdict;
    const QString counts = tr("%1 bills with a caring call, %2 without.")
                               .arg(locale.toString(e.calledBills), locale.toString(e.otherBills));
    switch (e.verdict) {
    case V::TooFew:
        return tr("Too few bills to say anything (at least %1 on each side are needed). %2")
            .arg(CollectionKpi::CaringEffect::kMinimumBills)
            .arg(counts);
    case V::Better:
        return tr("Bills were paid on time more often after a caring call: %1 percentage "
                  "points more (± %2), debtors of the same aging class compared. %3")
            .arg(locale.toString(*e.difference, 'f', 1), locale.toString(*e.margin, 'f', 1),
                 counts);
    case V::Worse:
        return tr("Bills were paid on time less often after a caring call: %1 percentage points "
                  "fewer (± %2), debtors of the same aging class compared. %3")
            .arg(locale.toString(-*e.difference, 'f', 1), locale.toString(*e.margin, 'f', 1),
                 counts);
    case V::Unclear:
        return tr("No clear difference: %1 percentage points (± %2) is within what chance "
                  "makes, debtors of the same aging class compared. %3")
            .arg(locale.toString(*e.difference, 'f', 1), locale.toString(*e.margin, 'f', 1),
                 counts);
    }
    return counts;
}

QVector<ReportTable> ReportTables::reports(const ReportFacts& f)
{
    QVector<ReportTable> out;
    const QLocale locale;

    {
        ReportTable t;
        t.key = QStringLiteral("aging");
        t.title = tr("Aging of the portfolio");
        t.note = tr("What is owed by days past the due date, on the day before the period and "
                    "on its last day.");
        t.columns = {{tr("Class"), Kind::Text},
                     {tr("Opening"), Kind::Money},
                     {tr("Closing"), Kind::Money},
                     {tr("Change"), Kind::Money},
                     {tr("Bills at the closing"), Kind::Count}};
        t.chart = ReportTable::Chart::Bars;
        t.series = {1, 2};
        for (int c = 0; c < ReportFacts::kAgingClasses; ++c)
            t.rows.push_back({classLabel(c), cents(f.openingCents[size_t(c)]),
                              cents(f.closingCents[size_t(c)]),
                              cents(f.closingCents[size_t(c)] - f.openingCents[size_t(c)]),
                              number(f.closingBills[size_t(c)])});
        t.rows.push_back({tr("Total"), cents(sum(f.openingCents)), cents(sum(f.closingCents)),
                          cents(sum(f.closingCents) - sum(f.openingCents)),
                          number(sum(f.closingBills))});
        t.summaryRows = 1;
        out << t;
    }
    out << dsoTable(f);
    {
        Figures x;
        const qint64 opening = sum(f.openingCents), closing = sum(f.closingCents);
        x.add(tr("Opening receivables"), cents(opening), Kind::Money);
        x.add(tr("Billed in the period"), cents(f.placedInPeriod), Kind::Money);
        x.add(tr("Months"), number(monthsIn(f.filter)), Kind::Count);
        x.add(tr("Closing receivables"), cents(closing), Kind::Money);
        x.add(tr("Closing receivables not yet due"), cents(f.closingCents[0]), Kind::Money);
        x.add(tr("Collection effectiveness index"), opt(periodCei(f)), Kind::Percent);
        out << figures(QStringLiteral("cei"), tr("Collection effectiveness index"), x,
                       tr("(opening + billed / months - closing) / (opening + billed / months - "
                          "closing not yet due) x 100; 100% is perfect."));
    }
    {
        ReportTable t;
        t.key = QStringLiteral("roll");
        t.title = tr("Roll rates and cure rate");
        t.note = tr("Roll rate: what is in the next class at the closing / what was in a class at "
                    "the opening. Cure rate: debtors with something overdue at the opening who "
                    "had nothing overdue at the closing.");
        t.columns = {{tr("From"), Kind::Text},
                     {tr("To"), Kind::Text},
                     {tr("In the class at the opening"), Kind::Money},
                     {tr("In the next at the closing"), Kind::Money},
                     {tr("Roll rate"), Kind::Percent}};
        t.chart = ReportTable::Chart::Bars;
        t.labelColumn = 0;
        t.series = {4};
        for (int c = 0; c + 1 < ReportFacts::kAgingClasses; ++c)
            t.rows.push_back(
                {classLabel(c), classLabel(c + 1), cents(f.openingCents[size_t(c)]),
                 cents(f.closingCents[size_t(c + 1)]),
                 opt(percent(f.closingCents[size_t(c + 1)], f.openingCents[size_t(c)]))});
        t.rows.push_back(
            {tr("Cure rate"),
             tr("%1 of %2 debtors")
                 .arg(locale.toString(f.curedDebtors), locale.toString(f.delinquentDebtors)),
             QVariant(), QVariant(), opt(percent(f.curedDebtors, f.delinquentDebtors))});
        t.summaryRows = 1;
        out << t;
    }
    {
        ReportTable t;
        t.key = QStringLiteral("collections");
        t.title = tr("Collections by month and channel");
        t.columns = {{tr("Month"), Kind::Month},
                     {tr("Channel"), Kind::Text},
                     {tr("Payments"), Kind::Count},
                     {tr("Collected"), Kind::Money}};
        t.chart = ReportTable::Chart::Bars;
        t.labelColumn = 1;
        t.series = {3};
        for (const ReportFacts::Collection& c : f.collections)
            t.rows.push_back(
                {c.month, CodeText::paymentChannel(c.channel), number(c.payments), cents(c.cents)});
        t.rows.push_back(
            {QVariant(), tr("Total"), number(f.paymentsInPeriod), cents(f.collectedInPeriod)});
        t.summaryRows = 1;
        out << t;
    }
    {
        ReportTable t;
        t.key = QStringLiteral("stair_step");
        t.title = tr("Stair-step: collected as a share of what was placed");
        t.note = tr("By month of placement (a bill is placed when it is issued: the caring method "
                    "starts before its due date), cumulative, by months since placement.");
        t.columns = {{tr("Placed in"), Kind::Month}, {tr("Placed"), Kind::Money}};
        const int ages = 4;
        for (int a = 0; a < ages; ++a)
            t.columns.push_back({tr("Month %1").arg(a), Kind::Percent});
        t.columns.push_back({tr("Collected to date"), Kind::Money});
        t.columns.push_back({tr("Liquidation"), Kind::Percent});
        t.chart = ReportTable::Chart::Bars;
        t.series = {ages + 3};
        for (const ReportFacts::Cohort& c : f.cohorts) {
            QVector<QVariant> row{c.month, cents(c.placed)};
            qint64 running = 0;
            for (int a = 0; a < ages; ++a) {
                if (a < c.collected.size()) {
                    running += c.collected.at(a);
                    row.push_back(opt(percent(running, c.placed)));
                } else {
                    row.push_back(QVariant());
                }
            }
            qint64 total = 0;
            for (qint64 v : c.collected)
                total += v;
            row.push_back(cents(total));
            row.push_back(opt(percent(total, c.placed)));
            t.rows.push_back(row);
        }
        out << t;
    }
    {
        Figures x;
        x.add(tr("Plans in force"), number(f.plansActive), Kind::Count);
        x.add(tr("Plans agreed in the period"), number(f.plansAgreed), Kind::Count);
        x.add(tr("Amount financed"), cents(f.plansFinanced), Kind::Money);
        x.add(tr("Of which renegotiations"), number(f.plansRenegotiated), Kind::Count);
        x.add(tr("Plans completed"), number(f.plansCompleted), Kind::Count);
        x.add(tr("Plans broken"), number(f.plansBroken), Kind::Count);
        x.add(tr("Installments due"), number(f.installmentsDue), Kind::Count);
        x.add(tr("Paid by their due date"), number(f.installmentsOnTime), Kind::Count);
        x.add(tr("Installments paid on time"),
              opt(percent(f.installmentsOnTime, f.installmentsDue)), Kind::Percent);
        out << figures(QStringLiteral("plans"), tr("Repayment plans"), x);
    }
    {
        Figures x;
        x.add(tr("Promises made"), number(f.promisesMade), Kind::Count);
        x.add(tr("Amount promised"), cents(f.promisesMadeCents), Kind::Money);
        x.add(tr("Promises that fell due"), number(f.promisesDue), Kind::Count);
        x.add(tr("Kept"), number(f.promisesKept), Kind::Count);
        x.add(tr("Broken"), number(f.promisesBroken), Kind::Count);
        x.add(tr("Kept rate"), opt(percent(f.promisesKept, f.promisesDue)), Kind::Percent);
        out << figures(QStringLiteral("promises"), tr("Promises to pay"), x,
                       tr("Kept rate: promises paid in full by their date / promises that fell "
                          "due in the period."));
    }
    {
        ReportTable t;
        t.key = QStringLiteral("funnel");
        t.title = tr("Contacts and outcomes");
        t.note = tr("Right-party contact rate: calls in which the debtor was spoken to / call "
                    "attempts.");
        t.columns = {{tr("Step"), Kind::Text},
                     {tr("Number"), Kind::Count},
                     {tr("Of the step before"), Kind::Percent}};
        t.chart = ReportTable::Chart::Bars;
        t.series = {1};
        t.rows = {
            {tr("Call attempts"), number(f.attempts), QVariant()},
            {tr("Right-party contacts"), number(f.contacts), opt(percent(f.contacts, f.attempts))},
            {tr("Calls ending in a promise, a plan or a payment"), number(f.agreements),
             opt(percent(f.agreements, f.contacts))},
            {tr("Debtors spoken to"), number(f.contactedDebtors), QVariant()},
            {tr("... who paid in the period"), number(f.payers),
             opt(percent(f.payers, f.contactedDebtors))}};
        out << t;
    }
    out << codesTable(QStringLiteral("reasons"), tr("Reasons for non-payment"), tr("Reason"),
                      f.reasons, &CodeText::nonpaymentReason);
    out << codesTable(QStringLiteral("emotions"), tr("Emotions recognised"), tr("Emotion"),
                      f.emotions, &CodeText::emotion);
    {
        ReportTable t;
        t.key = QStringLiteral("satisfaction");
        t.title = tr("Satisfaction after the call");
        t.note = tr("CSAT: share of answers 4 or 5 of 5. CES: average of 1-7 (7 = very easy). "
                    "NPS: promoters (9-10) minus detractors (0-6).");
        t.columns = {{tr("Month"), Kind::Month},  {tr("CSAT answers"), Kind::Count},
                     {tr("CSAT"), Kind::Percent}, {tr("CES answers"), Kind::Count},
                     {tr("CES"), Kind::Score},    {tr("NPS answers"), Kind::Count},
                     {tr("NPS"), Kind::Score}};
        t.chart = ReportTable::Chart::Lines;
        t.series = {2, 6};
        const auto row = [&](const QVariant& label, const SatisfactionScores::Tally& tally) {
            const SatisfactionScores s = SatisfactionScores::fromTally(tally);
            return QVector<QVariant>{label,
                                     number(s.csatAnswers),
                                     s.csatAnswers > 0 ? QVariant(s.csatPercent) : QVariant(),
                                     number(s.cesAnswers),
                                     s.cesAnswers > 0 ? QVariant(s.cesAverage) : QVariant(),
                                     number(s.npsAnswers),
                                     s.npsAnswers > 0 ? QVariant(s.nps) : QVariant()};
        };
        for (const ReportFacts::SurveyMonth& m : f.surveys)
            t.rows.push_back(row(m.month, m.tally));
        out << t;
    }
    {
        ReportTable t;
        t.key = QStringLiteral("complaints");
        t.title = tr("Complaints about the client's service");
        t.columns = {{tr("Category"), Kind::Text},
                     {tr("Opened"), Kind::Count},
                     {tr("Still open"), Kind::Count},
                     {tr("Resolved"), Kind::Count},
                     {tr("Days to resolve (average)"), Kind::Days}};
        t.chart = ReportTable::Chart::Bars;
        t.series = {1};
        for (const ReportFacts::ComplaintCategory& c : f.complaintCategories)
            t.rows.push_back({CodeText::complaintCategory(c.category), number(c.opened),
                              number(c.stillOpen), number(c.resolved),
                              c.resolved > 0 ? QVariant(double(c.daysOpenSum) / double(c.resolved))
                                             : QVariant()});
        out << t;
    }
    {
        Figures x;
        x.add(tr("Conversations"), number(f.conversations), Kind::Count);
        x.add(tr("Held by the debtor's own interlocutor"), number(f.withInterlocutor), Kind::Count);
        x.add(tr("Continuity"), opt(percent(f.withInterlocutor, f.conversations)), Kind::Percent);
        x.add(tr("Handovers to another interlocutor"), number(f.handovers), Kind::Count);
        out << figures(QStringLiteral("continuity"), tr("Continuity of the interlocutor"), x);
    }
    {
        const auto effect = CollectionKpi::caringEffect(f.caring);
        ReportTable t;
        t.key = QStringLiteral("caring_effect");
        t.title = tr("The caring effect");
        t.note = caringVerdict(effect, locale);
        t.columns = {{tr("Debtor's aging class at the opening"), Kind::Text},
                     {tr("Bills after a caring call"), Kind::Count},
                     {tr("Paid by the due date"), Kind::Percent},
                     {tr("Bills without"), Kind::Count},
                     {tr("Paid by the due date (without)"), Kind::Percent},
                     {tr("Difference (points)"), Kind::Score}};
        t.chart = ReportTable::Chart::Bars;
        t.series = {2, 4};
        const QStringList classes{tr("nothing overdue"), tr("overdue up to 90 days"),
                                  tr("overdue longer")};
        for (int c = 0; c < f.caring.size(); ++c) {
            const CollectionKpi::CaringClass& k = f.caring.at(c);
            const auto with = percent(k.calledPaidOnTime, k.calledBills);
            const auto without = percent(k.otherPaidOnTime, k.otherBills);
            t.rows.push_back({classes.value(c), number(k.calledBills), opt(with),
                              number(k.otherBills), opt(without),
                              with && without ? QVariant(*with - *without) : QVariant()});
        }
        t.rows.push_back({tr("All (difference weighted by class)"), number(effect.calledBills),
                          opt(effect.calledRate), number(effect.otherBills), opt(effect.otherRate),
                          opt(effect.difference)});
        t.summaryRows = 1;
        out << t;
    }
    return out;
}

QVector<ReportTable> ReportTables::clientReport(const ReportFacts& f)
{
    QVector<ReportTable> out;
    const QLocale locale;
    const QVector<ReportTable> all = reports(f);
    const auto named = [&](const QString& key) {
        for (const ReportTable& t : all)
            if (t.key == key)
                return t;
        return ReportTable();
    };
    {
        Figures x;
        x.add(tr("Placed in the period"), cents(f.placedInPeriod), Kind::Money);
        x.add(tr("Collected in the period"), cents(f.collectedInPeriod), Kind::Money);
        x.add(tr("Liquidation"), opt(percent(f.collectedInPeriod, f.placedInPeriod)),
              Kind::Percent);
        x.add(tr("Owed at the end of the period"), cents(sum(f.closingCents)), Kind::Money);
        // The DSO report's last month is the period's end.
        const ReportTable dso = named(QStringLiteral("dso"));
        x.add(tr("DSO at the end of the period (count-back)"),
              dso.rows.isEmpty() ? QVariant() : dso.rows.constLast().at(4), Kind::Days);
        x.add(tr("Collection effectiveness index"), opt(periodCei(f)), Kind::Percent);
        x.add(tr("Plans agreed"), number(f.plansAgreed), Kind::Count);
        x.add(tr("Amount financed"), cents(f.plansFinanced), Kind::Money);
        x.add(tr("Plans completed"), number(f.plansCompleted), Kind::Count);
        x.add(tr("Plans broken"), number(f.plansBroken), Kind::Count);
        x.add(tr("Promises made"), number(f.promisesMade), Kind::Count);
        x.add(tr("Promises kept"), opt(percent(f.promisesKept, f.promisesDue)), Kind::Percent);
        out << figures(QStringLiteral("results"), tr("Results"), x,
                       tr("Liquidation: collected in the period / placed in the period."));
    }
    out << named(QStringLiteral("aging")) << named(QStringLiteral("stair_step"));
    {
        Figures x;
        x.add(tr("Calls"), number(f.attempts), Kind::Count);
        x.add(tr("Right-party contacts"), number(f.contacts), Kind::Count);
        x.add(tr("Caring calls before the due date"), number(f.caringCalls), Kind::Count);
        x.add(tr("Written messages"), number(f.messages), Kind::Count);
        out << figures(QStringLiteral("activity"), tr("Activity"), x);
    }
    out << named(QStringLiteral("caring_effect"));
    {
        const SatisfactionScores s = SatisfactionScores::fromTally(surveyTotal(f));
        Figures x;
        x.add(tr("Surveys answered"), number(s.csatAnswers), Kind::Count);
        x.add(tr("CSAT"), s.csatAnswers > 0 ? QVariant(s.csatPercent) : QVariant(), Kind::Percent);
        x.add(tr("CES"), s.cesAnswers > 0 ? QVariant(s.cesAverage) : QVariant(), Kind::Score);
        x.add(tr("NPS"), s.npsAnswers > 0 ? QVariant(s.nps) : QVariant(), Kind::Score);
        out << figures(QStringLiteral("satisfaction"), tr("Satisfaction"), x,
                       named(QStringLiteral("satisfaction")).note);
        ReportTable quotes;
        quotes.key = QStringLiteral("quotes");
        quotes.title = tr("In the debtors' own words");
        quotes.columns = {
            {tr("Date"), Kind::Date}, {tr("CSAT"), Kind::Count}, {tr("Comment"), Kind::Text}};
        for (const ReportFacts::Comment& c : f.comments)
            if (c.chosen)
                quotes.rows.push_back({c.date, c.csat > 0 ? QVariant(c.csat) : QVariant(), c.text});
        out << quotes;
    }
    {
        ReportTable t = named(QStringLiteral("complaints"));
        out << t;
        ReportTable list;
        list.key = QStringLiteral("complaint_list");
        list.title = tr("Complaints, one by one");
        list.columns = {{tr("Category"), Kind::Text},   {tr("Customer"), Kind::Text},
                        {tr("Opened"), Kind::Date},     {tr("Status"), Kind::Text},
                        {tr("Days open"), Kind::Count}, {tr("Bills"), Kind::Text},
                        {tr("Description"), Kind::Text}};
        for (const ReportFacts::Complaint& c : f.complaints)
            list.rows.push_back({CodeText::complaintCategory(c.category), c.customerCode, c.opened,
                                 CodeText::status(c.status), number(c.daysOpen),
                                 c.bills.join(QStringLiteral(", ")), c.description});
        out << list;
    }
    {
        QVector<QPair<QString, qint64>> process;
        for (const auto& r : f.reasons)
            if (clientProcessReason(r.first))
                process.push_back(r);
        ReportTable t = codesTable(QStringLiteral("client_process"),
                                   tr("Reasons for non-payment that point at your process"),
                                   tr("Reason"), process, &CodeText::nonpaymentReason);
        qint64 calls = 0;
        for (const auto& r : f.reasons)
            calls += r.second;
        t.note = tr("Of %1 calls in which a reason was given.").arg(locale.toString(calls));
        // The share is of every reason given, not of these alone.
        for (int i = 0; i < t.rows.size(); ++i)
            t.rows[i][2] = opt(percent(process.at(i).second, calls));
        out << t;
    }
    {
        ReportTable t;
        t.key = QStringLiteral("closed");
        t.title = tr("Closed and returned");
        t.columns = {{tr("Customer"), Kind::Text},
                     {tr("Name"), Kind::Text},
                     {tr("Closed on"), Kind::Date},
                     {tr("Reason"), Kind::Text},
                     {tr("Owed at the opening"), Kind::Money},
                     {tr("Returned unpaid"), Kind::Money}};
        for (const ReportFacts::Closed& c : f.closed) {
            t.rows.push_back({c.customerCode, c.name, c.on, closeReason(c.reason),
                              cents(c.owedAtOpening), cents(c.owedAtClosing)});
        }
        out << t;
    }
    {
        const auto fee = CollectionKpi::commission(f.client.monthlyFee, f.client.successFeeBp,
                                                   Money::fromCents(f.collectedInPeriod),
                                                   f.filter.from, f.filter.to);
        Figures x;
        x.add(tr("Management fee (%1 a month)").arg(f.client.monthlyFee.format(locale)),
              cents(fee.fixedFee.cents()), Kind::Money);
        x.add(tr("Collected in the period"), cents(f.collectedInPeriod), Kind::Money);
        x.add(tr("Success fee (%1% of what was collected)")
                  .arg(locale.toString(f.client.successFeeBp / 100.0, 'f', 2)),
              cents(fee.successFee.cents()), Kind::Money);
        x.add(tr("Total due for the period"), cents(fee.total().cents()), Kind::Money);
        out << figures(QStringLiteral("commission"), tr("Commission statement"), x,
                       tr("Amounts net of VAT. The management fee of a month the period covers in "
                          "part is counted by its days."));
    }
    return out;
}

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ReportTableModel::setTable(const ReportTable& table, const QLocale& locale)
{
    beginResetModel();
    m_table = table;
    m_locale = locale;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == Qt::DisplayRole)
        return m_table.display(index.row(), index.column(), m_locale);
    if (role == Qt::TextAlignmentRole)
        return index.column() == 0 || m_table.columns.at(index.column()).kind == Kind::Text
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return m_table.rows.at(index.row()).at(index.column());
    return {};
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_table.columns.value(section).title;
}

} // namespace ascolto

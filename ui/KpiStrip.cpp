#include "KpiStrip.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ascolto {

KpiStrip::KpiStrip(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("KpiStrip"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    for (const char* key : {"outstanding", "overdue", "dso", "collected", "promises",
                            "installments", "caring", "satisfaction"}) {
        auto* frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        auto* box = new QVBoxLayout(frame);
        box->setContentsMargins(10, 4, 10, 4);
        box->setSpacing(0);
        auto* value = new QLabel(frame);
        value->setObjectName(QStringLiteral("kpi_%1").arg(QLatin1String(key)));
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.25);
        f.setBold(true);
        value->setFont(f);
        auto* caption = new QLabel(frame);
        caption->setStyleSheet(QStringLiteral("color: palette(mid);"));
        // Long captions ("Rate in scadenza questa settimana") wrap instead of widening the
        // window past a 1366-pixel screen.
        caption->setWordWrap(true);
        box->addWidget(value);
        box->addWidget(caption);
        row->addWidget(frame);
        m_tiles.push_back({QLatin1String(key), value, caption});
    }
    row->addStretch();
    retranslate();
}

QLabel* KpiStrip::valueLabel(const QString& key) const
{
    for (const Tile& t : m_tiles)
        if (t.key == key)
            return t.value;
    return nullptr;
}

void KpiStrip::setKpis(const PortfolioKpis& kpis)
{
    m_kpis = kpis;
    retranslate();
}

void KpiStrip::retranslate()
{
    const QLocale locale;
    for (Tile& t : m_tiles) {
        if (t.key == QLatin1String("outstanding")) {
            t.value->setText(m_kpis.outstanding.format(locale));
            t.caption->setText(tr("Outstanding"));
        } else if (t.key == QLatin1String("overdue")) {
            t.value->setText(m_kpis.overdue.format(locale));
            t.caption->setText(tr("Overdue"));
        } else if (t.key == QLatin1String("dso")) {
            t.value->setText(m_kpis.dsoDays < 0 ? QStringLiteral("-")
                                                : tr("%n day(s)", nullptr, m_kpis.dsoDays));
            t.caption->setText(tr("DSO"));
            const QString tip =
                tr("Days sales outstanding: what is still to be collected, divided by what was "
                   "billed in the last 90 days, times 90. Billed in the last 90 days: %1.")
                    .arg(m_kpis.billedLast90Days.format(locale));
            t.value->setToolTip(tip);
            t.caption->setToolTip(tip);
        } else if (t.key == QLatin1String("collected")) {
            t.value->setText(m_kpis.collectedThisMonth.format(locale));
            t.caption->setText(tr("Collected this month"));
        } else if (t.key == QLatin1String("promises")) {
            t.value->setText(locale.toString(m_kpis.promisesDueToday));
            t.caption->setText(tr("Promises due today"));
        } else if (t.key == QLatin1String("installments")) {
            t.value->setText(locale.toString(m_kpis.installmentsDueThisWeek));
            t.caption->setText(tr("Installments due this week"));
        } else if (t.key == QLatin1String("caring")) {
            t.value->setText(locale.toString(m_kpis.caringPending));
            t.caption->setText(tr("Caring calls pending"));
        } else if (t.key == QLatin1String("satisfaction")) {
            const SatisfactionScores& sat = m_kpis.satisfaction;
            // Compact: three figures in the order of the caption; "-" where nobody answered.
            t.value->setText(
                QStringLiteral("%1 · %2 · %3")
                    .arg(sat.csatAnswers > 0
                             ? locale.toString(sat.csatPercent, 'f', 0) + QLatin1Char('%')
                             : QStringLiteral("-"),
                         sat.cesAnswers > 0 ? locale.toString(sat.cesAverage, 'f', 1)
                                            : QStringLiteral("-"),
                         sat.npsAnswers > 0 ? locale.toString(sat.nps, 'f', 0)
                                            : QStringLiteral("-")));
            t.caption->setText(tr("CSAT · CES · NPS, 90 days"));
            t.value->setToolTip(
                tr("CSAT: share of 4-5 answers out of 5. CES: average ease, 1-7 (7 = very easy). "
                   "NPS: promoters (9-10) minus detractors (0-6), in percent. Surveys: %n.",
                   nullptr, qMax(sat.csatAnswers, qMax(sat.cesAnswers, sat.npsAnswers))));
        }
    }
}

void KpiStrip::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace ascolto

#include "AgingBars.h"

#include "domain/Aging.h"

#include <QPainter>

namespace ascolto {

AgingBars::AgingBars(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("agingBars"));
    setMinimumSize(300, 110);
}

void AgingBars::setAmounts(const std::array<Money, 6>& amounts)
{
    m_amounts = amounts;
    QStringList tip;
    for (int i = 0; i < 6; ++i)
        tip << QStringLiteral("%1: %2").arg(Aging::label(Aging::Bucket(i)),
                                            amounts[size_t(i)].format());
    setToolTip(tip.join(QLatin1Char('\n')));
    update();
}

void AgingBars::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int labelHeight = fontMetrics().height() + 4;
    const int chartHeight = height() - 2 * labelHeight;
    const int slot = width() / 6;
    qint64 max = 1;
    for (const Money& m : m_amounts)
        max = std::max(max, m.cents());
    // Colours go from calm to urgent as the debt gets older.
    const QColor colours[6] = {QColor(0x1f, 0x8a, 0x8a), QColor(0x5a, 0x9e, 0x6f),
                               QColor(0xc9, 0xa2, 0x27), QColor(0xe0, 0x7b, 0x39),
                               QColor(0xc8, 0x4b, 0x31), QColor(0x8e, 0x24, 0x1c)};
    for (int i = 0; i < 6; ++i) {
        const qint64 cents = m_amounts[size_t(i)].cents();
        const int h = int(double(chartHeight) * double(cents) / double(max));
        const QRect bar(i * slot + slot / 6, labelHeight + chartHeight - h, slot * 2 / 3, h);
        p.fillRect(bar, colours[i]);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(i * slot, height() - labelHeight, slot, labelHeight), Qt::AlignCenter,
                   Aging::label(Aging::Bucket(i)));
        if (cents > 0)
            p.drawText(QRect(i * slot, bar.top() - labelHeight, slot, labelHeight), Qt::AlignCenter,
                       QLocale().toString((cents + 50) / 100));
    }
}

} // namespace ascolto

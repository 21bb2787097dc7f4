#pragma once

#include "domain/Money.h"

#include <QWidget>

#include <array>

namespace ascolto {

// A small bar chart of the six aging buckets (0-30 ... >360 days), painted directly: six
// bars do not need a charting library.
class AgingBars : public QWidget
{
    Q_OBJECT
public:
    explicit AgingBars(QWidget* parent = nullptr);
    void setAmounts(const std::array<Money, 6>& amounts);
    const std::array<Money, 6>& amounts() const { return m_amounts; }
    QSize sizeHint() const override { return {360, 120}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::array<Money, 6> m_amounts{};
};

} // namespace ascolto

#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace ascolto {

class PortfolioModel;

// The operator's portfolio list: a count heading and a lazily filled table.
class PortfolioView : public QWidget
{
    Q_OBJECT
public:
    explicit PortfolioView(PortfolioModel* model, QWidget* parent = nullptr);
    QTableView* table() const { return m_table; }
    void reload();

signals:
    void debtorActivated(const QString& debtorId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    PortfolioModel* m_model;
    QLabel* m_heading;
    QTableView* m_table;
};

} // namespace ascolto

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace ascolto {

class WorkQueueModel;

// "Oggi": today's prioritised work. Enter opens the debtor's card.
class WorkQueueView : public QWidget
{
    Q_OBJECT
public:
    explicit WorkQueueView(WorkQueueModel* model, QWidget* parent = nullptr);
    QTableView* table() const { return m_table; }
    void reload();

signals:
    void debtorActivated(const QString& debtorId);
    // Ctrl+Shift+C on an item: open the card and start the call the item asks for.
    void callRequested(const QString& debtorId, const QString& purpose, bool debtorAskedCallback,
                       const QString& taskId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateHeading();
    void fillOperators();
    WorkQueueModel* m_model;
    QLabel* m_heading;
    QComboBox* m_operator;
    QTableView* m_table;
};

} // namespace ascolto

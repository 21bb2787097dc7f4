#pragma once

#include "storage/CallListQuery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QToolButton;

namespace ascolto {

class CallListModel;
class Clock;

// The calls of the team (a team lead's client), newest first: by operator, period, purpose
// and outcome, or the calls behind a cell of the team board (shown as a removable chip).
// Enter or a double-click opens the call's debtor.
class CallListView : public QWidget
{
    Q_OBJECT
public:
    // operators: (id, name) to filter by.
    CallListView(CallListModel* model, const QVector<QPair<QString, QString>>& operators,
                 const Clock& clock, QWidget* parent = nullptr);
    QTableView* table() const { return m_table; }
    // The calls behind a board cell; the other filters are cleared.
    void showDrill(const TeamDrill& drill);
    void reload();

signals:
    void debtorActivated(const QString& debtorId);
    // "Score the call…": the team lead reviews the selected call on the scorecard.
    void reviewRequested(const QString& interactionId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyFilter();
    void updateHeading();
    CallListModel* m_model;
    const Clock& m_clock;
    std::optional<TeamDrill> m_drill;
    QLabel* m_heading;
    QComboBox* m_operator;
    QComboBox* m_period;
    QComboBox* m_purpose;
    QComboBox* m_outcome;
    QComboBox* m_emotion;
    QComboBox* m_satisfaction;
    QComboBox* m_review;
    QToolButton* m_chip;
    QPushButton* m_score;
    QTableView* m_table;
    bool m_filling = false;
};

} // namespace ascolto

#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace ascolto {

class EvaluationListModel;

// "Valutazioni": the evaluations of calls, newest first (an operator's own, a team lead's
// client's), with what waits for the reader in the heading. Enter opens one.
class EvaluationsView : public QWidget
{
    Q_OBJECT
public:
    // waiting: how many wait for the reader (to acknowledge, or disputes to answer).
    EvaluationsView(EvaluationListModel* model, bool forTeamLead, QWidget* parent = nullptr);
    QTableView* table() const { return m_table; }
    void reload(int waiting);

signals:
    void evaluationActivated(const QString& evaluationId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateHeading();
    EvaluationListModel* m_model;
    bool m_forTeamLead;
    int m_waiting = 0;
    QLabel* m_heading;
    QTableView* m_table;
};

} // namespace ascolto

#pragma once

#include "storage/TeamBoardQuery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QToolButton;

namespace ascolto {

class TeamBoardModel;

// The team lead's board: the client's operators side by side for today, this week or this
// month. Each row's name carries its definition; double-clicking an operator's cell opens
// the debtors or the calls behind it.
class TeamBoardView : public QWidget
{
    Q_OBJECT
public:
    // clients: (id, name) the user may read; one for a team lead, every client for an admin.
    TeamBoardView(TeamBoardModel* model, const QVector<QPair<QString, QString>>& clients,
                  QWidget* parent = nullptr);
    QTableView* table() const { return m_table; }
    // Reads the board again now if it is shown, when it is next shown otherwise.
    void reload();
    // Opens the cell's rows (what a double-click does).
    void drillInto(const QModelIndex& index);

signals:
    void debtorsRequested(const ascolto::TeamDrill& drill);
    void callsRequested(const ascolto::TeamDrill& drill);
    // "Absences and backups…": who covers whom while away.
    void absencesRequested();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    // The heading and the error as the model stands (reading, read, failed).
    void showState();
    TeamBoardModel* m_model;
    QLabel* m_heading;
    QComboBox* m_client;
    QComboBox* m_period;
    QToolButton* m_refresh;
    QToolButton* m_absences;
    QLabel* m_error;
    QTableView* m_table;
    // Hidden, the board is not read: it is read when shown (it sums a month of facts).
    bool m_stale = true;
};

} // namespace ascolto

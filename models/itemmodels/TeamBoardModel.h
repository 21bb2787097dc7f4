#pragma once

#include "storage/Session.h"
#include "storage/TeamBoardQuery.h"

#include "domain/Clock.h"

#include <QAbstractTableModel>

class QThread;

namespace ascolto {

class Database;

// The team board as a table: one row per figure (TeamKpi::Figure), one column per operator
// of the client and the team's total last. Tooltips give each figure's definition and what
// the cell rests on. GUI thread, GUI connection.
class TeamBoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role
    {
        RawValueRole = Qt::UserRole + 1, // the number (cents for money); null when undefined
        DefinedRole
    };

    // Background: the board is read on a thread of its own, with its own connection (it sums
    // a month of a client's facts: 0.5-1 s at 100,000 debtors); loaded() says when.
    enum class Loading
    {
        Synchronous,
        Background
    };
    TeamBoardModel(Database& db, Session session, const Clock& clock,
                   Loading loading = Loading::Synchronous, QObject* parent = nullptr);
    ~TeamBoardModel() override;

    // Reads the board of a client over a period. Synchronous: false with error() when
    // refused or failed. Background: true at once; the figures come with loaded().
    bool load(const QString& clientId, TeamKpi::PeriodKind period);
    bool isLoading() const { return m_loading; }
    QString error() const { return m_error; }
    QString clientId() const { return m_clientId; }
    TeamKpi::Period period() const { return m_period; }
    // The facts behind a cell, for the portfolio or the call list (the team column: every
    // operator's rows, so nullopt).
    std::optional<TeamDrill> drill(const QModelIndex& index) const;
    TeamKpi::Figure figure(int row) const { return TeamKpi::Figure(row); }
    const QVector<OperatorFigures>& columns() const { return m_columns; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The figures of the last load() are in (or its error()).
    void loaded();

private:
    void apply(const Result<QVector<OperatorFigures>>& board);
    Database& m_db;
    Session m_session;
    const Clock& m_clock;
    QString m_clientId;
    TeamKpi::Period m_period;
    QVector<OperatorFigures> m_columns;
    QString m_error;
    Loading m_mode;
    bool m_loading = false;
    quint64 m_generation = 0;
    QThread* m_running = nullptr;
};

} // namespace ascolto

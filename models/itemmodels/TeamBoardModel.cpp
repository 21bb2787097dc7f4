#include "TeamBoardModel.h"

#include "storage/Database.h"

#include "domain/Money.h"

#include <QLocale>
#include <QThread>

#include <memory>
#include <optional>

namespace ascolto {

using TeamKpi::Figure;
using TeamKpi::Value;

TeamBoardModel::TeamBoardModel(Database& db, Session session, const Clock& clock, Loading loading,
                               QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_session(std::move(session))
    , m_clock(clock)
    , m_mode(loading)
{}

TeamBoardModel::~TeamBoardModel()
{
    // A board still being read finishes first: its thread holds its own connection.
    if (m_running)
        m_running->wait();
}

bool TeamBoardModel::load(const QString& clientId, TeamKpi::PeriodKind period)
{
    const TeamKpi::Period p = TeamKpi::period(period, m_clock.today());
    m_clientId = clientId;
    m_period = p;
    if (m_mode == Loading::Synchronous) {
        apply(TeamBoardQuery(m_db, m_session, m_clock).board(clientId, p));
        return m_error.isEmpty();
    }
    const quint64 generation = ++m_generation;
    m_loading = true;
    auto result = std::make_shared<std::optional<Result<QVector<OperatorFigures>>>>();
    const QString path = m_db.path();
    const Session session = m_session;
    const Clock& clock = m_clock;
    QThread* thread = QThread::create([result, path, session, &clock, clientId, p] {
        Database::Options options;
        options.create = false;
        const QString name =
            QStringLiteral("team-board-%1").arg(quintptr(QThread::currentThreadId()));
        {
            auto db = Database::open(path, name, options);
            if (!db) {
                result->emplace(db.status());
                return;
            }
            result->emplace(TeamBoardQuery(*db.value(), session, clock).board(clientId, p));
        }
    });
    thread->setObjectName(QStringLiteral("team-board"));
    connect(thread, &QThread::finished, this, [this, thread, result, generation] {
        if (m_running == thread)
            m_running = nullptr;
        thread->deleteLater();
        // A newer load() supersedes this one; only the last one's figures are shown.
        if (generation != m_generation)
            return;
        m_loading = false;
        apply(result->has_value() ? **result
                                  : Result<QVector<OperatorFigures>>::failure(
                                        tr("The team board could not be read.")));
    });
    // One reading at a time holds a connection: a superseded one is waited for on exit.
    if (m_running)
        m_running->wait();
    m_running = thread;
    thread->start();
    return true;
}

void TeamBoardModel::apply(const Result<QVector<OperatorFigures>>& board)
{
    beginResetModel();
    m_columns.clear();
    m_error.clear();
    if (board)
        m_columns = *board;
    else
        m_error = board.error();
    endResetModel();
    emit loaded();
}

std::optional<TeamDrill> TeamBoardModel::drill(const QModelIndex& index) const
{
    if (!index.isValid() || index.column() >= m_columns.size())
        return std::nullopt;
    const OperatorFigures& c = m_columns.at(index.column());
    if (c.operatorId.isEmpty())
        return std::nullopt;
    const Figure f = figure(index.row());
    const bool flagged = TeamKpi::drillFlaggedOnly(f);
    const QLocale locale;
    const QString days = TeamKpi::followsPeriod(TeamKpi::drillFact(f))
                             ? QStringLiteral(", %1–%2").arg(
                                   locale.toString(m_period.from, QLocale::ShortFormat),
                                   locale.toString(m_period.to.addDays(-1), QLocale::ShortFormat))
                             : QString();
    return TeamDrill{TeamKpi::drillFact(f),
                     m_clientId,
                     c.operatorId,
                     m_period,
                     flagged,
                     tr("%1: %2%3").arg(c.name, TeamKpi::name(f), days)};
}

int TeamBoardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_columns.isEmpty() ? 0 : TeamKpi::FigureCount;
}

int TeamBoardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant TeamBoardModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.column() >= m_columns.size())
        return {};
    const Figure f = figure(index.row());
    const Value v = TeamKpi::value(m_columns.at(index.column()).tally, f);
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole: {
        if (!v.defined)
            return QStringLiteral("–");
        switch (v.kind) {
        case Value::Kind::Count:
            return locale.toString(qint64(v.number));
        case Value::Kind::Money:
            return v.money.format(locale);
        case Value::Kind::Percent:
            return tr("%1 %").arg(locale.toString(v.number, 'f', 0));
        case Value::Kind::Average:
            return locale.toString(v.number, 'f', 1);
        case Value::Kind::Score:
            return locale.toString(qRound(v.number));
        case Value::Kind::Rate:
            return locale.toString(v.number, 'f', 1);
        }
        return {};
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        QString tip = TeamKpi::definition(f);
        if (v.kind != Value::Kind::Count && v.kind != Value::Kind::Money)
            tip += QLatin1Char('\n') + tr("Computed on %n fact(s).", nullptr, int(v.basis));
        if (m_columns.at(index.column()).operatorId.isEmpty())
            tip += QLatin1Char('\n') + tr("The team: every operator's facts together.");
        else
            tip += QLatin1Char('\n') + (TeamKpi::drillTarget(f) == TeamKpi::Drill::Calls
                                            ? tr("Double-click for the calls behind it.")
                                            : tr("Double-click for the debtors behind it."));
        return tip;
    }
    case RawValueRole:
        if (!v.defined)
            return {};
        return v.kind == Value::Kind::Money ? QVariant(v.money.cents()) : QVariant(v.number);
    case DefinedRole:
        return v.defined;
    default:
        return {};
    }
}

QVariant TeamBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_columns.size())
            return {};
        if (role == Qt::DisplayRole)
            return m_columns.at(section).name;
        return {};
    }
    if (section < 0 || section >= TeamKpi::FigureCount)
        return {};
    if (role == Qt::DisplayRole)
        return TeamKpi::name(figure(section));
    if (role == Qt::ToolTipRole)
        return TeamKpi::definition(figure(section));
    return {};
}

} // namespace ascolto

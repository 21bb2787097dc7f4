#pragma once

#include "storage/PortfolioQuery.h"

#include <QObject>

#include <memory>

namespace ascolto {

class Clock;
class Database;

// Lives in the PortfolioModel's worker thread; opens its own connection on first use and
// answers load requests with the first page and the total. Results go back to the model
// through a queued call; the model drops any whose generation is stale.
class PortfolioLoader : public QObject
{
    Q_OBJECT
public:
    PortfolioLoader(QString path, Session session, const Clock& clock);
    ~PortfolioLoader() override;

    using Done = std::function<void(quint64, QVector<PortfolioRow>, int)>;
    // Called in the worker thread.
    void load(quint64 generation, const PortfolioFilter& filter, const PortfolioSort& sort,
              int limit, const Done& done);

private:
    QString m_path;
    Session m_session;
    const Clock& m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<PortfolioQuery> m_query;
};

} // namespace ascolto

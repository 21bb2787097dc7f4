#include "PortfolioLoader.h"

#include "storage/Database.h"

#include <QThread>

namespace ascolto {

PortfolioLoader::PortfolioLoader(QString path, Session session, const Clock& clock)
    : m_path(std::move(path))
    , m_session(std::move(session))
    , m_clock(clock)
{}

PortfolioLoader::~PortfolioLoader()
{
    m_query.reset();
    m_db.reset();
}

void PortfolioLoader::load(quint64 generation, const PortfolioFilter& filter,
                           const PortfolioSort& sort, int limit, const Done& done)
{
    if (!m_db) {
        Database::Options options;
        options.create = false;
        auto db = Database::open(
            m_path, QStringLiteral("portfolio-loader-%1").arg(quintptr(QThread::currentThreadId())),
            options);
        if (!db) {
            done(generation, {}, 0);
            return;
        }
        m_db = std::move(db.value());
        m_query = std::make_unique<PortfolioQuery>(*m_db, m_session, m_clock);
    }
    const auto rows = m_query->page(filter, sort, nullptr, limit);
    const int total = rows.size() < limit ? int(rows.size()) : m_query->count(filter);
    done(generation, rows, total);
}

} // namespace ascolto
